"""The shape of a cleaned text: its title line, its headings by level, its paragraphs.

The writers that lay a text out (DOCX, Markdown, indented text) read the cleaned
text through :func:`outline`. Heading levels follow the numbering of Chinese official
documents (GB/T 9704-2012, 7.3.3): ``一、`` is level 1, ``（一）`` level 2, ``1.`` level 3
and ``（1）`` level 4. A heading that runs into its paragraph is split after its first
sentence (up to and including the first 。, ！ or ？): ``head`` is the heading sentence,
``rest`` the paragraph text after it.

>>> from app.core.document import Result
>>> r = Result(text="标题\\n同志们：\\n一、总体要求\\n（一）成因要精准。精准识别成因是前提。\\n", edits=[],
...            original="", title="标题")
>>> o = outline(r)
>>> o.title, [(p.kind, p.level, p.head, p.rest) for p in o.paras]
('标题', [('salutation', 0, '', '同志们：'), ('heading', 1, '一、总体要求', ''), ('heading', 2, '（一）成因要精准。', '精准识别成因是前提。')])
>>> outline(Result(text="标题\\n（一）第一点\\n", edits=[], original="", title="标题")).warnings
['第2段「（一）第一点」：二级标题“（一）”前没有一级标题“一、”（标题层级跳级）']
"""
from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field

import regex

from ..document import Result

_CN = "一二三四五六七八九十百零〇"
LEVEL_PATTERNS: tuple[tuple[int, regex.Pattern], ...] = (
    (1, regex.compile(rf"^[{_CN}]+、")),                      # 一、
    (2, regex.compile(rf"^[（(][{_CN}]+[）)]")),              # （一）
    (3, regex.compile(r"^\d{1,3}[.．、](?![\d.．])")),          # 1. 1． 1、 (not 1.5)
    (4, regex.compile(r"^[（(]\d{1,3}[）)]")),                 # （1）
)
LEVEL_MARKS = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}
LEVEL_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}
SENTENCE_END = "。！？"
_SALUTATION = regex.compile(r"^[^。！？，]{1,30}[：:]$")       # 同志们：  各位领导、同志们：
_DATE_LINE = regex.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,3}月"
                           r"[\d〇○零一二三四五六七八九十]{1,3}日$")


@dataclass(frozen=True)
class Para:
    """One paragraph: ``kind`` is heading, body, salutation (同志们：) or date (a closing date line)."""

    kind: str
    rest: str                  # the paragraph text after the heading sentence (all of it for body text)
    level: int = 0             # heading level 1–4
    head: str = ""             # the heading sentence, with its number

    @property
    def text(self) -> str:
        return self.head + self.rest


@dataclass
class Outline:
    title: str | None                       # the title line as it stands in the text, or None
    paras: list[Para] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def heading_level(line: str) -> int:
    """The level of the heading ``line`` starts with, or 0.

    >>> [heading_level(s) for s in ("一、总体要求", "（二）措施", "3.加强领导", "（4）抓落实", "1.5亿元", "一是")]
    [1, 2, 3, 4, 0, 0]
    """
    for level, pattern in LEVEL_PATTERNS:
        if pattern.match(line):
            return level
    return 0


def split_heading(line: str) -> tuple[str, str]:
    """``(heading sentence, rest)``: the heading runs up to and including its first
    sentence end; a line without one is all heading.

    >>> split_heading("（一）成因要精准。精准识别成因是精准治污的前提。")
    ('（一）成因要精准。', '精准识别成因是精准治污的前提。')
    >>> split_heading("一、坚定不移推进生态文明建设")
    ('一、坚定不移推进生态文明建设', '')
    """
    for i, ch in enumerate(line):
        if ch in SENTENCE_END:
            j = i + 1
            while j < len(line) and line[j] in "”’」』）)":    # a closing quote stays with its sentence
                j += 1
            return line[:j], line[j:]
    return line, ""


def _fold(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def is_title_line(line: str, title: str) -> bool:
    """Whether ``line`` (the first line of a cleaned text) is the title ``title``
    found before later steps changed its punctuation, placeholders or script.

    >>> is_title_line("市直机关讲话（2024年）", "市直机关讲话(2024年)"), is_title_line("同志们：", "讲话")
    (True, False)
    """
    a, b = _fold(line), _fold(title)
    if not a or not b:
        return False
    if a == b:
        return True
    return (abs(len(a) - len(b)) <= max(2, len(b) // 5)
            and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.6)


def title_and_lines(result: Result) -> tuple[str | None, list[str]]:
    """The title line (None when the text does not start with the title) and the
    other non-empty lines, stripped."""
    lines = [l.strip() for l in result.text.split("\n") if l.strip()]
    if lines and result.title and is_title_line(lines[0], result.title):
        return lines[0], lines[1:]
    return None, lines


def outline(result: Result) -> Outline:
    """Title, paragraphs with their kinds and levels, and warnings about skipped levels."""
    title, lines = title_and_lines(result)
    out = Outline(title)
    depth = 0                                   # level of the last heading (0: none yet)
    first_body = True
    first_n = 2 if title is not None else 1     # paragraph numbers count the title line
    for i, line in enumerate(lines):
        n = first_n + i
        level = heading_level(line)
        if level:
            if level > depth + 1:
                out.warnings.append(_skip_warning(n, line, level, depth))
            depth = level
            head, rest = split_heading(line)
            out.paras.append(Para("heading", rest, level, head))
        elif first_body and _SALUTATION.match(line):
            out.paras.append(Para("salutation", line))
        elif _DATE_LINE.match(line) and i >= len(lines) - 2:     # 成文日期 at the end
            out.paras.append(Para("date", line))
        else:
            out.paras.append(Para("body", line))
        first_body = False
    return out


def _skip_warning(n: int, line: str, level: int, depth: int) -> str:
    short = line if len(line) <= 20 else line[:19] + "…"
    missing = "、".join(f"{LEVEL_NAMES[k]}标题“{LEVEL_MARKS[k]}”" for k in range(depth + 1, level))
    head = f"第{n}段「{short}」：{LEVEL_NAMES[level]}标题“{LEVEL_MARKS[level]}”"
    if depth == 0:
        return f"{head}前没有{missing}（标题层级跳级）"
    return f"{head}直接在{LEVEL_NAMES[depth]}标题“{LEVEL_MARKS[depth]}”之下，缺少{missing}（标题层级跳级）"

"""Paragraphs: join lines that cannot end a paragraph.

* A line that ends with "；" continues on the next line (a paragraph does not end
  with a semicolon), blank lines between or not.
* So does a line of twenty characters or more that ends with "，" or "、" (a verse
  line or a salutation such as "亲爱的妈妈，" is shorter and stays).
* A line that starts with closing punctuation belongs to the line before.
* In a hard-wrapped document (a converted PDF or Word file copied from a 文库,
  where most lines fill the same width), a full line that stops mid-sentence
  continues on the next one, even across a blank line left by a page break.

Headings (一、 （一） 1. 一是) and list items always start their own line, and
indented lines (a new paragraph in a converted document) are never joined on.

>>> from app.core.testing import run_step
>>> run_step(run, "完成时限;\\n督查要业务化;\\n一是加强领导。")
'完成时限;督查要业务化;\\n一是加强领导。'
>>> run_step(run, "第一句话\\n，接着说。")
'第一句话，接着说。'
>>> wrapped = "\\n".join(["为切实加强学校安全管理，保障全体师生生命财产安全，维护正常的教育教学",
...     "秩序，根据上级教育主管部门关于做好春季学期学校安全工作的通知要求，结",
...     "合我校实际，特制定本方案。", "一、指导思想", "坚持“安全第一、预防为主、综合治理”的方针，牢固树立安全发展理念，以",
...     "", "创建平安校园为目标，以落实安全责任为核心，以隐患排查整治为重点，扎实",
...     "开展安全教育和应急演练，全面提升学校安全管理水平和师生安全防范能力，确",
...     "保校园安全稳定。"])
>>> print(run_step(run, wrapped))
为切实加强学校安全管理，保障全体师生生命财产安全，维护正常的教育教学秩序，根据上级教育主管部门关于做好春季学期学校安全工作的通知要求，结合我校实际，特制定本方案。
一、指导思想
坚持“安全第一、预防为主、综合治理”的方针，牢固树立安全发展理念，以创建平安校园为目标，以落实安全责任为核心，以隐患排查整治为重点，扎实开展安全教育和应急演练，全面提升学校安全管理水平和师生安全防范能力，确保校园安全稳定。
"""
from __future__ import annotations

from collections import Counter

import regex

from ..document import Edit, make_edit
from ..textutil import HAN_RE, LIST_ITEM_RE, Line, is_heading, lines

_ENDS_OPEN = regex.compile(r"[；;]\s*$")
_ENDS_COMMA = regex.compile(r"\p{Han}[，、,]\s*$")
COMMA_MIN_WIDTH = 40         # shorter lines ending in a comma may be verse or a salutation
_STARTS_CLOSING = regex.compile(r"^\s*[，。；：、！？）”’》,.;:!?)]")
_ENDS_SENTENCE = regex.compile(r"(?:[。！？!?…]|[。！？!?…][”」』）)])\s*$")
_INDENT = regex.compile(r"^(?:\u3000|\s{2,}|\t)")
WRAP_MIN_WIDTH = 40          # display columns: shorter lines are no hard wrap
WRAP_SLACK = 4               # a line this close to the wrap width counts as full
WRAP_MIN_LINES = 5           # fewer full lines than this are no evidence of a hard wrap
WRAP_OVER = 6                # a paragraph's later line may run this much wider and still be full
#                              (the first lines' lost indent, a mark hanging at the end)
WRAP_MIN_PUNCTUATED = 0.6    # share of full Chinese lines with a mark inside: prose, not verse
_INNER_MARK = regex.compile(r"[，、；：。！？,;:!?]")


def display_width(s: str) -> int:
    """Columns a line takes: wide (CJK, full-width) characters count two.

    Counted from the UTF-8 length, which is fast: a CJK or full-width character
    takes three bytes, an ASCII one a single byte.

    >>> display_width("中文ab"), display_width("（一）")
    (6, 6)
    """
    return len(s) + (len(s.encode("utf-8", "surrogatepass")) - len(s)) // 2


def wrap_width(ls: list[Line], first: list[bool] | None = None) -> tuple[int, int] | None:
    """The widths a hard-wrapped document was wrapped at — of a paragraph's later lines, and
    of its first lines — or None if it was not wrapped.

    The first lines of a converted document's paragraphs are indented by two full-width
    spaces; where the indent is gone (a 文库 page lays each line out in an element of its
    own, and the page reader drops the spaces), its first lines are full four columns short
    of the rest: they have a width of their own.

    Lines of one width are not enough: a blog's verse-like lines (one phrase a line, no
    marks, centred) can be as even. Wrapped prose breaks wherever the width runs out, so
    its full lines of Chinese carry commas and stops inside them; lines of which fewer
    than :data:`WRAP_MIN_PUNCTUATED` do are kept as they were written.

    >>> prose = list(lines("根据上级主管部门的通知要求，结合我校实际情况，特制定本方案的具体\\n" * 6))
    >>> wrap_width(prose)
    (64, 64)
    >>> indent_lost = "\\n".join(["一、总体要求", "为全面落实本学期教育教学工作要求，进一步深化课堂教学",
    ...     "改革，提高语文教学质量，促进教师专业成长，结合我校语文教研", "组实际，特制订本计划。"] * 5)
    >>> wrap_width(list(lines(indent_lost)))
    (58, 52)
    >>> verse = list(lines("来到现场已是落叶飘飘堆叠满地不时随着风吹雨袭而叶落垂地\\n" * 6))
    >>> wrap_width(verse) is None
    True
    """
    texts = [l.text.rstrip() for l in ls if l.text.strip()]
    widths = [display_width(t) for t in texts]
    first = _first_flags(texts) if first is None else first
    long = [w for w in widths if w >= WRAP_MIN_WIDTH]
    if len(long) < WRAP_MIN_LINES:
        return None
    mode, _ = Counter(long).most_common(1)[0]
    width = max(w for w in long if mode - WRAP_SLACK <= w <= mode + 2)
    first_width = width
    above = Counter(w for w, f in zip(widths, first) if not f and width + 2 <= w <= width + 8)
    below = Counter(w for w, f in zip(widths, first) if f and width - 8 <= w < width - WRAP_SLACK)
    if sum(above.values()) >= 2:          # the mode was the first lines: the rest run wider
        m = above.most_common(1)[0][0]
        width, first_width = max(w for w in above if w <= m + 2), width
    elif below:                           # the mode was the later lines: the first run shorter
        m, n = below.most_common(1)[0]
        at_full = sum(1 for w, f in zip(widths, first) if f and width - WRAP_SLACK <= w <= width + 1)
        if n >= 2 and n > at_full:
            first_width = m
    full = [t for t, w, f in zip(texts, widths, first)
            if (first_width if f else width) - WRAP_SLACK <= w <= (first_width if f else width)]
    if len(full) < max(WRAP_MIN_LINES, 0.2 * len(widths)):
        return None
    chinese = [t for t in full if len(HAN_RE.findall(t)) * 2 >= len(t.strip())]
    marked = sum(1 for t in chinese if _INNER_MARK.search(t.strip()[:-1]))
    if chinese and marked < WRAP_MIN_PUNCTUATED * len(chinese):
        return None
    return width, first_width


def _first_flags(texts: list[str]) -> list[bool]:
    """For each non-blank line: does it start a paragraph (the line before ends a sentence
    or is short: a heading, a signature)?"""
    out, prev = [], None
    for t in texts:
        out.append(prev is None or bool(_ENDS_SENTENCE.search(prev)) or display_width(prev) < WRAP_MIN_WIDTH)
        prev = t
    return out


def _starts_own_line(text: str) -> bool:
    return is_heading(text) or LIST_ITEM_RE.match(text) is not None


def run(text: str, ctx) -> list[Edit]:
    if ctx.config.keep_lines:
        return []
    ls = list(lines(text))
    filled = [l for l in ls if l.text.strip()]
    flags = _first_flags([l.text.rstrip() for l in filled])
    widths = wrap_width(ls, flags)
    first = dict(zip((l.index for l in filled), flags))
    own_lines, block_ends = _html_lines(ctx.doc)
    edits = []
    for k, cur in enumerate(ls):
        s = cur.text.strip()
        if not s or is_heading(s) and _ENDS_SENTENCE.search(s):
            continue
        nxt = _next_line(ls, k)
        if nxt is None or _starts_own_line(nxt.text):
            continue
        if s in own_lines or nxt.text.strip() in own_lines:
            continue                  # list items, table rows and headings of a page stay apart
        full = None if widths is None else (widths[1], 1) if first[cur.index] else (widths[0], WRAP_OVER)
        rule = _join_rule(cur, nxt, ls[k + 1] is nxt, full, s not in block_ends)
        if rule is None:
            continue
        start = cur.start + len(cur.text.rstrip())
        end = nxt.start + (len(nxt.text) - len(nxt.text.lstrip()))
        edits.append(make_edit(rule[0], rule[1], rule[2], start, end, "", kind="join"))
    return edits


_OWN_LINE_TAGS = frozenset(("li", "tr", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td"))


def _html_lines(doc) -> tuple[frozenset[str], frozenset[str]]:
    """The texts of a page's list items, table rows and headings, which the page itself
    set on lines of their own; and the texts of its blocks that end where an element ends
    (a paragraph of its own, not a line ended by ``<br>``)."""
    if doc is None or doc.kind != "html":
        return frozenset(), frozenset()
    items = frozenset(b.text.strip() for b in doc.blocks if b.tag in _OWN_LINE_TAGS and b.text.strip())
    ends = frozenset(b.text.strip() for b in doc.blocks if not b.features.get("br") and b.text.strip())
    return items, ends


def _next_line(ls: list[Line], k: int) -> Line | None:
    """The next non-blank line: blank lines go in the layout step anyway, so a join
    must not depend on them (cleaning twice gives what cleaning once gave)."""
    for nxt in ls[k + 1:]:
        if nxt.text.strip():
            return nxt
    return None


def _join_rule(cur: Line, nxt: Line, adjacent: bool, full: tuple[int, int] | None, open_end: bool = True):
    """Which rule joins ``cur`` and ``nxt``, if any. ``open_end`` is False for a page's
    paragraph of its own (``<p>…；</p>``): its author ended it there, so a semicolon does
    not continue it (a list of items), but a full line of a hard-wrapped page still does."""
    if open_end and _ENDS_OPEN.search(cur.text):
        return "join-after-semicolon", "分号后断行，与下一行合并", 0.9
    if open_end and _ENDS_COMMA.search(cur.text) and display_width(cur.text.strip()) >= COMMA_MIN_WIDTH:
        return "join-after-comma", "逗号、顿号后断行（段落不以逗号结尾），与下一行合并", 0.85
    if _STARTS_CLOSING.match(nxt.text) and not is_heading(cur.text):
        return "join-leading-punct", "下一行以标点开头，与本行合并", 0.9
    if full is None or _INDENT.match(nxt.text) or _ENDS_SENTENCE.search(cur.text):
        return None
    width, over = full
    w = display_width(cur.text.rstrip())
    # a Latin word or number is not broken: the line before it stops short by its width
    word = regex.match(r"[A-Za-z0-9.:%/*\-]+", nxt.text.lstrip())
    slack = WRAP_SLACK + (len(word.group()) if word else 0)
    if width - slack <= w <= width + over:
        where = "" if adjacent else "（跨过分页留下的空行）"
        return "unwrap", f"硬换行：本行排满 {width} 栏且句子未完，与下一行合并{where}", 0.85
    return None

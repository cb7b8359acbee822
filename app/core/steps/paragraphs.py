"""Paragraphs: join lines that cannot end a paragraph.

* A line that ends with "；" continues on the next line (a paragraph does not end
  with a semicolon), blank lines between or not.
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
from ..textutil import LIST_ITEM_RE, Line, is_heading, lines

_ENDS_OPEN = regex.compile(r"[；;]\s*$")
_STARTS_CLOSING = regex.compile(r"^\s*[，。；：、！？）”’》,.;:!?)]")
_ENDS_SENTENCE = regex.compile(r"(?:[。！？!?…]|[。！？!?…][”」』）)])\s*$")
_INDENT = regex.compile(r"^(?:\u3000|\s{2,}|\t)")
WRAP_MIN_WIDTH = 40          # display columns: shorter lines are no hard wrap
WRAP_SLACK = 4               # a line this close to the wrap width counts as full
WRAP_MIN_LINES = 5           # fewer full lines than this are no evidence of a hard wrap


def display_width(s: str) -> int:
    """Columns a line takes: wide (CJK, full-width) characters count two.

    Counted from the UTF-8 length, which is fast: a CJK or full-width character
    takes three bytes, an ASCII one a single byte.

    >>> display_width("中文ab"), display_width("（一）")
    (6, 6)
    """
    return len(s) + (len(s.encode("utf-8", "surrogatepass")) - len(s)) // 2


def wrap_width(ls: list[Line]) -> int | None:
    """The width a hard-wrapped document was wrapped at, or None if it was not."""
    widths = [display_width(l.text.rstrip()) for l in ls if l.text.strip()]
    long = [w for w in widths if w >= WRAP_MIN_WIDTH]
    if len(long) < WRAP_MIN_LINES:
        return None
    mode, _ = Counter(long).most_common(1)[0]
    width = max(w for w in long if mode - WRAP_SLACK <= w <= mode + 2)
    full = sum(1 for w in widths if width - WRAP_SLACK <= w <= width)
    return width if full >= max(WRAP_MIN_LINES, 0.2 * len(widths)) else None


def _starts_own_line(text: str) -> bool:
    return is_heading(text) or LIST_ITEM_RE.match(text) is not None


def run(text: str, ctx) -> list[Edit]:
    if ctx.config.keep_lines:
        return []
    ls = list(lines(text))
    width = wrap_width(ls)
    own_lines = _html_items(ctx.doc)
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
        rule = _join_rule(cur, nxt, ls[k + 1] is nxt, width)
        if rule is None:
            continue
        start = cur.start + len(cur.text.rstrip())
        end = nxt.start + (len(nxt.text) - len(nxt.text.lstrip()))
        edits.append(make_edit(rule[0], rule[1], rule[2], start, end, "", kind="join"))
    return edits


_OWN_LINE_TAGS = frozenset(("li", "tr", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td"))


def _html_items(doc) -> frozenset[str]:
    """The texts of a page's list items, table rows and headings, which the page itself
    set on lines of their own."""
    if doc is None or doc.kind != "html":
        return frozenset()
    return frozenset(b.text.strip() for b in doc.blocks if b.tag in _OWN_LINE_TAGS and b.text.strip())


def _next_line(ls: list[Line], k: int) -> Line | None:
    """The next non-blank line: blank lines go in the layout step anyway, so a join
    must not depend on them (cleaning twice gives what cleaning once gave)."""
    for nxt in ls[k + 1:]:
        if nxt.text.strip():
            return nxt
    return None


def _join_rule(cur: Line, nxt: Line, adjacent: bool, width: int | None):
    if _ENDS_OPEN.search(cur.text):
        return "join-after-semicolon", "分号后断行，与下一行合并", 0.9
    if _STARTS_CLOSING.match(nxt.text) and not is_heading(cur.text):
        return "join-leading-punct", "下一行以标点开头，与本行合并", 0.9
    if width is None or _INDENT.match(nxt.text) or _ENDS_SENTENCE.search(cur.text):
        return None
    w = display_width(cur.text.rstrip())
    # a Latin word or number is not broken: the line before it stops short by its width
    word = regex.match(r"[A-Za-z0-9.:%/*\-]+", nxt.text.lstrip())
    slack = WRAP_SLACK + (len(word.group()) if word else 0)
    if width - slack <= w <= width + 1:
        where = "" if adjacent else "（跨过分页留下的空行）"
        return "unwrap", f"硬换行：本行排满 {width} 栏且句子未完，与下一行合并{where}", 0.85
    return None

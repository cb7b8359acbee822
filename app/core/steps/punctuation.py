"""Punctuation (GB/T 15834): half-width , ; : ? ! ( ) in Chinese text become
full-width. Numbers and times (1,000  18:14  3.5), URLs, e-mail addresses and
English sentences keep theirs.

>>> from app.core.testing import run_step
>>> run_step(run, "同志们:刚才,会议通报了2022年情况(全文)。共1,000人,18:14开始")
'同志们：刚才，会议通报了2022年情况（全文）。共1,000人，18:14开始'
>>> run_step(run, "Hello, world! (see p. 3) 网址:https://www.gov.cn/a,b?x=1")
'Hello, world! (see p. 3) 网址：https://www.gov.cn/a,b?x=1'
>>> run_step(run, "达到××%,××村；学会“How are you?”等")
'达到××%，××村；学会“How are you?”等'
>>> run_step(run, "请拨打专线(05)532-1234(分机2261)")
'请拨打专线(05)532-1234（分机2261）'
>>> run_step(run, "好的, 我们走! 快点: Go, go")
'好的，我们走！快点：Go, go'
>>> run_step(run, "长大的。 如果父母")
'长大的。如果父母'

It also writes ellipses and dashes the standard way, pairs straight quotes in
Chinese text, collapses doubled marks, and makes full-width digits half-width:

>>> run_step(run, '他说:"我们...来了"--大家,,都笑了。。第２０２４年Ｑ１')
'他说：“我们……来了”——大家，都笑了。第2024年Q1'
>>> run_step(run, "It's John's book... 'ok'")
"It's John's book... 'ok'"
"""
from __future__ import annotations

import unicodedata

import regex

from ..document import Edit, make_edit
from ..textutil import is_han, is_zh, lines
from .convert import is_traditional

FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_PROTECTED = regex.compile(
    r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
)
_CANDIDATE = regex.compile(r"[,;:?!()]")
_PAIR = regex.compile(r"\(([^()\n]{0,200})\)")
_AREA_CODE = regex.compile(r"0\d{1,3}")
_SPACE_AFTER_MARK = regex.compile(r"(?<=[。！？；，：、）》”])[ \u3000]+(?=[\p{Han}“‘（《「])")


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses: nothing in them is touched."""
    return [m.span() for m in _PROTECTED.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


_THROUGH = "0123456789%％×．.,;:?!()"


def _look(text: str, i: int, step: int) -> str:
    """The first character from ``i`` on (in direction ``step``) that is not a digit,
    % or ×: "达到××%," looks back to 到."""
    while 0 <= i < len(text) and text[i] in _THROUGH:
        i += step
    return text[i] if 0 <= i < len(text) else ""


def _near_zh(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isascii() and before.isalpha() and not is_han(after):
        return False              # English inside Chinese quotes: “How are you?”
    return is_zh(before) or is_zh(after) or is_zh(_look(text, i - 1, -1)) or is_han(_look(text, i + 1, 1))


class _Plan:
    """Non-overlapping replacements chosen by the sub-rules, first claim wins."""

    def __init__(self, text: str):
        self.text = text
        self.spans: dict[int, tuple[int, str, str, str]] = {}
        self.taken: list[tuple[int, int]] = _protected_spans(text)

    def free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.taken) and start not in self.spans

    def take(self, start: int, end: int, new: str, rule: str, reason: str) -> None:
        if self.free(start, end) and self.text[start:end] != new:
            self.spans[start] = (end, new, rule, reason)
            self.taken.append((start, end))

    def edits(self) -> list[Edit]:
        return [make_edit(rule, reason, 0.95 if rule == "half-to-full" else 0.9, s, e, new)
                for s, (e, new, rule, reason) in sorted(self.spans.items())]


_ELLIPSIS = regex.compile(r"\.{3,}|。{3,}|(?<!…)…(?!…)|·{3,}|…{3,}")
# "--" and "－－" are typed dashes; a single "—" is left alone: it is also the connector in 碳—氧, 北京—上海
_DASH = regex.compile(r"(?<!-)--+(?!-)|(?<![—－])－－(?![—－])")
_DOUBLED = regex.compile(r"([，,、；;：:])(?:\s*\1)+|。。(?!。)|[，,]{2,}")
_FULL_ALNUM = regex.compile(r"[０-９Ａ-Ｚａ-ｚ]+")
_DOUBLE_FULL = {",": "，", "，": "，", "、": "、", ";": "；", "；": "；", ":": "：", "：": "：", "。": "。"}


def _zh_around(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return is_zh(before) or is_zh(after)


def _marks(plan: _Plan, text: str) -> None:
    """……, ——, doubled marks and full-width letters and digits."""
    for m in _SPACE_AFTER_MARK.finditer(text):
        plan.take(m.start(), m.end(), "", "space-after-mark", "全角标点后多余的空格")
    for m in _ELLIPSIS.finditer(text):
        if _zh_around(text, m.start(), m.end()):
            plan.take(m.start(), m.end(), "……", "ellipsis", "省略号写作“……”")
    for m in _DASH.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (is_zh(before) or before in "\"'") and (is_zh(after) or after in "\"'\n" or not after):
            plan.take(m.start(), m.end(), "——", "dash", "破折号写作“——”")     # also at a line's end
    for m in _DOUBLED.finditer(text):
        if _zh_around(text, m.start(), m.end()):
            mark = _DOUBLE_FULL.get(m.group()[0], m.group()[0])
            plan.take(m.start(), m.end(), mark, "doubled", "重复的标点只留一个")
    for m in _FULL_ALNUM.finditer(text):
        plan.take(m.start(), m.end(), unicodedata.normalize("NFKC", m.group()), "fullwidth-alnum",
                  "全角数字、字母改为半角")


def _quotes(plan: _Plan, text: str) -> None:
    """Straight quotes around Chinese become curly, paired within each line."""
    if '"' not in text and "'" not in text:
        return
    for line in lines(text):
        if '"' not in line.text and "'" not in line.text:
            continue
        for mark, (left, right) in (('"', ("“", "”")), ("'", ("‘", "’"))):
            where = [line.start + i for i, ch in enumerate(line.text) if ch == mark]
            if not where or len(where) % 2:
                continue
            pairs = list(zip(where[::2], where[1::2]))
            if mark == "'" and not all(any(is_han(ch) for ch in text[a + 1:b]) for a, b in pairs):
                continue            # apostrophes in English, not quotes
            if not any(_zh_around(text, a, a + 1) or _zh_around(text, b, b + 1)
                       or any(is_han(ch) for ch in text[a + 1:b]) for a, b in pairs):
                continue
            for a, b in pairs:
                plan.take(a, a + 1, left, "quotes", "直引号配成弯引号")
                plan.take(b, b + 1, right, "quotes", "直引号配成弯引号")


def _half_to_full(plan: _Plan, text: str) -> None:
    """Decide again on the text with the marks chosen so far made full-width, until
    nothing changes: ",(,(中" needs the "(" to turn before the "," next to it can."""
    view = list(text)
    for _ in range(50):
        cur = "".join(view)
        news = [(i, new) for i, new in _decide(plan, cur) if view[i] != new]
        if not news:
            break
        for i, new in news:
            view[i] = new
    for i, (old, new) in enumerate(zip(text, view)):
        if old != new:
            what = "括号" if new in "（）" else f"标点“{old}”"
            end = i + 1
            if new in "，；：？！）":      # the space typed after a half-width mark goes with it
                while end < len(text) and text[end] == " ":
                    end += 1
                if end == len(text) or text[end] in "\r\n":
                    end = i + 1           # trailing spaces are the layout step's
            plan.take(i, end, new, "half-to-full", f"中文语境中的半角{what}改为全角“{new}”")


def _decide(plan: _Plan, text: str):
    decided: set[int] = set()
    for m in _PAIR.finditer(text):
        o, c = m.start(), m.end() - 1
        if not plan.free(o, o + 1) or not plan.free(c, c + 1):
            continue
        decided.update((o, c))
        if _AREA_CODE.fullmatch(m.group(1)) and text[c + 1:c + 2].isdigit():
            continue                                  # a telephone's area code: (05)532-1234
        if any(is_zh(ch) for ch in m.group(1)) or _near_zh(text, o) or _near_zh(text, c):
            yield o, "（"
            yield c, "）"
    for m in _CANDIDATE.finditer(text):
        i = m.start()
        if i in decided or not plan.free(i, i + 1):
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            continue                                  # 1,000  18:14
        if _near_zh(text, i):
            yield i, FULL[m.group()]


def run(text: str, ctx) -> list[Edit]:
    plan = _Plan(text)
    if not is_traditional(text[:4000]):
        _quotes(plan, text)           # GB/T 15834 quotes; traditional writing has its own 「」 customs
    _marks(plan, text)
    _half_to_full(plan, text)
    return plan.edits()

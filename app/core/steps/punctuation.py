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
"""
from __future__ import annotations

import regex

from ..document import Edit, make_edit
from ..textutil import is_han, is_zh

FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_PROTECTED = regex.compile(
    r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
)
_CANDIDATE = regex.compile(r"[,;:?!()]")
_PAIR = regex.compile(r"\(([^()\n]{0,200})\)")


def _protected_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECTED.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


_THROUGH = "0123456789%％×．."


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


def run(text: str, ctx) -> list[Edit]:
    spans = _protected_spans(text)
    chosen: dict[int, str] = {}
    decided: set[int] = set()
    for m in _PAIR.finditer(text):
        o, c = m.start(), m.end() - 1
        if _inside(o, spans) or _inside(c, spans):
            continue
        decided.update((o, c))
        inner = m.group(1)
        if any(is_zh(ch) for ch in inner) or _near_zh(text, o) or _near_zh(text, c):
            chosen[o], chosen[c] = "（", "）"
    for m in _CANDIDATE.finditer(text):
        i = m.start()
        if i in decided or _inside(i, spans):
            continue
        ch = m.group()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            continue                                  # 1,000  18:14
        if _near_zh(text, i):
            chosen[i] = FULL[ch]
    return [make_edit("half-to-full", f"中文语境中的半角标点“{text[i]}”改为全角“{new}”", 0.95, i, i + 1, new)
            for i, new in sorted(chosen.items())]

"""Small text helpers shared by the steps: character classes, lines, shapes.

>>> [l.text for l in lines("a\\nb")]
['a', 'b']
>>> is_body_like("刚才，会议传达学习了党的二十大精神，请大家认真抓好贯彻落实。")
True
>>> is_heading("（一）要深刻感悟")
True
>>> is_body_like("领导讲话稿的开头怎么写？这五种方法最实用")
False
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

import regex

HAN = r"\p{Han}"
# Chinese-text punctuation: CJK symbols, full-width forms, curly quotes, book-title marks.
ZH_PUNCT = "\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65“”‘’《》〈〉【】…—·"
ZH = f"[{HAN}{ZH_PUNCT}]"
ZH_RE = regex.compile(ZH)
HAN_RE = regex.compile(HAN)
SENTENCE_END = "。！？!?"
SENTENCE_END_RE = regex.compile(f"[{SENTENCE_END}]")
CLAUSE_RE = regex.compile(r"[，、；。！？,;!?]")

# Chinese numbering used for headings and list items.
_CN_NUM = "一二三四五六七八九十百零〇"
HEADING_RE = regex.compile(
    rf"^\s*(?:"
    rf"[{_CN_NUM}]+、"                       # 一、
    rf"|[（(][{_CN_NUM}]+[)）]"               # （一）
    rf"|\d{{1,3}}[.．、](?!\d)"                # 1. 1、
    rf"|[（(]\d{{1,3}}[)）]"                   # （1）
    rf"|[{_CN_NUM}]{{1,3}}是"                 # 一是
    rf"|第[{_CN_NUM}\d]+[章节条部分篇]"         # 第一章
    rf"|[①-⑳]"
    rf")"
)
LIST_ITEM_RE = regex.compile(r"^\s*(?:\d{1,2}[.．、)）](?!\d)|[·•●◆■□▪◇○\-–]\s*|【)")


def is_han(ch: str) -> bool:
    return bool(ch) and HAN_RE.match(ch) is not None


def is_zh(ch: str) -> bool:
    """Han character or Chinese punctuation.

    >>> is_zh("，"), is_zh(","), is_zh("中")
    (True, False, True)
    """
    return bool(ch) and ZH_RE.match(ch) is not None


def han_ratio(s: str) -> float:
    s = "".join(s.split())
    return len(HAN_RE.findall(s)) / len(s) if s else 0.0


def is_heading(line: str) -> bool:
    return HEADING_RE.match(line) is not None


def is_body_like(line: str) -> bool:
    """A line that reads as running text: long enough and ends a sentence somewhere.
    Lengths leave punctuation out, which later repairs may add or merge."""
    s = line.strip()
    n = len(_SQUASH.sub("", s))
    if n < 17 or SENTENCE_END_RE.search(s) is None or han_ratio(s) <= 0.3:
        return False
    # a headline with one question mark is no paragraph: running text has clauses
    return n >= 45 or len(CLAUSE_RE.findall(s)) >= 2


@dataclass(frozen=True, slots=True)
class Line:
    index: int      # 0-based line number
    start: int      # offset of the first character
    end: int        # offset just past the last character (before "\n")
    text: str


def lines(text: str) -> Iterator[Line]:
    """Lines with their offsets; the text after the last newline is a line too."""
    start = 0
    for i, part in enumerate(text.split("\n")):
        yield Line(i, start, start + len(part), part)
        start += len(part) + 1


_NEWLINE = regex.compile("\n")


class LineIndex:
    """Offset → 1-based line number, by bisecting newline positions.

    >>> LineIndex("a\\nb\\nc").line_of(4)
    3
    """

    def __init__(self, text: str):
        self._nl = [m.start() for m in _NEWLINE.finditer(text)]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_left(self._nl, offset) + 1


def line_span_for_drop(text: str, line: Line) -> tuple[int, int]:
    """The span that removes ``line`` together with one newline.

    >>> t = "a\\nb\\nc"
    >>> [line_span_for_drop(t, l) for l in lines(t)]
    [(0, 2), (2, 4), (3, 5)]
    """
    if line.end < len(text):
        return line.start, line.end + 1
    if line.start > 0:
        return line.start - 1, line.end
    return line.start, line.end


def squash(s: str) -> str:
    """Text without whitespace or punctuation, for comparing lines.

    >>> squash("讲话（2024年）")
    '讲话2024年'
    """
    return _SQUASH.sub("", s)


_SQUASH = regex.compile(r"[\s\p{P}\p{S}]+")

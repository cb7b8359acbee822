"""Mojibake: text that was decoded with the wrong encoding before it reached us
(UTF-8 read as GBK: 鍦ㄤ腑鍥; GBK read as Latin-1: ÔÚÖÐ¹ú; UTF-8 read as Latin-1:
å¨ä¸­) is re-encoded the way it was misread and decoded the right way, line by
line, when the result reads as ordinary Chinese and the line did not.

>>> from app.core.testing import run_step
>>> run_step(run, "鍏ㄥ競鍚勫湴鍚勯儴闂ㄦ繁鍏ヨ疮褰�\\n正常的一行。")
'全市各地各部门深入贯\\n正常的一行。'
>>> run_step(run, "ÔÚÖÐ¹ú¹¤×÷µÄÍ¬Ö¾ÃÇ")
'在中国工作的同志们'
>>> run_step(run, "Café au lait, naïve résumé")
'Café au lait, naïve résumé'
"""
from __future__ import annotations

from collections import Counter

import regex

from ..document import Edit, make_edit
from ..readers.decode import common_ratio
from ..textutil import lines

# (how it was misread, how it should have been read, rule, reason)
_ROUTES = (
    ("gb18030", "utf-8", "utf8-as-gbk", "乱码修复：UTF-8 文字被当成 GBK 读出"),
    ("latin-1", "gb18030", "gbk-as-latin1", "乱码修复：GBK 文字被当成 Latin-1 读出"),
    ("cp1252", "gb18030", "gbk-as-cp1252", "乱码修复：GBK 文字被当成 Windows-1252 读出"),
    ("latin-1", "utf-8", "utf8-as-latin1", "乱码修复：UTF-8 文字被当成 Latin-1 读出"),
    ("cp1252", "utf-8", "utf8-as-cp1252", "乱码修复：UTF-8 文字被当成 Windows-1252 读出"),
)
_HAN = regex.compile(r"\p{Han}")
_LATIN_HIGH = regex.compile(r"[\u00C0-\u00FF]")
MIN_CHARS = 4
WHOLE_DOC_LINES = 3         # lines repaired by one route that make the whole document suspect


def _suspicious(s: str) -> bool:
    """Rare Han characters, or a run of accented Latin letters with no Han at all."""
    han = len(_HAN.findall(s))
    if han >= MIN_CHARS:
        return common_ratio(s) < 0.75
    return han == 0 and len(_LATIN_HIGH.findall(s)) >= MIN_CHARS


def repair(s: str, routes=_ROUTES, min_chars: int = MIN_CHARS) -> tuple[str, str, str] | None:
    """(repaired text, rule, reason), or None if no route reads better."""
    for wrong, right, rule, reason in routes:
        try:
            raw = s.replace("\ufffd", "?").encode(wrong)
        except UnicodeEncodeError:
            continue
        fixed = raw.decode(right, errors="replace")
        lost = fixed.count("\ufffd")
        han = len(_HAN.findall(fixed))
        if han >= min_chars and lost <= max(1, han // 8) and common_ratio(fixed) >= 0.9:
            fixed = regex.sub(r"\ufffd\??|\?(?=\p{Han}|[，。])", "", fixed) if lost else fixed
            return fixed, rule, reason + (f"（约 {lost} 个字已无法复原，请核对）" if lost else "")
    return None


def run(text: str, ctx) -> list[Edit]:
    if not _LATIN_HIGH.search(text) and common_ratio(text[:20000]) >= 0.97:
        return []                   # the common case, told at once: ordinary Chinese text
    edits = []
    rest = []
    for line in lines(text):
        s = line.text
        if s.isascii():
            continue
        found = repair(s) if len(s) >= MIN_CHARS and _suspicious(s) else None
        if found is not None and found[0] != s:
            fixed, rule, reason = found
            edits.append(make_edit(rule, reason, 0.85, line.start, line.end, fixed))
        else:
            rest.append(line)
    # a document garbled throughout: its short lines and the lines that happen to read almost
    # like Chinese were garbled the same way (保温水杯两个 read as 淇濇俯姘存澂涓や釜)
    routes = Counter(e.rule for e in edits)
    if routes and routes.most_common(1)[0][1] >= WHOLE_DOC_LINES:
        rule = routes.most_common(1)[0][0]
        route = tuple(r for r in _ROUTES if r[2] == rule)
        for line in rest:
            found = repair(line.text, route, min_chars=2)
            if found is not None and found[0] != line.text and common_ratio(found[0]) > common_ratio(line.text):
                edits.append(make_edit(found[1], found[2] + "（全文同一种乱码）", 0.8, line.start, line.end, found[0]))
        edits.sort(key=lambda e: e.start)
    return edits

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


def _suspicious(s: str) -> bool:
    """Rare Han characters, or a run of accented Latin letters with no Han at all."""
    han = len(_HAN.findall(s))
    if han >= MIN_CHARS:
        return common_ratio(s) < 0.75
    return han == 0 and len(_LATIN_HIGH.findall(s)) >= MIN_CHARS


def repair(s: str) -> tuple[str, str, str] | None:
    """(repaired text, rule, reason), or None if no route reads better."""
    for wrong, right, rule, reason in _ROUTES:
        try:
            raw = s.replace("\ufffd", "?").encode(wrong)
        except UnicodeEncodeError:
            continue
        fixed = raw.decode(right, errors="replace")
        lost = fixed.count("\ufffd")
        han = len(_HAN.findall(fixed))
        if han >= MIN_CHARS and lost <= max(1, han // 8) and common_ratio(fixed) >= 0.9:
            fixed = regex.sub(r"\ufffd\??|\?(?=\p{Han}|[，。])", "", fixed) if lost else fixed
            return fixed, rule, reason + (f"（约 {lost} 个字已无法复原，请核对）" if lost else "")
    return None


def run(text: str, ctx) -> list[Edit]:
    if not _LATIN_HIGH.search(text) and common_ratio(text[:20000]) >= 0.97:
        return []                   # the common case, told at once: ordinary Chinese text
    edits = []
    for line in lines(text):
        s = line.text
        if len(s) < MIN_CHARS or s.isascii() or not _suspicious(s):
            continue
        found = repair(s)
        if found is not None and found[0] != s:
            fixed, rule, reason = found
            edits.append(make_edit(rule, reason, 0.85, line.start, line.end, fixed))
    return edits

"""Placeholders: runs of ``*``/``＊`` that anonymise names and figures become ``×``
(one per asterisk; ``某`` gives one per run). Real asterisks stay: between two
digits (3*4), or with no Chinese nearby (Latin text, Markdown, footnotes).

>>> from app.core.testing import run_step
>>> run_step(run, "**市进入名单，20**年达标率***%，增长**.**%，来*调研，3*4=12，a*b")
'××市进入名单，20××年达标率×××%，增长××.××%，来×调研，3*4=12，a*b'
>>> from app.core.config import CleanConfig
>>> run_step(run, "**市、**县", CleanConfig(placeholder="某"))
'某市、某县'
>>> run_step(run, "**市、**县、**市", CleanConfig(fills=(("××市", "乐山市"),)))
'乐山市、××县、乐山市'
"""
from __future__ import annotations

import regex

from ..document import Edit, make_edit
from ..textutil import is_han, is_zh

_RUN = regex.compile(r"[*＊]+(?:[.．][*＊]+)?")
_NUMERIC = "0123456789.．%％×*＊,;:!?()"      # walked over: digits, and marks the punctuation step makes full-width


def _context_is_zh(text: str, pos: int, step: int) -> bool:
    """Walk away from the run over digits and %, then look for Chinese."""
    i = pos
    while 0 <= i < len(text) and text[i] in _NUMERIC:
        i += step
    if not 0 <= i < len(text):
        return False
    return is_zh(text[i])


def is_placeholder(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before.isdigit() and after.isdigit() and end - start == 1:
        return False                     # 3*4: multiplication (0398-52****8 is a masked number)
    if is_zh(before) or is_zh(after):
        return True
    return _context_is_zh(text, start - 1, -1) or _context_is_zh(text, end, 1)


def context_of(text: str, start: int, end: int, shown: str) -> str:
    """How a placeholder reads in place, for the report: the run with the character
    after it (××市, ×××%), or with the Han character before it (美丽××)."""
    after = text[end] if end < len(text) else ""
    if is_han(after) or after in "%％年月日号":
        return shown + after
    before = text[start - 1] if start else ""
    return (before if is_han(before) else "") + shown


def _fill_pattern(key: str):
    """``××市`` → a regex for the same spot in the source: exactly two asterisks, then 市."""
    parts = regex.split(r"(×+)", key)
    body = "".join(f"[*＊]{{{len(p)}}}" if p.startswith("×") else regex.escape(p) for p in parts if p)
    return regex.compile(f"(?<![*＊]){body}(?![*＊])")


def run(text: str, ctx) -> list[Edit]:
    mark = ctx.config.placeholder
    edits = []
    filled: list[tuple[int, int]] = []
    for key, value in ctx.config.fills:
        for m in _fill_pattern(key).finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in filled):
                filled.append(m.span())
                edits.append(make_edit("fill", f"按用户的填写：{key} → {value}", 1.0, m.start(), m.end(), value))
    contexts: dict[str, int] = {}
    for m in _RUN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in filled) or not is_placeholder(text, m.start(), m.end()):
            continue
        s = m.group()
        new = "某" if mark == "某" else regex.sub(r"[*＊]", lambda _m: mark, s).replace("．", ".")
        key = context_of(text, m.start(), m.end(), regex.sub(r"[*＊]", "×", s).replace("．", "."))
        contexts[key] = contexts.get(key, 0) + 1
        edits.append(make_edit("asterisk", "匿名化占位符（星号）", 0.95, m.start(), m.end(), new))
    if contexts:
        ctx.meta["placeholders"] = dict(sorted(contexts.items(), key=lambda kv: (-kv[1], kv[0])))
    return edits

"""Placeholders: runs of ``*``/``＊`` that anonymise names and figures become ``×``
(one per asterisk; ``某`` gives one per run). Real asterisks stay: between two
digits (3*4), or with no Chinese nearby (Latin text, Markdown, footnotes).

>>> from app.core.testing import run_step
>>> run_step(run, "**市进入名单，20**年达标率***%，增长**.**%，来*调研，3*4=12，a*b")
'××市进入名单，20××年达标率×××%，增长××.××%，来×调研，3*4=12，a*b'
>>> from app.core.config import CleanConfig
>>> run_step(run, "**市、**县", CleanConfig(placeholder="某"))
'某市、某县'
"""
from __future__ import annotations

import regex

from ..document import Edit, make_edit
from ..textutil import is_zh

_RUN = regex.compile(r"[*＊]+(?:[.．][*＊]+)?")
_NUMERIC = "0123456789.．%％×"


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
    if before.isdigit() and after.isdigit():
        return False                     # 3*4: multiplication
    if is_zh(before) or is_zh(after):
        return True
    return _context_is_zh(text, start - 1, -1) or _context_is_zh(text, end, 1)


def run(text: str, ctx) -> list[Edit]:
    mark = ctx.config.placeholder
    edits = []
    for m in _RUN.finditer(text):
        if not is_placeholder(text, m.start(), m.end()):
            continue
        s = m.group()
        if mark == "某":
            new = "某"
        else:
            new = regex.sub(r"[*＊]", lambda _m: mark, s)
            new = new.replace("．", ".")
        edits.append(make_edit("asterisk", "匿名化占位符（星号）", 0.95, m.start(), m.end(), new))
    return edits

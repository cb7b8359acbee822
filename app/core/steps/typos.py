"""Typos: a curated list of look-alike and sound-alike errors (代衰→代表),
each with the contexts in which the "wrong" string is in fact right (时代衰落).

>>> from app.core.testing import run_step
>>> run_step(run, "我代衰市委讲话，要逗真碰硬。时代衰落之后……")
'我代表市委讲话，要动真碰硬。时代衰落之后……'
>>> run_step(run, "那所小學座落在這深山部落裡")
'那所小學座落在這深山部落裡'
"""
from __future__ import annotations

import functools

import regex

from ..document import Edit, make_edit
from ..rules import curated_typos
from .convert import simplified_lines

_CONTEXT = 6
VARIANT = "规范用字"       # a norm of simplified-Chinese publishing, not an error everywhere


@functools.cache
def _matcher():
    entries = {e.wrong: e for e in curated_typos()}
    words = sorted(entries, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words)), entries


def run(text: str, ctx) -> list[Edit]:
    if not curated_typos():
        return []
    pattern, entries = _matcher()
    traditional = simplified_lines(text) is not None
    edits = []
    for m in pattern.finditer(text):
        e = entries[m.group()]
        if traditional and e.note == VARIANT:
            continue          # 座落, 渡假: accepted forms in traditional-script writing
        before = text[max(0, m.start() - _CONTEXT):m.start()]
        after = text[m.end():m.end() + _CONTEXT]
        if e.not_before is not None and e.not_before.search(before):
            continue
        if e.not_after is not None and e.not_after.search(after):
            continue
        reason = f"常见错字：{e.wrong}→{e.right}" + (f"（{e.note}）" if e.note else "")
        edits.append(make_edit("curated", reason, e.confidence, m.start(), m.end(), e.right))
    return edits

"""Typos, in two tiers: sure fixes are edits, the rest are suggestions for review.

Sources, strongest first: the user's dictionary (pairs always fixed, words never touched),
the curated list of look-alike and sound-alike errors with the contexts in which the "wrong"
string is right (时代衰落), and generated candidates (:mod:`app.core.typos`): a character
that fits no word around it, swapped for a sound-alike or look-alike that completes a
frequent word or an official phrase (大数局→大数据). Names, places, numbers, Latin text and
the user's words are never changed, nor is quoted text (“…”, 《…》) by a generated fix.
Suggestions go to ``ctx.meta["suggestions"]`` (offsets in this step's input
text); with ``--typos all``, or when their id is in ``config.typos_accepted``, they are edits.

>>> from app.core.testing import run_step
>>> run_step(run, "我代衰市委讲话，要逗真碰硬。时代衰落之后……")
'我代表市委讲话，要动真碰硬。时代衰落之后……'
>>> run_step(run, "那所小學座落在這深山部落裡")
'那所小學座落在這深山部落裡'
>>> run_step(run, "侵害消废者合法权益")
'侵害消费者合法权益'
"""
from __future__ import annotations

import functools
import re

from ..document import Edit, edit_id, make_edit
from ..rules import curated_typos
from ..textutil import LineIndex
from ..typos import engine, userdict, vetoes
from .convert import is_traditional

_CONTEXT = 6
VARIANT = "规范用字"       # a norm of simplified-Chinese publishing, not an error everywhere
KIND_REASON = {"same": "同音字", "tone": "音近字（声调不同）", "fuzzy": "音近字", "shape": "形近字"}


@functools.cache
def _matcher():
    entries = {e.wrong: e for e in curated_typos()}
    words = sorted(entries, key=len, reverse=True)
    # literal words: the standard engine finds them four times faster than ``regex``
    return re.compile("|".join(re.escape(w) for w in words)), entries


def run(text: str, ctx) -> list[Edit]:
    cfg = ctx.config
    udict = _user_dictionary(cfg)
    keep = vetoes.occurrences(text, udict.keep)
    edits = _user_fixes(text, udict, keep)
    taken = {i for e in edits for i in range(e.start, e.end)} | keep
    traditional = is_traditional(text[:4000])
    edits += _curated(text, traditional, taken)
    if traditional:
        return edits            # the confusion sets are of simplified script
    taken |= {i for e in edits for i in range(e.start, e.end)}
    protected = vetoes.off_limits(text) | taken
    suggestions: list[dict] = []
    index = None
    seen: dict[tuple[str, str], int] = {}
    for f in engine.find(text, protected):
        rule = "sound-alike" if f.kind != "shape" else "look-alike"
        reason = f"{KIND_REASON[f.kind]}：{f.old}→{f.new}（{f.word}）"
        if f.held:
            reason += "；同一句还有读不通的字，未自动修改"
        auto = f.tier == "auto"
        key = (f.old, f.new)
        n = seen.get(key, 0)
        seen[key] = n + 1
        sid = edit_id("typos", "suggest", f"{f.old}→{f.new}", n)
        if auto or cfg.typos == "all" or sid in cfg.typos_accepted:
            edits.append(make_edit(rule, reason, f.confidence, f.start, f.end, f.new))
            continue
        index = index or LineIndex(text)
        suggestions.append({"id": sid, "start": f.start, "end": f.end, "line": index.line_of(f.start),
                            "old": f.old, "new": f.new, "reason": reason,
                            "confidence": min(f.confidence, 0.85), "rule": rule})
    if suggestions:
        ctx.meta["suggestions"] = ctx.meta.get("suggestions", []) + suggestions
    return edits


def _user_dictionary(cfg) -> userdict.UserDictionary:
    if cfg.typo_dictionary == "none":
        return userdict.EMPTY
    return userdict.load(cfg.typo_dictionary or None)


def _user_fixes(text: str, udict: userdict.UserDictionary, keep: set[int]) -> list[Edit]:
    if not udict.fix:
        return []
    pairs = dict(udict.fix)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(pairs, key=len, reverse=True)))
    out = []
    for m in pattern.finditer(text):
        if keep.isdisjoint(range(m.start(), m.end())):
            out.append(make_edit("user", f"用户词典：{m.group()}→{pairs[m.group()]}", 1.0,
                                 m.start(), m.end(), pairs[m.group()]))
    return out


def _curated(text: str, traditional: bool, taken: set[int]) -> list[Edit]:
    if not curated_typos():
        return []
    pattern, entries = _matcher()
    edits = []
    for m in pattern.finditer(text):
        e = entries[m.group()]
        if traditional and e.note == VARIANT:
            continue          # 座落, 渡假: accepted forms in traditional-script writing
        if not taken.isdisjoint(range(m.start(), m.end())):
            continue
        before = text[max(0, m.start() - _CONTEXT):m.start()]
        after = text[m.end():m.end() + _CONTEXT]
        if e.not_before is not None and e.not_before.search(before):
            continue
        if e.not_after is not None and e.not_after.search(after):
            continue
        reason = f"常见错字：{e.wrong}→{e.right}" + (f"（{e.note}）" if e.note else "")
        edits.append(make_edit("curated", reason, e.confidence, m.start(), m.end(), e.right))
    return edits

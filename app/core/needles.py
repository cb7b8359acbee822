"""Literal strings one of which every match of a pattern must contain: a quick test that
rules out most lines before the regular expression itself is run.

Most lines of a page match none of a rule pack's patterns, and ``needle in line`` costs
far less than a regex search. :func:`needles` reads a pattern with the standard library's
parser and returns a set of strings such that any match of the pattern contains at least
one of them, or ``None`` when it cannot say (then the rule is always searched). It is
conservative by construction: it only ever follows literals, alternations, groups,
repeats of at least one, and positive lookarounds (whose text lies in the line too).

>>> sorted(needles("^(?:相关文章|猜你喜欢|上一篇)[:：]?"))
['上一篇', '猜你喜欢', '相关文章']
>>> sorted(needles(r"来源[:：]\\s*\\S+"))
['来源']
>>> needles(r"\\d{4}年") == {"年"}
True
>>> needles(r"^.{0,3}$") is None
True
>>> needles(r"[\\p{Han}]+网") is None     # the standard parser does not know \\p: no needles
True
"""
from __future__ import annotations

import re

try:                                   # Python 3.11+
    from re import _constants as C
    from re import _parser as P
except ImportError:                    # pragma: no cover — older layout
    import sre_constants as C          # type: ignore[no-redef]
    import sre_parse as P              # type: ignore[no-redef]

MAX_CLASS = 24                         # a character class of at most this many literals is a set of needles
# syntax the ``regex`` module (V1) reads differently from ``re``: set operations in classes
_V1_ONLY = ("--", "&&", "||", "~~", "[[")


def needles(pattern: str) -> frozenset[str] | None:
    if any(op in pattern for op in _V1_ONLY):
        return None
    try:
        parsed = P.parse(pattern)
    except (re.error, ValueError, TypeError, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    got = _seq(list(parsed))
    return frozenset(got) if got and all(got) else None


def needle_screen(found: frozenset[str] | None):
    """A compiled stdlib ``re`` pattern that finds any of ``found`` (None for None): a
    literal alternation is scanned in C, several times faster than testing each needle.

    >>> needle_screen(frozenset({"上一篇", "下一篇"})).search("……下一篇：通知") is not None
    True
    """
    if not found:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(found, key=len, reverse=True)))


def _score(s: set[str] | None) -> tuple[int, int]:
    """Better needles: a longer shortest needle, then fewer of them."""
    if not s:
        return (0, 0)
    return (min(len(x) for x in s), -len(s))


def _seq(items) -> set[str] | None:
    best: set[str] | None = None
    run: list[str] = []

    def consider(cand: set[str] | None) -> None:
        nonlocal best
        if cand and _score(cand) > _score(best):
            best = cand

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            run = []
        consider(_item(op, av))
    if run:
        consider({"".join(run)})
    return best


def _item(op, av) -> set[str] | None:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, p = av
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return None
        return _seq(list(p))
    if op is C.ATOMIC_GROUP:
        return _seq(list(av))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _hi, p = av
        return _seq(list(p)) if lo >= 1 else None
    if op is C.BRANCH:
        _none, branches = av
        out: set[str] = set()
        for b in branches:
            got = _seq(list(b))
            if not got:
                return None
            out |= got
        return out
    if op is C.ASSERT:
        _direction, p = av
        return _seq(list(p))
    if op is C.IN:
        chars = set()
        for cop, cav in av:
            if cop is not C.LITERAL:
                return None
            chars.add(chr(cav))
        return chars if 0 < len(chars) <= MAX_CLASS else None
    return None

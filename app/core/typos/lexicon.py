"""The words the typo engine trusts, loaded once per process.

* jieba's dictionary (``dict.txt`` inside the installed ``jieba`` package, read where it lies):
  about 350,000 words with counts and part-of-speech tags;
* ``resources/lexicons/official_phrases.txt``: phrases of official writing (贯彻落实, 统筹推进 …),
  written for this project, counted as frequent words;
* pypinyin's phrase list (inside the installed ``pypinyin`` package): only to know that a
  string *is* a word, never as a fix.

>>> lex = lexicon()
>>> lex.is_word("贯彻落实"), lex.is_word("贯撤落实")
(True, False)
>>> lex.logp("数据") > lex.logp("数局")
True
"""
from __future__ import annotations

import functools
import importlib.util
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..rules import LEXICONS_DIR
from . import tables

NAME_TAGS = frozenset(("nr", "nrt", "nrfg"))
OFFICIAL_COUNT = 2000          # what an official phrase counts for, at least
MIN_TARGET = 5                 # a fix must make a word seen at least this often
MAX_WORD = 8                   # longest word the segmenter looks for


def _package_file(package: str, name: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).with_name(name)
    return path if path.exists() else None


def read_lines(path: Path) -> list[str]:
    """Non-empty lines without ``#`` comments."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@dataclass
class Lexicon:
    counts: dict[str, int]                      # word → count (jieba and official phrases)
    total: int
    official: frozenset[str]
    known: frozenset[str]                       # other strings that are words (pypinyin phrases)
    # "大?据" → the characters that fill "?": a tuple of shared one-character strings (no string
    # made, no hash computed, when it is walked), a frozenset when there are many
    index: dict[str, tuple[str, ...] | frozenset[str]] = field(repr=False, default_factory=dict)
    floor: float = 0.0                          # log-probability of an unknown character
    common: frozenset[str] = frozenset()        # words of 2–4 characters seen often enough to trust
    common_count: int = 20

    def words_over(self, count: int) -> frozenset[str]:
        """Words of 2–4 characters seen at least ``count`` times, official phrases and known words."""
        if count == self.common_count and self.common:
            return self.common
        return frozenset(w for w, n in self.counts.items() if n >= count and 2 <= len(w) <= 4) \
            | frozenset(w for w in self.known | self.official if 2 <= len(w) <= 4)

    chars: dict[str, int] = field(repr=False, default_factory=dict)   # character → summed counts of its words
    _memo: dict[str, float] = field(repr=False, default_factory=dict, compare=False)

    def char_count(self, c: str) -> int:
        return self.chars.get(c, 0)

    def is_word(self, s: str) -> bool:
        return s in self.counts or s in self.known

    def logp(self, s: str) -> float:
        n = self.counts.get(s)
        if n:
            return math.log(n / self.total)
        return self.floor if len(s) == 1 else self.floor * len(s)

    def segment_score(self, s: str) -> float:
        """Log-probability of the best segmentation of ``s`` into words (unigram model).
        Remembered: the short stretches scored around suspects recur from page to page."""
        memo = self._memo
        v = memo.get(s)
        if v is None:
            if len(memo) > 200_000:
                memo.clear()
            v = memo[s] = self._segment_score(s)
        return v

    def _segment_score(self, s: str) -> float:
        n = len(s)
        best = [0.0] * (n + 1)
        counts, total, floor = self.counts, self.total, self.floor
        log = math.log
        for i in range(n - 1, -1, -1):
            c = counts.get(s[i])
            score = (log(c / total) if c else floor) + best[i + 1]
            for j in range(i + 2, min(n, i + MAX_WORD) + 1):
                c = counts.get(s[i:j])
                if c:
                    v = log(c / total) + best[j]
                    if v > score:
                        score = v
            best[i] = score
        return best[0]

    def segment(self, s: str) -> list[str]:
        """The best segmentation itself.

        >>> lexicon().segment("推进国家治理体系")
        ['推进', '国家', '治理体系']
        """
        n = len(s)
        best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
        for i in range(n - 1, -1, -1):
            cand = (self.logp(s[i]) + best[i + 1][0], i + 1)
            for j in range(i + 2, min(n, i + MAX_WORD) + 1):
                c = self.counts.get(s[i:j])
                if c:
                    cand = max(cand, (math.log(c / self.total) + best[j][0], j))
            best[i] = cand
        out, i = [], 0
        while i < n:
            j = best[i][1]
            out.append(s[i:j])
            i = j
        return out


def _read_jieba() -> tuple[dict[str, int], set[str]]:
    """Word → count, and the words tagged as person names (a fix never makes one)."""
    counts: dict[str, int] = {}
    names: set[str] = set()
    path = _package_file("jieba", "dict.txt")
    if path is None:
        return counts, names
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            counts[word] = count
            if len(parts) > 2 and parts[2] in NAME_TAGS:
                names.add(word)
    return counts, names


def _read_pypinyin() -> set[str]:
    path = _package_file("pypinyin", "phrases_dict.json")
    if path is None:
        return set()
    return set(json.loads(path.read_text(encoding="utf-8")))


@functools.cache
def official_phrases() -> frozenset[str]:
    return frozenset(read_lines(LEXICONS_DIR / "official_phrases.txt"))


CACHE_FORMAT = 4


def _sources_key() -> tuple:
    """What the lexicon is built from, by size and modification time: a new jieba or an
    edited phrase list makes a new cache."""
    return (CACHE_FORMAT, MIN_TARGET, OFFICIAL_COUNT) + tables.stamp(
        (_package_file("jieba", "dict.txt"), _package_file("pypinyin", "phrases_dict.json"),
         LEXICONS_DIR / "official_phrases.txt"))


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, from the cache when its sources have not changed (loading it takes a
    tenth of the time of building it)."""
    with tables.collector_paused():
        packed = tables.load("typo-lexicon.marshal", _sources_key(), lambda: _pack(_build_lexicon()))
        return _unpack(packed)


def _pack(lex: Lexicon) -> tuple:
    return (tables.pack_counts(lex.counts), lex.total, list(lex.official), list(lex.known), lex.index,
            list(lex.common), tables.pack_counts(lex.chars), lex.floor)


def _unpack(data: tuple) -> Lexicon:
    counts, total, official, known, index, common, chars, floor = data
    return Lexicon(counts=tables.unpack_counts(counts), total=total, official=frozenset(official),
                   known=frozenset(known), index=index, floor=floor, common=frozenset(common),
                   chars=tables.unpack_counts(chars))


def _build_lexicon() -> Lexicon:
    counts, names = _read_jieba()
    official = official_phrases()
    for p in official:
        counts[p] = max(counts.get(p, 0), OFFICIAL_COUNT)
    total = sum(counts.values()) or 1
    known = frozenset(_read_pypinyin() - counts.keys())
    lex = Lexicon(counts=counts, total=total, official=official, known=known, floor=math.log(0.5 / total))
    lex.index = _build_index(counts, names, official)
    lex.common = lex.words_over(lex.common_count)
    chars: dict[str, int] = {}
    for word, n in counts.items():
        for c in set(word):
            chars[c] = chars.get(c, 0) + n
    lex.chars = chars
    return lex


MANY_FILLERS = 24              # from this many on, a pattern's fillers are kept as a frozenset


def _build_index(counts: dict[str, int], names: set[str], official: frozenset[str]) -> dict:
    """For every word a fix may make, each way of blanking one character: "数?" → 据字学…"""
    index: dict[str, list[str]] = {}
    chars: dict[str, str] = {}
    for word, n in counts.items():
        size = len(word)
        if word in official:
            pass
        elif size < 2 or size > 4 or n < MIN_TARGET or word in names or not _han(word):
            continue
        for i in range(size):
            c = chars.setdefault(word[i], word[i])
            index.setdefault(word[:i] + "?" + word[i + 1:], []).append(c)
    return {k: frozenset(v) if len(v) >= MANY_FILLERS else tuple(v) for k, v in index.items()}


def _han(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)

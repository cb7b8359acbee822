"""Generated typo candidates: a character swapped for a sound-alike or look-alike.

Each stretch of Chinese text is first checked cheaply: a character that belongs to no known
word of 2–4 characters around it (an *orphan*: 大数[局]产业) is a suspect; characters inside
known words are left alone. A suspect is tried against the members of its confusion set
(:mod:`.confusion`) that complete a known word around it (数据) or an official phrase. The
candidate is scored by how much more probable the best segmentation of the surrounding text
becomes when it must contain that word (a unigram word model over jieba's counts), less a
cost for the kind of confusion. Strong candidates are fixed, weaker ones are suggestions.

>>> [(f.old, f.new, f.word, f.tier) for f in find("侵害消废者合法权益")]
[('废', '费', '消费者', 'auto')]
>>> find("他去了银行办事。")
[]
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from .confusion import similar
from .lexicon import MAX_WORD, lexicon

HAN_RUN = regex.compile(r"\p{Han}{2,}")
CONTEXT = 4                  # characters either side scored with a candidate


@dataclass(frozen=True)
class Params:
    """Thresholds, tuned on the development half of the official-document set only."""

    cost: tuple[tuple[str, float], ...] = (("same", 0.0), ("tone", 1.0), ("fuzzy", 2.5), ("shape", 2.0))
    auto: float = 9.0          # score a fix needs to be applied without asking
    suggest: float = 4.0       # score a candidate needs to be shown at all
    word_count: int = 20       # a string seen this often in the dictionary is a word


DEFAULT = Params()


@dataclass
class Finding:
    start: int
    end: int
    old: str
    new: str
    word: str                 # the word the fix makes
    kind: str                 # same, tone, fuzzy, shape
    score: float
    tier: str = ""            # auto | suggest

    @property
    def confidence(self) -> float:
        return round(min(0.99, 0.5 + self.score / 30), 2)


def find(text: str, protected: frozenset[int] | set[int] = frozenset(),
         params: Params = DEFAULT) -> list[Finding]:
    """Candidates in ``text`` above the suggestion threshold, never two side by side."""
    out: list[Finding] = []
    for m in HAN_RUN.finditer(text):
        out += _run(m.group(), m.start(), protected, params)
    return out


def suspects(s: str, words) -> list[int]:
    """Offsets in ``s`` of characters inside no known word of 2–4 characters.

    >>> suspects("发展大数局产业", lexicon().common)
    [4]
    """
    n = len(s)
    covered = bytearray(n)
    for size in (2, 3, 4):
        for i in range(n - size + 1):
            if s[i:i + size] in words:
                covered[i:i + size] = b"\x01" * size
    return [i for i in range(n) if not covered[i]]


def _run(s: str, offset: int, protected, params: Params) -> list[Finding]:
    lex = lexicon()
    words = lex.common if params.word_count == lex.common_count else lex.words_over(params.word_count)
    found = [p for p in suspects(s, words) if offset + p not in protected]
    if not found:
        return []
    cost = dict(params.cost)
    scorer = _Scorer(s, lex)
    best: dict[int, Finding] = {}
    n = len(s)
    for p in found:
        sim = similar(s[p])
        if not sim:
            continue
        for size in (2, 3, 4):
            for s0 in range(max(0, p - size + 1), min(p, n - size) + 1):
                window = s[s0:s0 + size]
                q = p - s0
                fill = lex.fillers(window[:q] + "?" + window[q + 1:])
                if not fill:
                    continue
                for f in fill:
                    kind = sim.get(f)
                    if kind is None:
                        continue
                    word = window[:q] + f + window[q + 1:]
                    score = scorer.gain(s0, s0 + size, word) - cost[kind]
                    old = best.get(p)
                    if old is None or score > old.score:
                        best[p] = Finding(offset + p, offset + p + 1, s[p], f, word, kind, score)
    return _choose(list(best.values()), params)


class _Scorer:
    """How much more probable the text around ``[i, j)`` becomes with ``word`` there."""

    def __init__(self, s: str, lex):
        self.s, self.lex = s, lex
        self.memo: dict[tuple[int, int], float] = {}

    def best(self, i: int, j: int) -> float:
        key = (i, j)
        if key not in self.memo:
            self.memo[key] = self.lex.segment_score(self.s[i:j]) if j > i else 0.0
        return self.memo[key]

    def gain(self, i: int, j: int, word: str) -> float:
        lo, hi = max(0, i - CONTEXT), min(len(self.s), j + CONTEXT)
        with_word = self.best(lo, i) + self.lex.logp(word) + self.best(j, hi)
        return with_word - self.best(lo, hi)


def _choose(cands: list[Finding], params: Params) -> list[Finding]:
    cands.sort(key=lambda c: -c.score)
    taken: set[int] = set()
    out = []
    for c in cands:
        if c.score < params.suggest:
            break
        if c.start in taken or c.start - 1 in taken or c.start + 1 in taken:
            continue
        taken.add(c.start)
        c.tier = "auto" if c.score >= params.auto else "suggest"
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out

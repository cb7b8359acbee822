"""Generated typo candidates: a character swapped for a sound-alike or look-alike.

Each stretch of Chinese text is first checked cheaply: a character that belongs to no known
word of 2–4 characters around it (an *orphan*: 大数[局]产业) is a suspect; so is a character
inside a known word that is out of place in running text (:func:`.charlm.out_of_place`: an unseen pair
of characters on one side and an unseen or rare one on the other, 高速公路[点]子), but for it
only a swap that makes seen pairs on both sides is tried. A suspect is tried against the members
of its confusion set (:mod:`.confusion`) that complete a known word around it (数据) or an
official phrase. The candidate's gain is how much more probable the best segmentation of the
surrounding text becomes when it must contain that word (a unigram word model over jieba's
counts), less a cost for the kind of confusion; a logistic score (:class:`Params`,
:func:`features`) combines it with the word's length and count, whether it is an official
phrase, how common the characters are and how much better the new character fits its
neighbours in running text (pair counts, :mod:`.charlm`). Fixes are then decided sentence by
sentence (:func:`find`); the rest are suggestions.

>>> [(f.old, f.new, f.word, f.tier) for f in find("侵害消废者合法权益")]
[('废', '费', '消费者', 'auto')]
>>> find("他去了银行办事。")
[]
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

import regex

from .charlm import char_counts, char_pairs, odd_characters, out_of_place
from .confusion import similar, similar_keys
from .lexicon import lexicon
from .vetoes import NUMERALS

HAN_RUN = regex.compile(r"\p{Han}{2,}")
CONTEXT = 4                  # characters either side scored with a candidate


@dataclass(frozen=True)
class Params:
    """Weights and thresholds, fitted and tuned on the development half of the
    official-document set (and of the clean set) only; see ``bench/typos_eval.py``."""

    cost: tuple[tuple[str, float], ...] = (("same", 0.0), ("tone", 1.0), ("fuzzy", 2.5), ("shape", 2.0))
    floor: float = -2.0        # gain a candidate needs to be looked at
    word_count: int = 20       # a string seen this often in the dictionary is a word
    # logistic weights: gain, word length, log word count, official phrase, log count of the old
    # and new character as words, log frequency of the old and new character in words, the kind
    # of confusion (tone, fuzzy, shape; same = 0), how much more often the new character than
    # the old is seen after the character before it and before the one after it (log pair
    # counts), whether the old character made an unseen pair on both sides, whether the new one
    # makes only seen pairs, log corpus count of the old character over the new, and whether the
    # old character was inside a known word. Fitted by ``python tools/fit_typo_weights.py
    # --precision 0.86`` (the thresholds on out-of-fold and in-sample scores).
    weights: tuple[float, ...] = (0.503, 0.926, -0.214, 1.207, 0.084, -0.589, 0.344, 0.111, -0.282,
                                  -0.615, 0.631, 0.393, 0.417, 0.751, 0.581, -0.099, 0.711)
    bias: float = -7.477
    auto: float = 2.0          # a sentence is fixed when one candidate scores this …
    promote: float = -1.0      # … then its candidates from this score on are fixed with it …
    doubt: float = -5.0        # … unless another scores between this and ``promote``
    rare: float = 0.0          # … or a suspect without candidate is a character this rare as a word (log
    #                            count; 0: never — the check of running text does better, see find)
    suggest: float = -1.0      # otherwise candidates from this score on are suggestions
    one_sided: bool = True     # characters inside known words with an unseen pair on one side are suspects too


DEFAULT = Params()


@dataclass
class Finding:
    start: int
    end: int
    old: str
    new: str
    word: str                 # the word the fix makes
    kind: str                 # same, tone, fuzzy, shape
    score: float              # logistic score: above 0, more likely right than wrong
    tier: str = ""            # auto | suggest
    gain: float = 0.0         # log-probability gain of the text with the fix, less the confusion cost
    context: str = ""         # the text around it as written …
    fixed: str = ""           # … and with the fix
    held: bool = False        # a fix held back as a suggestion: its sentence has another odd character
    before: str = ""          # the characters either side of it in its stretch of Chinese text
    after: str = ""
    inword: bool = False      # the character was inside a known word (but out of place in running text)

    @property
    def confidence(self) -> float:
        return round(1 / (1 + math.exp(-self.score)), 2)


SENTENCE_END = regex.compile(r"[。！？!?；;\n]")


def find(text: str, protected: frozenset[int] | set[int] = frozenset(),
         params: Params = DEFAULT) -> list[Finding]:
    """Fixes (tier ``auto``) and suggestions in ``text``, never two side by side.

    Fixes are decided sentence by sentence: a sentence is fixed when its best candidate is
    strong, together with its other good candidates, and only when nothing else in it
    looks wrong that cannot be explained (a weaker candidate, an odd character with no
    candidate at all, or, once fixed, a character out of place in running text); otherwise
    all its candidates are suggestions.
    """
    cands, odd = candidates(text, protected, params)
    return decide(text, cands, odd, protected, params)


def candidates(text: str, protected, params: Params = DEFAULT) -> tuple[list[Finding], list[int]]:
    """Every scored candidate in ``text`` (no tier yet) and the offsets of the suspects
    that have none."""
    cands: list[Finding] = []
    odd: list[int] = []
    for m in HAN_RUN.finditer(text):
        found, suspect = _run(m.group(), m.start(), protected, params)
        cands += found
        odd += suspect
    got = {c.start for c in cands}
    return cands, [q for q in odd if q not in got]


def decide(text: str, cands: list[Finding], odd: list[int], protected, params: Params = DEFAULT) -> list[Finding]:
    """The tiers of ``cands``, sentence by sentence (see :func:`find`); those that get one."""
    if not cands:
        return []
    lex = lexicon()
    odd = [q for q in odd if math.log(lex.counts.get(text[q], 0) + 1) < params.rare]
    ends = [m.start() for m in SENTENCE_END.finditer(text)]
    by_sentence: dict[int, list[Finding]] = {}
    for c in cands:
        by_sentence.setdefault(bisect.bisect_left(ends, c.start), []).append(c)
    doubtful = {bisect.bisect_left(ends, q) for q in odd}
    out = []
    for k, group in by_sentence.items():
        fix = (max(c.score for c in group) >= params.auto and k not in doubtful
               and not any(params.doubt <= c.score < params.promote for c in group))
        if fix and _still_odd(text, ends, k, [c for c in group if c.score >= params.promote], protected):
            fix = False
            for c in group:
                c.held = True
        for c in group:
            if fix and c.score >= params.promote:
                c.tier = "auto"
            elif c.score >= params.suggest:
                c.tier = "suggest"
            else:
                continue
            out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _still_odd(text: str, ends: list[int], k: int, fixes: list[Finding], protected) -> bool:
    """Whether sentence ``k`` still has an out-of-place character once ``fixes`` are made
    (:mod:`.charlm`) that is inside no known word (one inside a word is most often a name or
    a word newer than the corpus of pairs: 新冠): then it probably has another error, and
    fixing only some of them would leave the sentence wrong all the same, so its fixes become
    suggestions."""
    start = ends[k - 1] + 1 if k else 0
    end = ends[k] if k < len(ends) else len(text)
    chars = list(text[start:end])
    for c in fixes:
        chars[c.start - start] = c.new
    fixed = "".join(chars)
    pairs = char_pairs()
    words = lexicon().common
    for m in HAN_RUN.finditer(fixed):
        odd = odd_characters(m.group(), pairs)
        if odd and any(start + m.start() + p not in protected for p in set(odd).intersection(suspects(m.group(), words))):
            return True
    return False


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


def _run(s: str, offset: int, protected, params: Params) -> tuple[list[Finding], list[int]]:
    """Candidates in one stretch of Chinese text (best per character, never side by side)
    and the offsets of its suspects."""
    lex = lexicon()
    words = lex.common if params.word_count == lex.common_count else lex.words_over(params.word_count)
    orphans = suspects(s, words)
    n = len(s)
    pairs = char_pairs()
    inword = set(out_of_place(s, pairs, params.one_sided)).difference(orphans) if pairs and n > 2 else set()
    found = [p for p in sorted(inword.union(orphans)) if offset + p not in protected]
    if not found:
        return [], []
    cost = dict(params.cost)
    scorer = _Scorer(s, lex)
    best: dict[int, Finding] = {}
    index, logp, floor = lex.index, lex.logp, params.floor
    for p in found:
        sim = similar(s[p])
        if not sim:
            continue
        keys = similar_keys(s[p])
        # inside a word, only a fix that reads as running text (checked on the few that fill a word)
        ctx = (s[p - 1], s[p + 1]) if p in inword else None
        for size in (2, 3, 4):
            for s0 in range(max(0, p - size + 1), min(p, n - size) + 1):
                window = s[s0:s0 + size]
                q = p - s0
                fill = index.get(window[:q] + "?" + window[q + 1:])
                if not fill:
                    continue
                here = None
                for f in sorted(keys.intersection(fill)):
                    if f in NUMERALS:
                        continue          # a changed number is a changed fact
                    if ctx is not None and (ctx[0] + f not in pairs or f + ctx[1] not in pairs):
                        continue
                    kind = sim[f]
                    word = window[:q] + f + window[q + 1:]
                    # the best reading of the whole window is at least the best readings of its
                    # parts put together, so the gain is at most this: skip what cannot reach the floor
                    if here is None:
                        here = scorer.best(s0, s0 + size)
                    if logp(word) - here - cost[kind] < floor:
                        continue
                    gain = scorer.gain(s0, s0 + size, word) - cost[kind]
                    old = best.get(p)
                    if old is None or gain > old.gain:
                        lo, hi = max(0, s0 - CONTEXT), min(n, s0 + size + CONTEXT)
                        best[p] = Finding(offset + p, offset + p + 1, s[p], f, word, kind, 0.0, gain=gain,
                                          context=s[lo:hi], fixed=s[lo:p] + f + s[p + 1:hi],
                                          before=s[p - 1:p], after=s[p + 1:p + 2], inword=p in inword)
    chosen = _choose(list(best.values()), params.floor)
    for c in chosen:
        c.score = _logit(c, lex, params)
    return chosen, [offset + p for p in found if p not in inword]


def _logit(c: Finding, lex, params: Params) -> float:
    return params.bias + sum(w * v for w, v in zip(params.weights, features(c, lex)))


def features(c: Finding, lex) -> tuple[float, ...]:
    """What the logistic score weighs (:attr:`Params.weights`, in this order)."""
    log = math.log
    pairs, chars = char_pairs(), char_counts()
    old, new, b, a = c.old, c.new, c.before, c.after
    left = log(pairs.get(b + new, 0) + 0.5) - log(pairs.get(b + old, 0) + 0.5) if b else 0.0
    right = log(pairs.get(new + a, 0) + 0.5) - log(pairs.get(old + a, 0) + 0.5) if a else 0.0
    odd_old = float(bool(b and a) and b + old not in pairs and old + a not in pairs)
    fits_new = float((not b or b + new in pairs) and (not a or new + a in pairs))
    return (c.gain, len(c.word), log(lex.counts.get(c.word, 1)), float(c.word in lex.official),
            log(lex.counts.get(old, 0) + 1), log(lex.counts.get(new, 0) + 1),
            log(lex.char_count(old) + 1), log(lex.char_count(new) + 1),
            float(c.kind == "tone"), float(c.kind == "fuzzy"), float(c.kind == "shape"),
            left, right, odd_old, fits_new, log(chars.get(old, 0) + 1) - log(chars.get(new, 0) + 1),
            float(c.inword))


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


def _choose(cands: list[Finding], floor: float) -> list[Finding]:
    """The strongest candidates by gain, never two side by side."""
    cands.sort(key=lambda c: -c.gain)
    taken: set[int] = set()
    out = []
    for c in cands:
        if c.gain < floor:
            break
        if c.start in taken or c.start - 1 in taken or c.start + 1 in taken:
            continue
        taken.add(c.start)
        out.append(c)
    return out

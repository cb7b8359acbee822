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
import functools
import itertools
import math
import operator
import re
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
    # --precision 0.92`` (the thresholds on out-of-fold and in-sample scores; 0.92 rather than
    # 0.90 because the development half has only some forty fixed sentences to estimate it on).
    weights: tuple[float, ...] = (0.523, 0.751, -0.226, 1.214, 0.171, -0.600, 0.269, 0.084, -0.268,
                                  -0.577, -0.016, 0.398, 0.424, 0.624, 0.725, -0.083, 0.547)
    bias: float = -6.712
    auto: float = 3.5          # a sentence is fixed when one candidate scores this …
    promote: float = 0.5       # … then its candidates from this score on are fixed with it …
    doubt: float = -6.0        # … unless another scores between this and ``promote``
    rare: float = 0.0          # … or a suspect without candidate is a character this rare as a word (log
    #                            count; 0: never — the check of running text does better, see find)
    suggest: float = -1.0      # otherwise candidates from this score on are suggestions
    one_sided: bool = True     # characters inside known words with an unseen pair on one side are suspects too
    prune: bool = True         # hopeless candidates are not scored unless they matter (see hopeless)

    @property
    def hopeless(self) -> float:
        """A candidate whose score cannot reach this, even with the largest gain its window
        allows, is dropped before its gain is computed: it could be neither a fix, nor a
        suggestion, nor a doubt on its sentence (about 70 % of the gains a page would cost)."""
        if not self.prune or self.weights[0] <= 0:
            return -math.inf
        return min(self.doubt, self.suggest) - 1e-9


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
    span: tuple[int, int] = (0, 0)    # where the word it makes lies in the text

    @property
    def confidence(self) -> float:
        return round(1 / (1 + math.exp(-self.score)), 2)


SENTENCE_END = re.compile(r"[。！？!?；;\n]")


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
    """The scored candidates in ``text`` (no tier yet; a hopeless one, see
    :attr:`Params.hopeless`, only when it matters to the choice of the others) and the
    offsets of the suspects that have none."""
    cands: list[Finding] = []
    odd: list[int] = []
    page = _Page(params)
    for m in HAN_RUN.finditer(text):
        found, suspect = _run(m.group(), m.start(), protected, page)
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
               and not any(params.doubt <= c.score < params.promote and not _confirmed(c, group, params)
                           for c in group))
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


def _confirmed(c: Finding, group: list[Finding], params: Params) -> bool:
    """Whether the character ``c`` would change lies inside the word a stronger candidate
    makes (营商环[竟] → 营商环境 vouches for 商, so 营[商] → 营口 casts no doubt on the sentence)."""
    return any(f.score >= params.promote and f is not c and f.span[0] <= c.start < f.span[1] for f in group)


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
    get, has = s.__getitem__, words.__contains__
    for size in (2, 3, 4):
        # the windows are cut and looked up without a step of Python for each
        for i in itertools.compress(range(n - size + 1), map(has, map(get, _windows(size, n - size + 1)))):
            covered[i:i + size] = _ONES[size]
    return [i for i in range(n) if not covered[i]]


_ONES = {size: b"\x01" * size for size in (2, 3, 4)}
_SLICES = {size: [slice(i, i + size) for i in range(256)] for size in (2, 3, 4)}


def _windows(size: int, count: int) -> list[slice]:
    """The first ``count`` windows of ``size`` characters (none when ``count`` < 1)."""
    if count < 1:
        return []
    if count <= 256:
        return _SLICES[size][:count]
    return [slice(i, i + size) for i in range(count)]


def _spans(p: int, n: int) -> tuple[tuple[int, int], ...]:
    """The windows of 2–4 characters ``(start, end)`` inside a run of ``n`` that hold offset ``p``."""
    return tuple((s0, s0 + size) for size in (2, 3, 4)
                 for s0 in range(max(0, p - size + 1), min(p, n - size) + 1))


# the windows around an offset, by how near (up to 3) the offset is to either end of its run:
# each as a cut of the offset's surroundings (up to 3 characters either side) and as its start
# and end relative to the offset
_NEAR_SPANS = {(left, right): tuple((slice(s0, s1), s0 - left, s1 - left)
                                     for s0, s1 in _spans(left, left + right + 1))
               for left in range(4) for right in range(4)}


class _Page:
    """What every stretch of a text is checked with, looked up once for the text."""

    def __init__(self, params: Params):
        lex = self.lex = lexicon()
        self.params = params
        self.words = lex.common if params.word_count == lex.common_count else lex.words_over(params.word_count)
        self.pairs = char_pairs()
        self.cost = dict(params.cost)
        self.w_char = tuple(params.weights[i] for i in _CHAR_PART)
        self.w_context = tuple(params.weights[i] for i in _CONTEXT_PART)


def _run(s: str, offset: int, protected, page: _Page) -> tuple[list[Finding], list[int]]:
    """Candidates in one stretch of Chinese text (best per character, never side by side)
    and the offsets of its suspects."""
    lex, params, pairs = page.lex, page.params, page.pairs
    orphans = suspects(s, page.words)
    n = len(s)
    inword = set(out_of_place(s, pairs, params.one_sided)).difference(orphans) if pairs and n > 2 else set()
    found = [p for p in sorted(inword.union(orphans)) if offset + p not in protected]
    if not found:
        return [], []
    cost = page.cost
    scorer = _Scorer(s, lex)
    best: dict[int, tuple] = {}                 # offset → (gain, order, window, new character, word, kind)
    later: dict[int, list[tuple]] = {}          # offset → hopeless candidates, gain not computed (yet)
    index_get, logp, floor = lex.index.get, lex.logp, params.floor
    w_gain, hopeless = params.weights[0], params.hopeless
    order = 0
    for p in found:
        keys = similar_keys(s[p])
        if not keys:
            continue
        sim = similar(s[p])
        # inside a word, only a fix that reads as running text (checked on the few that fill a word)
        ctx = (s[p - 1], s[p + 1]) if p in inword else None
        before, after = s[p - 1:p], s[p + 1:p + 2]
        left = min(p, 3)
        blank = s[p - left:p] + "?" + s[p + 1:p + 4]      # the character blanked, with up to 3 either side
        for cut, d0, d1 in _NEAR_SPANS[(left, min(n - 1 - p, 3))]:
            fill = index_get(blank[cut])
            if not fill:
                continue
            hits = keys.intersection(fill)
            if not hits:
                continue
            s0, s1 = p + d0, p + d1
            head, tail = s[s0:p], s[p + 1:s1]
            here = None
            for f in sorted(hits):
                if f in NUMERALS:
                    continue          # a changed number is a changed fact
                if ctx is not None and (ctx[0] + f not in pairs or f + ctx[1] not in pairs):
                    continue
                kind = sim[f]
                word = head + f + tail
                # the best reading of the whole window is at least the best readings of its
                # parts put together, so the gain is at most this: skip what cannot reach the floor
                if here is None:
                    here = scorer.best(s0, s1)
                most = logp(word) - here - cost[kind]
                if most < floor:
                    continue
                order += 1
                if w_gain * most + _hope(s[p], f, word, kind, before, after, p in inword, page) < hopeless:
                    later.setdefault(p, []).append((order, s0, s1, f, word, kind))
                    continue
                _offer(best, p, (scorer.gain(s0, s1, word) - cost[kind], order, s0, s1, f, word, kind))
    # A hopeless candidate is scored only when it may keep a hopeful one from being chosen
    # (the best candidate at an offset, never two side by side, see _choose): in a chain of
    # neighbouring offsets that holds a hopeful one. Then the choice is the one all would make.
    for p in _linked(best, later):
        for order, s0, s1, f, word, kind in later[p]:
            _offer(best, p, (scorer.gain(s0, s1, word) - cost[kind], order, s0, s1, f, word, kind))
    found_best = []
    for p in sorted(best):
        gain, _order, s0, s1, f, word, kind = best[p]
        lo, hi = max(0, s0 - CONTEXT), min(n, s1 + CONTEXT)
        found_best.append(Finding(offset + p, offset + p + 1, s[p], f, word, kind, 0.0, gain=gain,
                                  context=s[lo:hi], fixed=s[lo:p] + f + s[p + 1:hi],
                                  before=s[p - 1:p], after=s[p + 1:p + 2], inword=p in inword,
                                  span=(offset + s0, offset + s1)))
    chosen = _choose(found_best, params.floor)
    for c in chosen:
        c.score = _logit(c, lex, params)
    return chosen, [offset + p for p in found if p not in inword]


def _offer(best: dict[int, tuple], p: int, cand: tuple) -> None:
    """Keep ``cand`` as the best at ``p`` when its gain is higher (on a tie, the one found first)."""
    old = best.get(p)
    if old is None or cand[0] > old[0] or cand[0] == old[0] and cand[1] < old[1]:
        best[p] = cand


def _linked(best: dict, later: dict) -> list[int]:
    """The offsets in ``later`` joined to an offset in ``best`` by a chain of neighbours
    (each one off the next) among the offsets of both.

    >>> _linked({5: 0}, {4: 0, 3: 0, 1: 0, 5: 0, 7: 0})
    [3, 4, 5]
    """
    if not later or not best:
        return []
    seen = set(best)
    todo = list(best)
    while todo:
        q = todo.pop()
        for r in (q - 1, q + 1):
            if r in later and r not in seen:
                seen.add(r)
                todo.append(r)
    return sorted(p for p in seen if p in later)


def _logit(c: Finding, lex, params: Params) -> float:
    return params.bias + sum(w * v for w, v in zip(params.weights, features(c, lex)))


# the features of the score (see features) that depend only on the two characters and the
# kind of confusion, and those that depend on the word made and the neighbours, by position
_CHAR_PART = (4, 5, 6, 7, 8, 9, 10, 15)
_CONTEXT_PART = (1, 2, 3, 11, 12, 13, 14, 16)


def _char_features(old: str, new: str, kind: str, lex) -> tuple[float, ...]:
    log, chars = math.log, char_counts()
    return (log(lex.counts.get(old, 0) + 1), log(lex.counts.get(new, 0) + 1),
            log(lex.char_count(old) + 1), log(lex.char_count(new) + 1),
            float(kind == "tone"), float(kind == "fuzzy"), float(kind == "shape"),
            log(chars.get(old, 0) + 1) - log(chars.get(new, 0) + 1))


def _context_features(old: str, new: str, word: str, b: str, a: str, inword: bool, lex) -> tuple[float, ...]:
    log, pairs = math.log, char_pairs()
    bo, bn = (pairs.get(b + old, 0), pairs.get(b + new, 0)) if b else (0, 0)     # a pair seen is counted
    oa, na = (pairs.get(old + a, 0), pairs.get(new + a, 0)) if a else (0, 0)     # at least once
    return (len(word), log(lex.counts.get(word, 1)), float(word in lex.official),
            log(bn + 0.5) - log(bo + 0.5) if b else 0.0, log(na + 0.5) - log(oa + 0.5) if a else 0.0,
            float(bool(b and a) and not bo and not oa), float((not b or bn > 0) and (not a or na > 0)),
            float(inword))


def _hope(old: str, new: str, word: str, kind: str, b: str, a: str, inword: bool, page: _Page) -> float:
    """The logistic score but for its gain term (known before the gain is computed)."""
    return (_char_part(old, new, kind, page.params.bias, page.w_char)
            + sum(map(operator.mul, page.w_context, _context_features(old, new, word, b, a, inword, page.lex))))


@functools.lru_cache(maxsize=1 << 16)
def _char_part(old: str, new: str, kind: str, bias: float, weights: tuple[float, ...]) -> float:
    """The bias and the weighed features that depend only on the two characters (the same
    pairs recur from page to page)."""
    return bias + sum(map(operator.mul, weights, _char_features(old, new, kind, lexicon())))


def features(c: Finding, lex) -> tuple[float, ...]:
    """What the logistic score weighs (:attr:`Params.weights`, in this order): the gain, the
    word's length, log count and whether it is an official phrase, log counts of the old and
    new character as words and in words, the kind of confusion, the pair counts either side
    (new against old), whether the old character made unseen pairs on both sides, whether the
    new one makes only seen pairs, log corpus counts old over new, and whether it was inside a
    known word."""
    out = [c.gain] + [0.0] * 16
    for i, v in zip(_CHAR_PART, _char_features(c.old, c.new, c.kind, lex)):
        out[i] = v
    for i, v in zip(_CONTEXT_PART, _context_features(c.old, c.new, c.word, c.before, c.after, c.inword, lex)):
        out[i] = v
    return tuple(out)


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

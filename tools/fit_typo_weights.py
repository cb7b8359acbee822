"""Fit the typo engine's logistic weights and its sentence thresholds on the development half
only (run by hand; prints a ``Params`` to paste into ``app/core/typos/engine.py``).

    pip install -e '.[tools]'      # numpy
    python tools/fit_typo_weights.py [--shared ../shared] [--precision 0.9] [--clean 0.0015]

Development half, as ``bench/typos_eval.py`` splits it: odd lines (1, 3, 5 …) of
``official_docs.train.tsv`` and of ``clean_peoples_daily.txt``; the even lines (held out) are
never read here. Every generated candidate is labelled: right when it puts the right character
where the error is, wrong otherwise (every candidate in a clean sentence is wrong).

1. The weights: L2-regularised logistic regression on the labelled candidates (standardised
   features, Newton steps), fitted on all of the development half.
2. The thresholds (``auto``, ``promote``, ``doubt``): every combination on a grid is run
   through the engine's sentence decision (:func:`app.core.typos.engine.decide`, with the
   still-odd check) twice: with the candidates scored out of fold (5 folds by sentence, each
   scored by weights fitted on the other four, so the thresholds are not picked only on scores
   the weights were fitted to) and in sample. The combination whose lower sentence recall of
   the two is highest while both meet the bounds on sentence precision and clean sentences
   touched is printed (``--keep-weights``: only thresholds, for the weights in use).
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.core.steps import typos as step
from app.core.typos import engine, vetoes
from app.core.typos.lexicon import lexicon
from bench.typos_eval import halves, load_sets


@dataclasses.dataclass
class Sentence:
    wrong: str
    right: str
    curated: list            # (start, end, new) of the curated fixes
    protected: set
    cands: list
    odd: list
    labels: list


def prepare(wrong: str, right: str, params: engine.Params) -> Sentence:
    """The sentence as the typo step sees it (no user dictionary, simplified script)."""
    curated = [(e.start, e.end, e.new) for e in step._curated(wrong, False, set())]
    taken = {i for s, e, _ in curated for i in range(s, e)}
    protected = vetoes.off_limits(wrong) | taken
    cands, odd = engine.candidates(wrong, protected, params)
    same = right is not None and len(wrong) == len(right)
    labels = [int(same and wrong != right and right[c.start] == c.new != wrong[c.start]) for c in cands]
    return Sentence(wrong, right, curated, protected, cands, odd, labels)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 30) -> tuple[np.ndarray, float]:
    """Weights and bias on the raw features (fitted on standardised ones)."""
    mu, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg)
        w -= np.linalg.solve(hess, grad)
    weights = w[:-1] / sd
    return weights, float(w[-1] - (weights * mu).sum())


def sentence_scores(sents: list[Sentence], params: engine.Params) -> tuple[int, int, int, int]:
    """(official sentences changed, changed into the right one, with an error, clean changed)."""
    changed = right = errors = clean_changed = 0
    for s in sents:
        for c in s.cands:
            c.tier, c.held = "", False
        fixes = [(c.start, c.end, c.new) for c in engine.decide(s.wrong, s.cands, s.odd, s.protected, params)
                 if c.tier == "auto"]
        text = s.wrong
        for a, b, new in sorted(fixes + s.curated, reverse=True):
            text = text[:a] + new + text[b:]
        if s.right is None:
            clean_changed += text != s.wrong
            continue
        errors += s.wrong != s.right
        if text != s.wrong:
            changed += 1
            right += text == s.right
    return changed, right, errors, clean_changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--precision", type=float, default=0.9, help="least sentence precision (dev)")
    ap.add_argument("--clean", type=float, default=0.0015, help="most clean sentences touched (dev)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--keep-weights", action="store_true", help="only the thresholds, for the weights in use")
    args = ap.parse_args(argv)
    pairs, clean = load_sets(Path(args.shared))
    dev, _held_out = halves(pairs)
    dev_clean, _ = halves(clean)
    base = engine.Params(suggest=-1e9)
    sents = [prepare(w, r, base) for w, r in dev] + [prepare(line, None, base) for line in dev_clean]
    lex = lexicon()
    rows = [(i, engine.features(c, lex), y) for i, s in enumerate(sents) for c, y in zip(s.cands, s.labels)]
    x = np.array([r[1] for r in rows], dtype=float)
    y = np.array([r[2] for r in rows], dtype=float)
    print(f"{len(sents)} sentences, {len(rows)} candidates, {int(y.sum())} right")
    weights, bias = fit(x, y, args.l2)
    fold = np.array([r[0] % 5 for r in rows])
    oof = np.zeros(len(rows))
    for k in range(5):
        w, b = fit(x[fold != k], y[fold != k], args.l2)
        oof[fold == k] = x[fold == k] @ w + b
    score_sets = {"out of fold": oof, "in sample": x @ weights + bias}
    if args.keep_weights:
        weights, bias = np.array(engine.DEFAULT.weights), engine.DEFAULT.bias
        score_sets = {"weights in use": x[:, :len(weights)] @ weights + bias}
    n_clean = len(dev_clean)
    fixed = sentence_scores([s for s in sents if not s.cands], base)    # curated fixes only
    print(f"curated fixes alone: changed {fixed[0]}, right {fixed[1]}, clean touched {fixed[3]}")
    with_cands = [s for s in sents if s.cands]
    grid = np.arange(-6.0, 6.01, 0.5)
    points = [(float(a), float(p), float(d)) for a in grid for p in grid[grid <= a]
              for d in list(grid[grid <= p][::2]) + [p]]
    results: dict[str, dict] = {}
    for name, scores in score_sets.items():
        it = iter(scores)
        for s in sents:
            for c in s.cands:
                c.score = float(next(it))
        results[name] = {}
        for a, p, d in points:
            params = dataclasses.replace(base, auto=a, promote=p, doubt=d)
            results[name][a, p, d] = tuple(u + v for u, v in zip(sentence_scores(with_cands, params), fixed))
    best = None
    for point in points:
        got = [r[point] for r in results.values()]          # (changed, right, errors, clean changed)
        if all((r[1] / r[0] if r[0] else 1.0) >= args.precision and r[3] / n_clean <= args.clean
               for r in got):
            key = (min(r[1] for r in got), point[0])
            if best is None or key > best[0]:
                best = (key, point)
    if best is None:
        print("no thresholds meet the bounds")
        return 1
    point = best[1]
    for name, r in results.items():
        changed, right, errors, clean_changed = r[point]
        print(f"{name} on dev: changed {changed}, right {right}, precision {right / changed:.3f}, "
              f"recall {right / errors:.3f}, clean touched {clean_changed}/{n_clean}")
    print(f"    weights: tuple[float, ...] = ({', '.join(f'{v:.3f}' for v in weights)})")
    print(f"    bias: float = {bias:.3f}")
    print(f"    auto: float = {point[0]}\n    promote: float = {point[1]}\n    doubt: float = {point[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

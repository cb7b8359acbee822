"""Typo step, measured sentence by sentence on the shared typo sets.

    python bench/typos_eval.py [--shared ../shared] [--limit N]

* ``official_docs.train.tsv`` (wrong<TAB>right): split by line number — odd lines (1, 3, 5 …)
  are the development half the thresholds were tuned on, even lines (2, 4, 6 …) are held out.
* ``clean_peoples_daily.txt``: clean sentences, split the same way; any change is a false positive.

For each half and tier (auto = what ``--typos auto`` changes; auto+suggestions = ``--typos all``):
precision = sentences changed into exactly the right one / sentences changed;
recall = those / sentences with an error; clean touched = clean sentences changed / clean sentences.
The user's typo dictionary is not used. Also prints, for each half, how many sentences with
errors have the right fix for every error among the engine's candidates (the ceiling of recall
for any scoring of them), and the step's speed on a 20 KB page.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.core.config import CleanConfig  # noqa: E402
from app.core.document import Document  # noqa: E402
from app.core.pipeline import StepContext  # noqa: E402
from app.core.steps import typos  # noqa: E402
from app.core.typos import engine, vetoes  # noqa: E402

CONFIG = CleanConfig(steps=("typos",), typo_dictionary="none")


def load_sets(shared: Path) -> tuple[list[tuple[str, str]], list[str]]:
    base = shared / "corpus" / "typos"
    pairs = []
    for line in (base / "official_docs.train.tsv").read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("\t")
        pairs.append((wrong, right))
    clean = (base / "clean_peoples_daily.txt").read_text(encoding="utf-8").splitlines()
    return pairs, clean


def halves(items: list) -> tuple[list, list]:
    """(development, held-out): 1-based odd line numbers, then even ones."""
    return items[0::2], items[1::2]


def correct(text: str) -> tuple[str, str]:
    """(text with the auto tier applied, text with suggestions applied too)."""
    ctx = StepContext(config=CONFIG, doc=Document.from_text(text))
    edits = typos.run(text, ctx)
    changes = [(e.start, e.end, e.new) for e in edits]
    auto = _apply(text, changes)
    changes += [(s["start"], s["end"], s["new"]) for s in ctx.meta.get("suggestions", [])]
    return auto, _apply(text, changes)


def _apply(text: str, changes: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(changes, reverse=True):
        text = text[:start] + new + text[end:]
    return text


@dataclass
class Score:
    sentences: int = 0
    with_error: int = 0
    changed: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.changed if self.changed else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.with_error if self.with_error else 0.0

    @property
    def touched(self) -> float:
        return self.changed / self.sentences if self.sentences else 0.0


def evaluate(pairs: list[tuple[str, str]], clean: list[str]) -> dict[str, Score]:
    """Scores for the auto tier and auto+suggestions on ``pairs``, and on ``clean``."""
    out = {k: Score() for k in ("auto", "all", "clean-auto", "clean-all")}
    for wrong, right in pairs:
        for tier, fixed in zip(("auto", "all"), correct(wrong)):
            s = out[tier]
            s.sentences += 1
            s.with_error += wrong != right
            if fixed != wrong:
                s.changed += 1
                s.right += fixed == right
    for line in clean:
        for tier, fixed in zip(("clean-auto", "clean-all"), correct(line)):
            s = out[tier]
            s.sentences += 1
            s.changed += fixed != line
    return out


def reachable(pairs: list[tuple[str, str]]) -> tuple[int, int]:
    """(sentences with errors, those whose every wrong character has the right one among the
    candidates the engine generates, scored or not): the most recall any scoring of the
    candidates could reach. Only same-length pairs count as reachable."""
    every = replace(engine.DEFAULT, prune=False)
    with_error = reached = 0
    for wrong, right in pairs:
        if wrong == right:
            continue
        with_error += 1
        if len(wrong) != len(right):
            continue
        cands, _odd = engine.candidates(wrong, vetoes.off_limits(wrong), every)
        made = {(c.start, c.new) for c in cands}
        reached += all((i, right[i]) in made for i in range(len(wrong)) if wrong[i] != right[i])
    return with_error, reached


def speed(clean: list[str], size: int = 20_000) -> float:
    """Milliseconds the typo step takes on a page of about ``size`` bytes of clean text."""
    page, n = [], 0
    for line in clean:
        page.append(line)
        n += len(line.encode("utf-8")) + 1
        if n >= size:
            break
    text = "\n".join(page)
    correct(text)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        correct(text)
        runs.append(time.perf_counter() - t)
    return min(runs) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N lines of each set")
    args = ap.parse_args(argv)
    pairs, clean = load_sets(Path(args.shared))
    if args.limit:
        pairs, clean = pairs[:args.limit], clean[:args.limit]
    print("$ python bench/typos_eval.py" + (f" --limit {args.limit}" if args.limit else ""))
    t0 = time.perf_counter()
    rows = []
    for name, p, c in zip(("dev", "held-out"), halves(pairs), halves(clean)):
        r = evaluate(p, c)
        for tier, label in (("auto", "auto"), ("all", "auto+suggestions")):
            s, cs = r[tier], r["clean-" + tier]
            rows.append((name, label, s, cs))
    print("| half | tier | official sentences (with errors) | changed | right | precision | recall "
          "| clean touched |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, label, s, cs in rows:
        print(f"| {name} | {label} | {s.sentences} ({s.with_error}) | {s.changed} | {s.right} "
              f"| {s.precision:.3f} | {s.recall:.3f} | {cs.changed}/{cs.sentences} = {cs.touched:.2%} |")
    for name, p in zip(("dev", "held-out"), halves(pairs)):
        n, k = reachable(p)
        print(f"{name}: the right fix is among the candidates for every error of {k}/{n} sentences "
              f"= {k / n:.3f} (the most recall any scoring of them could reach)")
    print(f"evaluated in {time.perf_counter() - t0:.1f} s; "
          f"typo step on a 20 KB page of clean text: {speed(clean):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

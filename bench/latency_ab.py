"""Per-page latency of this checkout against another one, side by side, page by page.

    git worktree add /tmp/old <commit>
    python bench/latency_ab.py /tmp/old [--repeat 11] [--min-kb 12] [--max-kb 26]

On a shared machine the speed can change by a factor of two from one minute to the next,
so figures taken at different times do not compare. Here each checkout runs in its own
process (its lexicons loaded and warm, its own cache folder), and every page is read and
cleaned by one and then the other, alternating which goes first, ``--repeat`` rounds over
the same pages as ``bench/latency.py``. Printed: the median over pages of each side's
median and best run, and the median of the per-page ratios (this checkout / the other).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

WORKER = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from app.core import pipeline
from app.core.readers import read_bytes
files = [Path(p) for p in sys.argv[2:]]
data = [(p.read_bytes(), p.name) for p in files]
for d, n in data:
    pipeline.clean(read_bytes(d, n))
print("ready", flush=True)
for line in sys.stdin:
    d, n = data[int(line)]
    t = time.perf_counter()
    pipeline.clean(read_bytes(d, n))
    print(time.perf_counter() - t, flush=True)
"""


def start(root: Path, files: list[Path], cache: str | None) -> subprocess.Popen:
    env = dict(os.environ)
    if cache:
        env["QINGGAO_CACHE_DIR"] = cache          # the lexicon cache is keyed to its checkout
    proc = subprocess.Popen([sys.executable, "-c", WORKER, str(root), *map(str, files)], cwd=root, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    if proc.stdout.readline().strip() != "ready":
        sys.exit(f"{root}: the worker did not start")
    return proc


def ask(proc: subprocess.Popen, k: int) -> float:
    proc.stdin.write(f"{k}\n")
    proc.stdin.flush()
    return float(proc.stdout.readline())


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(REPO))
    from bench.latency import pages
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("other", type=Path, help="another checkout of Qinggao (git worktree add …)")
    ap.add_argument("--repeat", type=int, default=11)
    ap.add_argument("--min-kb", type=float, default=12)
    ap.add_argument("--max-kb", type=float, default=26)
    args = ap.parse_args(argv)
    sources = [REPO / "tests" / "pages" / "html", REPO.parent / "shared" / "corpus" / "html"]
    files = pages(sources, int(args.min_kb * 1000), int(args.max_kb * 1000))
    if not files:
        print("no pages of that size", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="qg-ab-cache-") as cache:
        here, other = start(REPO, files, None), start(args.other.resolve(), files, cache)
        mine: list[list[float]] = [[] for _ in files]
        theirs: list[list[float]] = [[] for _ in files]
        try:
            for r in range(args.repeat):
                for k in range(len(files)):
                    if r % 2:
                        theirs[k].append(ask(other, k))
                        mine[k].append(ask(here, k))
                    else:
                        mine[k].append(ask(here, k))
                        theirs[k].append(ask(other, k))
        finally:
            for proc in (here, other):
                proc.stdin.close()
                proc.wait()

    def summary(runs: list[list[float]]) -> tuple[float, float]:
        return (statistics.median(statistics.median(r) for r in runs) * 1000,
                statistics.median(min(r) for r in runs) * 1000)

    (m1, b1), (m2, b2) = summary(mine), summary(theirs)
    ratio = statistics.median(statistics.median(a) / statistics.median(b) for a, b in zip(mine, theirs))
    print(f"{len(files)} pages, {args.repeat} rounds, alternating")
    print(f"this checkout : median {m1:.1f} ms, best runs {b1:.1f} ms")
    print(f"{args.other} : median {m2:.1f} ms, best runs {b2:.1f} ms")
    print(f"ratio this/other, median over pages: {ratio:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Per-page latency of read + clean in one process, for pages of about 20 KB, with the
time each step takes.

    python bench/latency.py [--min-kb 12] [--max-kb 26] [--repeat 15] [SOURCE_DIR …]

Default sources: tests/pages/html and ../shared/corpus/html. Each page is read and
cleaned once to warm up (lexicons and rule packs load lazily), then ``--repeat`` rounds
go over all the pages; a page's latency is the median of its runs (wall clock), and the
figure reported is the median (and p95) over pages; the median over pages of each page's
best run is printed too (the machine's speed with nothing else in the way). Run it on an
idle machine: on 2 cores, anything else running shows in the figures; to compare two
commits, use bench/latency_ab.py, which runs them side by side.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.core import pipeline  # noqa: E402
from app.core.readers import read_bytes  # noqa: E402

SUFFIXES = {".html", ".htm", ".mhtml", ".mht"}


def pages(sources: list[Path], lo: int, hi: int) -> list[Path]:
    found = []
    for src in sources:
        for p in sorted(src.iterdir()) if src.is_dir() else []:
            if p.suffix.lower() in SUFFIXES and lo <= p.stat().st_size <= hi:
                found.append(p)
    return found


def timed_steps(spent: dict[str, float]) -> list:
    """The pipeline's steps, each wrapped to add its time to ``spent``."""
    def wrap(name, fn):
        def run(text, ctx):
            t = time.perf_counter()
            try:
                return fn(text, ctx)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
        return run
    return [(name, wrap(name, fn)) for name, fn in pipeline.STEPS]


def measure(files: list[Path], repeat: int) -> tuple[list[tuple[float, float, Path]], dict[str, float], int]:
    """(median, best) of each page's runs; the runs go round the pages, so a burst of
    noise from elsewhere on the machine touches one run of many pages, not all runs of one."""
    data = [p.read_bytes() for p in files]
    for d, p in zip(data, files):
        pipeline.clean(read_bytes(d, p.name))
    runs: list[list[float]] = [[] for _ in files]
    for _ in range(repeat):
        for k, (d, p) in enumerate(zip(data, files)):
            t = time.perf_counter()
            pipeline.clean(read_bytes(d, p.name))
            runs[k].append(time.perf_counter() - t)
    per_page = [(statistics.median(r), min(r), p) for r, p in zip(runs, files)]
    spent: dict[str, float] = {}
    original = pipeline.STEPS
    pipeline.STEPS = timed_steps(spent)
    read = 0.0
    try:
        for p in files:
            data = p.read_bytes()
            for _ in range(repeat):
                t = time.perf_counter()
                doc = read_bytes(data, p.name)
                read += time.perf_counter() - t
                pipeline.clean(doc)
    finally:
        pipeline.STEPS = original
    spent = {"read": read, **spent}
    return per_page, spent, len(files) * repeat


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sources", nargs="*", type=Path)
    ap.add_argument("--min-kb", type=float, default=12)
    ap.add_argument("--max-kb", type=float, default=26)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args(argv)
    sources = args.sources or [REPO / "tests" / "pages" / "html", REPO.parent / "shared" / "corpus" / "html"]
    files = pages(sources, int(args.min_kb * 1000), int(args.max_kb * 1000))
    if not files:
        print("no pages of that size", file=sys.stderr)
        return 1
    per_page, spent, runs = measure(files, args.repeat)
    lat = sorted(t for t, _, _ in per_page)
    best = sorted(b for _, b, _ in per_page)
    sizes = [p.stat().st_size for p in files]
    print(f"{len(files)} pages of {min(sizes) / 1000:.1f}–{max(sizes) / 1000:.1f} KB "
          f"(median {statistics.median(sizes) / 1000:.1f} KB), {args.repeat} runs each")
    print(f"read + clean: median {statistics.median(lat) * 1000:.1f} ms, "
          f"p95 {lat[int(0.95 * (len(lat) - 1))] * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms "
          "(a page's time: the median of its runs)")
    print(f"best run of each page: median {statistics.median(best) * 1000:.1f} ms, "
          f"p95 {best[int(0.95 * (len(best) - 1))] * 1000:.1f} ms")
    for t, b, p in sorted(per_page, key=lambda x: x[0]):
        print(f"  {t * 1000:6.1f} ms (best {b * 1000:5.1f})  {p.stat().st_size / 1000:5.1f} KB  {p.name}")
    total = sum(spent.values())
    print("mean time a page, by step:")
    for name, t in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:13s} {t / runs * 1000:5.2f} ms  {t / total:4.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

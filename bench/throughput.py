"""Throughput, latency and memory: Qinggao's CLI on a folder of pages, against
trafilatura and readability-lxml extracting the same pages in one process.

    python bench/throughput.py [--pages 690] [--jobs 2] [--source DIR …]

Pages are copies of real-looking source pages (default: ../shared/corpus/html and
tests/pages/html), each copy given a distinct paragraph so no two files are equal.
Reported, all from the same run on the same files:
  * qinggao CLI wall time for the whole folder with --jobs N (reading, cleaning, writing)
    → pages/s and MB/s, and the peak RSS of its processes;
  * in-process per-page latency (median and p95) of read + clean;
  * trafilatura.extract and readability-lxml over the same files in one process (wall time).
With ``--rounds N`` every tool runs N times, taking turns, and the median of the per-round
ratios is reported (a shared machine's slow minutes fall on all tools alike).
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def make_pages(sources: list[Path], n: int, dest: Path) -> list[Path]:
    pages = [p for d in sources if d.exists() for p in sorted(d.glob("*.htm*"))]
    if not pages:
        sys.exit("no source pages found")
    rnd = random.Random(42)
    out = []
    for i in range(n):
        src = pages[i % len(pages)]
        data = src.read_bytes()
        marker = f"<p>第{i}号副本：本段文字用于区分每一个页面，内容各不相同，编号{rnd.random():.6f}。</p>"
        enc = "utf-8"
        low = data[:4096].lower()
        if b"gbk" in low or b"gb2312" in low:
            enc = "gbk"
        elif b"big5" in low:
            enc = "big5"
        idx = data.lower().rfind(b"</body>")
        try:
            piece = marker.encode(enc)
        except UnicodeEncodeError:
            piece = b""
        data = data[:idx] + piece + data[idx:] if idx > 0 else data + piece
        p = dest / f"page{i:05d}{src.suffix}"
        p.write_bytes(data)
        out.append(p)
    return out


def run_cli(folder: Path, jobs: int) -> tuple[float, float]:
    out = Path(tempfile.mkdtemp(prefix="qg-bench-out-"))
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), "clean", str(folder), "-o", str(out),
                           "--jobs", str(jobs)], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"qinggao failed: {proc.stderr[-500:]}")
    shutil.rmtree(out, ignore_errors=True)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, peak_kb / 1024


def latency(pages: list[Path], sample: int = 200) -> list[float]:
    from app.core.pipeline import clean
    from app.core.readers import read_bytes
    times = []
    for p in pages[:sample]:
        data = p.read_bytes()
        clean(read_bytes(data, p.name))          # warm
        t0 = time.perf_counter()
        clean(read_bytes(data, p.name))
        times.append(time.perf_counter() - t0)
    return times


def other_tool(name: str, pages: list[Path]) -> float | None:
    if name == "trafilatura":
        try:
            import trafilatura
        except ImportError:
            return None
        fn = lambda data: trafilatura.extract(data)  # noqa: E731
    else:
        try:
            from readability import Document
        except ImportError:
            return None
        fn = lambda data: Document(data).summary()  # noqa: E731
    t0 = time.perf_counter()
    for p in pages:
        try:
            fn(p.read_bytes())
        except Exception:  # noqa: BLE001 — a failure on one page is its own cost
            pass
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=690)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--source", action="append", type=Path)
    ap.add_argument("--rounds", type=int, default=1, help="run every tool this many times, taking turns")
    ap.add_argument("--skip-readability", action="store_true", help="leave readability-lxml out (slow)")
    args = ap.parse_args()
    sources = args.source or [REPO.parent / "shared" / "corpus" / "html", REPO / "tests" / "pages" / "html"]
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-pages-"))
    try:
        pages = make_pages(sources, args.pages, folder)
        mb = sum(p.stat().st_size for p in pages) / 1e6
        print(f"{len(pages)} pages, {mb:.1f} MB, from {', '.join(map(str, sources))}; "
              f"{os.cpu_count()} cores")
        walls: list[float] = []
        others: dict[str, list[float]] = {"trafilatura": [], "readability-lxml": []}
        peak = 0.0
        for r in range(args.rounds):
            # each round runs every tool once, one after the other, so a slow minute on a
            # shared machine falls on one round of every tool rather than on one tool
            wall, peak_r = run_cli(folder, args.jobs)
            walls.append(wall)
            peak = max(peak, peak_r)
            line = [f"round {r + 1}: qinggao {wall:.2f} s"]
            for name, times in others.items():
                if name == "readability-lxml" and args.skip_readability:
                    continue
                t = other_tool(name, pages)
                if t is not None:
                    times.append(t)
                    line.append(f"{name} {t:.2f} s (ratio {wall / t:.2f})")
            if args.rounds > 1:
                print("  " + ", ".join(line))
        wall = statistics.median(walls)
        print(f"qinggao CLI --jobs {args.jobs}: {wall:.2f} s  {len(pages) / wall:.1f} pages/s  "
              f"{mb / wall:.2f} MB/s  peak RSS of one process {peak:.0f} MB"
              + (f"  (median of {args.rounds} rounds)" if args.rounds > 1 else ""))
        lat = sorted(latency(pages))
        print(f"qinggao in-process read+clean: median {statistics.median(lat) * 1000:.1f} ms  "
              f"p95 {lat[int(0.95 * (len(lat) - 1))] * 1000:.1f} ms  (n={len(lat)})")
        for name, times in others.items():
            if not times:
                print(f"{name}: " + ("skipped" if name == "readability-lxml" and args.skip_readability
                                     else "not installed"))
                continue
            t = statistics.median(times)
            ratios = sorted(w / o for w, o in zip(walls, times))
            print(f"{name} (1 process): {t:.2f} s  {len(pages) / t:.1f} pages/s  "
                  f"qinggao/{name} wall-time ratio {statistics.median(ratios):.2f}"
                  + (f" (rounds: {', '.join(f'{x:.2f}' for x in ratios)})" if len(ratios) > 1 else ""))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Peak memory of the CLI on one very large text file (default 100 MB of real-looking Chinese).

    python bench/memory.py [--mb 100]

Builds the file from the text fixtures (tests/pages/text), runs
``python main.py clean BIG.txt -o OUT`` and prints the wall time and the peak resident
memory of that process, next to the input size.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=100)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qg-mem-"))
    try:
        pieces = [p.read_bytes().decode("utf-8", "ignore") for p in sorted((REPO / "tests/pages/text").glob("*.gold.txt"))]
        unit = "\n".join(pieces) + "\n"
        size = len(unit.encode("utf-8"))
        big = work / "big.txt"
        with open(big, "w", encoding="utf-8") as fh:
            for _ in range(args.mb * 1_000_000 // size + 1):
                fh.write(unit)
        mb = big.stat().st_size / 1e6
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(REPO / "main.py"), "clean", str(big), "-o", str(work / "out"),
                               "--jobs", "1"], capture_output=True, text=True)
        wall = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"input {mb:.0f} MB: exit {proc.returncode}, {wall:.0f} s, peak RSS {peak:.0f} MB "
              f"({peak / mb:.1f}× the input)")
        if proc.returncode:
            print(proc.stderr[-800:])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

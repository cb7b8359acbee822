"""Qinggao against trafilatura and readability-lxml on pages with gold texts.

    python bench/compare_extractors.py DIR [DIR …] [--strict] [--repeat N] [--per-case]

A case is ``X.html`` (or .htm/.mhtml/.txt) with its gold in ``X.gold.txt`` beside it or in
``gold/X.txt``. Every tool gets the same raw bytes and is scored by the same
character-level scorer (bench/scoring.py; width and script folded unless --strict).
trafilatura and readability-lxml run only when installed, and only on HTML.
Times are per page, in-process, median over --repeat runs.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scoring import score  # noqa: E402

HTML = (".html", ".htm", ".xhtml", ".shtml")


def find_cases(dirs: list[str]) -> list[tuple[Path, Path]]:
    cases = []
    for d in map(Path, dirs):
        for src in sorted(d.rglob("*")):
            if src.suffix.lower() not in HTML + (".mhtml", ".mht", ".txt") or src.name.endswith(".gold.txt"):
                continue
            if "gold" in src.parts[len(d.parts):]:
                continue
            for gold in (src.with_name(src.stem + ".gold.txt"), src.parent / "gold" / (src.stem + ".txt")):
                if gold.exists():
                    cases.append((src, gold))
                    break
    return cases


def qinggao(data: bytes, name: str) -> str:
    from app.core.pipeline import clean
    from app.core.readers import read_bytes
    return clean(read_bytes(data, name)).text


def trafilatura_tool():
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda data, name: trafilatura.extract(data, include_tables=True, include_comments=False) or ""


def readability_tool():
    try:
        from lxml import html as lxml_html
        from readability import Document
    except ImportError:
        return None

    def run(data: bytes, name: str) -> str:
        summary = Document(data).summary(html_partial=True)
        root = lxml_html.fromstring(summary)
        blocks = [el.text_content() for el in root.iter("p", "h1", "h2", "h3", "h4", "li", "tr", "div")
                  if not any(c.tag in ("p", "div", "li", "tr", "h1", "h2", "h3", "h4") for c in el)]
        return "\n".join(b.strip() for b in blocks if b.strip())
    return run


def measure(tool, cases, repeat: int, loose: bool, per_case: bool, label: str):
    scores, times = [], []
    for src, gold in cases:
        data = src.read_bytes()
        runs = []
        out = ""
        for _ in range(repeat):
            t0 = time.perf_counter()
            try:
                out = tool(data, src.name)
            except Exception as exc:  # noqa: BLE001 — a tool failing on a page scores zero there
                out = ""
                print(f"  {label} failed on {src.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            runs.append(time.perf_counter() - t0)
        times.append(statistics.median(runs))
        s = score(gold.read_text(encoding="utf-8"), out, loose)
        scores.append(s)
        if per_case:
            print(f"  {label:12s} {src.name:32s} R={s.recall:.3f} P={s.precision:.3f} F1={s.f1:.3f} "
                  f"lost={s.lost} junk={s.junk} {times[-1] * 1000:.1f}ms")
    return scores, times


def summary(label: str, scores, times) -> str:
    n = len(scores) or 1
    r = sum(s.recall for s in scores) / n
    p = sum(s.precision for s in scores) / n
    f = sum(s.f1 for s in scores) / n
    t = sorted(times)
    p95 = t[min(len(t) - 1, int(0.95 * len(t)))] if t else 0.0
    return (f"{label:18s} cases={len(scores):3d}  R={r:.4f}  P={p:.4f}  macroF1={f:.4f}  "
            f"median={statistics.median(t) * 1000 if t else 0:.1f}ms  p95={p95 * 1000:.1f}ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--strict", action="store_true", help="no width/script folding")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--per-case", action="store_true")
    args = ap.parse_args()
    cases = find_cases(args.dirs)
    html_cases = [c for c in cases if c[0].suffix.lower() in HTML]
    loose = not args.strict
    print(f"{len(cases)} cases ({len(html_cases)} HTML) from {', '.join(args.dirs)}; "
          f"scoring {'loose (width and script folded)' if loose else 'strict'}")
    lines = []
    tools = [("qinggao", qinggao), ("trafilatura", trafilatura_tool()), ("readability-lxml", readability_tool())]
    for label, tool in tools:
        if tool is None:
            lines.append(f"{label:18s} not installed")
            continue
        s, t = measure(tool, html_cases, args.repeat, loose, args.per_case, label)
        lines.append(summary(label + " (HTML)", s, t))
    if len(cases) > len(html_cases):
        s, t = measure(qinggao, cases, args.repeat, loose, args.per_case, "qinggao")
        lines.append(summary("qinggao (all)", s, t))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Command line: ``qinggao clean PATH... -o OUTDIR [options]``; no command opens the window.

Exit codes: 0 every file cleaned, 1 some files failed (each named on stderr with
the reason), 2 usage errors.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .core.config import CONVERSIONS, DOCX_STYLES, FORMATS, PARAGRAPH_STYLES, STEP_HELP, STEP_NAMES, CleanConfig
from .core.config import OutputConfig

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qinggao",
        description="清稿 Qinggao — turn scraped Chinese web pages into clean manuscripts. "
                    "Without a command, opens the desktop app.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    g = sub.add_parser("gui", help="open the desktop app (the default)",
                       description="Open the desktop app, with these files and folders loaded. "
                                   "`qinggao FILE …` (how a file manager's \"Open with\" calls it) does the same.")
    g.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to load")
    steps_doc = "\n".join(f"  {name:<13}{STEP_HELP[name]}" for name in STEP_NAMES)
    c = sub.add_parser(
        "clean", help="clean files and folders into OUTDIR",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean each input file into OUTDIR/<relative folder>/<stem>.<ext>.\n"
                    "Folders are searched recursively for .txt and .html/.htm files.",
        epilog=f"steps, in the order they run:\n{steps_doc}\n\n"
               "exit codes: 0 all files cleaned, 1 some files failed, 2 usage error")
    c.add_argument("paths", nargs="+", metavar="PATH", help="input files or folders")
    c.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    c.add_argument("--format", choices=FORMATS, default="txt",
                   help="output format (default txt; docx is laid out per GB/T 9704 unless --docx-style plain)")
    c.add_argument("--steps", metavar="a,b,…", help="run only these steps (names below)")
    c.add_argument("--keep-lines", action="store_true",
                   help="no re-flowing or line removal: output line N is input line N")
    c.add_argument("--no-title", action="store_true", help="write the body only, without the title line")
    c.add_argument("--placeholder", default="×", metavar="TEXT|keep",
                   help="what each anonymising * becomes (default ×; 某 = one per run; keep = leave)")
    c.add_argument("--fill", action="append", default=[], metavar="'××市=乐山市'",
                   help="fill a placeholder context in everywhere (repeatable); the report lists the contexts")
    c.add_argument("--convert", choices=CONVERSIONS, default="none", help="OpenCC script conversion")
    c.add_argument("--typos", choices=("auto", "all", "off"), default="auto",
                   help="typo fixes: auto (sure fixes; the rest are suggestions in the JSON output), "
                        "all (suggestions applied too), off")
    c.add_argument("--accept-typo", action="append", default=[], metavar="ID",
                   help="apply this typo suggestion (its id from the JSON output; repeatable)")
    c.add_argument("--typo-dict", metavar="FILE",
                   help="typo dictionary (TOML: keep = [...], [fix] wrong = right) instead of the one in "
                        "the user's config folder")
    c.add_argument("--no-typo-dict", action="store_true", help="do not use any user typo dictionary")
    c.add_argument("--rules", action="append", default=[], metavar="PACK.toml",
                   help="also use this rule pack (repeatable); packs in the user's config folder are always used")
    c.add_argument("--no-user-rules", action="store_true", help="do not use the packs in the user's config folder")
    c.add_argument("--learn-rules", metavar="FILE",
                   help="write the lines that recur across the batch as a rule pack to review and reuse")
    c.add_argument("--explain", action="store_true", help="print every edit with its step, rule and reason")
    c.add_argument("--report", metavar="FILE", help="write a JSON report of all edits")
    c.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    c.add_argument("--dask", metavar="ADDRESS",
                   help="run on a Dask cluster (tcp://host:8786); workers must see the same paths")
    c.add_argument("--encoding", default="utf-8", choices=("utf-8", "utf-8-sig", "gb18030", "utf-16"),
                   help="output encoding (default utf-8, no BOM)")
    c.add_argument("--newline", choices=("lf", "crlf"), default="lf", help="output line ends (default lf)")
    c.add_argument("--overwrite", action="store_true",
                   help="replace existing outputs (otherwise a new name -2, -3 … is used)")
    c.add_argument("--name", default="{stem}", metavar="TEMPLATE",
                   help="output file name from {stem} {title} {site} {date} {index} (default {stem}); "
                        "made safe for Windows")
    c.add_argument("--docx-style", choices=DOCX_STYLES, default="official",
                   help="docx: official = GB/T 9704 公文 layout (default), plain = Title and Normal styles")
    c.add_argument("--front-matter", action="store_true",
                   help="md: YAML front matter with title, source URL, site and date")
    c.add_argument("--paragraph-style", choices=PARAGRAPH_STYLES, default="line",
                   help="txt: line = one paragraph a line (default), blank = blank line between, "
                        "indent = 　　 before each paragraph but the title")
    return parser


def config_from_args(args: argparse.Namespace) -> tuple[CleanConfig, OutputConfig]:
    steps = STEP_NAMES
    if args.steps:
        steps = tuple(s.strip() for s in args.steps.split(",") if s.strip())
        # the steps always run in pipeline order, whatever order they were named in
        steps = tuple(s for s in STEP_NAMES if s in steps) + tuple(s for s in steps if s not in STEP_NAMES)
    cfg = CleanConfig(steps=steps, keep_lines=args.keep_lines, title=not args.no_title,
                      placeholder=args.placeholder, convert=args.convert, typos=args.typos,
                      fills=tuple(_fill(f) for f in args.fill),
                      rule_files=tuple(str(Path(p).resolve()) for p in args.rules),
                      user_rules=not args.no_user_rules,
                      typos_accepted=frozenset(args.accept_typo),
                      typo_dictionary="none" if args.no_typo_dict else
                      str(Path(args.typo_dict).resolve()) if args.typo_dict else "")
    out = OutputConfig(format=args.format, encoding=args.encoding, newline=args.newline,
                       overwrite=args.overwrite, name=args.name, docx_style=args.docx_style,
                       front_matter=args.front_matter, paragraph_style=args.paragraph_style)
    return cfg, out


def _clean_corpus(item, outdir: Path, cfg, out, workers: int) -> int:
    """One JSONL or WARC file → OUTDIR/<relative folder>/<stem>.jsonl; returns records failed."""
    from .core.corpus import clean_corpus, corpus_stem
    target = outdir / item.rel_dir / (corpus_stem(item.path) + ".jsonl")
    try:
        ok, bad, written = clean_corpus(item.path, target, cfg, workers, overwrite=out.overwrite)
    except (OSError, ValueError) as exc:
        print(f"qinggao: {item.path}: cannot read this corpus file: {exc}", file=sys.stderr)
        return 1
    print(f"qinggao: {item.path}: {ok} document(s) cleaned, {bad} failed → {written}", file=sys.stderr)
    return bad


class Progress:
    """Files done, rate and time left: one self-updating line on a terminal, a plain
    line every twentieth of the batch otherwise."""

    def __init__(self, total: int, stream):
        import time
        self.total, self.stream, self.done = total, stream, 0
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.start = time.monotonic()
        self.every = max(1, total // 20)
        self._clock = time.monotonic

    def step(self) -> None:
        self.done += 1
        if self.total < 2 or not (self.tty or self.done % self.every == 0 or self.done == self.total):
            return
        elapsed = max(self._clock() - self.start, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        line = (f"qinggao: {self.done}/{self.total} files  {rate:.1f} files/s  "
                f"ETA {int(left // 60)}:{int(left % 60):02d}")
        self.stream.write(("\r" + line) if self.tty else line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.total >= 2:
            self.stream.write("\n")


def _fill(spec: str) -> tuple[str, str]:
    key, sep, value = spec.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"--fill takes CONTEXT=TEXT, e.g. '××市=乐山市' (got {spec!r})")
    return key.strip(), value.strip()


def cmd_clean(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .core.batch import collect_inputs, default_workers, plan_jobs, run_jobs
    from .core.document import Edit
    from .core.learn import learn, pack_toml
    from .core.writers import write_atomic

    from .core.rules import active_packs
    try:
        cfg, out = config_from_args(args)
        active_packs(cfg)
    except (ValueError, OSError) as exc:
        parser.error(str(exc))
    found = collect_inputs(args.paths)
    failed = 0
    for path, why in found.errors:
        print(f"qinggao: {path}: {why}", file=sys.stderr)
        failed += 1
    if not found.items and not found.errors and not found.corpora:
        print("qinggao: no supported input files (.txt, .html, .htm, .mhtml, .jsonl, .warc) found",
              file=sys.stderr)
        return EXIT_FAILED
    workers = args.jobs if args.jobs > 0 else default_workers()
    for item in found.corpora:
        failed += _clean_corpus(item, Path(args.output), cfg, out, workers)
    want_edits = bool(args.explain or args.report)
    want_learning = bool(args.learn_rules or args.report)
    jobs = plan_jobs(found.items, Path(args.output), cfg, out, want_edits, want_learning)
    candidates: list[set[str]] = []
    report = []
    done = 0
    progress = Progress(len(jobs), sys.stderr)
    if args.dask:
        from .core.distributed import run_jobs_on_cluster
        results = run_jobs_on_cluster(jobs, args.dask)
    else:
        # never more workers than files: one file is cleaned here, where the packs are loaded already
        results = run_jobs(jobs, min(workers, len(jobs)))
    for fr in results:
        progress.step()
        if fr.ok:
            done += 1
        else:
            failed += 1
            print(f"qinggao: {fr.source}: {fr.error}", file=sys.stderr)
        if args.explain and fr.ok:
            print(f"== {fr.source} → {fr.output}  ({fr.n_edits} edits, encoding {fr.meta.get('encoding')} "
                  f"{fr.meta.get('encoding_confidence')})")
            if fr.meta.get("placeholders"):
                print("  placeholders: " + "，".join(f"{k} ×{n}" for k, n in fr.meta["placeholders"].items()))
            for e in fr.edits:
                print("  " + Edit.from_dict(e).describe())
            for f in fr.flags:
                print(f"  [flag {f['step']}/{f['rule']}] 第{f['line']}行 保留「{f['text'][:40]}」 {f['reason']}")
            for w in fr.warnings:
                print(f"  [warning] {w}")
        if fr.ok and want_learning:
            candidates.append(set(fr.candidates))
        if args.report:
            report.append({"source": fr.source, "output": fr.output, "error": fr.error, "title": fr.title,
                           "meta": fr.meta, "edits": fr.edits, "flags": fr.flags, "warnings": fr.warnings})
    learned = learn(candidates) if want_learning else []
    if learned:
        print(f"qinggao: {len(learned)} line(s) recur across the batch and may be site furniture"
              + (f" (written to {args.learn_rules})" if args.learn_rules else " (see --learn-rules)"),
              file=sys.stderr)
    if args.learn_rules:
        write_atomic(Path(args.learn_rules), pack_toml(learned).encode("utf-8"), overwrite=True)
    if args.report:
        data = json.dumps({"files": report, "summary": {"cleaned": done, "failed": failed},
                           "recurring_lines": [{"line": l, "files": n} for l, n in learned]},
                          ensure_ascii=False, indent=1).encode("utf-8")
        write_atomic(Path(args.report), data, overwrite=True)
    progress.close()
    print(f"qinggao: cleaned {done} file(s), {failed} failed → {args.output}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def route(argv: list[str]) -> list[str]:
    """``qinggao FILE …`` opens the files in the app, as a file manager's "Open with" asks.

    >>> route(["clean", "a.txt", "-o", "out"]), route([]), route(["--help"])
    (['clean', 'a.txt', '-o', 'out'], [], ['--help'])
    """
    if argv and argv[0] not in ("gui", "clean") and not argv[0].startswith("-") and Path(argv[0]).exists():
        return ["gui", *argv]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = route(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "clean":
        return cmd_clean(args, parser)
    from .gui.app import run_gui
    return run_gui(paths=[Path(p) for p in getattr(args, "paths", None) or []])


def entry() -> None:
    sys.exit(main())

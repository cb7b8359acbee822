"""Many files: find inputs, clean each (in worker processes), write outputs, and
report per-file errors without ever stopping the batch.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("标题\\n正文，第一段。", encoding="utf-8")
>>> _ = (d / "b.png").write_bytes(b"x")
>>> found = collect_inputs([d])
>>> [i.path.name for i in found.items], [p.name for p in found.skipped]
(['a.txt'], ['b.png'])
"""
from __future__ import annotations

import os
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .config import CleanConfig, OutputConfig
from .corpus import is_corpus
from .document import Result
from .learn import candidate_lines
from .pipeline import clean
from .readers import SUPPORTED_EXTENSIONS, ReaderError, read_path
from .writers import WriterError, free_path, fs_clock, needs_result, render_output, result_name, write_atomic
from .writers import output_path  # noqa: F401  (the GUI imports it from here)


@dataclass(frozen=True)
class InputItem:
    path: Path
    rel_dir: str = ""          # folder below the input root, mirrored under OUTDIR


@dataclass
class Found:
    items: list[InputItem] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)            # unsupported extensions
    errors: list[tuple[Path, str]] = field(default_factory=list)  # missing paths, loops …
    corpora: list[InputItem] = field(default_factory=list)       # JSONL / WARC files of many documents


def collect_inputs(paths: Iterable[str | Path]) -> Found:
    """Files as given, and folders walked recursively (links to folders are not
    followed, so a link loop cannot trap the walk); duplicates are ignored."""
    found = Found()
    seen: set[Path] = set()

    def add(p: Path, rel: str) -> None:
        key = p.resolve()
        if key in seen:
            return
        seen.add(key)
        if is_corpus(p):
            found.corpora.append(InputItem(p, rel))
        elif p.suffix.lower() in SUPPORTED_EXTENSIONS:
            found.items.append(InputItem(p, rel))
        else:
            found.skipped.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not _is_saved_page_folder(d, filenames))
                rel = os.path.relpath(dirpath, p)
                for name in sorted(filenames):
                    fp = Path(dirpath) / name
                    if fp.is_file():
                        add(fp, "" if rel == "." else rel)
                    elif fp.is_symlink() and not fp.exists():
                        found.errors.append((fp, "broken or looping symbolic link"))
                    elif not fp.is_dir() and fp.suffix.lower() in SUPPORTED_EXTENSIONS:
                        found.errors.append((fp, "not a regular file (a pipe, socket or device): skipped"))
        elif p.is_file():
            add(p, "")
        elif p.is_symlink() and not p.exists():
            found.errors.append((p, "broken or looping symbolic link"))
        elif p.exists():
            found.errors.append((p, "not a regular file (a pipe, socket or device): skipped"))
        else:
            found.errors.append((p, "no such file or folder"))
    return found


def _is_saved_page_folder(dirname: str, siblings: list[str]) -> bool:
    """``page_files`` (or ``page.files``) saved by a browser beside ``page.html``: its
    contents are the page's images, scripts and frames, not documents of their own."""
    for suffix in ("_files", ".files"):
        if dirname.endswith(suffix):
            stem = dirname[: -len(suffix)]
            if any(Path(f).stem == stem and Path(f).suffix.lower() in (".html", ".htm", ".xhtml", ".shtml")
                   for f in siblings):
                return True
    return False


@dataclass
class FileResult:
    source: str
    output: str = ""
    error: str = ""
    title: str = ""
    n_edits: int = 0
    meta: dict[str, Any] = field(default_factory=dict)
    edits: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)        # lines for learning (see learn.py)

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass(frozen=True)
class LateName:
    """An output named from the cleaned result (``--name`` with {title}, {site} or {date}):
    the worker works the name out after cleaning and claims it atomically."""

    outdir: Path
    index: int                   # 1-based position of the input in the batch: {index}
    since_ns: int | None = None  # with --overwrite: files older than this (earlier runs) may be replaced

    def path(self, item: InputItem, out: OutputConfig, result: Result) -> Path:
        return Path(self.outdir) / item.rel_dir / result_name(out, item.path.stem, self.index, result)


@dataclass(frozen=True)
class Job:
    item: InputItem
    target: Path | None          # planned output path; None (and no late_name): clean only, do not write
    config: CleanConfig
    out: OutputConfig
    want_edits: bool = False
    want_candidates: bool = False
    late_name: LateName | None = None   # name known only after cleaning
    text: str | None = None      # the cleaned text as the user edited it by hand: written instead


def clean_path(path: str | Path, config: CleanConfig | None = None) -> Result:
    """Read and clean one file (raises ReaderError)."""
    return clean(read_path(path), config)


def run_job(job: Job) -> FileResult:
    """Read, clean and write one file; every failure becomes ``FileResult.error``."""
    fr = FileResult(source=str(job.item.path))
    try:
        config = job.config
        if not job.want_edits and job.out.format != "json" and config.record_edits:
            config = config.with_(record_edits=False)     # only counted: memory stays flat on huge files
        result = clean_path(job.item.path, config)
        if job.text is not None:
            result.text = job.text
        fr.title, fr.meta = result.title, result.meta
        fr.n_edits = result.meta.get("edit_count", len(result.edits))
        fr.flags, fr.warnings = result.flags, result.warnings
        if job.want_edits:
            fr.edits = [e.to_dict() for e in result.edits]
        if job.want_candidates:
            fr.candidates = sorted(candidate_lines(result.text))
        if job.target is not None or job.late_name is not None:
            rendered = render_output(result, job.out, str(job.item.path))
            fr.warnings = fr.warnings + rendered.warnings
            if job.target is not None:
                fr.output = str(write_atomic(job.target, rendered.data, job.out.overwrite))
            else:
                target = job.late_name.path(job.item, job.out, result)
                fr.output = str(write_atomic(target, rendered.data, job.out.overwrite, job.late_name.since_ns))
    except (ReaderError, WriterError) as exc:
        fr.error = str(exc)
    except UnicodeEncodeError as exc:
        fr.error = f"the text has characters that {job.out.encoding} cannot encode ({exc.object[exc.start:exc.end]!r})"
    except MemoryError:
        fr.error = "out of memory while cleaning this file"
    except RecursionError:
        fr.error = "the document is nested too deeply to process"
    except Exception as exc:  # noqa: BLE001 — one bad file must never stop the batch
        fr.error = f"internal error: {type(exc).__name__}: {exc}"
    return fr


def plan_jobs(items: list[InputItem], outdir: Path, config: CleanConfig, out: OutputConfig,
              want_edits: bool = False, want_candidates: bool = False) -> list[Job]:
    """Give every input its own output name (``out.name``, made safe for Windows):
    ``-2``, ``-3`` … where names collide with each other or (without overwrite) with
    files already there. Names that need the cleaned text ({title}, {site}, {date})
    are left to the worker, which claims them atomically (see ``write_atomic``)."""
    if needs_result(out.name):
        since = None
        if out.overwrite:
            try:
                since = fs_clock(Path(outdir))
            except OSError:
                since = time.time_ns()
        return [Job(item, None, config, out, want_edits, want_candidates, LateName(Path(outdir), i, since))
                for i, item in enumerate(items, 1)]
    taken: set[Path] = set()
    jobs = []
    for i, item in enumerate(items, 1):
        name = result_name(out, item.path.stem, i)
        target = free_path(Path(outdir) / item.rel_dir / name, taken, out.overwrite)
        taken.add(target)
        jobs.append(Job(item, target, config, out, want_edits, want_candidates))
    return jobs


def run_jobs(jobs: Iterable[Job], workers: int = 1,
             on_result: Callable[[int, FileResult], None] | None = None,
             window: int = 0) -> Iterator[FileResult]:
    """Run jobs, in worker processes when ``workers > 1``; results in input order.

    Streaming: at most ``window`` jobs (default: eight per worker) are in flight, so
    memory stays bounded however many files there are, and each file is read, cleaned
    and written in its worker before its result comes back."""
    results = _run_serial(jobs) if workers <= 1 else _run_pool(jobs, workers, window or workers * 8)
    for i, fr in enumerate(results):
        if on_result:
            on_result(i, fr)
        yield fr


def _run_serial(jobs: Iterable[Job]) -> Iterator[FileResult]:
    for job in jobs:
        yield run_job(job)


def _run_pool(jobs: Iterable[Job], workers: int, window: int) -> Iterator[FileResult]:
    from concurrent.futures import ProcessPoolExecutor    # only for a pool: one file starts faster
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from in_order(lambda job: pool.submit(run_job, job), jobs, window)


def in_order(submit: Callable[[Any], Any], items: Iterable[Any], window: int) -> Iterator[Any]:
    """Submit ``items`` (``submit`` returns a future) with at most ``window`` in flight,
    and yield their results in the order the items came."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)

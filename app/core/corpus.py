"""Corpus inputs: JSONL (one document a line: ``html`` or ``text``, optional ``url`` and
``id``) and WARC / WARC.gz (the HTML responses of a crawl) → JSONL out, one cleaned
document a line, in input order, streaming with bounded memory.

>>> import json
>>> rec = Record("1", "https://example.cn/a", "html", "<h1>标题</h1><p>今天，我们开会，讨论了工作。</p>")
>>> out = clean_record(rec, None)
>>> out["title"], out["text"].splitlines()[1]
('标题', '今天，我们开会，讨论了工作。')
"""
from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .config import CleanConfig
from .document import Document
from .pipeline import clean
from .readers.text import normalize_newlines

CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".warc", ".warc.gz", ".arc.gz")


def is_corpus(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(s) for s in CORPUS_SUFFIXES)


def corpus_stem(path: Path) -> str:
    name = path.name
    for s in CORPUS_SUFFIXES:
        if name.lower().endswith(s):
            return name[: -len(s)]
    return path.stem


@dataclass(frozen=True)
class Record:
    id: str
    url: str
    kind: str                  # html, html-bytes, text, error
    data: Any                  # str, bytes, or the error message
    charset: str | None = None


def iter_records(path: Path) -> Iterator[Record]:
    name = path.name.lower()
    if ".warc" in name or name.endswith(".arc.gz"):
        return iter_warc(path)
    return iter_jsonl(path)


def iter_jsonl(path: Path) -> Iterator[Record]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                yield Record(str(n), "", "error", f"line {n}: not valid JSON ({exc})")
                continue
            rid = str(obj.get("id", n))
            url = str(obj.get("url", ""))
            if isinstance(obj.get("html"), str):
                yield Record(rid, url, "html", obj["html"])
            elif isinstance(obj.get("text"), str):
                yield Record(rid, url, "text", obj["text"])
            else:
                yield Record(rid, url, "error", f"line {n}: no 'html' or 'text' field")


def iter_warc(path: Path) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator
    with open(path, "rb") as fh:
        for n, rec in enumerate(ArchiveIterator(fh), 1):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            ctype = rec.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            charset = None
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip()
            url = rec.rec_headers.get_header("WARC-Target-URI") or ""
            rid = rec.rec_headers.get_header("WARC-Record-ID") or str(n)
            yield Record(rid, url, "html-bytes", rec.content_stream().read(), charset)


def to_document(rec: Record) -> Document:
    from .readers.html import html_to_document, read_html     # lxml: only when a corpus is read
    if rec.kind == "html":
        doc = html_to_document(rec.data, rec.url)
    elif rec.kind == "html-bytes":
        doc = read_html(rec.data, rec.url, declared=rec.charset)
    else:
        text, newline = normalize_newlines(rec.data)
        doc = Document.from_text(text, source=rec.url, meta={"newline": newline})
    if rec.url and not doc.meta.get("url"):
        doc.meta["url"] = rec.url
    return doc


def clean_record(rec: Record, config: CleanConfig | None) -> dict[str, Any]:
    """One output line: id, url, title, text, metadata and the number of edits, or the error."""
    out: dict[str, Any] = {"id": rec.id, "url": rec.url}
    if rec.kind == "error":
        out["error"] = rec.data
        return out
    try:
        result = clean(to_document(rec), config)
    except Exception as exc:  # noqa: BLE001 — one bad record must not stop the corpus
        out["error"] = f"{type(exc).__name__}: {exc}"
        return out
    meta = {k: v for k, v in result.meta.items() if isinstance(v, (str, int, float, bool))}
    out.update(title=result.title, text=result.text, meta=meta, edits=len(result.edits))
    return out


def _clean_batch(args):
    recs, config = args
    return [clean_record(r, config) for r in recs]


def clean_corpus(path: Path, out_path: Path, config: CleanConfig | None = None, workers: int = 1,
                 batch: int = 32, overwrite: bool = False) -> tuple[int, int, Path]:
    """Clean every record of ``path`` into the JSONL file ``out_path`` (written to a
    temporary file and moved into place at the end). Returns (cleaned, failed, path)."""
    from .writers import free_path
    out_path = Path(out_path) if overwrite else free_path(Path(out_path))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".qinggao-", suffix=".part", dir=out_path.parent)
    ok = bad = 0
    try:
        with io.open(fd, "w", encoding="utf-8", newline="\n") as fh:
            for rows in _cleaned_batches(iter_records(path), config, workers, batch):
                for row in rows:
                    bad += "error" in row
                    ok += "error" not in row
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, out_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return ok, bad, out_path


def _batches(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    buf: list[Record] = []
    for r in records:
        buf.append(r)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def _cleaned_batches(records, config, workers: int, size: int) -> Iterator[list[dict]]:
    if workers <= 1:
        for b in _batches(records, size):
            yield _clean_batch((b, config))
        return
    from .batch import in_order
    from concurrent.futures import ProcessPoolExecutor    # only for a pool: one file starts faster
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from in_order(lambda b: pool.submit(_clean_batch, (b, config)), _batches(records, size), workers * 4)

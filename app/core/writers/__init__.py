"""Result → bytes (txt, md, json), output names, and atomic writes that never
overwrite unless asked.

>>> from app.core.document import Result
>>> r = Result(text="标题\\n正文。\\n", edits=[], original="", title="标题")
>>> render(r, OutputConfig(newline="crlf"))
b'\\xe6\\xa0\\x87\\xe9\\xa2\\x98\\r\\n\\xe6\\xad\\xa3\\xe6\\x96\\x87\\xe3\\x80\\x82\\r\\n'
>>> render(r, OutputConfig(format="md")).decode()
'# 标题\\n\\n正文。\\n'
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ..config import ENCODINGS, OutputConfig
from ..document import Result

EXTENSIONS = {"txt": ".txt", "md": ".md", "json": ".json", "docx": ".docx"}


class WriterError(Exception):
    """An output that could not be produced or written; the message names the cause."""


class NotYetSupported(WriterError):
    """A format this version cannot write yet."""


def render(result: Result, out: OutputConfig, source: str = "") -> bytes:
    """The bytes of the output file for ``result``."""
    if out.format == "txt":
        text = result.text
    elif out.format == "md":
        text = _markdown(result)
    elif out.format == "json":
        data = result.to_dict()
        data["source"] = source
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    else:
        raise NotYetSupported(f"--format {out.format} is not available yet; use txt, md or json")
    if out.newline == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode(ENCODINGS[out.encoding.lower()], errors="strict")


def _markdown(result: Result) -> str:
    lines = [l for l in result.text.split("\n") if l.strip()]
    if result.title and lines and lines[0].strip() == result.title:
        lines[0] = "# " + result.title
    return "\n\n".join(lines) + "\n" if lines else ""


def output_path(outdir: Path, rel_dir: str, stem: str, fmt: str) -> Path:
    """``OUTDIR/<relative folder>/<stem>.<ext>``."""
    return Path(outdir) / rel_dir / (stem + EXTENSIONS[fmt])


def numbered(path: Path, n: int) -> Path:
    """``a.txt`` → ``a-2.txt`` for n=2.

    >>> numbered(Path("out/a.txt"), 3).as_posix()
    'out/a-3.txt'
    """
    return path if n <= 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")


def free_path(path: Path, taken: set[Path] | None = None, overwrite: bool = False) -> Path:
    """``path`` itself, or the first ``-2``, ``-3`` … name neither on disk nor in ``taken``."""
    taken = taken if taken is not None else set()
    n = 1
    while True:
        cand = numbered(path, n)
        if cand not in taken and (overwrite or not cand.exists()):
            return cand
        n += 1


def write_atomic(path: Path, data: bytes, overwrite: bool = False) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then move it into place.

    Without ``overwrite`` an existing file is never replaced: the data goes to the
    next free ``-2``, ``-3`` … name instead. Returns the path written.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".qinggao-", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise WriterError(f"cannot write in {path.parent}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, path)
            return path
        n = 1
        while True:
            target = numbered(path, n)
            try:
                os.link(tmp, target)          # fails if target exists: no silent overwrite
                return target
            except FileExistsError:
                n += 1
            except OSError:
                if target.exists():
                    n += 1
                    continue
                os.replace(tmp, target)       # file systems without hard links
                return target
    except OSError as exc:
        raise WriterError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass

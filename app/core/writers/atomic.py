"""Atomic writes that never replace a file unless asked, and free ``-2``, ``-3`` … names.

>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> [write_atomic(d / "a.txt", b"x").name for _ in range(3)]
['a.txt', 'a-2.txt', 'a-3.txt']
"""
from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from pathlib import Path


class WriterError(Exception):
    """An output that could not be produced or written; the message names the cause."""


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


def fs_clock(folder: Path) -> int:
    """The file system's own clock in ``folder`` (ns): the modification time of a file
    made and removed there. Files written later have a time at least this."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".qinggao-", suffix=".clock", dir=folder)
    try:
        return os.fstat(fd).st_mtime_ns
    finally:
        os.close(fd)
        os.unlink(tmp)


def write_atomic(path: Path, data: bytes, overwrite: bool = False, since_ns: int | None = None) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then move it into place.

    Without ``overwrite`` an existing file is never replaced: the data goes to the
    next free ``-2``, ``-3`` … name instead (claimed atomically with a hard link, so two
    workers never take the same name). Returns the path written.

    With ``overwrite`` and ``since_ns`` (a batch whose names are known only after
    cleaning, so two of its files may want one name), only files older than
    ``since_ns`` — outputs of earlier runs — are replaced; a file this batch wrote
    is kept and the new one numbered.
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
        if overwrite and since_ns is None:
            os.replace(tmp, path)
            return path
        return _link_free(Path(tmp), path, since_ns if overwrite else None)
    except OSError as exc:
        raise WriterError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _link_free(tmp: Path, path: Path, older_than: int | None) -> Path:
    """Hard-link ``tmp`` at ``path`` or the first free numbered name; with
    ``older_than``, a file older than that counts as free (it is moved away first)."""
    n = 1
    while True:
        target = numbered(path, n)
        try:
            os.link(tmp, target)          # fails if target exists: no silent overwrite
            return target
        except FileExistsError:
            if older_than is not None and _move_old_away(target, older_than):
                continue                  # the name is free now: try it again
            n += 1
        except OSError:
            if target.exists():
                n += 1
                continue
            os.replace(tmp, target)       # file systems without hard links
            return target


def _move_old_away(target: Path, older_than: int) -> bool:
    """Remove ``target`` if it was written before ``older_than``; True when it is gone.

    It is renamed aside first, which only one worker can do; if what was moved turns
    out to be a file of this batch (written between the check and the rename), it
    is put back."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return True
    if st.st_mtime_ns >= older_than:
        return False
    aside = target.with_name(f".qinggao-{uuid.uuid4().hex}.old")
    try:
        os.rename(target, aside)
    except FileNotFoundError:
        return True
    moved = os.stat(aside)
    if moved.st_mtime_ns < older_than:
        os.unlink(aside)
        return True
    try:                                  # someone's new file: back where it was, or beside it
        _link_free(aside, target, None)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(aside)
    return False

"""The typo engine's derived tables, kept in the cache folder as marshal files.

A table is built from its sources once (the jieba dictionary, the pair counts of a corpus,
the confusion tables) and loaded from the cache afterwards, as long as its key — the
sources' paths, sizes and modification times and the table's format — has not changed.
Loading is most of what one small file costs (see README, Many pages), so the big
word → count maps are stored packed: the keys as one string, the counts as one array
(rebuilding the dict from them is a fifth faster than unmarshalling it).

>>> unpack_counts(pack_counts({"数据": 12, "产业": 7}))
{'数据': 12, '产业': 7}
"""
from __future__ import annotations

import array
import contextlib
import gc
import marshal
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..paths import cache_dir


def stamp(paths: Iterable[Path | None]) -> tuple:
    """Each path with its size and modification time (zeros when it is missing)."""
    out: list = []
    for path in paths:
        st = path.stat() if path is not None and path.exists() else None
        out += [str(path), st.st_size if st else 0, st.st_mtime_ns if st else 0]
    return tuple(out)


def load(name: str, key: tuple, build: Callable[[], Any]) -> Any:
    """The table cached as ``name`` under ``key``, or ``build()`` (then cached; a cache that
    cannot be written is no error: the table is built again next time)."""
    path = cache_dir() / name
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError, IndexError):
        data = marshal.loads(path.read_bytes())
        if data[0] == key:
            return data[1]
    value = build()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps((key, value)))
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    return value


def pack_counts(counts: dict[str, int]) -> tuple[str, bytes]:
    """A word → count map as one string of words (no word holds a NUL) and one array."""
    return "\0".join(counts), array.array("q", counts.values()).tobytes()


def unpack_counts(packed: tuple[str, bytes]) -> dict[str, int]:
    words, raw = packed
    counts = array.array("q")
    counts.frombytes(raw)
    return dict(zip(words.split("\0"), counts)) if words else {}


@contextlib.contextmanager
def collector_paused():
    """Load a large cache that lives as long as the process: the garbage collector is
    paused meanwhile (what the load makes is not garbage, and the collections its hundreds
    of thousands of objects would set off cost a fifth of the load), and what is alive
    afterwards is moved out of its reach (``gc.freeze``), so later collections do not walk
    the cache's sets and tuples again and again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()

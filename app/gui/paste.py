"""Pasting a page from the clipboard as a new document.

The cleaner reads documents by path (so that worker processes, re-cleaning and export
all work the same way for every document), so pasted content is first saved as a file
in the cache folder — ``粘贴-20261128-153012.html`` for HTML, ``.txt`` for plain text —
and then added like any other file. Files pasted more than a week ago are removed.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QMimeData

KEEP_DAYS = 7


def clipboard_content(mime: QMimeData | None) -> tuple[str, str] | None:
    """``("html", markup)`` when the clipboard holds HTML, ``("txt", text)`` for plain
    text, None when it holds no text at all."""
    if mime is None:
        return None
    if mime.hasHtml() and mime.html().strip():
        return "html", mime.html()
    if mime.hasText() and mime.text().strip():
        return "txt", mime.text()
    return None


def save_pasted(content: str, suffix: str, folder: Path, stem: str) -> Path:
    """Write ``content`` (UTF-8) to a new file ``folder/stem.suffix`` (``stem-2`` … when
    taken) and return its path; raises OSError."""
    folder.mkdir(parents=True, exist_ok=True)
    prune(folder)
    n = 1
    while True:
        path = folder / f"{stem}{'' if n == 1 else f'-{n}'}.{suffix}"
        try:
            with open(path, "x", encoding="utf-8", newline="") as fh:
                fh.write(content)
            return path
        except FileExistsError:
            n += 1


def prune(folder: Path, days: int = KEEP_DAYS) -> None:
    """Remove pasted files older than ``days``."""
    limit = time.time() - days * 86400
    for path in folder.glob("*.*"):
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass

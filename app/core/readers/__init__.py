"""Readers: bytes → Document. ``read_path`` picks one by the file's extension."""
from __future__ import annotations

from pathlib import Path

from ..document import Document
from .decode import DecodeError
from .text import normalize_newlines, read_text

TEXT_EXTENSIONS = frozenset((".txt", ".text"))
HTML_EXTENSIONS = frozenset((".html", ".htm", ".xhtml", ".shtml"))
MHTML_EXTENSIONS = frozenset((".mhtml", ".mht"))
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | MHTML_EXTENSIONS

_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7z archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (DOC/XLS)"), (b"MZ", "a Windows program"),
    (b"\x7fELF", "a Linux program"), (b"RIFF", "a media file"),
)


class ReaderError(Exception):
    """A file that cannot be read as a document; the message names the cause."""


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file ``data`` is, if it is one we recognise.

    >>> sniff_binary(b"\\x89PNG\\r\\n...")
    'a PNG image'
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def read_bytes(data: bytes, name: str, source: str = "") -> Document:
    """Read ``data`` as the kind of file ``name`` says (by extension)."""
    ext = Path(name).suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        raise ReaderError(f"unsupported file type {ext or '(none)'}; supported: "
                          f"{', '.join(sorted(SUPPORTED_EXTENSIONS))}")
    if not data.strip():
        raise ReaderError("the file is empty")
    what = sniff_binary(data)
    if what:
        raise ReaderError(f"this is {what}, not a {ext[1:].upper()} text file")
    try:
        # the HTML and MHTML readers (lxml, the email package) are imported when first needed:
        # a folder of text files starts without them
        if ext in HTML_EXTENSIONS:
            from .html import read_html
            return read_html(data, source or name)
        if ext in MHTML_EXTENSIONS:
            from .mhtml import read_mhtml
            return read_mhtml(data, source or name)
        return read_text(data, source or name)
    except DecodeError as exc:
        raise ReaderError(str(exc)) from exc


def read_path(path: str | Path) -> Document:
    """Open ``path`` read-only and read it; raises :class:`ReaderError` with the cause."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except IsADirectoryError as exc:
        raise ReaderError("is a folder, not a file") from exc
    except PermissionError as exc:
        raise ReaderError("permission denied: the file cannot be read") from exc
    except FileNotFoundError as exc:
        raise ReaderError("no such file") from exc
    except OSError as exc:
        raise ReaderError(f"cannot read the file: {exc.strerror or exc}") from exc
    return read_bytes(data, path.name, str(path))


__all__ = ["ReaderError", "SUPPORTED_EXTENSIONS", "read_bytes", "read_path", "read_text",
           "normalize_newlines", "Document"]

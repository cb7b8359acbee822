"""Plain text files in any encoding → Document (one block per line).

>>> doc = read_text("标题\\r\\n正文。".encode("gbk") * 3)
>>> doc.blocks[1].text, doc.meta["encoding"], doc.meta["newline"]
('正文。标题', 'gb18030', 'crlf')
"""
from __future__ import annotations

from ..document import Document
from .decode import decode


def normalize_newlines(text: str) -> tuple[str, str]:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; returns the text and what it had."""
    had = "crlf" if "\r\n" in text else "cr" if "\r" in text else "lf"
    if had != "lf":
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, had


def read_text(data: bytes, source: str = "") -> Document:
    d = decode(data)
    text, newline = normalize_newlines(d.text)
    meta = {"encoding": d.encoding, "encoding_confidence": d.confidence, "encoding_how": d.how,
            "decode_errors": d.errors, "newline": newline}
    return Document.from_text(text, source=source, kind="txt", meta=meta)

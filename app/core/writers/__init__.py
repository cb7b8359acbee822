"""Result → bytes (txt, md, json, docx), output names, and atomic writes that never
overwrite unless asked.

=============  =====================================================================
module         what it writes
=============  =====================================================================
text           plain text: one paragraph a line, blank lines between, or 　　 indents
markdown       ``#`` title, ``##`` 一、, ``###`` （一）, ``####`` 1.; YAML front matter
json_export    text, title, metadata, every edit, flags, warnings, headings
docx_official  GB/T 9704-2012 official-document layout (the default DOCX)
docx_plain     a simple DOCX: Title and Normal styles
structure      title line, heading levels, run-in headings, skipped-level warnings
naming         ``--name`` templates and names safe on Windows
atomic         temporary file + hard link or rename; ``-2``, ``-3`` … on collision
=============  =====================================================================

>>> from app.core.document import Result
>>> r = Result(text="标题\\n正文。\\n", edits=[], original="", title="标题")
>>> render(r, OutputConfig(newline="crlf"))
b'\\xe6\\xa0\\x87\\xe9\\xa2\\x98\\r\\n\\xe6\\xad\\xa3\\xe6\\x96\\x87\\xe3\\x80\\x82\\r\\n'
>>> render(r, OutputConfig(format="md")).decode()
'# 标题\\n\\n正文。\\n'
>>> render(r, OutputConfig(format="docx"))[:2]
b'PK'
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..config import ENCODINGS, OutputConfig
from ..document import Result
from .atomic import WriterError, free_path, fs_clock, numbered, write_atomic
from .naming import needs_result, output_name, safe_name
from .structure import outline

EXTENSIONS = {"txt": ".txt", "md": ".md", "json": ".json", "docx": ".docx"}
STRUCTURED = ("md", "json", "docx")       # formats that read heading levels, so warn about skipped ones

__all__ = ["EXTENSIONS", "NotYetSupported", "Rendered", "WriterError", "free_path", "fs_clock", "needs_result",
           "numbered", "output_name", "output_path", "render", "render_output", "result_name", "write_atomic"]


class NotYetSupported(WriterError):
    """A format this version cannot write (kept for callers that catch it)."""


@dataclass
class Rendered:
    data: bytes
    warnings: list[str] = field(default_factory=list)    # about the output's structure (skipped levels)


def render_output(result: Result, out: OutputConfig, source: str = "") -> Rendered:
    """The bytes of the output file for ``result`` and the warnings found writing it."""
    shape = outline(result) if out.format in STRUCTURED else None
    warnings = list(shape.warnings) if shape else []
    if out.format == "docx":
        if out.docx_style == "plain":
            from .docx_plain import render_plain_docx
            return Rendered(render_plain_docx(result, shape), warnings)
        from .docx_official import render_official_docx
        return Rendered(render_official_docx(result, shape), warnings)
    if out.format == "txt":
        from .text import render_text
        text = render_text(result, out.paragraph_style)
    elif out.format == "md":
        from .markdown import render_markdown
        text = render_markdown(result, out.front_matter)
    elif out.format == "json":
        from .json_export import render_json
        text = render_json(result, source, shape)
    else:
        raise NotYetSupported(f"--format {out.format} is not available")
    if out.newline == "crlf":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return Rendered(text.encode(ENCODINGS[out.encoding.lower()], errors="strict"), warnings)


def render(result: Result, out: OutputConfig, source: str = "") -> bytes:
    """The bytes of the output file for ``result``."""
    return render_output(result, out, source).data


def output_path(outdir: Path, rel_dir: str, stem: str, fmt: str) -> Path:
    """``OUTDIR/<relative folder>/<stem>.<ext>``, the name made safe for Windows."""
    return Path(outdir) / rel_dir / safe_name(stem, EXTENSIONS[fmt])


def result_name(out: OutputConfig, stem: str, index: int, result: Result | None = None) -> str:
    """The file name ``out.name`` gives one output (``result`` for {title}, {site}, {date}).

    >>> r = Result(text="", edits=[], original="", title="关于加强作风建设的讲话", meta={"site": "文驰"})
    >>> result_name(OutputConfig(format="docx", name="{site}-{title}"), "p1", 1, r)
    '文驰-关于加强作风建设的讲话.docx'
    """
    title = site = date = ""
    if result is not None:
        from .structure import title_and_lines
        line, _ = title_and_lines(result)
        title = line or result.title
        site, date = str(result.meta.get("site", "")), str(result.meta.get("date", ""))
    return output_name(out.name, EXTENSIONS[out.format], stem=stem, title=title, site=site, date=date,
                       index=index)

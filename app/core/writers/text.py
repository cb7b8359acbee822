"""Plain text: one paragraph a line (``line``), a blank line between paragraphs
(``blank``), or a two-character full-width indent before every paragraph but the
title (``indent``).

>>> from app.core.document import Result
>>> r = Result(text="标题\\n同志们：\\n正文。\\n", edits=[], original="", title="标题")
>>> render_text(r, "blank")
'标题\\n\\n同志们：\\n\\n正文。\\n'
>>> render_text(r, "indent")
'标题\\n　　同志们：\\n　　正文。\\n'
"""
from __future__ import annotations

from ..config import PARAGRAPH_STYLES
from ..document import Result
from .structure import title_and_lines

INDENT = "\u3000\u3000"                    # two full-width spaces: 首行缩进两字


def render_text(result: Result, style: str = "line") -> str:
    if style == "line":
        return result.text
    title, lines = title_and_lines(result)
    if style == "indent":
        lines = [INDENT + l.lstrip(" \t\u3000") for l in lines]
    elif style != "blank":
        raise ValueError(f"paragraph style must be one of {', '.join(PARAGRAPH_STYLES)}, not {style!r}")
    paras = ([title] if title is not None else []) + lines
    sep = "\n\n" if style == "blank" else "\n"
    return sep.join(paras) + "\n" if paras else ""

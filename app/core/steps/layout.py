"""Layout: one paragraph a line, no blank lines, no indentation, one final newline.

>>> from app.core.testing import run_step
>>> run_step(run, "\\n　　第一段。 \\n\\n\\t第二段。")
'第一段。\\n第二段。\\n'
"""
from __future__ import annotations

from ..document import Edit, make_edit
from ..textutil import line_span_for_drop, lines

_SPACE = " \t\u3000"


def run(text: str, ctx) -> list[Edit]:
    edits: list[Edit] = []
    ls = list(lines(text))
    if text.endswith("\n"):
        ls = ls[:-1]          # the empty string after the final newline is no line
    if not ctx.config.keep_lines:
        dropped = set()
        for l in ls:
            if not l.text.strip(_SPACE + "\r"):
                start, end = line_span_for_drop(text, l)
                if l.index == len(ls) - 1 and l.index - 1 in dropped:
                    start = l.start
                if end > len(text) or start < 0:
                    continue
                edits.append(make_edit("blank-line", "删除空行", 1.0, start, end, "", kind="drop"))
                dropped.add(l.index)
                continue
            lead = len(l.text) - len(l.text.lstrip(_SPACE))
            if lead:
                edits.append(make_edit("indent", "删除行首缩进", 1.0, l.start, l.start + lead, ""))
            trail = len(l.text) - len(l.text.rstrip(_SPACE))
            if trail:
                edits.append(make_edit("trailing-space", "删除行尾空白", 1.0, l.end - trail, l.end, ""))
    after = _preview(text, edits)
    if after.strip() and not after.endswith("\n"):
        edits.append(make_edit("final-newline", "文末补换行", 1.0, len(text), len(text), "\n", kind="insert"))
    return edits


def _preview(text: str, edits: list[Edit]) -> str:
    """The text these (sorted, non-overlapping) edits would give."""
    out, cursor = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[cursor:e.start])
        out.append(e.new)
        cursor = e.end
    out.append(text[cursor:])
    return "".join(out)

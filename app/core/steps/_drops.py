"""Line drops as edits: one edit per run of consecutive lines dropped for the same
rule and reason, so a 300-line menu is one change to review, not 300."""
from __future__ import annotations

from ..document import Edit, make_edit
from ..textutil import Line, line_span_for_drop


def drop_runs(text: str, ls: list[Line], drops: dict[int, tuple[str, str, float]]) -> list[Edit]:
    """``drops``: line index → (rule, reason, confidence)."""
    edits = []
    idx = sorted(drops)
    i = 0
    while i < len(idx):
        j = i
        while j + 1 < len(idx) and idx[j + 1] == idx[j] + 1 and drops[idx[j + 1]][:2] == drops[idx[i]][:2]:
            j += 1
        first, last = ls[idx[i]], ls[idx[j]]
        start, _ = line_span_for_drop(text, first)
        _, end = line_span_for_drop(text, last)
        if last.index == len(ls) - 1 and first.start > 0:
            # the last line has no newline after it: take the one before, unless a drop took it
            start = first.start if (first.index - 1) in drops else first.start - 1
        rule, reason, conf = drops[idx[i]]
        n = idx[j] - idx[i] + 1
        edits.append(make_edit(rule, reason + (f"，共 {n} 行" if n > 1 else ""), conf, start, end, "", kind="drop"))
        i = j + 1
    return edits

"""Where each change sits in the original text and in the cleaned text.

An :class:`~app.core.document.Edit` names a span of the text as it stood just before it,
which is all :func:`~app.core.document.replay` needs but not what a reviewer sees: the
review pane shows the original and the cleaned text side by side and marks every change
in both. :func:`locate` replays the edits once, following every character (an original
character keeps its position as its name; a character an edit wrote gets a new name) and
so places each kept edit, each edit the user rejected and each typo suggestion in both
texts. It also gives the mapping the panes scroll together by.

>>> from app.core.document import Edit, Result
>>> e1 = Edit("boilerplate", "nav", "导航", 1.0, 0, 4, "首页>\\n", "", kind="drop", id="b")
>>> e2 = Edit("typos", "curated", "形近", 0.9, 1, 3, "代衰", "代表", id="t")
>>> r = Result(text="我代表大家", edits=[e1, e2], original="首页>\\n我代衰大家")
>>> m = locate(r)
>>> [(c.kind, c.original, c.cleaned) for c in m.changes]
[('dropped', (0, 4), (0, 0)), ('typo', (5, 7), (1, 3))]
>>> m.to_cleaned(5), m.to_original(1)
(1, 5)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import Edit, Result

# the order the pipeline runs its steps (app.core.pipeline.STEPS); kept here so this module
# does not import every step to learn their names — a test checks the two agree
STEP_ORDER = ("mojibake", "normalize", "extract", "boilerplate", "title", "markers", "paragraphs",
              "placeholders", "typos", "punctuation", "convert", "layout")

# what the reviewer sees a change as
KINDS = ("dropped", "typo", "suggestion", "placeholder", "punctuation", "reflow", "other")
_BY_STEP = {"typos": "typo", "placeholders": "placeholder", "punctuation": "punctuation",
            "normalize": "punctuation", "paragraphs": "reflow", "layout": "reflow"}
_END = -(1 << 62)          # the name of "the end of the text"


def kind_of(edit: Edit) -> str:
    """The reviewer's category of an edit.

    >>> kind_of(Edit("layout", "blank", "", 1.0, 0, 1, "\\n", "", kind="drop"))
    'reflow'
    >>> kind_of(Edit("boilerplate", "ads", "", 1.0, 0, 5, "广告位招租", "", kind="drop"))
    'dropped'
    """
    if edit.kind == "drop" and edit.old.strip():
        return "dropped"
    if edit.kind == "join":
        return "reflow"
    return _BY_STEP.get(edit.step, "other")


@dataclass
class Change:
    """One change as the reviewer sees it."""

    kind: str                       # one of KINDS
    state: str                      # applied, rejected or suggested
    original: tuple[int, int]       # span in Result.original
    cleaned: tuple[int, int]        # span in Result.text (empty: where a removed text was)
    edit: Edit | None = None
    suggestion: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return self.edit.id if self.edit is not None else str(self.suggestion["id"])


@dataclass
class EditMap:
    changes: list[Change]
    _final_ids: list[int] = field(repr=False)
    _orig_of: dict[int, tuple[int, int]] = field(repr=False)   # written char -> its edit's original span
    _resolve: Any = field(repr=False)
    _original_len: int = 0

    def to_cleaned(self, pos: int) -> int:
        """Where original position ``pos`` is in the cleaned text (for removed text: where
        it was)."""
        if pos >= self._original_len:
            return len(self._final_ids)
        return self._resolve(max(0, pos))

    def to_original(self, pos: int) -> int:
        """Where cleaned position ``pos`` came from in the original text."""
        if pos >= len(self._final_ids):
            return self._original_len
        name = self._final_ids[max(0, pos)]
        return name if name >= 0 else self._orig_of[name][0]

    def at_cleaned(self, pos: int) -> Change | None:
        """The change under cleaned position ``pos`` (the narrowest one)."""
        return _at(self.changes, pos, lambda c: c.cleaned)

    def at_original(self, pos: int) -> Change | None:
        return _at(self.changes, pos, lambda c: c.original)


def _at(changes: list[Change], pos: int, span) -> Change | None:
    hits = [c for c in changes if span(c)[0] <= pos < span(c)[1] or span(c)[0] == pos == span(c)[1]]
    return min(hits, key=lambda c: span(c)[1] - span(c)[0], default=None)


class _Tracker:
    """Replays edits on a list of character names."""

    def __init__(self, original: str):
        self.text = original
        self.ids = list(range(len(original)))
        self.orig_of: dict[int, tuple[int, int]] = {}
        self.moved_to: dict[int, int] = {}
        self.next_id = -1

    def origin(self, names: list[int], at: int) -> tuple[int, int]:
        """The original span ``names`` came from (``at``: their place, when empty)."""
        lo = hi = None
        for n in names:
            a, b = (n, n + 1) if n >= 0 else self.orig_of[n]
            lo = a if lo is None else min(lo, a)
            hi = b if hi is None else max(hi, b)
        if lo is None:
            if at < len(self.ids):
                n = self.ids[at]
                lo = n if n >= 0 else self.orig_of[n][0]
            else:
                lo = len(self.ids) and self._last_original()
            hi = lo
        return lo, hi

    def _last_original(self) -> int:
        for n in reversed(self.ids):
            return n + 1 if n >= 0 else self.orig_of[n][1]
        return 0

    def apply(self, e: Edit) -> tuple[tuple[int, int], list[int], int]:
        s, t = e.start, e.start + len(e.old)
        if self.text[s:t] != e.old:
            raise ValueError(f"edit {e.id} does not fit the text")
        removed = self.ids[s:t]
        span = self.origin(removed, s)
        new = list(range(self.next_id, self.next_id - len(e.new), -1))
        self.next_id -= len(e.new)
        for n in new:
            self.orig_of[n] = span
        self.ids[s:t] = new
        self.text = self.text[:s] + e.new + self.text[t:]
        anchor = self.ids[s] if s < len(self.ids) else _END
        for n in removed:
            self.moved_to[n] = anchor
        if new and not removed and self.moved_to.get(span[0]) == _END:
            # text written at the end where removed text had been (the final newline after a
            # dropped tail): that text now stands where the removed text went
            self.moved_to[span[0]] = new[0]
        return span, new, anchor


def locate(result: Result) -> EditMap:
    """Place every kept edit, rejected edit and typo suggestion of ``result`` in both texts.
    An edit that does not fit (a result built by hand, say) is left out, never raised."""
    tr = _Tracker(result.original)
    snapshots: dict[str, tuple[str, list[int]]] = {}
    order = {name: i for i, name in enumerate(STEP_ORDER)}
    placed: list[tuple[Edit, tuple[int, int], list[int], int]] = []
    done = -1

    def snapshot_until(step_index: int) -> None:
        nonlocal done
        while done < step_index:
            done += 1
            snapshots[STEP_ORDER[done]] = (tr.text, list(tr.ids))

    for e in result.edits:
        snapshot_until(order.get(e.step, len(STEP_ORDER) - 1))
        try:
            placed.append((e, *tr.apply(e)))
        except ValueError:
            break
    snapshot_until(len(STEP_ORDER) - 1)

    final = tr.ids
    pos_of = {n: i for i, n in enumerate(final)}

    def resolve(n: int) -> int:
        seen = []
        while n not in pos_of and n != _END:
            seen.append(n)
            n = tr.moved_to.get(n, _END)
        p = pos_of.get(n, len(final))
        for m in seen:                   # shorten the chain for the next call
            pos_of[m] = p
        return p

    def cleaned_span(names: list[int], fallback: int) -> tuple[int, int]:
        live = [pos_of[n] for n in names if n in pos_of and pos_of[n] < len(final) and final[pos_of[n]] == n]
        if live:
            return min(live), max(live) + 1
        p = resolve(fallback)
        return p, p

    changes: list[Change] = []
    for e, span, new, anchor in placed:
        changes.append(Change(kind_of(e), "applied", span, cleaned_span(new, new[0] if new else anchor), edit=e))
    for e in result.rejected:
        located = _in_snapshot(snapshots.get(e.step), e.start, e.old)
        if located is not None:
            names, at = located
            changes.append(Change(kind_of(e), "rejected", tr.origin(names, at) if names else (at, at),
                                  cleaned_span(names, names[0] if names else _END), edit=e))
    for s in result.suggestions:
        located = _in_snapshot(snapshots.get("typos"), int(s["start"]), str(s["old"]))
        if located is not None and located[0]:
            names = located[0]
            changes.append(Change("suggestion", "suggested", tr.origin(names, 0), cleaned_span(names, names[0]),
                                  suggestion=s))
    return EditMap(changes, final, tr.orig_of, resolve, len(result.original))


def _in_snapshot(snap, start: int, old: str) -> tuple[list[int], int] | None:
    if snap is None:
        return None
    text, ids = snap
    if text[start:start + len(old)] != old:
        return None
    return ids[start:start + len(old)], start

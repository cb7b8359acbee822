"""What the reviewer does to a document, as undoable commands (one QUndoStack a document):
ticking a change on or off, accepting suggestions, typing in the cleaned text."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from .models import DocEntry, ReviewItem

TYPING_ID = 7              # consecutive typing in one document merges into one step


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewUndo", text)


class ToggleChange(QUndoCommand):
    """Keep or reject an edit; accept or withdraw a suggestion. Cleans the document again."""

    def __init__(self, entry: DocEntry, item: ReviewItem, on: bool, reclean: Callable[[DocEntry], None]):
        what = item.change.edit.describe() if item.change.edit is not None else str(item.change.suggestion["old"])
        if item.role == "edit":
            label = _t("Apply %1") if on else _t("Reject %1")
        else:
            label = _t("Accept suggestion %1") if on else _t("Withdraw suggestion %1")
        super().__init__(label.replace("%1", what[:40]))
        self.entry, self.role, self.key, self.on, self.reclean = entry, item.role, item.key, on, reclean
        s = item.change.suggestion
        if s is not None:
            self.info = (int(s["line"]), str(s["old"]), str(s["new"]))
        else:
            self.info = entry.accepted.get(item.key)

    def redo(self) -> None:
        self._set(self.on)

    def undo(self) -> None:
        self._set(not self.on)

    def _set(self, on: bool) -> None:
        e = self.entry
        if self.role == "edit":
            (e.rejected.discard if on else e.rejected.add)(self.key)
        elif on and self.info is not None:
            e.accepted[self.key] = self.info
        else:
            e.accepted.pop(self.key, None)
        self.reclean(e)


class AcceptSuggestions(QUndoCommand):
    def __init__(self, entry: DocEntry, suggestions: list[dict], reclean: Callable[[DocEntry], None]):
        super().__init__(_t("Accept %1 suggestion(s)").replace("%1", str(len(suggestions))))
        self.entry, self.reclean = entry, reclean
        self.added = {str(s["id"]): (int(s["line"]), str(s["old"]), str(s["new"])) for s in suggestions}

    def redo(self) -> None:
        self.entry.accepted.update(self.added)
        self.reclean(self.entry)

    def undo(self) -> None:
        for key in self.added:
            self.entry.accepted.pop(key, None)
        self.reclean(self.entry)


class HandEdit(QUndoCommand):
    """The cleaned text as typed (``after``), replacing ``before`` (None: the cleaner's text)."""

    def __init__(self, entry: DocEntry, before: str | None, after: str | None,
                 show: Callable[[DocEntry], None], typing: bool = True):
        super().__init__(_t("Typing") if typing else _t("Discard hand edits"))
        self.entry, self.before, self.after, self.show, self.typing = entry, before, after, show, typing
        self._first = typing                  # the text is on screen already when typing is pushed

    def id(self) -> int:  # noqa: A003 (Qt API)
        return TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, HandEdit) or other.entry is not self.entry or not other.typing:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.entry.hand_text = self.after
        if self._first:
            self._first = False
            return
        self.show(self.entry)

    def undo(self) -> None:
        self.entry.hand_text = self.before
        self.show(self.entry)

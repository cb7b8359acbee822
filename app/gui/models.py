"""The file list: one row per loaded document, with its status, title, file, encoding
and number of changes. A QAbstractTableModel; the view stays dumb."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from ..core.config import CleanConfig
from ..core.document import Result

PENDING, CLEANING, DONE, ERROR = "pending", "cleaning", "done", "error"
STATUS_COLOURS = {DONE: "#2e7d32", ERROR: "#c62828", CLEANING: "#1565c0"}


@dataclass
class DocEntry:
    path: Path
    rel_dir: str = ""
    status: str = PENDING
    result: Result | None = None
    error: str = ""
    rejected: set[str] = field(default_factory=set)     # edit ids the user turned off
    generation: int = 0                                  # bumped per clean; older results are stale
    edit_order: dict[str, int] = field(default_factory=dict)    # where each change was first listed

    def config(self, base: CleanConfig) -> CleanConfig:
        return base.with_(rejected=frozenset(self.rejected)) if self.rejected else base

    def listed_edits(self) -> list:
        """Kept and rejected edits together, in the order they were first shown, so
        unticking a change does not move it to the end of the list."""
        if not self.result:
            return []
        edits = self.result.edits + self.result.rejected
        for e in edits:
            self.edit_order.setdefault(e.id, len(self.edit_order))
        return sorted(edits, key=lambda e: self.edit_order[e.id])

    @property
    def title(self) -> str:
        return (self.result.title if self.result and self.result.title else "") or self.path.name

    def warnings(self) -> int:
        if not self.result:
            return 0
        return len(self.result.flags) + len(self.result.warnings) + len(self.result.meta.get("placeholders", {}))


class FileListModel(QAbstractTableModel):
    COLUMNS = ("status", "title", "file", "encoding", "changes")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.entries: list[DocEntry] = []
        self._paths: set[Path] = set()

    # --- data -----------------------------------------------------------
    def add(self, path: Path, rel_dir: str = "") -> DocEntry | None:
        """Append a row for ``path``; None when that file is already listed."""
        key = path.resolve()
        if key in self._paths:
            return None
        self._paths.add(key)
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        entry = DocEntry(path, rel_dir)
        self.entries.append(entry)
        self.endInsertRows()
        return entry

    def entry(self, row: int) -> DocEntry:
        return self.entries[row]

    def row_of(self, entry: DocEntry) -> int:
        return self.entries.index(entry)

    def changed(self, entry: DocEntry) -> None:
        row = self.row_of(entry)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    # --- Qt model -----------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Status"), self.tr("Title"), self.tr("File"), self.tr("Encoding"),
                    self.tr("No. of changes"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self._text(e, col)
        if role == Qt.ToolTipRole:
            return self._tooltip(e)
        if role == Qt.ForegroundRole and col == "status":
            return QColor(STATUS_COLOURS[e.status]) if e.status in STATUS_COLOURS else None
        if role == Qt.TextAlignmentRole and col == "changes":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def _text(self, e: DocEntry, col: str) -> str:
        meta = e.result.meta if e.result else {}
        if col == "status":
            return {PENDING: self.tr("Waiting"), CLEANING: self.tr("Cleaning"), DONE: self.tr("Done"),
                    ERROR: self.tr("Error: %1").replace("%1", e.error.splitlines()[0] if e.error else "")}[e.status]
        if col == "title":
            return e.title
        if col == "file":
            return str(Path(e.rel_dir) / e.path.name) if e.rel_dir else e.path.name
        if col == "encoding":
            enc = meta.get("encoding")
            return f"{enc} ({meta.get('encoding_confidence', 0):.0%})" if enc else ""
        if col == "changes":
            return str(len(e.result.edits)) if e.result else ""
        return ""

    def _tooltip(self, e: DocEntry) -> str:
        if e.status == ERROR:
            return self.tr("Could not clean %1:\n%2").replace("%1", str(e.path)).replace("%2", e.error)
        if e.result and e.warnings():
            return self.tr("%1\n%2 warning(s) to review").replace("%1", str(e.path)).replace("%2", str(e.warnings()))
        return str(e.path)

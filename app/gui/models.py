"""The file list: one row per loaded document, with its status, title, file, encoding,
number of changes, source site and warnings. A QAbstractTableModel; the view stays dumb
(it sorts and filters through a proxy, by :data:`SORT_ROLE` and :data:`FILTER_ROLE`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from urllib.parse import urlsplit

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ..core.config import CleanConfig
from ..core.document import Result
from ..core.editmap import Change, EditMap, locate
from .theme import status_colour

PENDING, CLEANING, DONE, ERROR = "pending", "cleaning", "done", "error"
SORT_ROLE = Qt.UserRole + 1          # what a column sorts by: numbers for counts, text otherwise
FILTER_ROLE = Qt.UserRole + 2        # what the filter box searches: title, file and site
_STATUS_ORDER = {ERROR: 0, PENDING: 1, CLEANING: 2, DONE: 3}
TOOLTIP_ITEMS = 15                   # warnings listed in a tooltip; the rest are counted


@dataclass
class ReviewItem:
    """One line of the change list: a change, whether it is in the text, and what ticking
    it does (``edit``: keep or reject; ``suggestion``/``accepted``: accept or withdraw)."""

    change: Change
    checked: bool
    role: str
    key: str                 # the edit id, or the suggestion id for suggestions and accepted ones


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
    label: str = ""                                      # shown when the page has no title ("Pasted text 2")
    accepted: dict[str, tuple[int, str, str]] = field(default_factory=dict)   # suggestion id -> (line, old, new)
    hand_text: str | None = None                         # the cleaned text as edited by hand
    history: Any = None                                  # its QUndoStack, made by the window
    _map: tuple[Result, EditMap] | None = None          # the result it was worked out for, and the map

    def config(self, base: CleanConfig) -> CleanConfig:
        if self.rejected:
            base = base.with_(rejected=frozenset(self.rejected))
        if self.accepted:
            base = base.with_(typos_accepted=frozenset(self.accepted))
        return base

    def edit_map(self) -> EditMap | None:
        """Where the result's changes sit in both texts (worked out once per result)."""
        if self.result is None:
            return None
        if self._map is None or self._map[0] is not self.result:
            self._map = (self.result, locate(self.result))
        return self._map[1]

    def review_items(self) -> list["ReviewItem"]:
        """Every change to review, in the order first shown: kept and rejected edits,
        suggestions waiting, and suggestions accepted (which are edits now, listed where the
        suggestion was and turned off by withdrawing the acceptance)."""
        m = self.edit_map()
        if m is None:
            return []
        by_info = {info: sid for sid, info in self.accepted.items()}
        items = []
        for c in m.changes:
            if c.suggestion is not None:
                items.append(ReviewItem(c, False, "suggestion", c.id))
                continue
            e = c.edit
            sid = by_info.get((e.line, e.old, e.new)) if e.step == "typos" else None
            if sid is not None:
                items.append(ReviewItem(c, c.state == "applied", "accepted", sid))
            else:
                items.append(ReviewItem(c, c.state == "applied", "edit", e.id))
        for it in items:
            self.edit_order.setdefault(it.key, len(self.edit_order))
        return sorted(items, key=lambda it: self.edit_order[it.key])

    @property
    def title(self) -> str:
        return (self.result.title if self.result and self.result.title else "") or self.label or self.path.name

    @property
    def site(self) -> str:
        """The site's name from the page (og:site_name), else the host of its URL."""
        meta = self.result.meta if self.result else {}
        if meta.get("site"):
            return str(meta["site"])
        try:
            host = urlsplit(str(meta.get("url", ""))).hostname or ""
        except ValueError:
            return ""
        return host.removeprefix("www.")

    def warnings(self) -> int:
        """Things to review: flagged lines, warnings, placeholders left, typo suggestions."""
        if not self.result:
            return 0
        r = self.result
        return len(r.flags) + len(r.warnings) + len(r.meta.get("placeholders", {})) + len(r.suggestions)


class FileListModel(QAbstractTableModel):
    COLUMNS = ("status", "title", "file", "encoding", "changes", "site", "warnings")

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
                    self.tr("No. of changes"), self.tr("Site"), self.tr("Warnings"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self._text(e, col)
        if role == SORT_ROLE:
            return self._sort_key(e, col)
        if role == FILTER_ROLE:
            return f"{e.title}\n{self._text(e, 'file')}\n{e.site}"
        if role == Qt.ToolTipRole:
            return self._warnings_tooltip(e) if col == "warnings" and e.warnings() else self._tooltip(e)
        if role == Qt.ForegroundRole and col == "status":
            return status_colour(e.status)
        if role == Qt.TextAlignmentRole and col in ("changes", "warnings"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def _sort_key(self, e: DocEntry, col: str) -> Any:
        if col == "status":
            return _STATUS_ORDER.get(e.status, 0)
        if col == "changes":
            return len(e.result.edits) if e.result else -1
        if col == "warnings":
            return e.warnings() if e.result else -1
        return self._text(e, col).casefold()

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
        if col == "site":
            return e.site
        if col == "warnings":
            return str(e.warnings()) if e.warnings() else ""
        return ""

    def _tooltip(self, e: DocEntry) -> str:
        if e.status == ERROR:
            return self.tr("Could not clean %1:\n%2").replace("%1", str(e.path)).replace("%2", e.error)
        if e.result and e.warnings():
            return self.tr("%1\n%2 warning(s) to review").replace("%1", str(e.path)).replace("%2", str(e.warnings()))
        return str(e.path)

    def _warnings_tooltip(self, e: DocEntry) -> str:
        """One line per thing to review, the first few of them, and how many more."""
        r = e.result
        lines = [self.tr("Line %1 kept, check it: %2 (%3)").replace("%1", str(f.get("line", "?")))
                 .replace("%2", _short(str(f.get("text", "")))).replace("%3", str(f.get("reason", "")))
                 for f in r.flags]
        lines += [self.tr("Placeholder %1 left (%2 time(s))").replace("%1", key).replace("%2", str(n))
                  for key, n in r.meta.get("placeholders", {}).items()]
        lines += [self.tr("Line %1: typo suggestion %2 → %3").replace("%1", str(s.get("line", "?")))
                  .replace("%2", str(s.get("old", ""))).replace("%3", str(s.get("new", ""))) for s in r.suggestions]
        lines += list(r.warnings)
        more = len(lines) - TOOLTIP_ITEMS
        shown = lines[:TOOLTIP_ITEMS]
        if more > 0:
            shown.append(self.tr("… and %1 more").replace("%1", str(more)))
        return self.tr("%1 warning(s) to review:").replace("%1", str(len(lines))) + "\n" + "\n".join(shown)


def _short(text: str, n: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

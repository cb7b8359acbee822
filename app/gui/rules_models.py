"""The rules dialog's two lists: every rule pack (built-in and the user's own, each
with a tick for "in use"), and the rules of one pack. QAbstractTableModels; the
views stay dumb. Also the words the dialog shows for actions, steps and zones."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from ..core.rules import Rule, RulePack, builtin_packs
from ..core.userpacks import user_packs

BUILTIN, USER = "builtin", "user"


def action_words() -> dict[str, str]:
    return {
        "drop-line": QCoreApplication.translate("RuleWords", "Drop the line"),
        "drop-list": QCoreApplication.translate("RuleWords", "Drop the line and the list under it"),
        "drop-card": QCoreApplication.translate("RuleWords", "Drop the line and the account card under it"),
        "drop-rest": QCoreApplication.translate("RuleWords", "Drop the line and all after it"),
        "keep-line": QCoreApplication.translate("RuleWords", "Protect the line"),
        "flag-line": QCoreApplication.translate("RuleWords", "Keep the line, flag it for review"),
        "replace": QCoreApplication.translate("RuleWords", "Replace the matched text"),
    }


def step_words() -> dict[str, str]:
    return {"boilerplate": QCoreApplication.translate("RuleWords", "Site furniture"),
            "markers": QCoreApplication.translate("RuleWords", "List markers")}


def zone_words() -> dict[str, str]:
    return {"any": QCoreApplication.translate("RuleWords", "Anywhere"),
            "head": QCoreApplication.translate("RuleWords", "Page head"),
            "tail": QCoreApplication.translate("RuleWords", "Page tail")}


@dataclass(frozen=True)
class PackRow:
    pack: RulePack | None          # None: a user file that does not load
    source: str                    # BUILTIN or USER
    path: Path | None = None
    error: str = ""

    @property
    def id(self) -> str:
        return self.pack.id if self.pack else ""

    @property
    def editable(self) -> bool:
        return self.source == USER and self.pack is not None


class PackListModel(QAbstractTableModel):
    """Built-in packs first, then the files in the user's rules folder."""

    COLUMNS = ("name", "id", "source", "rules")
    enabledChanged = Signal(str, bool)          # pack id, now in use

    def __init__(self, disabled: frozenset[str] = frozenset(), parent: QObject | None = None):
        super().__init__(parent)
        self.disabled = set(disabled)
        self.rows: list[PackRow] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = [PackRow(p, BUILTIN, Path(p.path)) for p in builtin_packs()]
        self.rows += [PackRow(u.pack, USER, u.path, u.error) for u in user_packs()]
        self.endResetModel()

    def row_of(self, pack_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == pack_id), -1)

    def user_packs(self) -> list[RulePack]:
        return [r.pack for r in self.rows if r.editable]

    # --- Qt model -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Pack (tick to use)"), self.tr("ID"), self.tr("Source"), self.tr("Rules"))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.isValid() and index.column() == 0 and self.rows[index.row()].pack is not None:
            flags |= Qt.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self._text(row, col)
        if role == Qt.CheckStateRole and col == "name" and row.pack is not None:
            return Qt.Unchecked if row.id in self.disabled else Qt.Checked
        if role == Qt.ToolTipRole:
            return row.error or "\n".join(x for x in (row.pack.description, str(row.path or "")) if x)
        if role == Qt.ForegroundRole and row.error:
            return QColor("#c62828")
        if role == Qt.TextAlignmentRole and col == "rules":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def _text(self, row: PackRow, col: str) -> str:
        if col == "name":
            return row.pack.name if row.pack else (row.path.name if row.path else "")
        if col == "id":
            return row.id
        if col == "source":
            if row.error:
                return self.tr("User (does not load)")
            return self.tr("Built-in") if row.source == BUILTIN else self.tr("User")
        if col == "rules":
            return str(len(row.pack.rules)) if row.pack else "—"
        return ""

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.CheckStateRole or index.column() != 0:
            return False
        row = self.rows[index.row()]
        if row.pack is None:
            return False
        enabled = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        if enabled == (row.id not in self.disabled):
            return True
        (self.disabled.discard if enabled else self.disabled.add)(row.id)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        self.enabledChanged.emit(row.id, enabled)
        return True


class RuleListModel(QAbstractTableModel):
    """The rules of one pack, in the order they run."""

    COLUMNS = ("pattern", "action", "step", "description")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pack: RulePack | None = None

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self.pack.rules if self.pack else ()

    def set_pack(self, pack: RulePack | None) -> None:
        self.beginResetModel()
        self.pack = pack
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Pattern"), self.tr("Action"), self.tr("Step"), self.tr("Description"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rule, col = self.rules[index.row()], self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            if col == "pattern":
                return rule.pattern
            if col == "action":
                return action_words().get(rule.action, rule.action)
            if col == "step":
                return step_words().get(rule.step, rule.step)
            return rule.name or rule.reason
        if role == Qt.ToolTipRole:
            return f"{rule.pack}/{rule.id} · {rule.action} · {rule.zone}\n{rule.pattern}\n{rule.reason}"
        if role == Qt.ForegroundRole and not rule.enabled:
            return QColor("#9e9e9e")
        return None

"""Tools > Rules…: a non-modal dialog to manage rule packs.

* **Rule packs**: every built-in pack and every pack in the user's rules folder
  (:func:`app.core.rules.user_rules_dir`), each ticked when in use. Built-in packs are
  read-only; "Duplicate for editing" copies one into the user's folder (and sets the
  original aside so that the copy replaces it). Import, export and delete packs; add,
  edit and delete the rules of a user pack.
* **Rule editor**: :class:`~app.gui.rule_editor.RuleEditor`, with the live test on the
  main window's current document.
* **Learned from this batch**: lines that recur across the loaded documents, found by
  :mod:`app.core.learn` in the background; the ticked ones are added to the user's
  ``learned`` pack.

Which packs are set aside is kept in QSettings (``rules/disabledPacks``, a JSON list
of pack ids) and read by the main window at start into ``CleanConfig.disabled_packs``.
Whenever the packs in use or their rules change, :attr:`RulesDialog.rulesChanged`
carries the ids set aside, and the main window cleans its documents again.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from ..core.learn import learn_texts
from ..core.rules import RuleError, RulePack
from ..core.userpacks import (PackExists, delete_pack, duplicate_pack, export_pack, import_pack, save_learned,
                              save_pack, without_rule)
from ..core.writers.atomic import WriterError
from .rule_editor import ERROR_COLOUR, RuleEditor
from .rules_models import BUILTIN, PackListModel, PackRow, RuleListModel
from .workers import TaskRunner

SETTINGS_KEY = "rules/disabledPacks"
TOML_FILTER = "TOML (*.toml)"


def saved_disabled_packs() -> frozenset[str]:
    """The pack ids the user set aside, as saved in QSettings."""
    try:
        ids = json.loads(str(QSettings().value(SETTINGS_KEY, "[]") or "[]"))
    except ValueError:
        return frozenset()
    return frozenset(i for i in ids if isinstance(i, str)) if isinstance(ids, list) else frozenset()


def save_disabled_packs(ids) -> None:
    QSettings().setValue(SETTINGS_KEY, json.dumps(sorted(ids), ensure_ascii=False))


class RulesDialog(QDialog):
    rulesChanged = Signal(object)       # frozenset of the pack ids set aside

    def __init__(self, disabled: frozenset[str] = frozenset(), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Rules"))
        self.setModal(False)
        self.runner = TaskRunner(self, max_threads=1)
        self.packModel = PackListModel(disabled, self)
        self.packModel.enabledChanged.connect(self._on_enabled_changed)
        self.ruleModel = RuleListModel(self)
        self._batch: Callable[[], list[tuple[str, str]]] = lambda: []
        self.tabs = QTabWidget(objectName="rulesTabs")
        self.tabs.addTab(self._packs_tab(), self.tr("Rule packs"))
        self.editor = RuleEditor()
        self.editor.saved.connect(self._on_rule_saved)
        self.tabs.addTab(self.editor, self.tr("Rule editor"))
        self.tabs.addTab(self._learned_tab(), self.tr("Learned from this batch"))
        self.tabs.currentChanged.connect(self._on_tab)
        close = QDialogButtonBox(QDialogButtonBox.Close, rejected=self.close)
        close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.resize(1060, 660)
        self._reload()

    @property
    def disabled_packs(self) -> frozenset[str]:
        return frozenset(self.packModel.disabled)

    # --- what the main window gives it -------------------------------------------------------
    def set_document(self, text: str, name: str = "") -> None:
        """The current document's original text, for the live test."""
        self.editor.set_document(text, name)

    def set_batch_source(self, source: Callable[[], list[tuple[str, str]]]) -> None:
        """A function giving (file name, cleaned text) of each loaded document."""
        self._batch = source

    # --- rule packs ---------------------------------------------------------------------------
    def _packs_tab(self) -> QWidget:
        self.packList = self._table("packList", self.packModel, self.tr("Rule packs"))
        header = self.packList.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.packList.selectionModel().currentRowChanged.connect(lambda *_: self._on_pack_selected())
        self.ruleList = self._table("ruleList", self.ruleModel, self.tr("Rules of the selected pack"))
        header = self.ruleList.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.resizeSection(0, 220)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.ruleList.doubleClicked.connect(lambda *_: self._edit_rule())
        self.ruleList.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.importPackButton = self._button("importPackButton", self.tr("Import…"), self._import,
                                             self.tr("Add a rule pack (.toml) to your own packs"))
        self.exportPackButton = self._button("exportPackButton", self.tr("Export…"), self._export,
                                             self.tr("Save the selected pack as a .toml file"))
        self.duplicatePackButton = self._button("duplicatePackButton", self.tr("Duplicate for editing"),
                                                self._duplicate, self.tr("Copy the selected pack into your own packs; "
                                                                         "the copy replaces a built-in original"))
        self.deletePackButton = self._button("deletePackButton", self.tr("Delete"), self._delete_pack,
                                             self.tr("Delete the selected pack of your own"))
        self.newRuleButton = self._button("newRuleButton", self.tr("New rule…"), self._new_rule)
        self.editRuleButton = self._button("editRuleButton", self.tr("Edit…"), self._edit_rule)
        self.deleteRuleButton = self._button("deleteRuleButton", self.tr("Delete rule"), self._delete_rule)
        self.rulesLabel = QLabel(objectName="rulesLabel")
        self.readOnlyLabel = QLabel(self.tr("Built-in packs are read-only: duplicate one to change its rules."),
                                    objectName="readOnlyLabel", wordWrap=True)
        self.packStatusLabel = QLabel(objectName="packStatusLabel", wordWrap=True)
        self.packStatusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        left = self._column(QLabel("<b>" + self.tr("Rule packs") + "</b>"), self.packList,
                            self._row(self.importPackButton, self.exportPackButton, self.duplicatePackButton,
                                      self.deletePackButton))
        right = self._column(self.rulesLabel, self.ruleList,
                             self._row(self.newRuleButton, self.editRuleButton, self.deleteRuleButton),
                             self.readOnlyLabel)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([430, 600])
        return self._column(split, self.packStatusLabel, stretch_first=True)

    def _table(self, name: str, model, accessible: str) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setTextElideMode(Qt.ElideRight)
        view.setAccessibleName(accessible)
        return view

    def _button(self, name: str, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text, objectName=name, clicked=slot, autoDefault=False)
        button.setAccessibleName(text.rstrip("…"))
        if tip:
            button.setToolTip(tip)
        return button

    def _row(self, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for w in widgets:
            row.addWidget(w)
        row.addStretch(1)
        return row

    def _column(self, *parts, stretch_first: bool = False) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        for i, part in enumerate(parts):
            if isinstance(part, QHBoxLayout):
                lay.addLayout(part)
            else:
                lay.addWidget(part, 1 if (isinstance(part, (QTableView, QListWidget)) or stretch_first and i == 0) else 0)
        return box

    def _selected(self) -> PackRow | None:
        row = self.packList.currentIndex().row()
        return self.packModel.rows[row] if 0 <= row < len(self.packModel.rows) else None

    def _reload(self, select: str | None = None) -> None:
        """Read the packs again (after a change on disk), keeping or moving the selection."""
        current = self._selected()
        keep = select if select is not None else (current.id if current else "generic")
        self.packModel.reload()
        row = self.packModel.row_of(keep)
        self.packList.selectRow(max(row, 0))
        self.editor.set_user_packs(self.packModel.user_packs())
        self._on_pack_selected()

    def _on_pack_selected(self) -> None:
        row = self._selected()
        self.ruleModel.set_pack(row.pack if row else None)
        if row and row.pack:
            self.rulesLabel.setText("<b>" + self.tr("Rules of “%1”").replace("%1", row.pack.name) + "</b>")
        else:
            self.rulesLabel.setText("<b>" + self.tr("Rules") + "</b>")
        if row and row.error:
            self._say(row.error, error=True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._selected()
        editable = bool(row and row.editable)
        has_rule = self.ruleList.currentIndex().row() >= 0
        self.exportPackButton.setEnabled(bool(row and row.pack))
        self.duplicatePackButton.setEnabled(bool(row and row.pack))
        self.deletePackButton.setEnabled(bool(row and row.source != BUILTIN))
        self.newRuleButton.setEnabled(True)
        self.editRuleButton.setEnabled(editable and has_rule)
        self.deleteRuleButton.setEnabled(editable and has_rule)
        self.readOnlyLabel.setVisible(bool(row and row.source == BUILTIN))

    def _say(self, text: str, error: bool = False) -> None:
        self.packStatusLabel.setStyleSheet(f"color: {ERROR_COLOUR}" if error else "")
        self.packStatusLabel.setText(text)

    def _changed(self) -> None:
        save_disabled_packs(self.packModel.disabled)
        self.rulesChanged.emit(self.disabled_packs)

    def _on_enabled_changed(self, pack_id: str, enabled: bool) -> None:
        self._say((self.tr("Pack %1 is in use.") if enabled else self.tr("Pack %1 is set aside.")).replace("%1", pack_id))
        self._changed()

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a rule pack"), "", TOML_FILTER)
        if not name:
            return
        try:
            try:
                pack = import_pack(Path(name))
            except PackExists as exc:
                if QMessageBox.question(self, self.tr("Replace pack?"),
                                        self.tr("You already have a pack with the id %1 (%2). Replace it?")
                                        .replace("%1", exc.pack_id).replace("%2", exc.path.name)) != QMessageBox.Yes:
                    self._say(self.tr("Import cancelled: pack %1 is already there.").replace("%1", exc.pack_id))
                    return
                pack = import_pack(Path(name), overwrite=True)
        except (RuleError, WriterError, OSError) as exc:
            self._say(self.tr("Not imported: %1").replace("%1", str(exc)), error=True)
            QMessageBox.warning(self, self.tr("Cannot import the rule pack"), str(exc))
            return
        self._reload(pack.id)
        self._say(self.tr("Imported pack %1 with %2 rule(s).").replace("%1", pack.id).replace("%2", str(len(pack.rules))))
        self._changed()

    def _export(self) -> None:
        row = self._selected()
        if not row or not row.pack:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the rule pack"), f"{row.pack.id}.toml", TOML_FILTER)
        if not name:
            return
        try:
            written = export_pack(row.pack, Path(name))
        except (WriterError, OSError) as exc:
            self._say(str(exc), error=True)
            return
        self._say(self.tr("Exported pack %1 to %2").replace("%1", row.pack.id).replace("%2", str(written)))

    def _duplicate(self) -> None:
        row = self._selected()
        if not row or not row.pack:
            return
        try:
            copy = duplicate_pack(row.pack, self.tr("%1 (copy)").replace("%1", row.pack.name))
        except (RuleError, WriterError, OSError) as exc:
            self._say(str(exc), error=True)
            return
        msg = self.tr("Copied into your pack %1.").replace("%1", copy.id)
        if row.source == BUILTIN:
            self.packModel.disabled.add(row.pack.id)       # the copy replaces the original
            msg += " " + self.tr("The built-in pack is set aside; tick it to use both.")
        self._reload(copy.id)
        self._say(msg)
        self._changed()

    def _delete_pack(self) -> None:
        row = self._selected()
        if not row or row.source == BUILTIN or not row.path:
            return
        if QMessageBox.question(self, self.tr("Delete pack?"), self.tr("Delete the pack file %1?")
                                .replace("%1", str(row.path))) != QMessageBox.Yes:
            return
        try:
            delete_pack(row.path)
        except OSError as exc:
            self._say(str(exc), error=True)
            return
        self._reload("generic")
        self._say(self.tr("Deleted %1.").replace("%1", row.path.name))
        self._changed()

    # --- rules of a pack ------------------------------------------------------------------------
    def _current_rule(self):
        row = self.ruleList.currentIndex().row()
        rules = self.ruleModel.rules
        return rules[row] if 0 <= row < len(rules) else None

    def _new_rule(self) -> None:
        row = self._selected()
        self.editor.new_rule(row.id if row and row.editable else None)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.newRulePatternEdit.setFocus()

    def _edit_rule(self) -> None:
        row, rule = self._selected(), self._current_rule()
        if not row or not rule:
            return
        if not row.editable:
            self._say(self.tr("Built-in packs are read-only: duplicate one to change its rules."), error=True)
            return
        self.editor.edit_rule(row.pack, rule)
        self.tabs.setCurrentWidget(self.editor)

    def _delete_rule(self) -> None:
        row, rule = self._selected(), self._current_rule()
        if not row or not row.editable or not rule:
            return
        try:
            save_pack(without_rule(row.pack, rule.id), row.path)
        except (RuleError, WriterError, OSError) as exc:
            self._say(str(exc), error=True)
            return
        self._reload(row.id)
        self._say(self.tr("Deleted rule %1.").replace("%1", rule.id))
        self._changed()

    def _on_rule_saved(self, pack: RulePack) -> None:
        self._reload(pack.id)
        self._changed()

    # --- learned from this batch ---------------------------------------------------------------
    def _learned_tab(self) -> QWidget:
        intro = QLabel(self.tr("Short lines that recur in many of the loaded documents are often a site's furniture "
                               "that no rule knows yet. Tick the ones to drop from every document; they are kept "
                               "in your pack “learned”."), wordWrap=True)
        self.learnButton = self._button("learnButton", self.tr("Find recurring lines"), self.learn)
        self.learnStatusLabel = QLabel(objectName="learnStatusLabel", wordWrap=True)
        self.learnedList = QListWidget(objectName="learnedList")
        self.learnedList.setAccessibleName(self.tr("Recurring lines"))
        self.learnedList.itemChanged.connect(lambda *_: self._update_accept())
        self.selectAllButton = self._button("selectAllButton", self.tr("Tick all"), lambda: self._tick_all(True))
        self.selectNoneButton = self._button("selectNoneButton", self.tr("Tick none"), lambda: self._tick_all(False))
        self.acceptLearnedButton = self._button("acceptLearnedButton", self.tr("Accept selected"), self.accept_learned,
                                                self.tr("Add a rule dropping each ticked line to your pack “learned”"))
        top = QHBoxLayout()
        top.addWidget(self.learnButton)
        top.addWidget(self.learnStatusLabel, 1)
        bottom = self._row(self.selectAllButton, self.selectNoneButton)
        bottom.addWidget(self.acceptLearnedButton)
        self.learnedTab = self._column(intro, self.learnedList)
        self.learnedTab.layout().insertLayout(1, top)
        self.learnedTab.layout().addLayout(bottom)
        self._update_accept()
        return self.learnedTab

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.learnedTab and self.learnedList.count() == 0 and not self.runner.busy:
            self.learn()

    def learn(self) -> None:
        """Look for recurring lines in the loaded documents' cleaned texts, in the background."""
        texts = [text for _name, text in self._batch()]
        if len(texts) < 3:
            self.learnStatusLabel.setText(self.tr("Load at least three cleaned documents of one site to learn from."))
            return
        self.learnButton.setEnabled(False)
        self.learnStatusLabel.setText(self.tr("Looking for recurring lines in %1 document(s)…").replace("%1", str(len(texts))))
        self.runner.run(learn_texts, texts, on_done=lambda found, n=len(texts): self._on_learned(found, n),
                        on_error=self._on_learn_failed)

    def _on_learned(self, found: list[tuple[str, int]], n: int) -> None:
        self.learnButton.setEnabled(True)
        self.learnedList.blockSignals(True)
        self.learnedList.clear()
        for line, count in found:
            item = QListWidgetItem(self.tr("%1    (in %2 of %3 documents)").replace("%1", line)
                                   .replace("%2", str(count)).replace("%3", str(n)))
            item.setData(Qt.UserRole, (line, count))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.learnedList.addItem(item)
        self.learnedList.blockSignals(False)
        self.learnStatusLabel.setText(self.tr("%1 recurring line(s) in %2 document(s).").replace("%1", str(len(found)))
                                      .replace("%2", str(n)) if found else
                                      self.tr("No line recurs in enough of the %1 document(s).").replace("%1", str(n)))
        self._update_accept()

    def _on_learn_failed(self, text: str) -> None:
        self.learnButton.setEnabled(True)
        self.learnStatusLabel.setText(text.split("\n")[0])

    def _checked_items(self) -> list[QListWidgetItem]:
        items = [self.learnedList.item(i) for i in range(self.learnedList.count())]
        return [i for i in items if i.checkState() == Qt.Checked]

    def _tick_all(self, on: bool) -> None:
        for i in range(self.learnedList.count()):
            self.learnedList.item(i).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def _update_accept(self) -> None:
        self.acceptLearnedButton.setEnabled(bool(self._checked_items()))

    def accept_learned(self) -> None:
        items = self._checked_items()
        if not items:
            return
        try:
            pack = save_learned([tuple(i.data(Qt.UserRole)) for i in items])
        except (RuleError, WriterError, OSError) as exc:
            self.learnStatusLabel.setText(str(exc))
            return
        for item in items:
            self.learnedList.takeItem(self.learnedList.row(item))
        self.packModel.disabled.discard(pack.id)
        self._reload(pack.id)
        self.learnStatusLabel.setText(self.tr("Added %1 line(s) to your pack “learned”; the documents are cleaned again.")
                                      .replace("%1", str(len(items))))
        self._update_accept()
        self._changed()

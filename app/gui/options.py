"""The options panel: the cleaning options a user changes while reviewing, in a dock.

Every control edits one field of :class:`~app.core.config.CleanConfig` — the steps, the
placeholder mark and fill-ins, script conversion, the typo tier, keeping lines, the
title line — and nothing else keeps options of its own. Changes are gathered for
150 ms (running the arrow keys through a list of choices makes one change, not ten)
and then announced as ``optionsChanged(dict)``: the fields this panel owns, ready for
``CleanConfig.with_``, so options the panel does not show (rule packs, rejected edits)
are left as they are. The paragraph style is an export option; it sits here with the
others and the window keeps it in step with the export bar's menu.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDockWidget, QFormLayout, QFrame,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QScrollArea,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..core.config import STEP_NAMES, CleanConfig

OWNED = ("steps", "keep_lines", "title", "placeholder", "fills", "convert", "typos")
MARKS = ("keep", "×", "X", "某")               # placeholder marks offered; anything else is "custom"
CONVERSIONS_SHOWN = ("none", "t2s", "s2t", "tw2sp", "hk2s", "s2twp")
TYPO_TIERS = ("off", "auto", "all")
PARAGRAPH_STYLES = ("line", "blank", "indent")
DEBOUNCE_MS = 150


# --- settings ---------------------------------------------------------------------
def options_of(config: CleanConfig) -> dict[str, Any]:
    """The fields of ``config`` that the panel owns."""
    return {name: getattr(config, name) for name in OWNED}


def save_options(settings: QSettings, options: dict[str, Any]) -> None:
    """Store the options as JSON, one key each; the steps as those turned *off*, so a
    step added in a later version starts on."""
    for name, value in options.items():
        if name == "steps":
            settings.setValue("clean/steps_off", json.dumps([s for s in STEP_NAMES if s not in value]))
        else:
            settings.setValue(f"clean/{name}", json.dumps(value, ensure_ascii=False))


def load_options(settings: QSettings) -> dict[str, Any]:
    """The stored options that are still valid; anything unreadable is left at its default."""
    raw: dict[str, Any] = {}
    for name in OWNED:
        key = "clean/steps_off" if name == "steps" else f"clean/{name}"
        text = settings.value(key)
        if text is None:
            continue
        try:
            raw[name] = json.loads(str(text))
        except ValueError:
            continue
    if isinstance(raw.get("steps"), list):
        raw["steps"] = tuple(s for s in STEP_NAMES if s not in raw["steps"])
    if isinstance(raw.get("fills"), list):
        raw["fills"] = tuple(tuple(pair) for pair in raw["fills"] if isinstance(pair, list) and len(pair) == 2)
    defaults = CleanConfig()
    valid = {}
    for name, value in raw.items():
        if not isinstance(value, type(getattr(defaults, name))):
            continue
        try:
            defaults.with_(**{name: value})
        except (ValueError, TypeError):
            continue
        valid[name] = value
    return valid


def parse_fill(text: str) -> tuple[str, str] | None:
    """``××市=乐山市`` (or ``**市＝乐山市``) as a fill-in; None when it is not one.

    >>> parse_fill("**市＝乐山市"), parse_fill("乐山市")
    (('××市', '乐山市'), None)
    """
    key, sep, value = text.replace("＝", "=").partition("=")
    key = key.strip().replace("*", "×").replace("＊", "×")
    if not sep or "×" not in key or not value.strip():
        return None
    return key, value.strip()


# --- the panel ----------------------------------------------------------------------
class OptionsPanel(QDockWidget):
    optionsChanged = Signal(dict)          # the owned fields, after the user paused
    paragraphStyleChanged = Signal(str)    # export option: at once, nothing to re-clean
    message = Signal(str)                  # for the status bar

    def __init__(self, config: CleanConfig, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("optionsPanel")
        self.setWindowTitle(self.tr("Options"))
        self.setAccessibleName(self.tr("Cleaning options"))
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._emitted = options_of(config)
        self._fills: dict[str, str] = {}
        self._contexts: dict[str, int] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._steps_box())
        layout.addWidget(self._placeholder_box())
        layout.addWidget(self._text_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.set_options(config)

    # --- building -------------------------------------------------------------
    def _step_labels(self) -> dict[str, tuple[str, str]]:
        return {
            "mojibake": (self.tr("Repair garbled text"),
                         self.tr("Re-read text that was decoded with the wrong encoding (鍦ㄤ腑鍥 → 在中国)")),
            "normalize": (self.tr("Remove invisible characters"),
                          self.tr("Byte-order marks, zero-width and no-break spaces, control characters")),
            "extract": (self.tr("Keep only the article"),
                        self.tr("Web pages: drop menus, sidebars, comments and footers")),
            "boilerplate": (self.tr("Remove site furniture"),
                            self.tr("Site headers, publishing details, editor's notes, related-article lists")),
            "title": (self.tr("Find the title"), self.tr("Put the title first and drop its repeats")),
            "markers": (self.tr("Remove stray list marks"),
                        self.tr("Marks left before 一是, 二是 … (“。-一是” → “。一是”)")),
            "paragraphs": (self.tr("Join broken lines"), self.tr("Join lines broken in the middle of a sentence")),
            "placeholders": (self.tr("Replace placeholders"),
                             self.tr("Anonymising asterisks (**市) become the mark chosen below")),
            "typos": (self.tr("Fix typos"), self.tr("Fix wrongly written characters; how many is chosen below")),
            "punctuation": (self.tr("Full-width punctuation"),
                            self.tr("Half-width , ; : ? ! ( ) in Chinese text become full-width")),
            "convert": (self.tr("Convert script"),
                        self.tr("Convert between simplified and traditional characters as chosen below")),
            "layout": (self.tr("One paragraph a line"), self.tr("No blank lines and no indentation")),
        }

    def _steps_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Steps"))
        box.setToolTip(self.tr("The cleaning steps, in the order they run; untick one to skip it"))
        grid = QGridLayout(box)
        self.stepChecks: dict[str, QCheckBox] = {}
        for i, (name, (label, tip)) in enumerate(self._step_labels().items()):
            check = QCheckBox(label, objectName=f"step_{name}")
            check.setToolTip(tip)
            check.setAccessibleName(label)
            check.setAccessibleDescription(tip)
            check.toggled.connect(self._changed)
            grid.addWidget(check, i // 2, i % 2)
            self.stepChecks[name] = check
        return box

    def _placeholder_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Placeholders"))
        lay = QVBoxLayout(box)
        row = QHBoxLayout()
        self.placeholderCombo = QComboBox(objectName="placeholderCombo")
        for mark, label in (("keep", self.tr("Keep the asterisks")), ("×", "×"), ("X", "X"),
                            ("某", self.tr("某 (one per run)")), ("custom", self.tr("Custom…"))):
            self.placeholderCombo.addItem(label, mark)
        self.placeholderCombo.setAccessibleName(self.tr("Placeholder mark"))
        self.placeholderCombo.setToolTip(self.tr("What each anonymising asterisk becomes"))
        self.placeholderCombo.currentIndexChanged.connect(self._changed)
        self.customMarkEdit = QLineEdit(objectName="customMarkEdit", maxLength=4)
        self.customMarkEdit.setPlaceholderText(self.tr("e.g. ○"))
        self.customMarkEdit.setAccessibleName(self.tr("Custom placeholder mark"))
        self.customMarkEdit.setToolTip(self.tr("Your own mark for each asterisk"))
        self.customMarkEdit.setMaximumWidth(70)
        self.customMarkEdit.textChanged.connect(self._changed)
        label = QLabel(self.tr("Asterisks become:"))
        label.setBuddy(self.placeholderCombo)
        row.addWidget(label)
        row.addWidget(self.placeholderCombo, 1)
        row.addWidget(self.customMarkEdit)
        lay.addLayout(row)

        self.fillTable = QTableWidget(0, 2, objectName="fillTable")
        self.fillTable.setHorizontalHeaderLabels([self.tr("Placeholder"), self.tr("Fill in")])
        self.fillTable.setAccessibleName(self.tr("Placeholder fill-ins"))
        self.fillTable.setToolTip(self.tr("The placeholders left in this document; type what each stands for "
                                          "to fill it in everywhere, in every document"))
        self.fillTable.verticalHeader().hide()
        self.fillTable.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.fillTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.fillTable.setMinimumHeight(90)
        self.fillTable.setMaximumHeight(150)
        self.fillTable.itemChanged.connect(self._on_fill_edited)
        lay.addWidget(self.fillTable)
        self.fillEdit = QLineEdit(objectName="fillEdit")
        self.fillEdit.setPlaceholderText(self.tr("Add a fill-in: ××市=乐山市"))
        self.fillEdit.setAccessibleName(self.tr("Add a fill-in"))
        self.fillEdit.setToolTip(self.tr("Type a placeholder and what it stands for, then press Enter"))
        self.fillEdit.setClearButtonEnabled(True)
        self.fillEdit.returnPressed.connect(self._add_fill)
        lay.addWidget(self.fillEdit)
        return box

    def _text_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Text"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.convertCombo = self._combo("convertCombo", (
            ("none", self.tr("No conversion")), ("t2s", self.tr("Traditional → Simplified")),
            ("s2t", self.tr("Simplified → Traditional")), ("tw2sp", self.tr("Taiwan → Simplified, with phrases")),
            ("hk2s", self.tr("Hong Kong → Simplified")), ("s2twp", self.tr("Simplified → Taiwan, with phrases"))),
            self.tr("Script conversion"), self.tr("Convert the script with OpenCC"))
        self.typosCombo = self._combo("typosCombo", (
            ("off", self.tr("Off")), ("auto", self.tr("Sure fixes only")), ("all", self.tr("All suggestions too"))),
            self.tr("Typo fixes"), self.tr("Sure fixes only: the rest wait as suggestions; "
                                           "all: suggestions are applied too"))
        self.paragraphCombo = QComboBox(objectName="paragraphCombo")
        for style, label in zip(PARAGRAPH_STYLES, (self.tr("One paragraph a line"),
                                                   self.tr("Blank line between paragraphs"),
                                                   self.tr("Indent paragraphs by two characters"))):
            self.paragraphCombo.addItem(label, style)
        self.paragraphCombo.setAccessibleName(self.tr("Paragraph style"))
        self.paragraphCombo.setToolTip(self.tr("How paragraphs are laid out in exported text files"))
        self.paragraphCombo.currentIndexChanged.connect(
            lambda _i: self.paragraphStyleChanged.emit(self.paragraphCombo.currentData()))
        for text, combo in ((self.tr("Script:"), self.convertCombo), (self.tr("Typos:"), self.typosCombo),
                            (self.tr("Export paragraphs:"), self.paragraphCombo)):
            form.addRow(text, combo)
        self.keepLinesCheck = QCheckBox(self.tr("Keep line for line (proofreading)"), objectName="keepLinesCheck")
        self.keepLinesCheck.setToolTip(self.tr("Line N of the output is line N of the input: "
                                               "no lines are joined or removed"))
        self.titleCheck = QCheckBox(self.tr("Title on the first line"), objectName="titleCheck")
        self.titleCheck.setToolTip(self.tr("Untick to keep the body only, without the title line"))
        for check in (self.keepLinesCheck, self.titleCheck):
            check.setAccessibleName(check.text())
            check.toggled.connect(self._changed)
            form.addRow(check)
        return box

    def _combo(self, name: str, items, accessible: str, tip: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        for value, label in items:
            combo.addItem(label, value)
        combo.setAccessibleName(accessible)
        combo.setToolTip(tip)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    # --- reading and writing the controls ----------------------------------------
    def set_options(self, config: CleanConfig) -> None:
        """Show ``config`` without announcing a change."""
        self._timer.stop()
        widgets = [*self.stepChecks.values(), self.placeholderCombo, self.customMarkEdit, self.convertCombo,
                   self.typosCombo, self.keepLinesCheck, self.titleCheck]
        for w in widgets:
            w.blockSignals(True)
        for name, check in self.stepChecks.items():
            check.setChecked(name in config.steps)
        mark = config.placeholder if config.placeholder in MARKS else "custom"
        self.placeholderCombo.setCurrentIndex(self.placeholderCombo.findData(mark))
        self.customMarkEdit.setText("" if mark != "custom" else config.placeholder)
        index = self.convertCombo.findData(config.convert)
        if index < 0:                          # a conversion the panel does not offer (set by hand)
            self.convertCombo.addItem(config.convert, config.convert)
            index = self.convertCombo.count() - 1
        self.convertCombo.setCurrentIndex(index)
        self.typosCombo.setCurrentIndex(self.typosCombo.findData(config.typos))
        self.keepLinesCheck.setChecked(config.keep_lines)
        self.titleCheck.setChecked(config.title)
        for w in widgets:
            w.blockSignals(False)
        self._fills = dict(config.fills)
        self._fill_table()
        self._emitted = options_of(config)
        self._update_enabled()

    def set_paragraph_style(self, style: str) -> None:
        index = self.paragraphCombo.findData(style)
        if index >= 0 and index != self.paragraphCombo.currentIndex():
            self.paragraphCombo.blockSignals(True)
            self.paragraphCombo.setCurrentIndex(index)
            self.paragraphCombo.blockSignals(False)

    def paragraph_style(self) -> str:
        return self.paragraphCombo.currentData()

    def set_contexts(self, contexts: dict[str, int]) -> None:
        """The selected document's placeholders still left (``result.meta["placeholders"]``)."""
        if contexts != self._contexts:
            self._contexts = dict(contexts)
            self._fill_table()

    def options(self) -> dict[str, Any] | None:
        """The owned fields as the controls show them; None while they make no valid config."""
        mark = self.placeholderCombo.currentData()
        if mark == "custom":
            mark = self.customMarkEdit.text().strip()
            if not mark:
                return None
        return {"steps": tuple(n for n in STEP_NAMES if self.stepChecks[n].isChecked()),
                "keep_lines": self.keepLinesCheck.isChecked(), "title": self.titleCheck.isChecked(),
                "placeholder": mark, "fills": tuple((k, v) for k, v in self._fills.items() if v),
                "convert": self.convertCombo.currentData(), "typos": self.typosCombo.currentData()}

    # --- changes --------------------------------------------------------------
    def _changed(self, *_args) -> None:
        self._update_enabled()
        self._timer.start()                  # restarts: only the last of a quick run counts

    def flush(self) -> None:
        """Announce the options now if they changed (the debounce timer calls this)."""
        self._timer.stop()
        options = self.options()
        if options is not None and options != self._emitted:
            self._emitted = options
            self.optionsChanged.emit(options)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _update_enabled(self) -> None:
        self.customMarkEdit.setVisible(self.placeholderCombo.currentData() == "custom")
        on = {name: check.isChecked() for name, check in self.stepChecks.items()}
        self.placeholderCombo.setEnabled(on["placeholders"])
        self.customMarkEdit.setEnabled(on["placeholders"])
        self.fillTable.setEnabled(on["placeholders"])
        self.fillEdit.setEnabled(on["placeholders"])
        self.convertCombo.setEnabled(on["convert"])
        self.typosCombo.setEnabled(on["typos"])

    # --- fill-ins ---------------------------------------------------------------
    def _fill_table(self) -> None:
        keys = list(self._contexts) + [k for k in self._fills if k not in self._contexts]
        table = self.fillTable
        table.blockSignals(True)
        table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            item = QTableWidgetItem(key)
            item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            n = self._contexts.get(key, 0)
            item.setToolTip(self.tr("%1 time(s) in this document").replace("%1", str(n)) if n
                            else self.tr("Not left in this document"))
            table.setItem(row, 0, item)
            value = QTableWidgetItem(self._fills.get(key, ""))
            value.setToolTip(self.tr("The text that replaces %1 wherever it occurs, e.g. 乐山市 for ××市 "
                                     "(leave empty to keep the placeholder)").replace("%1", key))
            table.setItem(row, 1, value)
        table.blockSignals(False)

    def _on_fill_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        key = self.fillTable.item(item.row(), 0).text()
        value = item.text().strip()
        if value:
            self._fills[key] = value
        else:
            self._fills.pop(key, None)
        self._changed()

    def _add_fill(self) -> None:
        fill = parse_fill(self.fillEdit.text())
        if fill is None:
            self.message.emit(self.tr("Write a fill-in as placeholder=text, e.g. ××市=乐山市"))
            return
        self._fills[fill[0]] = fill[1]
        self.fillEdit.clear()
        self._fill_table()
        self._changed()

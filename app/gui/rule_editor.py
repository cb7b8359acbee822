"""The rule editor: a form for one rule (pattern, action, step, zone, description,
examples) beside the current document, in which the lines the pattern matches are
highlighted as the user types.

The live test runs :func:`app.core.rulepreview.preview_matches` in a worker thread,
150 ms after the last keystroke, one search at a time (the newest pattern waits for
the running one, older answers are dropped). The search uses the rules' own regex
timeout and releases the GIL, so a catastrophic pattern is reported, never felt.
"""
from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any

import regex
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSpinBox, QSplitter, QTextEdit, QVBoxLayout, QWidget)

from ..core.rulepreview import Preview, examples_from_text, examples_to_text, failing_examples, preview_matches
from ..core.rules import ACTIONS, ZONES, Rule, RuleError, RulePack, parse_pack
from ..core.userpacks import free_pack_id, free_rule_id, new_pack_data, save_pack, with_rule
from ..core.writers.atomic import WriterError
from .rules_models import action_words, step_words, zone_words
from .workers import TaskRunner

DEBOUNCE_MS = 150
NEW_PACK = ""                    # the pack combo's entry for a new "My rules" pack
LINE_COLOUR, MATCH_COLOUR, ERROR_COLOUR = "#fff3b0", "#ffb74d", "#c62828"
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")


def utf16_positions(text: str):
    """Python offsets → QTextDocument positions (which count UTF-16 units).

    >>> f = utf16_positions("a𰻞b")
    >>> f(0), f(1), f(2), f(3)
    (0, 1, 3, 4)
    """
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect.bisect_left(astral, i)


class RuleEditor(QWidget):
    saved = Signal(object)            # the RulePack written
    previewed = Signal(object)        # the Preview shown (tests wait for it)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.runner = TaskRunner(self, max_threads=1)
        self.packs: list[RulePack] = []
        self.editing: tuple[str, str] | None = None       # (pack id, rule id) being edited
        self.text, self.doc_name = "", ""
        self.preview: Preview | None = None
        self._generation = 0
        self._waiting = False                               # a search is due once the running one ends
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self._run_preview)
        self._build()
        self.new_rule()

    # --- building ---------------------------------------------------------------
    def _build(self) -> None:
        mono = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        self.headingLabel = QLabel(objectName="editorHeadingLabel")
        self.packCombo = QComboBox(objectName="targetPackCombo")
        self.packCombo.setAccessibleName(self.tr("Save into pack"))
        self.idEdit = QLineEdit(objectName="ruleIdEdit", placeholderText=self.tr("automatic"))
        self.idEdit.setAccessibleName(self.tr("Rule ID"))
        self.newRulePatternEdit = QLineEdit(objectName="newRulePatternEdit", font=mono)
        self.newRulePatternEdit.setPlaceholderText(self.tr("Regular expression, e.g. ^本文来源[:：]"))
        self.newRulePatternEdit.setAccessibleName(self.tr("Pattern (regular expression)"))
        self.newRulePatternEdit.setToolTip(self.tr("Matched against each line with its spaces stripped; "
                                                   "syntax of the Python regex module (V1)"))
        self.patternErrorLabel = QLabel(objectName="patternErrorLabel", wordWrap=True)
        self.patternErrorLabel.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.patternErrorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.patternErrorLabel.setVisible(False)
        self.actionCombo = self._combo("actionCombo", action_words(), ACTIONS, self.tr("Action"))
        self.stepCombo = self._combo("stepCombo", step_words(), tuple(step_words()), self.tr("Step"))
        self.zoneCombo = self._combo("zoneCombo", zone_words(), ZONES, self.tr("Where on the page"))
        self.maxLenSpin = QSpinBox(objectName="maxLenSpin", minimum=0, maximum=100000)
        self.maxLenSpin.setSpecialValueText(self.tr("any length"))
        self.maxLenSpin.setAccessibleName(self.tr("Longest line it applies to"))
        self.replacementEdit = QLineEdit(objectName="replacementEdit", font=mono)
        self.replacementEdit.setAccessibleName(self.tr("Replacement"))
        self.reasonEdit = QLineEdit(objectName="reasonEdit", placeholderText=self.tr("e.g. 站点的版权声明"))
        self.reasonEdit.setAccessibleName(self.tr("Description"))
        self.reasonEdit.setToolTip(self.tr("Shown beside every change the rule makes"))
        self.examplesEdit = QPlainTextEdit(objectName="examplesEdit")
        self.examplesEdit.setPlaceholderText(self.tr("One a line: a line the rule must match; !line: one it must "
                                                     "not match; for Replace: input => output"))
        self.examplesEdit.setAccessibleName(self.tr("Examples"))
        self.examplesEdit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.enabledCheck = QCheckBox(self.tr("Rule in use"), objectName="ruleEnabledCheck", checked=True)
        self.saveRuleButton = QPushButton(self.tr("Save rule"), objectName="saveRuleButton", clicked=self.save)
        self.saveRuleButton.setDefault(True)
        self.clearRuleButton = QPushButton(self.tr("New rule"), objectName="clearRuleButton", autoDefault=False,
                                           clicked=lambda: self.new_rule())
        self.saveStatusLabel = QLabel(objectName="saveStatusLabel", wordWrap=True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for label, widget in ((self.tr("Save into:"), self.packCombo), (self.tr("Pattern:"), self.newRulePatternEdit),
                              ("", self.patternErrorLabel), (self.tr("Action:"), self.actionCombo),
                              (self.tr("Replace with:"), self.replacementEdit), (self.tr("Step:"), self.stepCombo),
                              (self.tr("Where:"), self.zoneCombo), (self.tr("Longest line:"), self.maxLenSpin),
                              (self.tr("Description:"), self.reasonEdit), (self.tr("Examples:"), self.examplesEdit),
                              (self.tr("Rule ID:"), self.idEdit), ("", self.enabledCheck)):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                form.addRow(caption, widget)
            else:
                form.addRow(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clearRuleButton)
        buttons.addStretch(1)
        buttons.addWidget(self.saveRuleButton)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.addWidget(self.headingLabel)
        lay.addLayout(form)
        lay.addStretch(1)
        lay.addWidget(self.saveStatusLabel)
        lay.addLayout(buttons)

        self.docLabel = QLabel(objectName="liveTestDocLabel", wordWrap=True)
        self.matchCountLabel = QLabel(objectName="matchCountLabel")
        self.matchCountLabel.setAccessibleName(self.tr("Number of matching lines"))
        self.liveTestView = QPlainTextEdit(objectName="liveTestView", readOnly=True)
        self.liveTestView.setAccessibleName(self.tr("Live test on the current document"))
        self.liveTestView.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.liveTestView.setPlaceholderText(self.tr("Select a document in the main window to try the rule on it."))
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(6, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.docLabel, 1)
        top.addWidget(self.matchCountLabel)
        rlay.addLayout(top)
        rlay.addWidget(self.liveTestView, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 560])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

        self.newRulePatternEdit.textChanged.connect(self._schedule)
        self.maxLenSpin.valueChanged.connect(self._schedule)
        self.actionCombo.currentIndexChanged.connect(self._action_changed)
        self._show_document()

    def _combo(self, name: str, words: dict[str, str], keys: tuple[str, ...], accessible: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        for key in keys:
            combo.addItem(words.get(key, key), key)
            combo.setItemData(combo.count() - 1, key, Qt.ToolTipRole)
        combo.setAccessibleName(accessible)
        return combo

    def _action_changed(self) -> None:
        self.replacementEdit.setEnabled(self.actionCombo.currentData() == "replace")

    # --- what the main window and the dialog give it --------------------------------------
    def set_document(self, text: str, name: str = "") -> None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text == self.text and name == self.doc_name:
            return
        self.text, self.doc_name = text, name
        self._show_document()

    def _show_document(self) -> None:
        self.liveTestView.setPlainText(self.text)
        self.docLabel.setText(self.tr("Live test on: %1").replace("%1", self.doc_name) if self.doc_name
                              else self.tr("Live test: no document selected"))
        self.preview = None
        self._schedule()

    def set_user_packs(self, packs: list[RulePack], select: str | None = None) -> None:
        """The packs a rule can be saved into (the user's own), and a "new pack" entry."""
        current = select if select is not None else self.packCombo.currentData()
        self.packs = list(packs)
        self.packCombo.blockSignals(True)
        self.packCombo.clear()
        for pack in self.packs:
            self.packCombo.addItem(f"{pack.name} ({pack.id})", pack.id)
        self.packCombo.addItem(self.tr("New pack “%1”").replace("%1", self.tr("My rules")), NEW_PACK)
        i = self.packCombo.findData(current)
        self.packCombo.setCurrentIndex(i if i >= 0 else 0)
        self.packCombo.blockSignals(False)

    # --- a rule in the form -----------------------------------------------------------------
    def new_rule(self, pack_id: str | None = None) -> None:
        self.editing = None
        self._fill(None)
        if pack_id is not None:
            self.set_user_packs(self.packs, pack_id)
        self.headingLabel.setText("<b>" + self.tr("New rule") + "</b>")

    def edit_rule(self, pack: RulePack, rule: Rule) -> None:
        self.editing = (pack.id, rule.id)
        self.set_user_packs(self.packs, pack.id)
        self._fill(rule)
        self.headingLabel.setText("<b>" + self.tr("Editing rule %1 of %2").replace("%1", rule.id)
                                  .replace("%2", pack.name) + "</b>")

    def _fill(self, rule: Rule | None) -> None:
        self.newRulePatternEdit.setText(rule.pattern if rule else "")
        self.idEdit.setText(rule.id if rule else "")
        for combo, value in ((self.actionCombo, rule.action if rule else "drop-line"),
                             (self.stepCombo, rule.step if rule else "boilerplate"),
                             (self.zoneCombo, rule.zone if rule else "any")):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.maxLenSpin.setValue(rule.max_len if rule else 0)
        self.replacementEdit.setText(rule.replacement if rule else "")
        self.reasonEdit.setText(rule.reason if rule else "")
        self.examplesEdit.setPlainText(examples_to_text(rule.examples) if rule else "")
        self.enabledCheck.setChecked(rule.enabled if rule else True)
        self._name = rule.name if rule else ""
        self._extra = {"confidence": rule.confidence, "order": rule.order, "timeout": rule.timeout} if rule else {}
        self.saveStatusLabel.clear()
        self._action_changed()

    def _rule_data(self, pack: RulePack | None) -> dict[str, Any] | str:
        """The form as a rule table, or what is wrong with it."""
        pattern = self.newRulePatternEdit.text()
        if not pattern.strip():
            return self.tr("Type a pattern first.")
        reason = self.reasonEdit.text().strip()
        if not reason:
            return self.tr("Describe what the rule removes: the description is shown beside each change.")
        action = self.actionCombo.currentData()
        examples, bad = examples_from_text(self.examplesEdit.toPlainText(), action == "replace")
        if bad:
            return self.tr("Example line %1: write a replace example as input => output").replace("%1", str(bad[0]))
        same = self.editing and pack and self.editing[0] == pack.id
        rule: dict[str, Any] = {"id": self.idEdit.text().strip() or (self.editing[1] if same else free_rule_id(pack))}
        if self._name:
            rule["name"] = self._name
        rule.update(step=self.stepCombo.currentData(), action=action, zone=self.zoneCombo.currentData())
        if self.maxLenSpin.value():
            rule["max_len"] = self.maxLenSpin.value()
        rule["pattern"] = pattern
        if action == "replace":
            rule["replacement"] = self.replacementEdit.text()
        rule["reason"] = reason
        rule.update(self._extra)
        if not self.enabledCheck.isChecked():
            rule["enabled"] = False
        if examples:
            rule["examples"] = examples
        return rule

    def save(self) -> RulePack | None:
        """Check the rule (pattern, examples) and write its pack; errors are shown, never raised."""
        pack_id = self.packCombo.currentData()
        pack = next((p for p in self.packs if p.id == pack_id), None)
        rule = self._rule_data(pack)
        if isinstance(rule, str):
            return self._say(rule, error=True)
        try:
            if pack is None:
                data = new_pack_data(free_pack_id("my-rules"), self.tr("My rules"))
                data["rules"].append(rule)
            else:
                replacing = self.editing[1] if self.editing and self.editing[0] == pack.id else None
                data = with_rule(pack, rule, replacing)
            checked = next(r for r in parse_pack(data).rules if r.id == rule["id"])
            failing = failing_examples(checked)
            if failing:
                ex = failing[0]
                return self._say(self.tr("The example “%1” does not come out as expected.")
                                 .replace("%1", ex.get("input", "")), error=True)
            written = save_pack(data, Path(pack.path) if pack else None)
        except (RuleError, WriterError, OSError) as exc:
            return self._say(str(exc), error=True)
        self.editing = (written.id, rule["id"])
        self.idEdit.setText(rule["id"])
        self._say(self.tr("Saved rule %1 in pack “%2”.").replace("%1", rule["id"]).replace("%2", written.name))
        self.saved.emit(written)
        return written

    def _say(self, text: str, error: bool = False) -> None:
        self.saveStatusLabel.setStyleSheet(f"color: {ERROR_COLOUR}" if error else "")
        self.saveStatusLabel.setText(text)
        return None

    # --- the live test ------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def _run_preview(self) -> None:
        if self.runner.busy:
            self._waiting = True
            return
        self._waiting = False
        pattern = self.newRulePatternEdit.text()
        self._generation += 1
        if not pattern:
            self._show_preview(self._generation, Preview())
            return
        self.runner.run(preview_matches, pattern, self.text, self.maxLenSpin.value(),
                        on_done=lambda p, g=self._generation: self._show_preview(g, p),
                        on_error=lambda msg, g=self._generation: self._show_preview(g, Preview(error=msg)))

    def _show_preview(self, generation: int, preview: Preview) -> None:
        if self._waiting:
            QTimer.singleShot(0, self._run_preview)         # a newer pattern waits: run it now
            return
        if generation != self._generation:
            return
        self.preview = preview
        problem = self._problem(preview)
        self.patternErrorLabel.setText(problem)
        self.patternErrorLabel.setVisible(bool(problem))
        empty = not self.newRulePatternEdit.text() or not self.text
        self.matchCountLabel.setText("" if empty or preview.error else
                                     self.tr("%1 line(s) match").replace("%1", str(preview.count)))
        self._highlight(preview)
        self.previewed.emit(preview)

    def _problem(self, preview: Preview) -> str:
        if preview.error:
            return self.tr("Not a valid pattern: %1").replace("%1", preview.error)
        if preview.timed_out >= 0 and preview.over_budget:
            return self.tr("Stopped at line %1: the pattern is too slow on this document.").replace(
                "%1", str(preview.timed_out + 1))
        if preview.timed_out >= 0:
            return self.tr("Too slow on line %1: when cleaning, a rule that takes this long is switched off "
                           "for the document.").replace("%1", str(preview.timed_out + 1))
        return ""

    def _highlight(self, preview: Preview) -> None:
        pos = utf16_positions(self.text)
        doc = self.liveTestView.document()
        line_fmt = _fmt(LINE_COLOUR, full_width=True)
        match_fmt = _fmt(MATCH_COLOUR)
        selections = []
        for m in preview.matches:
            selections.append(_selection(doc, pos(m.start), pos(m.start), line_fmt))
            selections += [_selection(doc, pos(s), pos(e), match_fmt) for s, e in m.spans]
        self.liveTestView.setExtraSelections(selections)
        if preview.matches:
            cursor = QTextCursor(doc.findBlockByNumber(preview.matches[0].line))
            self.liveTestView.setTextCursor(cursor)
            self.liveTestView.centerCursor()


def _fmt(colour: str, full_width: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colour))
    if full_width:
        fmt.setProperty(QTextFormat.FullWidthSelection, True)
    else:
        fmt.setFontWeight(QFont.Bold)
    return fmt


def _selection(doc, start: int, end: int, fmt) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.KeepAnchor)
    sel.cursor = cursor
    sel.format = fmt
    return sel

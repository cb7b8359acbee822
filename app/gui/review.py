"""The review pane: the original and the cleaned text side by side, every change marked by
kind (with a legend) in both, the panes scrolling together, the list of changes with the
details of the selected one, and the cleaned text editable by hand.

The pane shows a :class:`~app.gui.models.DocEntry` and reports what the user does
(toggles, accepting suggestions, typing, undo/redo keys) through signals; the window
turns those into undoable commands and cleans again. It holds no cleaning logic.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from ..core.document import Edit
from .highlights import Legend, kind_label, selections, swatch
from .models import DocEntry, ReviewItem

TYPING_PAUSE_MS = 400       # typing is one undo step until the user pauses this long
ROLE_ITEM = Qt.UserRole + 10

STEP_NAMES = {
    "mojibake": QT_TRANSLATE_NOOP("ReviewPane", "Mojibake"),
    "normalize": QT_TRANSLATE_NOOP("ReviewPane", "Invisible characters and widths"),
    "extract": QT_TRANSLATE_NOOP("ReviewPane", "Extraction"),
    "boilerplate": QT_TRANSLATE_NOOP("ReviewPane", "Boilerplate"),
    "title": QT_TRANSLATE_NOOP("ReviewPane", "Title"),
    "markers": QT_TRANSLATE_NOOP("ReviewPane", "List markers"),
    "paragraphs": QT_TRANSLATE_NOOP("ReviewPane", "Paragraphs"),
    "placeholders": QT_TRANSLATE_NOOP("ReviewPane", "Placeholders"),
    "typos": QT_TRANSLATE_NOOP("ReviewPane", "Typos"),
    "punctuation": QT_TRANSLATE_NOOP("ReviewPane", "Punctuation"),
    "convert": QT_TRANSLATE_NOOP("ReviewPane", "Script conversion"),
    "layout": QT_TRANSLATE_NOOP("ReviewPane", "Layout"),
}


class CleanedEdit(QPlainTextEdit):
    """The cleaned text: editable by hand; files dragged onto it go to the window, and the
    undo and redo keys undo review steps (toggles and typing alike), not just the typing."""

    undoRequested = Signal()
    redoRequested = Signal()
    clicked = Signal(int)                  # a click placed the cursor here

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(self.textCursor().position())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.Undo):
            self.undoRequested.emit()
        elif event.matches(QKeySequence.Redo):
            self.redoRequested.emit()
        else:
            super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.ignore()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.ignore()
        else:
            super().dropEvent(event)


class ReviewPane(QWidget):
    toggled = Signal(object, bool)          # ReviewItem, on (keep / accept)
    acceptAllRequested = Signal()
    typed = Signal(str)                     # the cleaned text after a pause in typing
    discardRequested = Signal()             # throw the hand edits away
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: DocEntry | None = None
        self._items: list[ReviewItem] = []
        self._busy = False                  # the pane itself is moving the text, a cursor or a list row
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.flush_typing)
        self._dirty = False                 # typed since the last report
        self._build()

    # --- building -----------------------------------------------------------
    def _build(self) -> None:
        self.originalView = QPlainTextEdit(objectName="originalView", readOnly=True)
        self.originalView.setAccessibleName(self.tr("Original text"))
        self.cleanedView = CleanedEdit(objectName="cleanedView")
        self.cleanedView.setAccessibleName(self.tr("Cleaned text"))
        self.cleanedView.setUndoRedoEnabled(False)         # the window's undo stack has the typing
        self.cleanedView.setPlaceholderText(self.tr("Drop files or folders anywhere on this window; "
                                                    "select a file to see its cleaned text here."))
        self.cleanedView.setReadOnly(True)                 # until a document is shown
        self.cleanedView.textChanged.connect(self._on_text_changed)
        self.cleanedView.undoRequested.connect(self.undoRequested)
        self.cleanedView.redoRequested.connect(self.redoRequested)
        self.originalView.cursorPositionChanged.connect(
            lambda: self.show_change_at(self.originalView.textCursor().position(), "original"))
        self.cleanedView.clicked.connect(lambda pos: self.show_change_at(pos, "cleaned"))
        self.originalView.verticalScrollBar().valueChanged.connect(
            lambda _v: self._sync(self.originalView, self.cleanedView))
        self.cleanedView.verticalScrollBar().valueChanged.connect(
            lambda _v: self._sync(self.cleanedView, self.originalView))

        self.legend = Legend()
        self.syncCheck = QCheckBox(self.tr("Scroll together"), objectName="syncScrollCheck", checked=True)
        self.syncCheck.setToolTip(self.tr("Keep the same passage in view in both texts"))
        self.handNote = QLabel(objectName="handEditNote")
        self.handNote.setText(self.tr("Edited by hand: this text is exported as you wrote it. "
                                      "Undo the typing or discard it to review the changes again."))
        self.handNote.setWordWrap(True)
        self.discardButton = QPushButton(self.tr("Discard hand edits"), objectName="discardEditsButton")
        self.discardButton.clicked.connect(self.discardRequested)
        for w in (self.handNote, self.discardButton):
            w.setVisible(False)

        self.changeList = QListWidget(objectName="changeList")
        self.changeList.setAccessibleName(self.tr("Changes"))
        self.changeList.setTextElideMode(Qt.ElideRight)
        self.changeList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.changeList.itemChanged.connect(self._on_item_changed)
        self.changeList.currentItemChanged.connect(self._on_item_selected)
        self.changeList.itemActivated.connect(self._toggle_item)
        self.details = QLabel(objectName="changeDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Details of the selected change"))
        self.details.setText(self.tr("Click a change, in the list or in either text, to see why it was made."))
        self.toggleButton = QPushButton(self.tr("Reject this change"), objectName="toggleChangeButton")
        self.toggleButton.setEnabled(False)
        self.toggleButton.clicked.connect(lambda: self._toggle_item(self.changeList.currentItem()))
        self.acceptAllButton = QPushButton(self.tr("Accept all suggestions"), objectName="acceptAllButton")
        self.acceptAllButton.setEnabled(False)
        self.acceptAllButton.clicked.connect(self.acceptAllRequested)

        texts = QSplitter(Qt.Horizontal)
        texts.addWidget(titled(self.tr("Original"), self.originalView))
        texts.addWidget(titled(self.tr("Cleaned (editable)"), self.cleanedView))
        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.syncCheck)
        top_lay.addLayout(legend_row)
        top_lay.addWidget(texts, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.handNote, 1)
        note_row.addWidget(self.discardButton)
        top_lay.addLayout(note_row)

        bottom = QWidget()
        bottom_lay = QVBoxLayout(bottom)
        bottom_lay.setContentsMargins(0, 0, 0, 0)
        bottom_lay.addWidget(titled(self.tr("Changes (untick to undo)"), self.changeList), 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details, 1)
        column = QVBoxLayout()
        column.addWidget(self.toggleButton)
        column.addWidget(self.acceptAllButton)
        column.addStretch(1)
        buttons.addLayout(column)
        bottom_lay.addLayout(buttons)

        split = QSplitter(Qt.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([460, 260])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    # --- showing ------------------------------------------------------------
    def show_entry(self, entry: DocEntry | None, message: str = "") -> None:
        """Show ``entry`` (its hand-edited text if it has one); ``message`` instead of the
        cleaned text when there is no result (an error, say). Showing the same entry again
        keeps both scroll positions and the selected change."""
        self.flush_typing()
        same = entry is self.entry and entry is not None
        keep = (self.originalView.verticalScrollBar().value(), self.cleanedView.verticalScrollBar().value(),
                self.changeList.verticalScrollBar().value(), self._current_key()) if same else None
        self.entry = entry
        result = entry.result if entry else None
        self._busy = True
        try:
            self.originalView.setPlainText(result.original if result else "")
            hand = entry is not None and entry.hand_text is not None
            text = entry.hand_text if hand else (result.text if result else message)
            if self.cleanedView.toPlainText() != text:
                cursor = self.cleanedView.textCursor().position()
                self.cleanedView.setPlainText(text)
                if same:
                    c = self.cleanedView.textCursor()
                    c.setPosition(min(cursor, len(text)))
                    self.cleanedView.setTextCursor(c)
            self.cleanedView.setReadOnly(result is None)
            self._items = entry.review_items() if result else []
            self._fill_list()
            self._paint(hand)
            self._set_hand_edited(hand)
            if keep:
                self.originalView.verticalScrollBar().setValue(keep[0])
                self.cleanedView.verticalScrollBar().setValue(keep[1])
                self.changeList.verticalScrollBar().setValue(keep[2])
                self._select_key(keep[3])
        finally:
            self._busy = False
        self._show_details(self.changeList.currentItem())

    def _fill_list(self) -> None:
        self.changeList.blockSignals(True)
        self.changeList.clear()
        for i, it in enumerate(self._items):
            item = QListWidgetItem(swatch(it.change.kind), _describe(it))
            item.setData(Qt.UserRole, it.key)
            item.setData(ROLE_ITEM, i)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if it.checked else Qt.Unchecked)
            item.setToolTip(f"{kind_label(it.change.kind)}\n{_describe(it)}")
            self.changeList.addItem(item)
        self.changeList.blockSignals(False)
        waiting = sum(1 for it in self._items if it.role == "suggestion")
        self.acceptAllButton.setEnabled(waiting > 0)
        self.acceptAllButton.setText(self.tr("Accept all suggestions (%1)").replace("%1", str(waiting))
                                     if waiting else self.tr("Accept all suggestions"))

    def _paint(self, hand: bool) -> None:
        changes = [it.change for it in self._items]
        counts: dict[str, int] = {}
        for c in changes:
            if c.state != "rejected":
                counts[c.kind] = counts.get(c.kind, 0) + 1
        self.legend.set_counts(counts)
        self.originalView.setExtraSelections(selections(self.originalView, changes, "original"))
        self.cleanedView.setExtraSelections([] if hand else selections(self.cleanedView, changes, "cleaned"))

    def _set_hand_edited(self, hand: bool) -> None:
        self.handNote.setVisible(hand)
        self.discardButton.setVisible(hand)
        self.changeList.setEnabled(not hand)
        self.acceptAllButton.setEnabled(not hand and self.acceptAllButton.isEnabled())
        self.toggleButton.setEnabled(not hand and self.changeList.currentItem() is not None)

    # --- the change list ------------------------------------------------------
    def item_for(self, it: ReviewItem) -> QListWidgetItem | None:
        for row in range(self.changeList.count()):
            if self.changeList.item(row).data(Qt.UserRole) == it.key:
                return self.changeList.item(row)
        return None

    def _current_key(self) -> str | None:
        item = self.changeList.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _select_key(self, key: str | None) -> None:
        for row in range(self.changeList.count()):
            if self.changeList.item(row).data(Qt.UserRole) == key:
                self.changeList.setCurrentRow(row)
                return

    def _review_item(self, item: QListWidgetItem | None) -> ReviewItem | None:
        if item is None:
            return None
        i = item.data(ROLE_ITEM)
        return self._items[i] if isinstance(i, int) and 0 <= i < len(self._items) else None

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        it = self._review_item(item)
        if it is None or self.entry is None:
            return
        # compare with what the document holds now: quick toggles outrun the cleaner's answers
        on_now = it.key not in self.entry.rejected if it.role == "edit" else it.key in self.entry.accepted
        if (item.checkState() == Qt.Checked) != on_now:
            self.toggled.emit(it, item.checkState() == Qt.Checked)

    def _toggle_item(self, item: QListWidgetItem | None) -> None:
        """The button, Enter or a double click: the change's tick flips."""
        if item is not None and self.changeList.isEnabled():
            item.setCheckState(Qt.Unchecked if item.checkState() == Qt.Checked else Qt.Checked)

    def _on_item_selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        self._show_details(item)
        it = self._review_item(item)
        if it is None or self._busy:
            return
        self._busy = True
        try:
            _reveal(self.originalView, it.change.original)
            if self.entry is not None and self.entry.hand_text is None:
                _reveal(self.cleanedView, it.change.cleaned)
        finally:
            self._busy = False

    def _show_details(self, item: QListWidgetItem | None) -> None:
        it = self._review_item(item)
        self.toggleButton.setEnabled(it is not None and self.changeList.isEnabled())
        if it is None:
            return
        c = it.change
        src = c.edit if c.edit is not None else _suggestion_edit(c.suggestion)
        step = QCoreApplication.translate("ReviewPane", STEP_NAMES[src.step]) if src.step in STEP_NAMES else src.step
        state = {"applied": self.tr("applied"), "rejected": self.tr("rejected"),
                 "suggested": self.tr("suggested, not applied")}[c.state]
        what = (self.tr("removed 「%1」").replace("%1", _clip(src.old)) if not src.new
                else "「%1」 → 「%2」".replace("%1", _clip(src.old)).replace("%2", _clip(src.new)))
        self.details.setText(
            f"<b>{html.escape(kind_label(c.kind))}</b> · {html.escape(state)}<br>"
            + self.tr("Step: %1 · rule: %2 · confidence %3 · line %4").replace("%1", html.escape(step))
            .replace("%2", html.escape(src.rule)).replace("%3", f"{src.confidence:.2f}").replace("%4", str(src.line))
            + f"<br>{html.escape(what)}<br>" + self.tr("Why: %1").replace("%1", html.escape(src.reason)))
        if it.role == "edit":
            self.toggleButton.setText(self.tr("Reject this change") if it.checked else self.tr("Apply this change"))
        else:
            self.toggleButton.setText(self.tr("Withdraw this suggestion") if it.checked
                                      else self.tr("Accept this suggestion"))

    # --- clicking in the texts, scrolling together --------------------------------
    def show_change_at(self, pos: int, side: str) -> None:
        """A click at ``pos`` of one text (``side``): select the change there, if any."""
        if self._busy or self.entry is None or self.entry.result is None:
            return
        if side == "cleaned" and self.entry.hand_text is not None:
            return
        m = self.entry.edit_map()
        hit = m.at_original(pos) if side == "original" else m.at_cleaned(pos)
        if hit is None:
            return
        self._busy = True
        try:
            for row, it in enumerate(self._items):
                if it.change is hit:
                    self.changeList.setCurrentRow(row)
                    self.changeList.scrollToItem(self.changeList.item(row))
                    break
        finally:
            self._busy = False
        self._show_details(self.changeList.currentItem())

    def _sync(self, source: QPlainTextEdit, target: QPlainTextEdit) -> None:
        """Scroll ``target`` to the passage at the top of ``source``."""
        if self._busy or not self.syncCheck.isChecked() or self.entry is None or self.entry.result is None:
            return
        if self.entry.hand_text is not None:
            return
        m = self.entry.edit_map()
        top = source.cursorForPosition(QPoint(2, 2)).position()
        pos = m.to_cleaned(top) if source is self.originalView else m.to_original(top)
        doc = target.document()
        block = doc.findBlock(min(pos, max(0, doc.characterCount() - 1)))
        if not block.isValid():
            return
        line = block.firstLineNumber()
        layout = block.layout()
        if layout is not None:
            within = layout.lineForTextPosition(pos - block.position())
            if within.isValid():
                line += within.lineNumber()
        self._busy = True
        try:
            target.verticalScrollBar().setValue(line)
        finally:
            self._busy = False

    # --- typing -----------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if not self._busy and self.entry is not None and self.entry.result is not None:
            self._dirty = True
            self._typing.start()

    def flush_typing(self) -> None:
        """Report the typing so far (before anything else changes the text)."""
        if not self._dirty:
            return
        self._dirty = False
        self._typing.stop()
        entry = self.entry
        if entry is None or entry.result is None:
            return
        text = self.cleanedView.toPlainText()
        shown = entry.hand_text if entry.hand_text is not None else entry.result.text
        if text != shown:
            self.typed.emit(text)

    def hand_edited_now(self) -> None:
        """The typing became a hand edit: marks no longer fit the text."""
        self._busy = True
        try:
            self.cleanedView.setExtraSelections([])
            self._set_hand_edited(True)
        finally:
            self._busy = False


def titled(title: str, widget: QWidget) -> QWidget:
    """``widget`` under a bold title that is its buddy (its mnemonic focuses the widget)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{html.escape(title)}</b>")
    label.setBuddy(widget)
    lay.addWidget(label)
    lay.addWidget(widget)
    return box


def _suggestion_edit(s: dict) -> Edit:
    return Edit("typos", str(s.get("rule", "")), str(s.get("reason", "")), float(s.get("confidence", 0)),
                int(s["start"]), int(s["end"]), str(s["old"]), str(s["new"]), line=int(s.get("line", 0)))


def _describe(it: ReviewItem) -> str:
    c = it.change
    if c.suggestion is not None:
        return QCoreApplication.translate("ReviewPane", "Suggestion: %1").replace("%1", _suggestion_edit(c.suggestion).describe())
    return c.edit.describe()


def _clip(s: str, n: int = 60) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


def _reveal(view: QPlainTextEdit, span: tuple[int, int]) -> None:
    """Select ``span`` in ``view`` and scroll it into the middle."""
    end = view.document().characterCount() - 1
    a, b = min(span[0], end), min(span[1], end)
    cursor = QTextCursor(view.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)
    view.centerCursor()


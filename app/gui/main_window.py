"""The main window: drop files and folders, see each cleaned text beside its original
with every change listed (untick one to undo it), and export everything.

No cleaning logic lives here: loading, cleaning and exporting are calls into
``app.core`` run by :class:`~app.gui.workers.TaskRunner` off the GUI thread.
"""
from __future__ import annotations

import gc
import threading
from concurrent.futures import Future
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (QAction, QActionGroup, QDesktopServices, QGuiApplication, QIcon, QKeySequence,
                           QUndoGroup, QUndoStack)
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel,
                               QLineEdit, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QSplitter, QStyle,
                               QToolButton, QVBoxLayout, QWidget, QMenu)

from ..core.batch import InputItem, Job, clean_path, collect_inputs, plan_jobs, run_job
from ..core.config import CleanConfig, OutputConfig
from ..core.paths import cache_dir
from .filelist import FilePane
from .models import CLEANING, DONE, ERROR, DocEntry, FileListModel
from .options import OptionsPanel, load_options, save_options
from .paste import clipboard_content, save_pasted
from .recent import RecentMenu
from .review import ReviewPane, titled
from .review_undo import AcceptSuggestions, HandEdit, ToggleChange
from .rules_dialog import RulesDialog, saved_disabled_packs
from .workers import TaskRunner, warm_up_core

FORMATS = ("txt", "md", "json", "docx")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16")
DOCX_STYLES = ("official", "plain")
REST_DELAY_MS = 500        # after an option change, the other documents wait this long at most


class MainWindow(QMainWindow):
    exportFinished = Signal(int, int)            # written, failed
    _exportProgress = Signal(int, int)           # done, total (from the export thread)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Qinggao"))
        self.setAcceptDrops(True)
        self.config = CleanConfig(disabled_packs=saved_disabled_packs())
        self.rulesDialog: RulesDialog | None = None
        self.runner = TaskRunner(self)
        self.model = FileListModel(self)
        self._cancel = threading.Event()
        self._exporting = False
        self._shown: DocEntry | None = None
        self._warming = False                  # the selected document's worker started and loading
        self._jobs: dict[int, Future] = {}     # id(entry) -> its latest clean, until it is done
        self._rest: list[DocEntry] = []        # to clean again once the selected document is back …
        self._waiting_for: DocEntry | None = None      # … which is this one
        self._pasted = 0
        self._build()
        self._restore()
        self._exportProgress.connect(self._on_export_progress)
        self.runner.idle.connect(self._warm_up)
        # what is alive now (modules, bindings, anything loaded before) lives as long as the app:
        # keep it out of the collector's full passes, which would otherwise stall the event loop
        gc.freeze()

    # --- building -------------------------------------------------------------
    def _build(self) -> None:
        self.files = FilePane(self.model)
        self.fileList, self.fileFilterEdit = self.files.view, self.files.filterEdit    # view rows ≠ model rows
        self.fileList.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.optionsPanel = OptionsPanel(self.config, self)
        self.optionsPanel.optionsChanged.connect(self._on_options)
        self.optionsPanel.message.connect(self.statusBar().showMessage)
        self.addDockWidget(Qt.RightDockWidgetArea, self.optionsPanel)
        self._actions()

        self.review = ReviewPane(self)
        self.originalView, self.cleanedView = self.review.originalView, self.review.cleanedView
        self.changeList = self.review.changeList
        self.review.toggled.connect(self._on_toggled)
        self.review.acceptAllRequested.connect(self._accept_all)
        self.review.typed.connect(self._on_typed)
        self.review.discardRequested.connect(self._discard_hand_edits)
        self.review.undoRequested.connect(self.undo)
        self.review.redoRequested.connect(self.redo)

        main = QSplitter(Qt.Horizontal)
        main.addWidget(titled(self.tr("Files"), self.files))
        main.addWidget(self.review)
        main.setSizes([220, 980])
        main.setStretchFactor(1, 1)          # a wider or narrower window widens or narrows the review

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(main, 1)
        layout.addLayout(self._export_bar())
        self.setCentralWidget(central)
        for style, act in self.paragraphActions.items():
            act.toggled.connect(lambda on, s=style: on and self._on_paragraph_style(s))
        self.optionsPanel.paragraphStyleChanged.connect(self._on_paragraph_style)
        self.statusBar().showMessage(self.tr("Drop files or folders here, or use File > Add files…"))

    def _export_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.outputDirEdit = QLineEdit(objectName="outputDirEdit")
        self.outputDirEdit.setPlaceholderText(self.tr("Output folder"))
        self.outputDirEdit.setAccessibleName(self.tr("Output folder"))
        browse = QToolButton(objectName="browseButton", text="…")
        browse.setToolTip(self.tr("Choose the output folder"))
        browse.clicked.connect(self._browse)
        self.formatCombo = QComboBox(objectName="formatCombo")
        self.formatCombo.addItems(FORMATS)
        self.formatCombo.setAccessibleName(self.tr("Format"))
        self.encodingCombo = QComboBox(objectName="encodingCombo")
        self.encodingCombo.addItems(ENCODINGS)
        self.encodingCombo.setAccessibleName(self.tr("Text encoding"))
        self.encodingCombo.setToolTip(self.tr("Encoding of text, Markdown and JSON files"))
        self.docxStyleCombo = QComboBox(objectName="docxStyleCombo")
        for style, label in zip(DOCX_STYLES, (self.tr("Official document (GB/T 9704)"), self.tr("Plain"))):
            self.docxStyleCombo.addItem(label, style)
        self.docxStyleCombo.setAccessibleName(self.tr("DOCX layout"))
        self.nameEdit = QLineEdit("{stem}", objectName="nameEdit")
        self.nameEdit.setAccessibleName(self.tr("File name template"))
        self.nameEdit.setToolTip(self.tr("File names: {stem} {title} {site} {date} {index}"))
        self.nameEdit.setMaximumWidth(140)
        self.moreButton = self._more_options()
        self.exportButton = QPushButton(self.tr("Export all"), objectName="exportButton")
        self.exportButton.setAccessibleName(self.tr("Export all"))
        self.exportButton.clicked.connect(self.export_all)
        self.exportProgress = QProgressBar(objectName="exportProgress")
        self.exportProgress.setVisible(False)
        self.cancelButton = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        self.cancelButton.setVisible(False)
        self.cancelButton.clicked.connect(self._cancel.set)
        self.openFolderButton = QPushButton(self.style().standardIcon(QStyle.SP_DirOpenIcon), self.tr("Open folder"),
                                            objectName="openFolderButton")
        self.openFolderButton.setToolTip(self.tr("Show the exported files in the file manager"))
        self.openFolderButton.setVisible(False)
        self.openFolderButton.clicked.connect(self.open_output_folder)
        label = QLabel(self.tr("Output folder:"))
        label.setBuddy(self.outputDirEdit)
        for w in (label, self.outputDirEdit, browse, QLabel(self.tr("Format:")), self.formatCombo,
                  self.docxStyleCombo, self.encodingCombo, QLabel(self.tr("Name:")), self.nameEdit, self.moreButton,
                  self.exportButton, self.exportProgress, self.cancelButton, self.openFolderButton):
            bar.addWidget(w, 1 if w is self.outputDirEdit else 0)
        return bar

    def _more_options(self) -> QToolButton:
        """Less used output options in a menu: paragraph style, line ends, front matter."""
        button = QToolButton(objectName="moreButton", text=self.tr("More"))
        button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(button)
        self.paragraphActions = {}
        group = QActionGroup(menu)
        for style, label in (("line", self.tr("One paragraph a line")), ("blank", self.tr("Blank line between paragraphs")),
                             ("indent", self.tr("Indent paragraphs by two characters"))):
            act = QAction(label, menu, checkable=True, checked=style == "line")
            group.addAction(act)
            menu.addAction(act)
            self.paragraphActions[style] = act
        menu.addSeparator()
        self.crlfAction = QAction(self.tr("Windows line ends (CRLF)"), menu, checkable=True)
        self.frontMatterAction = QAction(self.tr("Markdown front matter (title, source, site, date)"), menu,
                                         checkable=True)
        menu.addAction(self.crlfAction)
        menu.addAction(self.frontMatterAction)
        button.setMenu(menu)
        button.setAccessibleName(self.tr("More output options"))
        return button

    def _paragraph_style(self) -> str:
        return next((k for k, a in self.paragraphActions.items() if a.isChecked()), "line")

    def _actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("mainToolBar")
        tools.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        icon = self.style().standardIcon
        self.recentMenu = RecentMenu(menu)
        self.recentMenu.openRequested.connect(lambda path: self.add_paths([path]))
        self.recentMenu.skipped.connect(lambda n: self.statusBar().showMessage(
            self.tr("%1 recent file(s) or folder(s) no longer exist: not listed").replace("%1", str(n))))
        for text, key, pixmap, slot, name in (
                (self.tr("Add &files…"), QKeySequence.Open, QStyle.SP_FileIcon, self._add_files, "add"),
                (self.tr("Add f&older…"), QKeySequence("Ctrl+Shift+O"), QStyle.SP_DirIcon, self._add_folder, "folder"),
                (self.tr("&Paste as new document"), QKeySequence.Paste, QStyle.SP_FileIcon, self.paste,
                 "paste"),
                (self.tr("&Export all"), QKeySequence("Ctrl+E"), QStyle.SP_DialogSaveButton, self.export_all, "export")):
            act = QAction(icon(pixmap), text, self, shortcut=key, triggered=slot)
            act.setToolTip(f"{act.text().replace('&', '')} ({QKeySequence(key).toString(QKeySequence.NativeText)})")
            if name == "paste":
                act.setIcon(QIcon.fromTheme("edit-paste", act.icon()))
                self.pasteAction = act
            if name == "export":
                menu.addMenu(self.recentMenu)
                menu.addSeparator()
            menu.addAction(act)
            tools.addAction(act)
        menu.addSeparator()
        menu.addAction(QAction(self.tr("&Quit"), self, shortcut=QKeySequence.Quit, triggered=self.close))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undoGroup = QUndoGroup(self)
        self.undoAction = QAction(icon(QStyle.SP_ArrowBack), self.tr("&Undo"), self, objectName="undoAction",
                                  shortcut=QKeySequence.Undo, triggered=self.undo, enabled=False)
        self.redoAction = QAction(icon(QStyle.SP_ArrowForward), self.tr("&Redo"), self, objectName="redoAction",
                                  shortcut=QKeySequence.Redo, triggered=self.redo, enabled=False)
        self.undoGroup.canUndoChanged.connect(self.undoAction.setEnabled)
        self.undoGroup.canRedoChanged.connect(self.redoAction.setEnabled)
        self.undoGroup.undoTextChanged.connect(lambda t: self.undoAction.setToolTip(
            self.tr("Undo: %1").replace("%1", t) if t else self.tr("Undo")))
        self.undoGroup.redoTextChanged.connect(lambda t: self.redoAction.setToolTip(
            self.tr("Redo: %1").replace("%1", t) if t else self.tr("Redo")))
        edit.addAction(self.undoAction)
        edit.addAction(self.redoAction)
        tools.addSeparator()
        tools.addAction(self.undoAction)
        tools.addAction(self.redoAction)
        view = self.menuBar().addMenu(self.tr("&View"))
        toggle = self.optionsPanel.toggleViewAction()
        toggle.setText(self.tr("&Options panel"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+P"))
        toggle.setToolTip(self.tr("Show or hide the cleaning options (%1)").replace(
            "%1", toggle.shortcut().toString(QKeySequence.NativeText)))
        toggle.setIcon(icon(QStyle.SP_FileDialogDetailedView))
        view.addAction(toggle)
        tools.addAction(toggle)
        find = QAction(self.tr("&Filter files"), self, shortcut=QKeySequence.Find,
                       triggered=lambda: (self.fileFilterEdit.setFocus(), self.fileFilterEdit.selectAll()))
        view.addAction(find)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.rulesAction = QAction(self.tr("&Rules…"), self, objectName="rulesAction",
                                   shortcut=QKeySequence("Ctrl+R"), triggered=self.open_rules)
        tools_menu.addAction(self.rulesAction)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&About Qinggao"), self, triggered=self._about))

    # --- input ----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def _add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"), "",
                                                self.tr("Pages (*.txt *.html *.htm *.mhtml *.mht);;All files (*)"))
        if files:
            self.add_paths([Path(f) for f in files])

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add folder"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Find the documents under ``paths`` (in the background) and clean each."""
        self.recentMenu.remember(paths)
        self.statusBar().showMessage(self.tr("Looking for documents…"))
        self.runner.run(collect_inputs, paths, on_done=self._on_found, on_error=self._on_task_error)

    def _on_found(self, found) -> None:
        added = [e for e in (self.model.add(item.path, item.rel_dir) for item in found.items) if e]
        for entry in added:
            self._clean(entry)
        msg = self.tr("Added %1 document(s)").replace("%1", str(len(added)))
        if found.skipped:
            msg += self.tr("; skipped %1 unsupported file(s)").replace("%1", str(len(found.skipped)))
        if found.errors:
            path, why = found.errors[0]
            msg += self.tr("; %1 path(s) could not be read (%2)").replace("%1", str(len(found.errors))).replace(
                "%2", f"{path.name}: {why}")
        self.statusBar().showMessage(msg)
        if added and not self.fileList.currentIndex().isValid():
            self.files.select(added[0])

    def paste(self) -> None:
        """The clipboard's HTML (or else its plain text) as a new document. Ctrl+V in a
        text box pastes into that box instead: the box takes the shortcut first."""
        content = clipboard_content(QGuiApplication.clipboard().mimeData())
        if content is None:
            self.statusBar().showMessage(self.tr("Nothing to paste: the clipboard holds no text"))
            return
        kind, text = content
        prefix = self.tr("Pasted")                 # the file's name: 粘贴-20261128-153012.html
        stem = f"{prefix}-{datetime.now():%Y%m%d-%H%M%S}"
        try:
            path = save_pasted(text, kind, cache_dir() / "pasted", stem)
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Could not keep the pasted text: %1").replace("%1", str(exc)))
            return
        entry = self.model.add(path)
        self._pasted += 1
        entry.label = self.tr("Pasted text %1").replace("%1", str(self._pasted))
        self._clean(entry)
        self.files.select(entry)
        self.statusBar().showMessage(self.tr("Pasted as a new document"))

    # --- cleaning -------------------------------------------------------------
    def _on_options(self, options: dict) -> None:
        """An option changed: every document is cleaned again. The selected one goes first,
        alone, so it has the processor to itself; the rest follow when it is back (or after
        REST_DELAY_MS, if it takes longer). Until then they show as cleaning, and an answer
        still on its way for them (made with the old options) is dropped."""
        self.config = self.config.with_(**options)
        save_options(QSettings(), options)
        current = self._current()
        self._rest = [e for e in self.model.entries if e is not current]
        if current is None:
            self._clean_rest()
            return
        self._clean(current)
        self._waiting_for = current
        for entry in self._rest:
            self._invalidate(entry)
        QTimer.singleShot(REST_DELAY_MS, self._clean_rest)

    def _clean_rest(self) -> None:
        rest, self._rest, self._waiting_for = self._rest, [], None
        for entry in rest:
            self._clean(entry)

    def _invalidate(self, entry: DocEntry) -> None:
        entry.status = CLEANING
        entry.generation += 1
        self.model.changed(entry)
        stale = self._jobs.pop(id(entry), None)
        if stale is not None:
            stale.cancel()

    def _warm_up(self) -> None:
        """Start the selected document's worker and load the cleaner in it, once the first
        documents are cleaned (not while the other workers want the processor)."""
        if self.model.entries and not self._warming:
            self._warming = True
            self.runner.run_in_process(warm_up_core, on_done=lambda _r: None, first=True)

    def _clean(self, entry: DocEntry) -> None:
        """Clean (again) in a worker process; only the newest request's answer is kept. The
        selected document goes to a worker of its own, so it never waits behind the rest;
        an older request for the same document that has not started yet is dropped."""
        self._invalidate(entry)
        future = self.runner.run_in_process(
            clean_path, entry.path, entry.config(self.config), first=entry is self._current(),
            on_done=lambda result, e=entry, g=entry.generation: self._on_cleaned(e, g, result),
            on_error=lambda text, e=entry, g=entry.generation: self._on_clean_failed(e, g, text))
        if future is not None:
            self._jobs[id(entry)] = future

    def _on_cleaned(self, entry: DocEntry, generation: int, result) -> None:
        if generation != entry.generation:
            return
        self._jobs.pop(id(entry), None)
        entry.status, entry.result, entry.error = DONE, result, ""
        self.model.changed(entry)
        if self._current() is entry:
            self._show(self.model.row_of(entry))
            self.optionsPanel.set_contexts(result.meta.get("placeholders", {}))
        if entry is self._waiting_for:
            self._clean_rest()

    def _on_clean_failed(self, entry: DocEntry, generation: int, text: str) -> None:
        if generation != entry.generation:
            return
        self._jobs.pop(id(entry), None)
        if entry is self._waiting_for:
            self._clean_rest()
        entry.status, entry.error = ERROR, text.split("\n")[0].split(": ", 1)[-1]
        self.model.changed(entry)
        if self._current() is entry:
            self._show(self.model.row_of(entry))

    def _on_task_error(self, text: str) -> None:
        self.statusBar().showMessage(text.split("\n")[0])

    # --- review ---------------------------------------------------------------
    def _current(self) -> DocEntry | None:
        return self.files.current()

    def _on_current_changed(self, current, _previous) -> None:
        self.review.flush_typing()                  # typing belongs to the document it was typed in
        entry = self.files.entry_at(current)
        self.undoGroup.setActiveStack(self._history(entry) if entry else None)
        self._show(self.files.model_row(current))
        self.optionsPanel.set_contexts(entry.result.meta.get("placeholders", {}) if entry and entry.result else {})

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.entries):
            return
        entry = self.model.entry(row)
        self.review.show_entry(entry, entry.error if entry.status == ERROR else "")

    def _show_entry(self, entry: DocEntry) -> None:
        """After a hand edit is undone or redone: its row, and the pane when it is shown."""
        if entry is self._current():
            self._show(self.model.row_of(entry))
        self.model.changed(entry)

    def _history(self, entry: DocEntry) -> QUndoStack:
        """The document's own undo stack (undo works per document, like tabs in an editor)."""
        if entry.history is None:
            entry.history = QUndoStack(self.undoGroup)
        return entry.history

    def _on_toggled(self, item, on: bool) -> None:
        entry = self._current()
        if entry is not None:
            self._history(entry).push(ToggleChange(entry, item, on, self._clean))

    def _accept_all(self) -> None:
        entry = self._current()
        if entry is None or entry.result is None or not entry.result.suggestions:
            return
        self._history(entry).push(AcceptSuggestions(entry, list(entry.result.suggestions), self._clean))

    def _on_typed(self, text: str) -> None:
        entry = self._current()
        if entry is None:
            return
        self._history(entry).push(HandEdit(entry, entry.hand_text, text, self._show_entry))
        self.review.hand_edited_now()
        self.model.changed(entry)

    def _discard_hand_edits(self) -> None:
        entry = self._current()
        if entry is not None and entry.hand_text is not None:
            self.review.flush_typing()
            self._history(entry).push(HandEdit(entry, entry.hand_text, None, self._show_entry, typing=False))

    def undo(self) -> None:
        self.review.flush_typing()
        self.undoGroup.undo()

    def redo(self) -> None:
        self.review.flush_typing()
        self.undoGroup.redo()

    # --- rules ----------------------------------------------------------------
    def open_rules(self) -> None:
        """Tools > Rules…: the rule-pack manager, fed the current document and the batch."""
        if self.rulesDialog is None:
            self.rulesDialog = RulesDialog(self.config.disabled_packs, self)
            self.rulesDialog.rulesChanged.connect(self._on_rules_changed)
            self.rulesDialog.set_batch_source(
                lambda: [(e.path.name, e.result.text) for e in self.model.entries if e.result])
            self.fileList.selectionModel().currentRowChanged.connect(self._feed_rules_dialog)
            self.model.dataChanged.connect(self._feed_rules_dialog)
        self._feed_rules_dialog()
        self.rulesDialog.show()
        self.rulesDialog.raise_()
        self.rulesDialog.activateWindow()

    def _feed_rules_dialog(self, *_args) -> None:
        entry = self._current()
        if self.rulesDialog is not None and entry is not None and entry.result is not None:
            self.rulesDialog.set_document(entry.result.original, entry.path.name)

    def _on_rules_changed(self, disabled: frozenset[str]) -> None:
        self.config = self.config.with_(disabled_packs=frozenset(disabled))
        for entry in self.model.entries:
            self._clean(entry)

    # --- export ---------------------------------------------------------------
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.outputDirEdit.text())
        if folder:
            self.outputDirEdit.setText(folder)

    def export_all(self) -> None:
        outdir = self.outputDirEdit.text().strip()
        if not outdir:
            self.statusBar().showMessage(self.tr("Choose an output folder first"))
            self.outputDirEdit.setFocus()
            return
        if self._exporting:
            return
        QSettings().setValue("export/folder", outdir)
        try:
            out = OutputConfig(format=self.formatCombo.currentText(), encoding=self.encodingCombo.currentText(),
                               docx_style=self.docxStyleCombo.currentData(), name=self.nameEdit.text().strip() or "{stem}",
                               newline="crlf" if self.crlfAction.isChecked() else "lf",
                               paragraph_style=self._paragraph_style(),
                               front_matter=self.frontMatterAction.isChecked())
        except ValueError as exc:
            self.statusBar().showMessage(str(exc))
            return
        jobs = self._plan_export(Path(outdir), out)
        self._cancel.clear()
        self._exporting = True
        self.exportButton.setEnabled(False)
        self.exportProgress.setRange(0, max(1, len(jobs)))
        self.exportProgress.setValue(0)
        self.exportProgress.setVisible(True)
        self.cancelButton.setVisible(True)
        self.openFolderButton.setVisible(False)
        self._exported_to = Path(outdir)
        self.runner.run(self._export_jobs, jobs, on_done=self._on_exported, on_error=self._on_task_error)

    def _plan_export(self, outdir: Path, out: OutputConfig) -> list[Job]:
        """One job per cleaned document, each with that document's own rejected edits."""
        entries = [e for e in self.model.entries if e.status != ERROR]
        jobs = plan_jobs([InputItem(e.path, e.rel_dir) for e in entries], outdir, self.config, out)
        return [replace(job, config=e.config(self.config), text=e.hand_text) for job, e in zip(jobs, entries)]

    def _export_jobs(self, jobs: list[Job]) -> tuple[int, int, int, str]:
        """Runs in the pool: one file after another, stopping at once when cancelled."""
        written = failed = 0
        first_error = ""
        for i, job in enumerate(jobs):
            if self._cancel.is_set():
                break
            fr = self.runner.processes.submit(run_job, job).result()   # the work runs in a process
            if fr.ok:
                written += 1
            else:
                failed += 1
                first_error = first_error or f"{job.item.path.name}: {fr.error}"
            self._exportProgress.emit(i + 1, len(jobs))
        return written, failed, len(jobs), first_error

    def _on_export_progress(self, done: int, total: int) -> None:
        self.exportProgress.setValue(done)

    def _on_exported(self, summary: tuple[int, int, int, str]) -> None:
        written, failed, total, first_error = summary
        self._exporting = False
        self.exportButton.setEnabled(True)
        self.cancelButton.setVisible(False)
        cancelled = self._cancel.is_set() and written + failed < total
        if cancelled:
            msg = self.tr("Export cancelled: %1 of %2 file(s) written").replace("%1", str(written))
            msg = msg.replace("%2", str(total))
        else:
            msg = self.tr("Exported %1 file(s), %2 failed").replace("%1", str(written)).replace("%2", str(failed))
        if failed:
            msg += self.tr(" (first failure: %1)").replace("%1", first_error)
        self.statusBar().showMessage(msg)
        self.lastExportSummary = msg
        self.openFolderButton.setVisible(written > 0)
        self.exportFinished.emit(written, failed)

    def open_output_folder(self) -> None:
        """The folder the last export wrote to, in the desktop's file manager."""
        folder = getattr(self, "_exported_to", None) or Path(self.outputDirEdit.text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- settings -------------------------------------------------------------
    def _restore(self) -> None:
        s = QSettings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.outputDirEdit.setText(str(s.value("export/folder", "")))
        fmt = str(s.value("export/format", "txt"))
        if fmt in FORMATS:
            self.formatCombo.setCurrentText(fmt)
        style = str(s.value("export/paragraph_style", "line"))
        if style in self.paragraphActions:
            self.paragraphActions[style].setChecked(True)
        self.config = self.config.with_(**load_options(s))
        self.optionsPanel.set_options(self.config)

    def _on_paragraph_style(self, style: str) -> None:
        """The export's paragraph style, from the options panel or the More menu: both show it."""
        if not self.paragraphActions[style].isChecked():
            self.paragraphActions[style].setChecked(True)
        self.optionsPanel.set_paragraph_style(style)
        QSettings().setValue("export/paragraph_style", style)

    def closeEvent(self, event) -> None:  # noqa: N802
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        options = self.optionsPanel.options()     # a change made just before closing is kept
        if options is not None:
            save_options(s, options)
        s.setValue("export/folder", self.outputDirEdit.text())
        s.setValue("export/format", self.formatCombo.currentText())
        self._cancel.set()
        self.runner.shutdown()
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Qinggao"),
                          self.tr("Qinggao turns scraped Chinese web pages into clean manuscripts, "
                                  "and shows every change it makes and why."))

"""The file list as the user sees it: a filter box over the table, which sorts by a
click on a column header. The table shows the model through a QSortFilterProxyModel, so
a *view* row is not a *model* row: map through :meth:`FilePane.entry_at` and
:meth:`FilePane.select` rather than using row numbers directly."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from .models import FILTER_ROLE, SORT_ROLE, DocEntry, FileListModel

# columns as shown, left to right, with their widths: what a reviewer needs first comes first
SHOWN = (("status", 56), ("title", 200), ("site", 100), ("changes", 56), ("warnings", 56),
         ("encoding", 110), ("file", 150))


class FilePane(QWidget):
    def __init__(self, model: FileListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)

        self.filterEdit = QLineEdit(objectName="fileFilterEdit")
        find = QKeySequence(QKeySequence.Find).toString(QKeySequence.NativeText)
        self.filterEdit.setPlaceholderText(self.tr("Filter by title, file or site (%1)").replace("%1", find))
        self.filterEdit.setAccessibleName(self.tr("Filter files"))
        self.filterEdit.setToolTip(self.tr("Show only the documents whose title, file name or site "
                                           "contains this text (%1)").replace("%1", find))
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.textChanged.connect(self._filter)

        self.view = QTableView(objectName="fileList")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.ElideRight)
        self.view.setAccessibleName(self.tr("Files"))
        header = self.view.horizontalHeader()
        # fixed, interactive widths: "resize to contents" re-measures every row on every
        # change, which stalls the event loop once there are hundreds of files
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        for visual, (name, width) in enumerate(SHOWN):
            column = model.COLUMNS.index(name)
            header.resizeSection(column, width)
            header.moveSection(header.visualIndex(column), visual)
        header.setToolTip(self.tr("Click a column title to sort by it; click again to reverse"))
        # no sort until the user asks for one: the rows stay in the order they were added
        header.setSortIndicator(-1, Qt.AscendingOrder)
        header.setSortIndicatorClearable(True)
        self.view.setSortingEnabled(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filterEdit)
        lay.addWidget(self.view)

    # --- view rows <-> entries ----------------------------------------------------
    def model_row(self, index: QModelIndex) -> int:
        """The model row of a view index; -1 for none."""
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def entry_at(self, index: QModelIndex) -> DocEntry | None:
        row = self.model_row(index)
        return self.model.entry(row) if 0 <= row < len(self.model.entries) else None

    def current(self) -> DocEntry | None:
        return self.entry_at(self.view.currentIndex())

    def select(self, entry: DocEntry) -> bool:
        """Select ``entry``'s row; False when the filter hides it."""
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(entry), 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        return True

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        current = self.view.currentIndex()
        if current.isValid():
            self.view.selectRow(current.row())       # the current row may have lost its selection
        elif self.proxy.rowCount():
            self.view.selectRow(0)

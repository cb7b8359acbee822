"""File > Open Recent: the last ten files and folders added, newest first, kept in
QSettings. Paths that no longer exist are left out of the menu (and reported); they stay
in the list, since a disk that is not mounted now may be back tomorrow."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

KEY = "recent/paths"
LIMIT = 10


def recent_paths(settings: QSettings | None = None) -> list[str]:
    settings = settings or QSettings()
    try:
        paths = json.loads(str(settings.value(KEY, "[]")))
    except ValueError:
        return []
    return [p for p in paths if isinstance(p, str)] if isinstance(paths, list) else []


class RecentMenu(QMenu):
    openRequested = Signal(object)          # a Path that exists
    skipped = Signal(int)                   # how many listed paths no longer exist

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recentMenu")
        self.setTitle(self.tr("Open &Recent"))
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.rebuild)
        self.rebuild(report=False)

    def remember(self, paths: list[Path]) -> None:
        """Put ``paths`` at the top of the list (once each) and keep the newest ten."""
        new = [str(Path(p).absolute()) for p in paths]
        merged = list(dict.fromkeys(new[::-1] + recent_paths()))[:LIMIT]
        QSettings().setValue(KEY, json.dumps(merged, ensure_ascii=False))
        self.rebuild(report=False)

    def clear_list(self) -> None:
        QSettings().remove(KEY)
        self.rebuild(report=False)

    def rebuild(self, report: bool = True) -> None:
        self.clear()
        shown = missing = 0
        for path in recent_paths():
            p = Path(path)
            if not p.exists():
                missing += 1
                continue
            shown += 1
            act = QAction(f"&{shown % 10} {p.name or path}", self)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.setData(path)
            act.triggered.connect(lambda _checked=False, p=p: self._open(p))
            self.addAction(act)
        if not shown:
            empty = QAction(self.tr("No recent files"), self, enabled=False)
            self.addAction(empty)
        self.addSeparator()
        self.clearAction = QAction(self.tr("&Clear list"), self, triggered=self.clear_list,
                                   enabled=bool(shown or missing))
        self.addAction(self.clearAction)
        if missing and report:
            self.skipped.emit(missing)

    def _open(self, path: Path) -> None:
        if path.exists():
            self.openRequested.emit(path)
        else:
            self.skipped.emit(1)

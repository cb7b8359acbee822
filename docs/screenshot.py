"""Screenshots of the main window for the README, taken on a real (virtual) screen.

    Xvfb :99 -screen 0 1400x900x24 &  DISPLAY=:99 python docs/screenshot.py

Needs a CJK font (Debian: fonts-noto-cjk). Loads a few of the test fixture pages,
selects one and saves docs/screenshot-main.png.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    from PySide6.QtCore import QTimer
    from app.gui.app import make_app
    from app.gui.main_window import MainWindow
    app = make_app([])
    window = MainWindow()
    window.resize(1360, 820)
    window.show()
    pages = REPO / "tests" / "pages" / "text"
    window.add_paths([pages / n for n in ("essay_02.txt", "wenku_01.txt", "wechat_01.txt", "news_03.txt",
                                          "doc360_02.txt", "generic_01.txt")])
    window.outputDirEdit.setText(str(Path.home() / "清稿输出"))

    def shoot() -> None:
        if window.runner.busy:
            QTimer.singleShot(200, shoot)
            return
        row = next(i for i, e in enumerate(window.model.entries) if e.path.name == "essay_02.txt")
        window.fileList.selectRow(row)
        window.fileList.resizeColumnsToContents()
        app.processEvents()
        QTimer.singleShot(300, lambda: (window.grab().save(str(REPO / "docs" / "screenshot-main.png")), app.quit()))

    QTimer.singleShot(500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

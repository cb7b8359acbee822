"""Starting the desktop app: QApplication, the translation (Simplified Chinese unless
the user chose English), light or dark as the system is, and the main window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def ui_language() -> str:
    """"zh_CN" by default; "en" when QINGGAO_LANG=en or the setting ui/language says so."""
    from PySide6.QtCore import QSettings
    env = os.environ.get("QINGGAO_LANG")
    if env:
        return env
    return str(QSettings().value("ui/language", "zh_CN"))


def install_translation(app) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator
    lang = ui_language()
    if lang.startswith("en"):
        return
    for name, folder in ((f"qinggao_{lang}", I18N),
                         (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)


def make_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Qinggao")
    app.setOrganizationName("Qinggao")
    app.setApplicationDisplayName("清稿 Qinggao")
    install_translation(app)
    from .theme import follow_system
    follow_system(app)
    return app


def run_gui(argv: list[str] | None = None, paths: list[Path] | None = None) -> int:
    from .preflight import problem
    why = problem()
    if why:
        print(why, file=sys.stderr)
        return 2
    app = make_app(argv)
    window = open_window(paths or [])         # held here: a window nobody holds is deleted
    code = app.exec()
    del window
    return code


def open_window(paths: list[Path]):
    """The main window, shown, with ``paths`` (files or folders) loaded as if dropped on it."""
    from .main_window import MainWindow
    window = MainWindow()
    window.show()
    if paths:
        window.add_paths(paths)
    return window

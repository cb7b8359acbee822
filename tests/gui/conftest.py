"""GUI tests run offscreen, with their own settings folder, in Simplified Chinese."""
from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication
    return QApplication


@pytest.fixture(scope="session", autouse=True)
def _app_setup(qapp):
    from PySide6.QtCore import QSettings
    from app.gui.app import install_translation
    qapp.setOrganizationName("QinggaoTest")
    qapp.setApplicationName("QinggaoTest")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp(prefix="qinggao-qsettings-"))
    install_translation(qapp)
    yield


@pytest.fixture(autouse=True)
def _fresh_settings(monkeypatch, tmp_path):
    """Every test starts from default settings (options, recent files, window state) and
    pastes into its own cache folder."""
    from PySide6.QtCore import QSettings
    QSettings().clear()
    monkeypatch.setenv("QINGGAO_CACHE_DIR", str(tmp_path / "cache"))
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot):
    from app.gui.main_window import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w

"""The options panel, pasting, recent files, the file list's filter and sorting, and dark
mode — driven as a user would, on the saved pages under tests/pages."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

PAGES = Path(__file__).resolve().parents[1] / "pages" / "html"


def _load(qtbot, window, tmp_path, *names: str) -> dict[str, object]:
    """Copy the pages into a folder, add it, wait until all are cleaned; entries by stem."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(PAGES / f"{name}.html", folder / f"{name}.html")
    window.add_paths([folder])
    qtbot.waitUntil(lambda: len(window.model.entries) == len(names), timeout=10000)
    _wait_idle(qtbot, window)
    return {e.path.stem: e for e in window.model.entries}


def _wait_idle(qtbot, window, timeout=30000):
    qtbot.waitUntil(lambda: not window.runner.busy and all(
        e.status in ("done", "error") for e in window.model.entries), timeout=timeout)


def _choose(qtbot, window, combo, value) -> None:
    """Pick ``value`` in a combo box of the panel and wait for the (debounced) change."""
    with qtbot.waitSignal(window.optionsPanel.optionsChanged, timeout=2000):
        combo.setCurrentIndex(combo.findData(value))


def _tr(text: str, n: object = None) -> str:
    out = QCoreApplication.translate("MainWindow", text)
    return out.replace("%1", str(n)) if n is not None else out


# --- the options panel -------------------------------------------------------------
def test_an_option_recleans_the_selected_document_first_and_the_rest_behind(qtbot, window, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(24):                                         # a batch for the other workers
        shutil.copy(PAGES / "essay_03.html", folder / f"essay_03-{i:02}.html")
    docs = _load(qtbot, window, tmp_path, "essay_06", "essay_03")
    window.add_paths([folder])
    qtbot.waitUntil(lambda: len(window.model.entries) == 26, timeout=10000)
    _wait_idle(qtbot, window, timeout=60000)
    speech, other = docs["essay_06"], docs["essay_03"]
    assert window.files.select(speech)
    assert "××市" in window.cleanedView.toPlainText() and "（一）" in window.cleanedView.toPlainText()
    assert "," not in other.result.text                       # typed in half-width, made full width

    before = other.generation
    _choose(qtbot, window, window.optionsPanel.placeholderCombo, "某")
    assert window.config.placeholder == "某"
    assert other.generation > before and other.status == "cleaning"     # all are on their way …
    qtbot.waitUntil(lambda: speech.status == "done", timeout=10000)
    # … and the selected one, in a worker of its own, is back before the batch
    assert sum(e.status == "cleaning" for e in window.model.entries) > 5
    assert "某市" in window.cleanedView.toPlainText() and "××" not in window.cleanedView.toPlainText()
    assert speech.result.text == window.cleanedView.toPlainText()
    _wait_idle(qtbot, window, timeout=60000)

    with qtbot.waitSignal(window.optionsPanel.optionsChanged, timeout=2000):
        window.optionsPanel.stepChecks["punctuation"].setChecked(False)
    assert "punctuation" not in window.config.steps
    qtbot.waitUntil(lambda: "(一)" in window.cleanedView.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: other.status == "done" and "," in other.result.text, timeout=60000)

    _choose(qtbot, window, window.optionsPanel.convertCombo, "s2t")
    qtbot.waitUntil(lambda: "會議" in window.cleanedView.toPlainText(), timeout=10000)
    assert "会议" not in window.cleanedView.toPlainText()
    _wait_idle(qtbot, window, timeout=60000)
    assert "會" in other.result.text or "講" in other.result.text


def test_quick_changes_make_one_clean(qtbot, window, tmp_path, monkeypatch):
    docs = _load(qtbot, window, tmp_path, "essay_06", "news_02")
    window.files.select(docs["essay_06"])
    cleans = []
    submit = window.runner.run_in_process
    monkeypatch.setattr(window.runner, "run_in_process",
                        lambda fn, *a, **kw: (cleans.append(a[0].name), submit(fn, *a, **kw))[1])
    seen = []
    window.optionsPanel.optionsChanged.connect(seen.append)
    combo = window.optionsPanel.convertCombo
    for i in range(combo.count()):                  # arrowing down through every conversion
        combo.setCurrentIndex(i)
    combo.setCurrentIndex(combo.findData("t2s"))
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    _wait_idle(qtbot, window)
    assert len(seen) == 1 and seen[0]["convert"] == "t2s"
    assert sorted(cleans) == ["essay_06.html", "news_02.html"]       # one clean each, the selected first
    assert cleans[0] == "essay_06.html"


def test_fill_ins_show_the_documents_placeholders(qtbot, window, tmp_path):
    docs = _load(qtbot, window, tmp_path, "essay_06", "wenku_02")
    window.files.select(docs["essay_06"])
    table = window.optionsPanel.fillTable
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert sorted(keys) == ["××同", "××市"]
    row = keys.index("××市")
    with qtbot.waitSignal(window.optionsPanel.optionsChanged, timeout=2000):
        table.item(row, 1).setText("乐山市")
    assert window.config.fills == (("××市", "乐山市"),)
    qtbot.waitUntil(lambda: "乐山市安全生产标准化" in window.cleanedView.toPlainText(), timeout=10000)
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "××市" in keys and table.item(keys.index("××市"), 1).text() == "乐山市"   # filled: still listed
    window.files.select(docs["wenku_02"])                 # another page, its own placeholders
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "××县" in keys and "××市" in keys
    window.optionsPanel.fillEdit.setText("**县=平安县")     # typed by hand, asterisks and all
    with qtbot.waitSignal(window.optionsPanel.optionsChanged, timeout=2000):
        qtbot.keyClick(window.optionsPanel.fillEdit, Qt.Key_Return)
    assert ("××县", "平安县") in window.config.fills
    qtbot.waitUntil(lambda: "平安县" in window.cleanedView.toPlainText(), timeout=10000)
    _wait_idle(qtbot, window)


def test_options_survive_a_new_window(qtbot, window, tmp_path):
    from app.gui.main_window import MainWindow
    panel = window.optionsPanel
    with qtbot.waitSignal(panel.optionsChanged, timeout=2000):
        panel.typosCombo.setCurrentIndex(panel.typosCombo.findData("all"))
        panel.convertCombo.setCurrentIndex(panel.convertCombo.findData("tw2sp"))
        panel.stepChecks["markers"].setChecked(False)
        panel.keepLinesCheck.setChecked(True)
        panel.placeholderCombo.setCurrentIndex(panel.placeholderCombo.findData("custom"))
        panel.customMarkEdit.setText("○")
    panel.fillEdit.setText("××市=乐山市")
    with qtbot.waitSignal(panel.optionsChanged, timeout=2000):
        panel.fillEdit.returnPressed.emit()
    window.paragraphActions["blank"].setChecked(True)      # the export bar's menu …
    assert panel.paragraphCombo.currentData() == "blank"  # … and the panel show the same style
    saved = window.config
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    c = again.config
    assert (c.typos, c.convert, c.keep_lines, c.placeholder, c.fills) == ("all", "tw2sp", True, "○", (("××市", "乐山市"),))
    assert "markers" not in c.steps and c.steps == saved.steps
    assert again.optionsPanel.customMarkEdit.text() == "○" and not again.optionsPanel.stepChecks["markers"].isChecked()
    assert again.paragraphActions["blank"].isChecked() and again.optionsPanel.paragraph_style() == "blank"
    again.optionsPanel.paragraphCombo.setCurrentIndex(2)
    assert again._paragraph_style() == "indent"


def test_bad_stored_options_fall_back_to_defaults(qtbot):
    from PySide6.QtCore import QSettings
    from app.core.config import CleanConfig
    from app.gui.main_window import MainWindow
    s = QSettings()
    s.setValue("clean/convert", '"klingon"')
    s.setValue("clean/typos", "not json")
    s.setValue("clean/fills", '[["no cross", "x"]]')
    s.setValue("clean/placeholder", '"某"')
    w = MainWindow()
    qtbot.addWidget(w)
    assert (w.config.convert, w.config.typos, w.config.fills) == (CleanConfig().convert, "auto", ())
    assert w.config.placeholder == "某"


# --- paste --------------------------------------------------------------------------
def test_paste_html_and_plain_text(qtbot, window):
    clipboard = QGuiApplication.clipboard()
    mime = QMimeData()
    mime.setHtml("<meta charset='utf-8'><div class='nav'>首页 | 新闻</div><h1>社区开展垃圾分类宣传活动</h1>"
                 "<p>为进一步提高居民垃圾分类意识,近日,幸福里社区组织志愿者走进小区,开展宣传活动。</p>")
    mime.setText("plain flavour is not used when there is HTML")
    clipboard.setMimeData(mime)
    window.pasteAction.trigger()
    qtbot.waitUntil(lambda: len(window.model.entries) == 1 and window.model.entries[0].status == "done",
                    timeout=20000)
    entry = window.model.entries[0]
    assert entry.path.suffix == ".html" and entry.path.parent.name == "pasted"
    assert entry.title == "社区开展垃圾分类宣传活动"
    qtbot.waitUntil(lambda: window.cleanedView.toPlainText().startswith("社区开展垃圾分类宣传活动\n"))
    assert "意识，近日，" in window.cleanedView.toPlainText()

    clipboard.setText("今天天气很好,我们去公园散步,看到很多人在锻炼身体。\n")
    window.pasteAction.trigger()
    second = window.model.entries[1]
    assert second.path.suffix == ".txt"
    qtbot.waitUntil(lambda: second.status == "done", timeout=20000)
    assert second.title == _tr("Pasted text %1", 2)           # no title in the text: "Pasted text 2"
    title = window.model.data(window.model.index(1, window.model.COLUMNS.index("title")))
    assert title == second.title
    assert window._current() is second
    assert window.cleanedView.toPlainText() == "今天天气很好，我们去公园散步，看到很多人在锻炼身体。\n"

    clipboard.clear()
    window.pasteAction.trigger()
    assert len(window.model.entries) == 2


def test_ctrl_v_pastes_into_a_text_box_and_elsewhere_adds_a_document(qtbot, window):
    QGuiApplication.clipboard().setText("剪贴板里的一段话,内容完整。")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nameEdit.setFocus()
    window.nameEdit.clear()
    qtbot.keyClick(window.nameEdit, Qt.Key_V, Qt.ControlModifier)
    assert window.nameEdit.text() == "剪贴板里的一段话,内容完整。"
    assert window.model.entries == []
    window.fileList.setFocus()
    qtbot.keyClick(window.fileList, Qt.Key_V, Qt.ControlModifier)
    qtbot.waitUntil(lambda: len(window.model.entries) == 1)
    _wait_idle(qtbot, window)


# --- recent files -------------------------------------------------------------------
def test_recent_files_list_and_reopen(qtbot, window, tmp_path):
    from app.gui.main_window import MainWindow
    page = tmp_path / "one.html"
    shutil.copy(PAGES / "news_02.html", page)
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(PAGES / "essay_06.html", folder / "essay_06.html")
    gone = tmp_path / "gone.txt"
    gone.write_text("不久就删掉", encoding="utf-8")
    window.add_paths([gone])
    window.add_paths([page, folder])
    qtbot.waitUntil(lambda: len(window.model.entries) == 3, timeout=10000)
    _wait_idle(qtbot, window)
    gone.unlink()

    again = MainWindow()
    qtbot.addWidget(again)
    menu = again.recentMenu
    with qtbot.waitSignal(menu.skipped) as skipped:
        menu.aboutToShow.emit()
    assert skipped.args == [1]
    assert "1" in again.statusBar().currentMessage()
    listed = [a.data() for a in menu.actions() if a.data()]
    assert listed == [str(folder), str(page)]                  # newest first; the deleted file is skipped
    next(a for a in menu.actions() if a.data() == str(page)).trigger()
    qtbot.waitUntil(lambda: len(again.model.entries) == 1, timeout=10000)
    assert again.model.entries[0].path == page
    _wait_idle(qtbot, again)

    menu.clearAction.trigger()
    assert [a.data() for a in menu.actions() if a.data()] == []


def test_recent_list_keeps_ten(qtbot, window, tmp_path):
    paths = []
    for i in range(12):
        p = tmp_path / f"p{i}.txt"
        p.write_text(f"第{i}篇\n正文。", encoding="utf-8")
        paths.append(p)
        window.recentMenu.remember([p])
    listed = [a.data() for a in window.recentMenu.actions() if a.data()]
    assert listed == [str(p) for p in reversed(paths)][:10]


# --- the file list: columns, filter, sort --------------------------------------------
def test_site_and_warnings_columns(qtbot, window, tmp_path):
    docs = _load(qtbot, window, tmp_path, "essay_06", "news_02")
    m = window.model
    row = m.row_of(docs["essay_06"])
    assert m.data(m.index(row, m.COLUMNS.index("site"))) == "公文范文网"
    assert m.data(m.index(row, m.COLUMNS.index("warnings"))) == "2"
    tip = m.data(m.index(row, m.COLUMNS.index("warnings")), Qt.ToolTipRole)
    assert "××市" in tip and "××同" in tip
    news = m.row_of(docs["news_02"])
    tip = m.data(m.index(news, m.COLUMNS.index("warnings")), Qt.ToolTipRole)
    assert "原标题" in tip and re.search(r"提\s*→\s*实", tip)     # a flagged line and a typo suggestion
    assert m.data(m.index(news, m.COLUMNS.index("encoding"))).startswith("utf-8 (")
    header = window.fileList.horizontalHeader()
    assert header.visualIndex(m.COLUMNS.index("site")) == header.visualIndex(m.COLUMNS.index("title")) + 1


def test_filter_narrows_the_list_and_keeps_the_right_document(qtbot, window, tmp_path):
    docs = _load(qtbot, window, tmp_path, "essay_06", "news_02", "wechat_01", "generic_02")
    proxy = window.fileList.model()
    window.files.select(docs["wechat_01"])
    shown = window.cleanedView.toPlainText()
    assert shown == docs["wechat_01"].result.text

    window.fileFilterEdit.setText("新华")                        # by site
    assert proxy.rowCount() == 1
    assert window._current() is docs["news_02"]                 # the only row left is selected …
    assert window.cleanedView.toPlainText() == docs["news_02"].result.text      # … and shown

    window.fileFilterEdit.setText("WECHAT")                      # by file name, any case
    assert proxy.rowCount() == 1 and window._current() is docs["wechat_01"]
    assert window.cleanedView.toPlainText() == docs["wechat_01"].result.text

    window.fileFilterEdit.setText("安全生产")                    # by title
    assert proxy.rowCount() == 1 and window._current() is docs["essay_06"]

    window.fileFilterEdit.clear()
    assert proxy.rowCount() == 4 and window._current() is docs["essay_06"]
    window.fileList.selectRow(3)                                 # a view row is mapped to its document
    entry = window.model.entry(proxy.mapToSource(proxy.index(3, 0)).row())
    assert window._current() is entry and window.cleanedView.toPlainText() == entry.result.text


def test_sorting_by_title_keeps_the_selection(qtbot, window, tmp_path):
    docs = _load(qtbot, window, tmp_path, "essay_06", "news_02", "wechat_01", "generic_02")
    proxy = window.fileList.model()
    chosen = docs["news_02"]
    window.files.select(chosen)
    text = window.cleanedView.toPlainText()
    header = window.fileList.horizontalHeader()
    title_col = window.model.COLUMNS.index("title")
    x = header.sectionViewportPosition(title_col) + 5
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, 5))
    titles = [proxy.data(proxy.index(r, title_col)) for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    assert window._current() is chosen and window.cleanedView.toPlainText() == text
    assert window.fileList.selectionModel().isRowSelected(window.fileList.currentIndex().row())
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, 5))
    titles = [proxy.data(proxy.index(r, title_col)) for r in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    assert window._current() is chosen

    # an option change re-cleans while sorted: the selection still follows the document
    _choose(qtbot, window, window.optionsPanel.convertCombo, "s2t")
    _wait_idle(qtbot, window)
    assert "外貿" in chosen.result.text
    assert window._current() is chosen


# --- dark mode ----------------------------------------------------------------------
def _luminance(c) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def _contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_dark_scheme_keeps_text_readable(qtbot, window, tmp_path):
    from app.gui import theme
    app = QApplication.instance()
    docs = _load(qtbot, window, tmp_path, "essay_06")
    m = window.model
    row = m.row_of(docs["essay_06"])
    hints = app.styleHints()
    try:
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark)        # honoured where the platform can
        theme.apply_scheme(app, Qt.ColorScheme.Dark)         # what follow_system does on the signal
        pal = app.palette()
        base = pal.color(QPalette.Base)
        assert theme.is_dark() and base.lightness() < 80
        assert _contrast(pal.color(QPalette.Text), base) >= 7
        assert _contrast(pal.color(QPalette.WindowText), pal.color(QPalette.Window)) >= 7
        assert _contrast(pal.color(QPalette.HighlightedText), pal.color(QPalette.Highlight)) >= 3
        for status in ("done", "error", "cleaning"):
            assert _contrast(theme.status_colour(status), base) >= 4.5, status
        shown = m.data(m.index(row, 0), Qt.ForegroundRole)
        assert shown == theme.status_colour("done") and _contrast(shown, base) >= 4.5
        qtbot.waitUntil(lambda: window.cleanedView.palette().color(QPalette.Base) == base)
    finally:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        theme.apply_scheme(app, Qt.ColorScheme.Light)
    base = app.palette().color(QPalette.Base)
    assert not theme.is_dark() and base.lightness() > 200
    for status in ("done", "error", "cleaning"):
        assert _contrast(theme.status_colour(status), base) >= 4.5, status

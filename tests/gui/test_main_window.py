"""The window as a user drives it: drop a folder and a file, wait for the list, read
the cleaned text, untick a change, export, cancel an export, check the files."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

SPEECH = ("欢迎来到某某范文网!\n\n在全市安全生产工作会议上的讲话\n\n时间:2024-03-05 来源:某某范文网\n\n同志们:\n\n"
          "今天召开会议,主要任务是部署**市安全生产工作。我代衰市委讲三点意见,请大家认真抓好落实。\n")
NOTICE = "关于做好春节期间值班工作的通知\n各单位:\n春节将至,请各单位认真做好值班安排,确保节日期间各项工作平稳有序。\n"


def _make_inputs(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "speech.txt").write_text(SPEECH, encoding="utf-8")
    (folder / "sub" / "notice.txt").write_bytes(NOTICE.encode("gbk"))
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    (folder / "broken.html").write_bytes(os.urandom(3000))
    single = tmp_path / "single.txt"
    single.write_text("单独的一篇\n这是单独拖进来的文件，内容完整，一切正常。\n", encoding="utf-8")
    return folder, single


def _drop(target, paths: list[Path]) -> None:
    """Drag ``paths`` over ``target`` (the window or any widget in it) and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # Qt 6 takes a QPoint for drag-enter and a QPointF for the drop; newer bindings no longer convert
    centre = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(centre, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, drop)


def _row(window, name: str) -> int:
    return next(i for i, e in enumerate(window.model.entries) if e.path.name == name)


def _wait_idle(qtbot, window, timeout=20000):
    qtbot.waitUntil(lambda: not window.runner.busy and all(
        e.status in ("done", "error") for e in window.model.entries), timeout=timeout)


def test_speaks_chinese_by_default(window):
    assert window.exportButton.text() == "导出全部"
    assert window.windowTitle() == "清稿 Qinggao"
    headers = [window.model.headerData(i, Qt.Horizontal) for i in range(window.model.columnCount())]
    assert headers == ["状态", "标题", "文件", "编码", "修改数", "来源网站", "提醒"]
    assert window.outputDirEdit.accessibleName() == "输出文件夹"
    assert window.review.syncCheck.text() == "同步滚动" and window.undoAction.text() == "撤销(&U)"


def test_english_when_asked(monkeypatch):
    from PySide6.QtCore import QSettings
    from app.gui.app import ui_language
    monkeypatch.delenv("QINGGAO_LANG", raising=False)
    assert ui_language() == "zh_CN"
    QSettings().setValue("ui/language", "en")
    try:
        assert ui_language() == "en"
    finally:
        QSettings().remove("ui/language")
    monkeypatch.setenv("QINGGAO_LANG", "en")
    assert ui_language() == "en"


def test_drop_on_any_part_of_the_window(qtbot, window, tmp_path):
    folder, single = _make_inputs(tmp_path)
    _drop(window.cleanedView.viewport(), [single])          # a read-only pane passes the drop up
    qtbot.waitUntil(lambda: len(window.model.entries) == 1, timeout=10000)
    _drop(window.fileList.viewport(), [folder])
    qtbot.waitUntil(lambda: len(window.model.entries) == 4, timeout=10000)
    _wait_idle(qtbot, window)


def test_drop_review_toggle_export(qtbot, window, tmp_path):
    folder, single = _make_inputs(tmp_path)
    _drop(window, [folder, single])
    qtbot.waitUntil(lambda: len(window.model.entries) == 4, timeout=10000)
    _wait_idle(qtbot, window)
    assert window.model.rowCount() == 4
    assert "跳过 1 个不支持的文件" in window.statusBar().currentMessage()       # the .png
    notice = window.model.index(_row(window, "notice.txt"), 3)
    assert window.model.data(notice).startswith("gb18030")                   # the GBK file
    _drop(window, [single])                                   # a duplicate is ignored
    qtbot.wait(200)
    _wait_idle(qtbot, window)
    assert len(window.model.entries) == 4

    broken = window.model.entries[_row(window, "broken.html")]
    assert broken.status == "error" and broken.error
    status_text = window.model.data(window.model.index(_row(window, "broken.html"), 0))
    assert status_text.startswith("出错")
    tooltip = window.model.data(window.model.index(_row(window, "broken.html"), 1), Qt.ToolTipRole)
    assert "broken.html" in tooltip and broken.error in tooltip
    assert all(e.status == "done" for e in window.model.entries if e is not broken)

    window.fileList.selectRow(_row(window, "speech.txt"))
    qtbot.waitUntil(lambda: "安全生产工作会议" in window.cleanedView.toPlainText())
    text = window.cleanedView.toPlainText()
    assert text.splitlines()[0] == "在全市安全生产工作会议上的讲话"
    assert "欢迎来到" not in text and "××市" in text and "我代表市委" in text
    assert window.changeList.count() == len(window.model.entries[_row(window, "speech.txt")].result.edits)

    # untick the placeholder change: the asterisks come back
    edits = window.model.entries[_row(window, "speech.txt")].result.edits
    rows = [window.changeList.item(i).text() for i in range(window.changeList.count())]
    assert rows == [e.describe() for e in edits]
    index = next(i for i, t in enumerate(rows) if "placeholders/asterisk" in t)
    window.changeList.item(index).setCheckState(Qt.Unchecked)
    qtbot.waitUntil(lambda: "**市" in window.cleanedView.toPlainText(), timeout=10000)
    assert "我代表市委" in window.cleanedView.toPlainText()
    assert [window.changeList.item(i).text() for i in range(window.changeList.count())] == rows
    assert window.changeList.item(index).checkState() == Qt.Unchecked       # stays where it was
    assert len(window.model.entries[_row(window, "speech.txt")].rejected) == 1
    window.fileList.selectRow(_row(window, "notice.txt"))                  # away and back: remembered
    assert window.cleanedView.toPlainText().startswith("关于做好春节期间值班工作的通知")
    window.fileList.selectRow(_row(window, "speech.txt"))
    assert "**市" in window.cleanedView.toPlainText()
    assert window.changeList.item(index).checkState() == Qt.Unchecked

    out = tmp_path / "out"
    window.outputDirEdit.setText(str(out))
    with qtbot.waitSignal(window.exportFinished, timeout=20000) as blocker:
        qtbot.mouseClick(window.exportButton, Qt.LeftButton)
    assert blocker.args == [3, 0]
    assert window.statusBar().currentMessage() == "已导出 3 个文件，失败 0 个"
    assert window.exportProgress.value() == 3
    speech = (out / "speech.txt").read_text(encoding="utf-8")
    assert "**市" in speech and "我代表市委" in speech            # the user's choice is exported
    assert (out / "sub" / "notice.txt").read_text(encoding="utf-8").startswith("关于做好春节期间值班工作的通知\n")
    assert (out / "single.txt").exists()

    # a second export never overwrites: it writes -2 files
    with qtbot.waitSignal(window.exportFinished, timeout=20000):
        qtbot.mouseClick(window.exportButton, Qt.LeftButton)
    assert (out / "speech-2.txt").exists() and (out / "speech.txt").read_text(encoding="utf-8") == speech
    assert (out / "sub" / "notice-2.txt").exists() and (out / "single-2.txt").exists()


def test_quick_toggles_end_in_the_last_choice(qtbot, window, tmp_path):
    folder, _ = _make_inputs(tmp_path)
    _drop(window, [folder / "speech.txt"])
    qtbot.waitUntil(lambda: len(window.model.entries) == 1, timeout=10000)
    _wait_idle(qtbot, window)
    window.fileList.selectRow(0)
    rows = [window.changeList.item(i).text() for i in range(window.changeList.count())]
    item = next(window.changeList.item(i) for i, t in enumerate(rows) if "placeholders/asterisk" in t)
    for state in (Qt.Unchecked, Qt.Checked, Qt.Unchecked, Qt.Checked):       # faster than the cleaner
        item = next(window.changeList.item(i) for i in range(window.changeList.count())
                    if "placeholders/asterisk" in window.changeList.item(i).text())
        item.setCheckState(state)
    _wait_idle(qtbot, window)
    assert "××市" in window.cleanedView.toPlainText()
    assert window.model.entries[0].rejected == set()
    assert [window.changeList.item(i).text() for i in range(window.changeList.count())] == rows


def test_cancel_an_export(qtbot, window, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"p{i:02}.txt").write_text(NOTICE.replace("春节", f"第{i}个春节") * 30, encoding="utf-8")
    _drop(window, [folder])
    qtbot.waitUntil(lambda: len(window.model.entries) == 40, timeout=10000)
    _wait_idle(qtbot, window, timeout=60000)
    window.outputDirEdit.setText(str(tmp_path / "out"))
    started = time.monotonic()
    with qtbot.waitSignal(window.exportFinished, timeout=20000) as blocker:
        qtbot.mouseClick(window.exportButton, Qt.LeftButton)
        QTimer.singleShot(0, window.cancelButton.click)
    assert time.monotonic() - started < 1.5
    written, failed = blocker.args
    assert written < 40 and failed == 0
    assert "取消" in window.statusBar().currentMessage()
    assert len(list((tmp_path / "out").glob("*.txt"))) == written


def test_event_loop_never_stalls_with_120_files(qtbot, window, tmp_path):
    """While 120 files are found, read and cleaned, the event loop keeps turning:
    the longest gap between two ticks of a 10 ms timer stays under 250 ms."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(120):
        (folder / f"p{i:03}.txt").write_text(SPEECH.replace("安全生产", f"安全生产{i}") * 8, encoding="utf-8")
    gaps = []
    last = [time.monotonic()]

    def tick():
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    window.add_paths([folder])
    qtbot.waitUntil(lambda: len(window.model.entries) == 120 and not window.runner.busy and all(
        e.status == "done" for e in window.model.entries), timeout=120000)
    timer.stop()
    assert len(gaps) > 20
    big = [(i, round(g, 2)) for i, g in enumerate(gaps) if g > 0.1]
    assert max(gaps) < 0.25, f"the event loop stalled for {max(gaps) * 1000:.0f} ms (ticks {big} of {len(gaps)})"


def test_export_bar_offers_docx_encoding_and_naming(qtbot, window, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "speech.txt").write_text(SPEECH, encoding="utf-8")
    window.add_paths([src])
    qtbot.waitUntil(lambda: len(window.model.entries) == 1 and window.model.entries[0].status == "done",
                    timeout=20000)
    out = tmp_path / "out"
    window.outputDirEdit.setText(str(out))
    window.formatCombo.setCurrentText("docx")
    window.nameEdit.setText("{title}")
    with qtbot.waitSignal(window.exportFinished, timeout=30000) as blocker:
        qtbot.mouseClick(window.exportButton, Qt.LeftButton)
    assert blocker.args == [1, 0]
    docx = out / "在全市安全生产工作会议上的讲话.docx"
    assert docx.exists() and docx.read_bytes()[:2] == b"PK"
    window.formatCombo.setCurrentText("txt")
    window.encodingCombo.setCurrentText("gb18030")
    window.nameEdit.setText("{stem}")
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        qtbot.mouseClick(window.exportButton, Qt.LeftButton)
    assert (out / "speech.txt").read_bytes().decode("gb18030").startswith("在全市安全生产工作会议上的讲话\n")


def test_more_output_options(qtbot, window, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "speech.txt").write_text(SPEECH, encoding="utf-8")
    window.add_paths([src])
    qtbot.waitUntil(lambda: len(window.model.entries) == 1 and window.model.entries[0].status == "done",
                    timeout=20000)
    window.outputDirEdit.setText(str(tmp_path / "out"))
    window.paragraphActions["indent"].setChecked(True)
    window.crlfAction.setChecked(True)
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        qtbot.mouseClick(window.exportButton, Qt.LeftButton)
    text = (tmp_path / "out" / "speech.txt").read_bytes().decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == "在全市安全生产工作会议上的讲话" and lines[1].startswith("　　")
    window.formatCombo.setCurrentText("md")
    window.frontMatterAction.setChecked(True)
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        qtbot.mouseClick(window.exportButton, Qt.LeftButton)
    assert (tmp_path / "out" / "speech.md").read_text(encoding="utf-8").startswith("---")


def test_files_named_on_the_command_line_open_in_the_window(qtbot, tmp_path):
    """`qinggao FILE …` (a file manager's "Open with") and `qinggao gui PATH …` load the paths."""
    from app.cli import build_parser, route
    from app.gui.app import open_window
    src = tmp_path / "speech.txt"
    src.write_text(SPEECH, encoding="utf-8")
    assert route([str(src)]) == ["gui", str(src)]
    assert route(["no-such-file.txt"]) == ["no-such-file.txt"]          # argparse will say what is wrong
    args = build_parser().parse_args(route([str(src), str(tmp_path)]))
    assert args.command == "gui" and args.paths == [str(src), str(tmp_path)]
    window = open_window([src])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(window.model.entries) == 1 and window.model.entries[0].status == "done",
                    timeout=20000)
    assert window.isVisible()
    assert "安全生产" in window.model.entries[0].result.text


def test_a_narrow_window_wraps_the_legend_and_keeps_the_file_list(qtbot, window):
    """The legend wraps onto a second line instead of squeezing the file list beside the
    review to nothing (it was 70 px wide in a 930 px window)."""
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.width() == 1400)
    legend = window.review.legend
    one_line = legend.height()
    window.resize(930, 590)
    qtbot.waitUntil(lambda: window.width() == 930)
    QApplication.processEvents()
    assert window.files.width() >= 180
    assert legend.height() > one_line
    for label in legend.labels.values():          # every kind still shown, inside the legend
        assert label.isVisible() and legend.rect().contains(label.geometry())

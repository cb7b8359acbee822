"""The review pane as a reviewer uses it: marks by kind with a legend, clicking a change
to see why, rejecting and accepting, suggestions one by one or all, typing in the
cleaned text, undo and redo, the panes scrolling together, exporting what was reviewed."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication

from app.core.batch import clean_path
from app.gui.highlights import colour

pytestmark = pytest.mark.gui

PAGES = Path(__file__).resolve().parents[1] / "pages" / "text"
SPEECH = ("欢迎来到某某范文网!\n\n在全市安全生产工作会议上的讲话\n\n时间:2024-03-05 来源:某某范文网\n\n同志们:\n\n"
          "今天召开会议,主要任务是部署**市安全生产工作。我代衰市委讲三点意见,请大家认真抓好落实。\n")


def _load(qtbot, window, path: Path):
    window.add_paths([path])
    qtbot.waitUntil(lambda: any(e.path == path for e in window.model.entries), timeout=10000)
    entry = next(e for e in window.model.entries if e.path == path)
    qtbot.waitUntil(lambda: entry.status == "done" and not window.runner.busy, timeout=20000)
    window.files.select(entry)
    qtbot.waitUntil(lambda: window.review.entry is entry and window.cleanedView.toPlainText() == entry.result.text,
                    timeout=10000)
    return entry


def _settle(qtbot, window, entry):
    qtbot.waitUntil(lambda: entry.status == "done" and not window.runner.busy and not window._jobs, timeout=20000)
    qtbot.wait(50)


def _row_of(window, predicate) -> int:
    return next(i for i in range(window.changeList.count()) if predicate(window.changeList.item(i).text()))


def _marks(view) -> list[tuple[int, int, str]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
            for s in view.extraSelections()]


@pytest.fixture
def speech(tmp_path):
    p = tmp_path / "speech.txt"
    p.write_text(SPEECH, encoding="utf-8")
    return p


def test_changes_are_marked_by_kind_in_both_texts_with_a_legend(qtbot, window, speech):
    entry = _load(qtbot, window, speech)
    original, cleaned = entry.result.original, entry.result.text
    orig_marks = _marks(window.originalView)
    # the typo, in the original where it was and in the cleaned text where its fix is
    a = original.index("代衰")
    assert (a, a + 2, colour("typo").name()) in orig_marks
    b = cleaned.index("代表")
    assert (b, b + 2, colour("typo").name()) in _marks(window.cleanedView)
    # the site's greeting is a dropped block: marked in the original only
    g = original.index("欢迎来到")
    assert any(s <= g < e and c == colour("dropped").name() for s, e, c in orig_marks)
    assert all(not (s <= cleaned.find("欢迎") < e) for s, e, _ in _marks(window.cleanedView))
    assert any(c == colour("placeholder").name() for _, _, c in orig_marks)
    # the legend counts each kind
    legend = window.review.legend.labels
    assert legend["typo"].text().endswith("错别字修正 1") and legend["typo"].isEnabled()
    assert legend["dropped"].text().split()[-1] != "0"
    assert not legend["suggestion"].isEnabled()


def test_click_a_change_see_why_reject_it_undo_redo(qtbot, window, speech):
    entry = _load(qtbot, window, speech)
    cleaned = window.cleanedView
    pos = entry.result.text.index("代表") + 1
    rect = cleaned.cursorRect(_cursor_at(cleaned, pos))
    qtbot.mouseClick(cleaned.viewport(), Qt.LeftButton, pos=rect.center())
    details = window.review.details.text()
    assert "错别字" in details and "代衰" in details and "代表" in details and "curated" in details
    assert "typos/curated" in window.changeList.currentItem().text()
    assert window.review.toggleButton.text() == "不采用此处修改"

    qtbot.mouseClick(window.review.toggleButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: "我代衰市委" in cleaned.toPlainText(), timeout=10000)
    _settle(qtbot, window, entry)
    assert len(entry.rejected) == 1
    assert window.changeList.currentItem().checkState() == Qt.Unchecked       # the same change, still selected
    assert window.review.toggleButton.text() == "采用此处修改"
    # a rejected change is still shown, dotted, where it would have been
    a = entry.result.text.index("代衰")
    assert any(s == a for s, _, _ in _marks(cleaned))

    assert window.undoAction.isEnabled()
    window.undoAction.trigger()
    qtbot.waitUntil(lambda: "我代表市委" in cleaned.toPlainText(), timeout=10000)
    _settle(qtbot, window, entry)
    assert entry.rejected == set()
    window.redoAction.trigger()
    qtbot.waitUntil(lambda: "我代衰市委" in cleaned.toPlainText(), timeout=10000)
    _settle(qtbot, window, entry)


def _type_chinese(view, text: str) -> None:
    """Type as a Chinese input method does: it commits the finished characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(view, event)


def _cursor_at(view, pos: int) -> QTextCursor:
    c = QTextCursor(view.document())
    c.setPosition(pos)
    return c


def _page_with_suggestions() -> Path:
    for p in sorted(PAGES.glob("*.txt")):
        if not p.name.endswith(".gold.txt") and clean_path(p).suggestions:
            return p
    raise AssertionError("no fixture page has a typo suggestion any more")


def test_suggestions_accepted_one_by_one_and_all(qtbot, window, tmp_path):
    src = _page_with_suggestions()
    path = tmp_path / src.name
    path.write_bytes(src.read_bytes())
    entry = _load(qtbot, window, path)
    suggestions = list(entry.result.suggestions)
    s = suggestions[0]
    row = _row_of(window, lambda t: t.startswith("建议："))
    item = window.changeList.item(row)
    assert item.checkState() == Qt.Unchecked and f"「{s['old']}」→「{s['new']}」" in item.text()
    assert window.review.acceptAllButton.isEnabled()
    before = entry.result.text
    window.changeList.setCurrentRow(row)
    assert window.review.toggleButton.text() == "采纳此建议"
    qtbot.mouseClick(window.review.toggleButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.cleanedView.toPlainText() != before, timeout=10000)
    _settle(qtbot, window, entry)
    assert s["id"] in entry.accepted and not any(x["id"] == s["id"] for x in entry.result.suggestions)
    accepted_item = window.changeList.item(row)                  # listed where the suggestion was
    assert accepted_item.checkState() == Qt.Checked and "typos/" in accepted_item.text()
    assert any(e.step == "typos" and (e.old, e.new) == (s["old"], s["new"]) for e in entry.result.edits)
    # withdraw it by unticking: the text is as before
    accepted_item.setCheckState(Qt.Unchecked)
    qtbot.waitUntil(lambda: window.cleanedView.toPlainText() == before, timeout=10000)
    _settle(qtbot, window, entry)
    assert entry.accepted == {}
    # all at once, and one undo takes them all back
    qtbot.mouseClick(window.review.acceptAllButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: not entry.result.suggestions and entry.status == "done", timeout=10000)
    _settle(qtbot, window, entry)
    assert set(entry.accepted) == {x["id"] for x in suggestions}
    assert not window.review.acceptAllButton.isEnabled()
    window.undo()
    qtbot.waitUntil(lambda: window.cleanedView.toPlainText() == before, timeout=10000)


def test_typing_in_the_cleaned_text_undo_redo_and_export(qtbot, window, speech, tmp_path):
    entry = _load(qtbot, window, speech)
    cleaned = window.cleanedView
    machine = entry.result.text
    cleaned.setFocus()
    cleaned.moveCursor(QTextCursor.End)
    _type_chinese(cleaned, "补一句")
    qtbot.waitUntil(lambda: entry.hand_text is not None, timeout=3000)
    assert entry.hand_text == machine + "补一句"
    assert not window.changeList.isEnabled() and window.review.handNote.isVisible()
    assert not window.review.toggleButton.isEnabled() and not window.review.acceptAllButton.isEnabled()
    assert cleaned.extraSelections() == []
    # the undo key in the text undoes the typing as one step; redo brings it back
    qtbot.keyClick(cleaned, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: entry.hand_text is None, timeout=3000)
    assert cleaned.toPlainText() == machine and window.changeList.isEnabled()
    window.redo()
    assert entry.hand_text == machine + "补一句" and cleaned.toPlainText() == machine + "补一句"

    out = tmp_path / "out"
    window.outputDirEdit.setText(str(out))
    with qtbot.waitSignal(window.exportFinished, timeout=20000):
        qtbot.mouseClick(window.exportButton, Qt.LeftButton)
    assert (out / "speech.txt").read_text(encoding="utf-8").rstrip("\n").endswith("补一句")
    assert speech.read_text(encoding="utf-8") == SPEECH                      # the input is never touched
    assert window.openFolderButton.isVisible()

    qtbot.mouseClick(window.review.discardButton, Qt.LeftButton)
    assert entry.hand_text is None and cleaned.toPlainText() == machine


def test_the_panes_scroll_together(qtbot, window, tmp_path):
    # a long page whose cleaned text is much shorter than the original: every other line is junk
    lines = []
    for i in range(160):
        lines.append(f"第{i + 1}段正文：今天召开会议，主要任务是部署全市安全生产工作，请大家认真抓好落实。")
        lines.append("相关文章：关于安全生产的讲话稿范文（共5篇） 点击查看更多")
        lines.append("")
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    entry = _load(qtbot, window, path)
    assert len(entry.result.text) < len(entry.result.original) * 0.6
    orig, cleaned = window.originalView, window.cleanedView
    target = entry.result.original.index("第120段正文")
    block = orig.document().findBlock(target)
    orig.verticalScrollBar().setValue(block.firstLineNumber())
    qtbot.wait(50)
    top = cleaned.cursorForPosition(QPoint(2, 2)).block().text()
    assert top.startswith("第120段正文") or top.startswith("第119段正文") or top.startswith("第121段正文")
    # and back the other way
    cleaned.verticalScrollBar().setValue(cleaned.document().findBlock(entry.result.text.index("第40段正文"))
                                         .firstLineNumber())
    qtbot.wait(50)
    assert "第40段正文" in orig.cursorForPosition(QPoint(2, 2)).block().text() or \
        "第39段正文" in orig.cursorForPosition(QPoint(2, 2)).block().text()
    window.review.syncCheck.setChecked(False)
    before = orig.verticalScrollBar().value()
    cleaned.verticalScrollBar().setValue(0)
    assert orig.verticalScrollBar().value() == before


def test_undo_key_sequences_are_the_platforms(window):
    assert window.undoAction.shortcut() == QKeySequence(QKeySequence.Undo)
    assert window.redoAction.shortcut() == QKeySequence(QKeySequence.Redo)

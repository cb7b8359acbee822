"""Tools > Rules… as a user drives it, on fixture pages: set a pack aside and the
documents are cleaned again without it; type a pattern and see the lines it matches;
a broken or catastrophic pattern never hurts; save a rule, import, export and
duplicate packs; accept the lines learned from a batch."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextFormat
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from app.core.readers import read_path
from app.core.rules import builtin_packs, load_pack, user_rules_dir
from app.core.userpacks import same_pack, user_packs

pytestmark = pytest.mark.gui

PAGES = Path(__file__).resolve().parents[1] / "pages" / "text"
GOV_LINE = "主办单位：青澜区人民政府办公室"          # news_05.txt: only the gov pack drops it


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    """Each test has its own config folder (user packs) and no packs set aside."""
    monkeypatch.setenv("QINGGAO_CONFIG_DIR", str(tmp_path / "config"))
    QSettings().remove("rules")
    yield tmp_path / "config"
    QSettings().remove("rules")


def _idle(window) -> bool:
    return not window.runner.busy and all(e.status in ("done", "error") for e in window.model.entries)


def _load(qtbot, window, paths: list[Path]) -> None:
    window.add_paths(paths)
    qtbot.waitUntil(lambda: len(window.model.entries) == len(paths) and _idle(window), timeout=60000)
    window.fileList.selectRow(0)


def _open(qtbot, window):
    window.rulesAction.trigger()
    dialog = window.findChild(QDialog, "rulesDialog")
    qtbot.waitExposed(dialog)
    return dialog


def _click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.LeftButton)


def _select_pack(dialog, pack_id: str) -> None:
    row = dialog.packModel.row_of(pack_id)
    assert row >= 0, pack_id
    dialog.packList.setFocus()
    dialog.packList.setCurrentIndex(dialog.packModel.index(row, 0))


def _type(qtbot, widget, text: str) -> None:
    """Key by key; a Chinese character arrives as an input method commits it (a key
    event carrying its text), since QTest only knows the keys of an ASCII keyboard."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def _type_pattern(qtbot, editor, pattern: str):
    """Clear the pattern, type a new one, and wait for its live test."""
    qtbot.waitUntil(lambda: not editor.runner.busy and not editor._timer.isActive())
    editor.newRulePatternEdit.clear()
    qtbot.waitUntil(lambda: not editor.runner.busy and not editor._timer.isActive())
    with qtbot.waitSignal(editor.previewed, timeout=5000) as blocker:
        _type(qtbot, editor.newRulePatternEdit, pattern)
    return blocker.args[0]


def _highlighted_lines(editor) -> list[int]:
    return [s.cursor.blockNumber() for s in editor.liveTestView.extraSelections()
            if s.format.property(QTextFormat.FullWidthSelection)]


def test_tools_menu_opens_a_non_modal_dialog_listing_every_pack(qtbot, window):
    assert window.rulesAction.shortcut() == QKeySequence("Ctrl+R")
    dialog = _open(qtbot, window)
    assert not dialog.isModal() and dialog.isVisible()
    ids = [r.id for r in dialog.packModel.rows]
    assert ids == [p.id for p in builtin_packs()] and len(ids) == 12
    assert dialog.windowTitle() and dialog.tabs.count() == 3
    for name in ("packList", "ruleList", "newRulePatternEdit", "liveTestView", "matchCountLabel", "learnedList",
                 "importPackButton", "exportPackButton"):
        widget = dialog.findChild(object, name)
        assert widget is not None and widget.accessibleName(), name
    _select_pack(dialog, "news")
    assert dialog.ruleModel.rowCount() == len(next(p for p in builtin_packs() if p.id == "news").rules)
    dialog.ruleList.selectRow(0)
    assert not dialog.editRuleButton.isEnabled()          # built-in packs are read-only


def test_setting_a_pack_aside_cleans_again_and_ticking_it_restores(qtbot, window):
    _load(qtbot, window, [PAGES / "news_05.txt"])
    entry = window.model.entries[0]
    assert GOV_LINE not in entry.result.text
    dialog = _open(qtbot, window)
    _select_pack(dialog, "gov")
    qtbot.keyClick(dialog.packList, Qt.Key_Space)                 # untick "gov"
    assert window.config.disabled_packs == {"gov"}
    qtbot.waitUntil(lambda: _idle(window) and GOV_LINE in entry.result.text, timeout=30000)
    assert json.loads(QSettings().value("rules/disabledPacks")) == ["gov"]
    assert GOV_LINE in window.cleanedView.toPlainText()
    qtbot.keyClick(dialog.packList, Qt.Key_Space)                 # tick it again
    qtbot.waitUntil(lambda: _idle(window) and GOV_LINE not in entry.result.text, timeout=30000)
    assert window.config.disabled_packs == frozenset()


def test_live_test_highlights_the_lines_a_pattern_matches(qtbot, window):
    _load(qtbot, window, [PAGES / "news_05.txt"])
    dialog = _open(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.editor)
    editor = dialog.editor
    original = window.model.entries[0].result.original
    assert editor.liveTestView.toPlainText() == original
    want = [i for i, line in enumerate(original.split("\n")) if line.strip().startswith(("上一篇", "下一篇"))]
    assert len(want) == 2
    preview = _type_pattern(qtbot, editor, "^(?:上一篇|下一篇)")
    assert preview.count == 2 and _highlighted_lines(editor) == want
    assert "2" in editor.matchCountLabel.text() and editor.patternErrorLabel.text() == ""
    spans = [s for s in editor.liveTestView.extraSelections() if s.cursor.hasSelection()]
    assert [s.cursor.selectedText() for s in spans] == ["上一篇", "下一篇"]
    _type_pattern(qtbot, editor, "我区")
    assert editor.preview.count == sum("我区" in line for line in original.split("\n")) > 2


def test_an_invalid_pattern_shows_an_error_and_nothing_breaks(qtbot, window):
    _load(qtbot, window, [PAGES / "news_05.txt"])
    dialog = _open(qtbot, window)
    editor = dialog.editor
    dialog.tabs.setCurrentWidget(editor)
    preview = _type_pattern(qtbot, editor, "(上一篇")
    assert preview.error and editor.patternErrorLabel.text()
    assert editor.liveTestView.extraSelections() == [] and editor.matchCountLabel.text() == ""
    editor.reasonEdit.setText("上一篇链接")
    _click(qtbot, editor.saveRuleButton)                           # refused, with the reason shown
    assert "(上一篇" in editor.saveStatusLabel.text() or "pattern" in editor.saveStatusLabel.text()
    assert user_packs() == []
    _type_pattern(qtbot, editor, "^上一篇")
    assert editor.patternErrorLabel.text() == "" and editor.preview.count == 1


def test_a_catastrophic_pattern_never_stalls_the_window(qtbot, window, tmp_path):
    page = tmp_path / "long.txt"
    page.write_text((PAGES / "news_05.txt").read_text(encoding="utf-8") + "\n" + "a" * 20000 + "!\n",
                    encoding="utf-8")
    _load(qtbot, window, [page])
    dialog = _open(qtbot, window)
    editor = dialog.editor
    dialog.tabs.setCurrentWidget(editor)
    gaps, last = [], [time.monotonic()]

    def tick():
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    started = time.monotonic()
    preview = _type_pattern(qtbot, editor, "(a|aa)+$")
    timer.stop()
    assert time.monotonic() - started < 3
    assert preview.timed_out >= 0 and editor.patternErrorLabel.text()
    assert len(gaps) > 10 and max(gaps) < 1.0, f"the event loop stalled for {max(gaps):.2f} s"


def test_a_saved_rule_is_written_read_back_and_drops_the_line(qtbot, window):
    _load(qtbot, window, [PAGES / "news_05.txt"])
    entry = window.model.entries[0]
    assert "据悉，“春风行动”期间" in entry.result.text
    dialog = _open(qtbot, window)
    editor = dialog.editor
    _click(qtbot, dialog.newRuleButton)
    assert dialog.tabs.currentWidget() is editor and editor.packCombo.currentData() == ""   # a new pack
    assert _type_pattern(qtbot, editor, "^据悉").count == 1
    editor.reasonEdit.setText("本站不要的消息段")
    editor.examplesEdit.setPlainText("据悉，某事\n!某事据悉")
    _click(qtbot, editor.saveRuleButton)
    (saved,) = user_packs()
    assert saved.path.parent == user_rules_dir()
    pack = load_pack(saved.path)
    assert [(r.pattern, r.action, r.reason) for r in pack.rules] == [("^据悉", "drop-line", "本站不要的消息段")]
    assert dialog.packModel.row_of(pack.id) >= 0
    qtbot.waitUntil(lambda: _idle(window) and "据悉" not in entry.result.text, timeout=30000)
    # a second rule goes into the same pack
    editor.new_rule(pack.id)
    _type_pattern(qtbot, editor, "^招聘会现场")
    editor.reasonEdit.setText("第二条")
    _click(qtbot, editor.saveRuleButton)
    assert len(load_pack(saved.path).rules) == 2 and len(user_packs()) == 1


def test_edit_a_duplicated_pack_with_errors_shown_inline(qtbot, window):
    dialog = _open(qtbot, window)
    _select_pack(dialog, "news")
    _click(qtbot, dialog.duplicatePackButton)
    (copy,) = user_packs()
    assert copy.pack.id == "news-copy" and dialog._selected().id == "news-copy"
    assert "news" in window.config.disabled_packs                 # the copy replaces the original
    dialog.ruleList.selectRow(0)
    _click(qtbot, dialog.editRuleButton)
    editor = dialog.editor
    assert editor.newRulePatternEdit.text() == copy.pack.rules[0].pattern
    editor.newRulePatternEdit.setText("来源(")
    _click(qtbot, editor.saveRuleButton)
    assert "bad pattern" in editor.saveStatusLabel.text()
    editor.newRulePatternEdit.setText("^稿源[:：]")                 # its examples no longer hold
    _click(qtbot, editor.saveRuleButton)
    assert "2024-03-05" in editor.saveStatusLabel.text()
    editor.examplesEdit.setPlainText("稿源：青澜发布\n!稿源充足")
    _click(qtbot, editor.saveRuleButton)
    rule = load_pack(copy.path).rules[0]
    assert (rule.id, rule.pattern, rule.max_len) == (copy.pack.rules[0].id, "^稿源[:：]", 100)
    assert len(load_pack(copy.path).rules) == len(copy.pack.rules)
    dialog.tabs.setCurrentIndex(0)
    dialog.ruleList.selectRow(0)
    _click(qtbot, dialog.deleteRuleButton)
    assert len(load_pack(copy.path).rules) == len(copy.pack.rules) - 1


def test_import_refuses_a_broken_pack_and_takes_a_good_one(qtbot, window, tmp_path, monkeypatch):
    warnings, questions = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]) or QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.No)
    chosen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[-1]), "TOML (*.toml)"))
    dialog = _open(qtbot, window)
    bad = tmp_path / "bad.toml"
    bad.write_text('[pack]\nid = "bad"\n[[rules]]\nid = "r"\nstep = "boilerplate"\naction = "drop-line"\n'
                   'pattern = "(["\nreason = "x"\n', encoding="utf-8")
    chosen.append(bad)
    _click(qtbot, dialog.importPackButton)
    assert len(warnings) == 1 and "bad pattern" in warnings[0] and "bad pattern" in dialog.packStatusLabel.text()
    assert user_packs() == []
    good = tmp_path / "site.toml"
    good.write_text('# my site\n[pack]\nid = "site"\nname = "某站"\n[[rules]]\nid = "r"\nstep = "boilerplate"\n'
                    'action = "drop-line"\npattern = "^某站广告$"\nreason = "广告"\n', encoding="utf-8")
    chosen.append(good)
    _click(qtbot, dialog.importPackButton)
    (imported,) = user_packs()
    assert imported.pack.id == "site" and imported.path.read_text(encoding="utf-8") == good.read_text(encoding="utf-8")
    assert dialog._selected().id == "site" and len(warnings) == 1
    good.write_text(good.read_text(encoding="utf-8").replace("某站广告", "某站横幅"), encoding="utf-8")
    _click(qtbot, dialog.importPackButton)                       # same id: asked, and "No" keeps the old one
    assert len(questions) == 1 and "site" in questions[0]
    assert "某站广告" in imported.path.read_text(encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    _click(qtbot, dialog.importPackButton)
    assert "某站横幅" in imported.path.read_text(encoding="utf-8") and len(user_packs()) == 1


def test_export_writes_the_pack(qtbot, window, tmp_path, monkeypatch):
    target = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target[-1]), "TOML (*.toml)"))
    dialog = _open(qtbot, window)
    for pack_id in ("news", "news-copy"):
        if pack_id == "news-copy":
            _select_pack(dialog, "news")
            _click(qtbot, dialog.duplicatePackButton)
        _select_pack(dialog, pack_id)
        target.append(tmp_path / f"{pack_id}-out.toml")
        _click(qtbot, dialog.exportPackButton)
        pack = dialog._selected().pack
        assert same_pack(load_pack(target[-1]), pack)


def test_lines_learned_from_the_batch_are_offered_and_dropped_once_accepted(qtbot, window, tmp_path):
    junk = "关注青澜资讯 获取更多好文"
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("news_01.txt", "news_05.txt", "essay_03.txt", "generic_01.txt"):
        lines = read_path(PAGES / name).text.split("\n")
        where = [i for i, line in enumerate(lines) if len(line) > 40][1]
        lines.insert(where + 1, junk)
        (folder / name).write_text("\n".join(lines), encoding="utf-8")
    _load(qtbot, window, sorted(folder.iterdir()))
    assert all(junk in e.result.text for e in window.model.entries)
    dialog = _open(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.learnedTab)              # learning starts on its own
    qtbot.waitUntil(lambda: dialog.learnedList.count() > 0 and not dialog.runner.busy, timeout=10000)
    items = [dialog.learnedList.item(i) for i in range(dialog.learnedList.count())]
    assert [i.data(Qt.UserRole) for i in items] == [(junk, 4)]
    assert junk in items[0].text() and "4" in items[0].text()
    _click(qtbot, dialog.selectNoneButton)
    assert not dialog.acceptLearnedButton.isEnabled()
    items[0].setCheckState(Qt.Checked)
    _click(qtbot, dialog.acceptLearnedButton)
    (learned,) = user_packs()
    assert learned.pack.id == "learned" and learned.pack.rules[0].matches_line(junk)
    assert dialog.learnedList.count() == 0
    qtbot.waitUntil(lambda: _idle(window) and not any(junk in e.result.text for e in window.model.entries),
                    timeout=60000)

"""Hostile input never costs a file, a crash or a changed byte: the CLI over a folder of
every kind of bad file, the same folder dropped on the window, and the failures that
cannot be staged for real (an unreadable file when the tests run as root, a full disk)
simulated in process."""
from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from app.core.batch import Job, InputItem, run_job
from app.core.config import CleanConfig, OutputConfig
from app.core.readers import ReaderError, read_path
from tests.conftest import run_cli
from tests.reliability.hostile import GOOD, build


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file() and not p.is_symlink() and not p.is_fifo()}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return build(tmp_path_factory.mktemp("downloads"))


def test_cli_cleans_every_good_file_and_names_every_bad_one(hostile, tmp_path):
    before = _digest(hostile)
    proc = run_cli("clean", hostile, "-o", tmp_path / "out", "--jobs", "2")
    assert proc.returncode == 1
    err = proc.stderr
    assert "random.html: cannot tell the encoding" in err
    assert "empty.txt: the file is empty" in err
    assert "image.txt: this is a PNG image" in err
    assert "loop.txt: broken or looping symbolic link" in err
    assert "pipe.txt: not a regular file" in err
    out = tmp_path / "out"
    written = {p.name for p in out.rglob("*.txt")}
    # "nul" is a reserved device name on Windows: its output is renamed
    assert {"good.txt", "page.txt", "gbk.txt", "half-utf8-half-gbk.txt", "truncated.txt", "_nul.txt",
            "deep.txt", "million-lines.txt"} <= written
    assert any(n.startswith("bad") and ":" not in n and "?" not in n for n in written), written
    assert (out / "good.txt").read_text(encoding="utf-8").startswith("关于做好春节期间安全工作的通知\n")
    assert (out / "gbk.txt").read_text(encoding="utf-8") == (out / "good.txt").read_text(encoding="utf-8")
    half = (out / "half-utf8-half-gbk.txt").read_text(encoding="utf-8")
    assert "第一部分是正常的文字" in half and "第二部分却是另一种编码写成的文字" in half
    assert "深层嵌套的正文内容" in (out / "deep.txt").read_text(encoding="utf-8")
    assert "\x00" not in (out / "_nul.txt").read_text(encoding="utf-8")
    assert _digest(hostile) == before, "an input file was changed"
    assert not list(out.rglob(".qinggao-*")), "temporary files left behind"


def test_output_folder_that_cannot_be_made(tmp_path):
    (tmp_path / "good.txt").write_text("标题\n正文，第一段。\n", encoding="utf-8")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    proc = run_cli("clean", tmp_path / "good.txt", "-o", blocker / "out")
    assert proc.returncode == 1 and "good.txt: cannot write" in proc.stderr


def test_full_disk_is_a_clear_error_and_leaves_nothing(tmp_path, monkeypatch):
    src = tmp_path / "good.txt"
    src.write_text("标题\n正文，第一段。\n", encoding="utf-8")

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "fsync", no_space)
    fr = run_job(Job(InputItem(src), tmp_path / "out" / "good.txt", CleanConfig(), OutputConfig()))
    assert not fr.ok and "No space left on device" in fr.error
    assert not list((tmp_path / "out").iterdir())


def test_unreadable_file_is_a_clear_error(tmp_path, monkeypatch):
    src = tmp_path / "secret.txt"
    src.write_text("正文", encoding="utf-8")
    real_open = open

    def deny(path, *a, **k):
        if str(path) == str(src):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *a, **k)
    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(ReaderError, match="permission denied"):
        read_path(src)


@pytest.mark.gui
def test_window_survives_the_same_folder(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication  # noqa: F401 — the qapp fixture made it
    from app.gui.main_window import MainWindow
    folder = build(tmp_path / "downloads", million=False)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.add_paths([folder])
    qtbot.waitUntil(lambda: len(window.model.entries) >= 10 and not window.runner.busy and all(
        e.status in ("done", "error") for e in window.model.entries), timeout=60000)
    status = {e.path.name: e.status for e in window.model.entries}
    assert all(status[name] == "done" for name in GOOD), status
    assert {status[n] for n in ("random.html", "empty.txt", "image.txt")} == {"error"}
    assert window.isVisible()

"""The CLI contract: paths and folders in, mirrored outputs, options, exit codes."""
from __future__ import annotations

import json
import os

from tests.conftest import run_cli

PAGE = ("欢迎来到文驰范文网!\n\n关于加强作风建设的讲话\n\n时间:2024-01-31 来源:文驰范文网\n\n"
        "同志们:\n\n今天,我们召开**市作风建设会议,主要任务是总结经验、部署工作。我代衰市委讲三点意见。\n\n"
        "一、提高认识\n\n作风建设永远在路上,必须以身做则,一以贯之。\n")


def _write(p, text, enc="utf-8"):
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode(enc))
    return p


def test_folder_is_mirrored_and_inputs_untouched(tmp_path):
    src = tmp_path / "in"
    a = _write(src / "a.txt", PAGE)
    b = _write(src / "sub" / "deeper" / "b.txt", PAGE, "gbk")
    _write(src / "notes.docx", "x")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (a, b)}
    proc = run_cli("clean", src, "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    out_a = (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")
    out_b = (tmp_path / "out" / "sub" / "deeper" / "b.txt").read_text(encoding="utf-8")
    assert out_a == out_b
    assert out_a.splitlines()[0] == "关于加强作风建设的讲话"
    assert "××市" in out_a and "我代表市委" in out_a and "以身作则" in out_a and "欢迎" not in out_a
    assert "同志们：" in out_a and not (tmp_path / "out" / "notes.txt").exists()
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (a, b)} == before


def test_never_overwrites_without_being_asked(tmp_path):
    a = _write(tmp_path / "a.txt", PAGE)
    out = tmp_path / "out"
    assert run_cli("clean", a, "-o", out).returncode == 0
    (out / "a.txt").write_text("mine", encoding="utf-8")
    assert run_cli("clean", a, "-o", out).returncode == 0
    assert (out / "a.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "a-2.txt").exists()
    assert run_cli("clean", a, "-o", out, "--overwrite").returncode == 0
    assert (out / "a.txt").read_text(encoding="utf-8") != "mine"
    assert not [p for p in out.iterdir() if p.name.startswith(".qinggao-")], "temporary files left behind"


def test_bad_file_fails_alone_with_exit_1(tmp_path):
    _write(tmp_path / "in" / "good.txt", PAGE)
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(500))
    (tmp_path / "in" / "empty.html").write_bytes(b"")
    proc = run_cli("clean", tmp_path / "in", tmp_path / "missing.txt", "-o", tmp_path / "out")
    assert proc.returncode == 1
    assert "bad.txt: this is a PNG image" in proc.stderr
    assert "empty.html: the file is empty" in proc.stderr
    assert "missing.txt: no such file" in proc.stderr
    assert (tmp_path / "out" / "good.txt").exists()


def test_usage_errors_exit_2(tmp_path):
    a = _write(tmp_path / "a.txt", PAGE)
    assert run_cli("clean", a).returncode == 2                      # no -o
    assert run_cli("clean", a, "-o", tmp_path, "--steps", "nope").returncode == 2
    proc = run_cli("clean", a, "-o", tmp_path, "--name", "{author}")
    assert proc.returncode == 2 and "unknown field {author}" in proc.stderr


def test_keep_lines_and_steps_typos_keep_line_count(tmp_path):
    a = _write(tmp_path / "a.txt", PAGE)
    proc = run_cli("clean", a, "-o", tmp_path / "out", "--steps", "typos", "--keep-lines")
    assert proc.returncode == 0
    out = (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")
    assert out.split("\n")[:-1] == PAGE.replace("代衰", "代表").replace("以身做则", "以身作则").split("\n")[:-1]


def test_no_title_placeholder_convert_newline_encoding(tmp_path):
    a = _write(tmp_path / "a.txt", PAGE)
    out = tmp_path / "out"
    proc = run_cli("clean", a, "-o", out, "--no-title", "--placeholder", "某", "--convert", "s2t",
                   "--newline", "crlf", "--encoding", "gb18030")
    assert proc.returncode == 0, proc.stderr
    data = (out / "a.txt").read_bytes()
    text = data.decode("gb18030")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert not text.startswith("關於加強作風建設的講話")
    assert "某市" in text and "會議" in text


def test_explain_and_report_name_every_drop(tmp_path):
    a = _write(tmp_path / "a.txt", PAGE)
    report = tmp_path / "report.json"
    proc = run_cli("clean", a, "-o", tmp_path / "out", "--explain", "--report", report, "--jobs", "2")
    assert proc.returncode == 0
    assert "[boilerplate/welcome" in proc.stdout and "站点欢迎语" in proc.stdout
    assert "[typos/curated" in proc.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    edits = data["files"][0]["edits"]
    assert {"welcome", "meta-line"} <= {e["rule"] for e in edits if e["kind"] == "drop"}
    assert all({"step", "rule", "reason", "confidence", "start", "end", "old", "new"} <= set(e) for e in edits)


def test_parallel_batch_matches_serial(tmp_path):
    for i in range(12):
        _write(tmp_path / "in" / f"p{i:02}.txt", PAGE.replace("作风", f"作风{i}"))
    assert run_cli("clean", tmp_path / "in", "-o", tmp_path / "o1", "--jobs", "1").returncode == 0
    assert run_cli("clean", tmp_path / "in", "-o", tmp_path / "o2", "--jobs", "2").returncode == 0
    for i in range(12):
        name = f"p{i:02}.txt"
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes()


def test_help_lists_the_steps():
    proc = run_cli("clean", "--help")
    assert proc.returncode == 0
    for step in ("boilerplate", "placeholders", "typos", "punctuation", "paragraphs"):
        assert step in proc.stdout


def test_learn_rules_from_a_batch_and_reuse_them(tmp_path):
    body = "今天我们召开会议，研究部署下一阶段的重点工作，会议取得了圆满成功。"
    for i in range(5):
        _write(tmp_path / "in" / f"p{i}.txt",
               f"第{i}次会议纪要\n{body}第{i}项任务已经完成。\n晨光书院藏书阁\n书院地址在东山路八号\n")
    pack = tmp_path / "learned.toml"
    report = tmp_path / "r.json"
    proc = run_cli("clean", tmp_path / "in", "-o", tmp_path / "o1", "--learn-rules", pack, "--report", report)
    assert proc.returncode == 0, proc.stderr
    assert "recur across the batch" in proc.stderr
    recurring = {r["line"] for r in json.loads(report.read_text(encoding="utf-8"))["recurring_lines"]}
    assert recurring == {"晨光书院藏书阁", "书院地址在东山路八号"}
    assert "晨光书院藏书阁" in (tmp_path / "o1" / "p0.txt").read_text(encoding="utf-8")
    proc = run_cli("clean", tmp_path / "in", "-o", tmp_path / "o2", "--rules", pack)
    assert proc.returncode == 0, proc.stderr
    out = (tmp_path / "o2" / "p0.txt").read_text(encoding="utf-8")
    assert "晨光书院" not in out and "书院地址" not in out and "第0项任务已经完成" in out
    assert run_cli("clean", tmp_path / "in", "-o", tmp_path / "o3", "--rules", tmp_path / "none.toml").returncode == 2

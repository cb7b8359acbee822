"""Output names: templates, Windows-safe names, collisions, late names claimed after
cleaning, --overwrite; skipped heading levels reported to the caller; the CLI flags."""
from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import docx
import pytest

from app.core.batch import collect_inputs, plan_jobs, run_job, run_jobs
from app.core.config import CleanConfig, OutputConfig
from app.core.writers import write_atomic
from app.core.writers.naming import expand_template, name_date, output_name, safe_name
from tests.conftest import run_cli

PAGE = ("欢迎来到文驰范文网!\n\n{title}\n\n时间:2024-01-31 来源:文驰范文网\n\n同志们:\n\n"
        "今天,我们召开作风建设会议,主要任务是总结经验、部署工作。我讲三点意见。\n\n"
        "一、提高认识\n\n作风建设永远在路上,必须一以贯之。\n\n1.加强学习。学习要常态化。\n")


def _page(p: Path, title: str = "关于加强作风建设的讲话") -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(PAGE.format(title=title), encoding="utf-8")
    return p


@pytest.mark.parametrize("raw, ext, expected", [
    ('a<b>c:d"e/f\\g|h?i*j', ".txt", "a_b_c_d_e_f_g_h_i_j.txt"),
    ("tab\there\x01", ".md", "tab_here_.md"),
    ("CON", ".docx", "_CON.docx"), ("nul", ".txt", "_nul.txt"), ("Com1", ".txt", "_Com1.txt"),
    ("LPT9.draft", ".txt", "_LPT9.draft.txt"), ("CONSOLE", ".txt", "CONSOLE.txt"), ("COM10", ".txt", "COM10.txt"),
    ("讲话. . .", ".txt", "讲话.txt"), ("  ", ".txt", "_.txt"), ("...", ".json", "_.json"),
])
def test_windows_safe_names(raw, ext, expected):
    assert safe_name(raw, ext) == expected


def test_long_names_are_cut_to_120_keeping_the_extension():
    name = safe_name("关于" * 100 + "讲话", ".docx")
    assert len(name) == 120 and name.endswith(".docx") and name.startswith("关于关于")
    assert len(safe_name("a" * 118 + ". x", ".txt")) <= 120


def test_templates():
    assert expand_template("{stem}", stem="p1") == "p1"
    assert expand_template("{index:04d}_{stem}", stem="p1", index=12) == "0012_p1"
    assert expand_template("{date}-{site}-{title}", stem="p", title="讲话", site="文驰",
                           date="2024年1月31日") == "2024-01-31-文驰-讲话"
    assert expand_template("{title}", stem="p1") == "p1"                       # no title: the stem
    assert expand_template("{site}_{title}", stem="p1", title="讲话") == "讲话"
    assert name_date("Wed, 31 Jan 2024") == "Wed, 31 Jan 2024"
    assert output_name("{title}", ".md", stem="p", title="问答：为什么？/ 2024") == "问答：为什么？_ 2024.md"


def test_bad_templates_are_usage_errors():
    for bad in ("{author}", "{title", "{title:03d}", "", "{0}"):
        with pytest.raises(ValueError):
            OutputConfig(name=bad)


def test_title_names_are_worked_out_in_the_worker_and_never_collide(tmp_path):
    src = tmp_path / "in"
    _page(src / "a.txt", "关于加强作风建设的讲话")
    _page(src / "b.txt", "关于加强作风建设的讲话")
    _page(src / "sub" / "c.txt", '关于做好"安全"工作的通知')
    out = OutputConfig(format="md", name="{index:02d}-{title}")
    jobs = plan_jobs(collect_inputs([src]).items, tmp_path / "out", CleanConfig(), out)
    assert all(j.target is None and j.late_name for j in jobs)
    results = list(run_jobs(jobs, workers=2))
    assert all(r.ok for r in results), [r.error for r in results]
    names = sorted(Path(r.output).relative_to(tmp_path / "out").as_posix() for r in results)
    assert names == ["01-关于加强作风建设的讲话.md", "02-关于加强作风建设的讲话.md",
                     "sub/03-关于做好“安全”工作的通知.md"]              # curly quotes are fine on Windows
    no_punct = CleanConfig(steps=tuple(s for s in CleanConfig().steps if s != "punctuation"))
    fr = run_job(plan_jobs(collect_inputs([src / "sub"]).items, tmp_path / "o2", no_punct, out)[0])
    assert Path(fr.output).name == '01-关于做好_安全_工作的通知.md'          # straight quotes are not


def test_same_title_twice_gets_dash_2_and_overwrite_replaces_only_old_files(tmp_path):
    src = tmp_path / "in"
    _page(src / "a.txt")
    _page(src / "b.txt")
    outdir = tmp_path / "out"
    outdir.mkdir()
    old = outdir / "关于加强作风建设的讲话.txt"
    old.write_text("an earlier run", encoding="utf-8")
    os.utime(old, ns=(1_000_000_000, 1_000_000_000))
    items = collect_inputs([src]).items
    out = OutputConfig(name="{title}")
    results = [run_job(j) for j in plan_jobs(items, outdir, CleanConfig(), out)]
    assert sorted(Path(r.output).name for r in results) == ["关于加强作风建设的讲话-2.txt", "关于加强作风建设的讲话-3.txt"]
    assert old.read_text(encoding="utf-8") == "an earlier run"
    for p in outdir.glob("*-[23].txt"):
        p.unlink()
    results = list(run_jobs(plan_jobs(items, outdir, CleanConfig(), OutputConfig(name="{title}", overwrite=True)),
                            workers=2))
    names = sorted(Path(r.output).name for r in results)
    assert names == ["关于加强作风建设的讲话-2.txt", "关于加强作风建设的讲话.txt"]
    assert old.read_text(encoding="utf-8").startswith("关于加强作风建设的讲话\n")
    assert not [p for p in outdir.iterdir() if p.name.startswith(".qinggao-")]


def test_atomic_claims_under_contention(tmp_path):
    target = tmp_path / "x.txt"
    got: list[Path] = []
    lock = threading.Lock()

    def write(i: int) -> None:
        p = write_atomic(target, f"{i}".encode())
        with lock:
            got.append(p)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(got)) == 12
    assert sorted(p.read_text() for p in got) == sorted(str(i) for i in range(12))


def test_default_names_are_planned_and_made_safe(tmp_path):
    src = tmp_path / "in"
    _page(src / "CON.txt")
    _page(src / "deep" / "x.txt")
    jobs = plan_jobs(collect_inputs([src]).items, tmp_path / "out", CleanConfig(), OutputConfig(format="docx"))
    assert [j.target.relative_to(tmp_path / "out").as_posix() for j in jobs] == ["_CON.docx", "deep/x.docx"]


def test_skipped_levels_are_warnings_on_the_file_result(tmp_path):
    p = tmp_path / "in" / "a.txt"
    p.parent.mkdir()
    p.write_text("关于做好安全工作的通知\n\n（一）总体要求\n\n全面做好安全工作，确保万无一失。\n", encoding="utf-8")
    job = plan_jobs(collect_inputs([p]).items, tmp_path / "out", CleanConfig(), OutputConfig(format="docx"))[0]
    fr = run_job(job)
    assert fr.ok, fr.error
    assert any("二级标题“（一）”前没有一级标题“一、”" in w for w in fr.warnings)
    job = plan_jobs(collect_inputs([p]).items, tmp_path / "out", CleanConfig(), OutputConfig())[0]
    assert not any("跳级" in w for w in run_job(job).warnings)          # plain text has no levels


def test_cli_docx_name_and_explain(tmp_path):
    a = _page(tmp_path / "in" / "a.txt")
    proc = run_cli("clean", a, "-o", tmp_path / "out", "--format", "docx", "--name", "{title}", "--explain")
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "out" / "关于加强作风建设的讲话.docx"
    doc = docx.Document(io.BytesIO(out.read_bytes()))
    assert doc.paragraphs[0].text == "关于加强作风建设的讲话"
    assert "[warning] 第6段「1.加强学习。学习要常态化。」：三级标题“1.”直接在一级标题“一、”之下" in proc.stdout
    proc = run_cli("clean", a, "-o", tmp_path / "plain", "--format", "docx", "--docx-style", "plain")
    assert proc.returncode == 0 and (tmp_path / "plain" / "a.docx").exists()


def test_cli_markdown_front_matter_and_text_styles(tmp_path):
    a = _page(tmp_path / "in" / "a.txt")
    assert run_cli("clean", a, "-o", tmp_path / "md", "--format", "md", "--front-matter").returncode == 0
    md = (tmp_path / "md" / "a.md").read_text(encoding="utf-8")
    assert md.startswith('---\ntitle: "关于加强作风建设的讲话"\n---\n\n# 关于加强作风建设的讲话\n')
    assert "\n## 一、提高认识\n" in md and "\n#### 1.加强学习。\n" in md
    proc = run_cli("clean", a, "-o", tmp_path / "txt", "--paragraph-style", "indent", "--encoding", "gb18030",
                   "--newline", "crlf")
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "txt" / "a.txt").read_bytes().decode("gb18030")
    assert text.startswith("关于加强作风建设的讲话\r\n\u3000\u3000同志们：\r\n")
    assert run_cli("clean", a, "-o", tmp_path, "--paragraph-style", "wide").returncode == 2

"""EditMap: every change of a real page placed in the original and the cleaned text."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core import pipeline
from app.core.batch import Job, InputItem, clean_path, run_job
from app.core.config import CleanConfig, OutputConfig
from app.core.editmap import KINDS, STEP_ORDER, locate

PAGES = Path(__file__).resolve().parents[1] / "pages"
SAMPLES = sorted((PAGES / "text").glob("*.txt")) + sorted((PAGES / "html").glob("*.html"))
SAMPLES = [p for p in SAMPLES if not p.name.endswith(".gold.txt")]


def test_step_order_is_the_pipelines():
    assert STEP_ORDER == tuple(name for name, _ in pipeline.STEPS)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_kept_edit_is_placed_where_its_text_is(path):
    result = clean_path(path)
    m = locate(result)
    applied = [c for c in m.changes if c.state == "applied"]
    assert len(applied) == len(result.edits)
    for c in applied:
        a, b = c.original
        assert 0 <= a <= b <= len(result.original) and 0 <= c.cleaned[0] <= c.cleaned[1] <= len(result.text)
        assert c.kind in KINDS
        if c.edit.kind == "drop" and c.edit.old.strip():
            # a dropped line's original span holds that line (the first step sees the original)
            assert result.original[a:b].strip() and c.cleaned[0] == c.cleaned[1]
    # the first edits of the first step that ran stand exactly where they say in the original
    first = applied[0] if applied else None
    if first is not None:
        assert result.original[first.original[0]:first.original[1]] == first.edit.old


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_mapping_runs_forward_and_back(path):
    result = clean_path(path)
    m = locate(result)
    step = max(1, len(result.original) // 200)
    mapped = [m.to_cleaned(p) for p in range(0, len(result.original) + 1, step)]
    assert mapped == sorted(mapped)                  # the panes scroll together, never backwards
    assert mapped[-1] <= len(result.text)
    back = [m.to_original(p) for p in range(0, len(result.text) + 1, max(1, len(result.text) // 200))]
    assert back == sorted(back) and back[-1] <= len(result.original)
    # text the cleaner did not touch maps to itself
    for c in range(0, len(result.text), max(1, len(result.text) // 50)):
        if m.at_cleaned(c) is not None:
            continue                     # written by an edit (its first character may match by chance)
        o = m.to_original(c)
        if result.text[c] == result.original[o]:
            assert m.to_cleaned(o) == c


def test_typo_fix_and_dropped_line_in_both_texts():
    original = "首页 > 讲话\n我代衰全市人民讲话。\n相关文章：\n"
    result = pipeline.clean(pipeline.Document.from_text(original), CleanConfig())
    m = locate(result)
    typo = next(c for c in m.changes if c.kind == "typo")
    assert result.original[slice(*typo.original)] == "代衰"
    assert result.text[slice(*typo.cleaned)] == "代表"
    assert m.at_cleaned(typo.cleaned[0]) is typo
    assert m.at_original(typo.original[0]) is typo


def test_rejected_edit_and_suggestion_are_placed():
    text = "在全市安全生产工作会议上的讲话\n同志们：\n我代衰市委讲几点意见，请大家认真贯彻落实。\n"
    first = pipeline.clean(pipeline.Document.from_text(text), CleanConfig())
    typo = next(e for e in first.edits if e.step == "typos")
    second = pipeline.clean(pipeline.Document.from_text(text), CleanConfig(rejected=frozenset({typo.id})))
    m = locate(second)
    rejected = [c for c in m.changes if c.state == "rejected"]
    assert len(rejected) == 1 and second.original[slice(*rejected[0].original)] == "代衰"
    assert second.text[slice(*rejected[0].cleaned)] == "代衰"


@pytest.mark.parametrize("name", ["generic_03.txt", "news_01.txt", "wenku_01.txt", "doc360_04.txt"])
def test_suggestions_are_placed_on_their_characters(name):
    result = clean_path(PAGES / "text" / name)
    m = locate(result)
    suggested = [c for c in m.changes if c.state == "suggested"]
    assert result.suggestions and len(suggested) == len(result.suggestions)
    for c in suggested:
        assert result.text[slice(*c.cleaned)] == c.suggestion["old"]
        assert result.original[slice(*c.original)] == c.suggestion["old"]


def test_export_writes_the_hand_edited_text(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("关于做好春节期间值班工作的通知\n各单位：\n请认真做好值班工作。\n", encoding="utf-8")
    job = Job(InputItem(src), tmp_path / "out.txt", CleanConfig(), OutputConfig(), text="我改过的稿子")
    fr = run_job(job)
    assert fr.ok and (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("我改过的稿子")
    assert src.read_text(encoding="utf-8").startswith("关于")

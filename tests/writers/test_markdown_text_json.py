"""Markdown headings and front matter, text encodings, newlines and paragraph styles, JSON."""
from __future__ import annotations

import json

import pytest

from app.core.config import OutputConfig
from app.core.document import Edit
from app.core.writers import render, render_output

from .conftest import make_result


def _md(result, **kw) -> str:
    return render(result, OutputConfig(format="md", **kw)).decode("utf-8")


def test_markdown_heading_levels_of_the_seed_page(seed_result):
    md = _md(seed_result)
    lines = md.split("\n")
    assert lines[0] == "# 市直机关工委书记在全市生态环境保护工作目标攻坚会议上讲话（2024年）"
    assert "## 一、坚定不移推进生态文明建设" in lines
    assert "### （一）要深刻感悟习近平生态文明思想的重大意义和磅礴力量。" in lines
    assert any(l.startswith("党的十八大以来，在习近平生态文明思想的科学指引下") for l in lines)
    assert sum(l.startswith("## ") for l in lines) == 5
    assert "同志们：" in lines


def test_markdown_levels_escapes_and_front_matter():
    r = make_result("通知\n一、要求\n（一）目标\n1.学习。每周一次。\n（1）内容\n**市 # 号\n", "通知",
                    url="https://example.cn/a?b=1", site="某某网", date="2024-01-31")
    md = _md(r, front_matter=True)
    head, body = md.split("\n---\n\n", 1)
    fields = dict(l.split(": ", 1) for l in head.split("\n")[1:])
    assert {k: json.loads(v) for k, v in fields.items()} == {
        "title": "通知", "source": "https://example.cn/a?b=1", "site": "某某网", "date": "2024-01-31"}
    assert all(v.startswith('"') for v in fields.values())                         # quoted strings
    assert body.split("\n\n") == ["# 通知", "## 一、要求", "### （一）目标", "#### 1.学习。", "每周一次。",
                                  "（1）内容", "\\*\\*市 # 号\n"]


def test_front_matter_quotes_what_yaml_would_misread():
    r = make_result("标题: 副\n正文。\n", 'a "quoted": title', site="yes")
    head = _md(r, front_matter=True).split("---")[1]
    assert 'site: "yes"' in head                                        # not the boolean true
    assert json.loads(head.split("title: ", 1)[1].split("\n")[0]) == 'a "quoted": title'


@pytest.mark.parametrize("encoding, codec", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                             ("gb18030", "gb18030"), ("utf-16", "utf-16")])
def test_text_encodings_and_crlf_round_trip(seed_result, encoding, codec):
    lf = render(seed_result, OutputConfig()).decode("utf-8")
    data = render(seed_result, OutputConfig(encoding=encoding, newline="crlf"))
    text = data.decode(codec)
    assert "\n" not in text.replace("\r\n", "")
    assert text.replace("\r\n", "\n") == lf
    if encoding == "utf-8-sig":
        assert data.startswith(b"\xef\xbb\xbf")
    if encoding == "utf-8":
        assert not data.startswith(b"\xef\xbb\xbf")


def test_gb18030_crlf_round_trips_characters_outside_gbk():
    r = make_result("标题\n𠀀字与€与“引号”。\n", "标题")
    data = render(r, OutputConfig(encoding="gb18030", newline="crlf"))
    assert data.decode("gb18030") == "标题\r\n𠀀字与€与“引号”。\r\n"


def test_paragraph_styles(seed_result):
    blank = render(seed_result, OutputConfig(paragraph_style="blank")).decode()
    assert "\n\n一、坚定不移推进生态文明建设\n\n" in blank and "\n\n\n" not in blank
    indent = render(seed_result, OutputConfig(paragraph_style="indent", newline="crlf")).decode()
    lines = indent.split("\r\n")
    assert lines[0].startswith("市直机关") and not lines[0].startswith("\u3000")     # the title is not indented
    assert all(l.startswith("\u3000\u3000") and not l.startswith("\u3000\u3000\u3000") for l in lines[1:-1])
    assert "\u3000\u3000同志们：" in lines
    line = render(seed_result, OutputConfig()).decode()
    assert line == seed_result.text


def test_json_has_text_metadata_edits_flags_warnings(seed_result):
    data = json.loads(render_output(seed_result, OutputConfig(format="json"), "in/wenchi.txt").data)
    assert data["text"] == seed_result.text and data["title"] == seed_result.title
    meta = data["metadata"]
    assert meta["source"] == "in/wenchi.txt"
    assert meta["encoding"] == "utf-8" and meta["encoding_confidence"] == pytest.approx(1.0)
    assert {"url", "site", "date"} <= set(meta)
    assert data["edits"] and all({"step", "rule", "reason", "confidence"} <= set(e) for e in data["edits"])
    assert {"placeholders", "typos", "boilerplate"} <= {e["step"] for e in data["edits"]}
    assert "flags" in data and "warnings" in data
    assert {"level": 1, "text": "一、坚定不移推进生态文明建设"} in data["headings"]


def test_json_carries_skipped_level_warnings_and_edit_details():
    e = Edit("typos", "curated", "形近错字", 0.9, 3, 5, "代衰", "代表", line=2)
    r = make_result("标题\n（一）第一点\n我代表大家。\n", "标题", encoding="gb18030", encoding_confidence=0.97)
    r.edits = [e]
    r.flags = [{"step": "boilerplate", "rule": "r", "line": 3, "text": "x", "reason": "unsure"}]
    r.warnings = ["rule disabled"]
    out = render_output(r, OutputConfig(format="json"))
    data = json.loads(out.data)
    assert data["warnings"][0] == "rule disabled" and "跳级" in data["warnings"][1]
    assert out.warnings == data["warnings"][1:]
    assert data["edits"][0] | {} == e.to_dict()
    assert data["flags"] == r.flags
    assert data["metadata"]["encoding_confidence"] == 0.97

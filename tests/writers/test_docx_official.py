"""The GB/T 9704-2012 DOCX, opened with python-docx and checked to the EMU and the XML."""
from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, Twips

from app.core.config import OutputConfig
from app.core.writers import render_output
from app.core.writers.docx_official import char_space, condense_twips, line_pitch_twips

from .conftest import make_result

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SYNTHETIC = ("关于加强作风建设的通知\n各部门：\n一、总体要求\n（一）目标任务。全面提升工作作风。\n"
             "1.加强学习。每周集中学习一次。\n（1）学习内容\n二、工作措施\n抓好落实，务求实效。\n2024年1月15日\n")


def _open(result, **out) -> docx.document.Document:
    data = render_output(result, OutputConfig(format="docx", **out)).data
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def seed_doc(seed_result):
    return _open(seed_result)


@pytest.fixture(scope="module")
def synthetic():
    return _open(make_result(SYNTHETIC, "关于加强作风建设的通知"))


def _twip_emu(length) -> Emu:
    """What a length becomes once stored in twips (the unit of w:pgMar and w:pgSz)."""
    return Emu(round(length / 635) * 635)


def _fonts(run) -> dict[str, str]:
    rfonts = run._r.rPr.find(qn("w:rFonts"))
    return {k.replace(W, ""): v for k, v in rfonts.attrib.items()}


def _para(doc, start: str):
    return next(p for p in doc.paragraphs if p.text.startswith(start))


def test_a4_page_and_margins_to_the_emu(seed_doc):
    sec = seed_doc.sections[0]
    assert sec.orientation == WD_ORIENT.PORTRAIT
    assert (sec.page_width, sec.page_height) == (_twip_emu(Mm(210)), _twip_emu(Mm(297)))
    expected = {"top": Mm(37), "bottom": Mm(35), "left": Mm(28), "right": Mm(26)}
    for side, length in expected.items():
        got = getattr(sec, f"{side}_margin")
        assert got == _twip_emu(length), side
        assert abs(got - length) <= 635 // 2, side          # within half a twip of the millimetres
    width = sec.page_width - sec.left_margin - sec.right_margin
    height = sec.page_height - sec.top_margin - sec.bottom_margin
    assert abs(width - Mm(156)) < 635 * 2 and abs(height - Mm(225)) < 635 * 2


def test_document_grid_22_lines_of_28_characters(seed_doc):
    sec = seed_doc.sections[0]
    grid = sec._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    pitch, space = int(grid.get(qn("w:linePitch"))), int(grid.get(qn("w:charSpace")))
    assert (pitch, space) == (line_pitch_twips(), char_space()) == (579, -848)
    height_twips = (sec.page_height - sec.top_margin - sec.bottom_margin) / 635
    width_pt = (sec.page_width - sec.left_margin - sec.right_margin) / 12700
    assert 22 * pitch <= height_twips < 23 * pitch
    char_pitch = 16 + space / 4096
    assert 28 * char_pitch <= width_pt < 29 * char_pitch
    # the same 28 without the grid: each 16 pt character condensed
    assert 28 * (16 + condense_twips() / 20) <= width_pt < 29 * (16 + condense_twips() / 20)


def test_title_is_22pt_xiaobiaosong_centred(seed_doc):
    title = seed_doc.paragraphs[0]
    assert title.text == "市直机关工委书记在全市生态环境保护工作目标攻坚会议上讲话（2024年）"
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert [r.font.size for r in title.runs] == [Pt(22)]
    assert _fonts(title.runs[0])["eastAsia"] == "方正小标宋简体"
    assert title.paragraph_format.space_after == Twips(579)        # 标题下空一行


def test_body_is_16pt_fangsong_justified_indented_two_characters(seed_doc):
    body = [p for p in seed_doc.paragraphs[1:] if p.text and not p.text[0] in "一二三四五（同"]
    assert len(body) >= 8
    for p in body:
        pf = p.paragraph_format
        assert p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert pf.first_line_indent == Pt(32)
        assert p._p.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
        assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY and pf.line_spacing == Twips(579)
        for r in p.runs:
            assert r.font.size == Pt(16)
            assert _fonts(r)["eastAsia"] == "仿宋_GB2312" and _fonts(r)["ascii"] == "FangSong"
    salutation = _para(seed_doc, "同志们：")
    assert salutation.paragraph_format.first_line_indent == Pt(0)


def test_every_run_names_an_east_asian_font_and_a_fallback(seed_doc, synthetic):
    fallback = {"方正小标宋简体": "SimSun", "仿宋_GB2312": "FangSong", "黑体": "SimHei",
                "楷体_GB2312": "KaiTi", "宋体": "SimSun"}
    for doc in (seed_doc, synthetic):
        runs = [r for p in doc.paragraphs for r in p.runs]
        runs += [r for f in (doc.sections[0].footer, doc.sections[0].even_page_footer)
                 for p in f.paragraphs for r in p.runs]
        assert runs
        for r in runs:
            f = _fonts(r)
            assert f["eastAsia"] in fallback
            assert f["ascii"] == f["hAnsi"] == fallback[f["eastAsia"]]
            assert f["hint"] == "eastAsia"


def test_heading_levels_take_their_fonts(synthetic):
    level1 = _para(synthetic, "一、总体要求")
    assert [_fonts(r)["eastAsia"] for r in level1.runs] == ["黑体"]
    assert level1.paragraph_format.first_line_indent == Pt(32)
    assert level1.paragraph_format.keep_with_next
    level3 = _para(synthetic, "1.加强学习")
    level4 = _para(synthetic, "（1）学习内容")
    assert {_fonts(r)["eastAsia"] for r in level3.runs + level4.runs} == {"仿宋_GB2312"}
    assert all(r.font.size == Pt(16) for r in level1.runs + level3.runs + level4.runs)


def test_a_heading_that_runs_into_its_paragraph_is_split_into_runs(seed_doc, synthetic):
    p = _para(seed_doc, "（一）要深刻感悟")
    first, *rest = p.runs
    assert first.text == "（一）要深刻感悟习近平生态文明思想的重大意义和磅礴力量。"
    assert _fonts(first)["eastAsia"] == "楷体_GB2312"
    assert "".join(r.text for r in rest).startswith("党的十八大以来")
    assert {_fonts(r)["eastAsia"] for r in rest} == {"仿宋_GB2312"}
    assert p.paragraph_format.first_line_indent == Pt(32)
    p = _para(seed_doc, "（一）成因要精准。")
    assert [(r.text[:8], _fonts(r)["eastAsia"]) for r in p.runs] == [
        ("（一）成因要精准", "楷体_GB2312"), ("精准识别成因是精", "仿宋_GB2312")]
    p = _para(synthetic, "1.加强学习。")
    assert [r.text for r in p.runs] == ["1.加强学习。", "每周集中学习一次。"]


def test_numbered_headings_may_be_bold():
    from app.core.writers.docx_official import render_official_docx
    doc = docx.Document(io.BytesIO(render_official_docx(make_result(SYNTHETIC, "关于加强作风建设的通知"),
                                                        bold_numbered=True)))
    assert [r.bold for r in _para(doc, "1.加强学习").runs] == [True, None]
    assert [r.bold for r in _para(doc, "（1）学习内容").runs] == [True]
    assert [r.bold for r in _para(doc, "一、总体要求").runs] == [None]


def test_closing_date_is_set_right(synthetic):
    date = _para(synthetic, "2024年1月15日")
    assert date.alignment == WD_ALIGN_PARAGRAPH.RIGHT and date.paragraph_format.right_indent == Pt(64)


def _footer_parts(footer):
    p = footer.paragraphs[0]
    xml = p._p
    kinds = [c.get(qn("w:fldCharType")) for c in xml.iter(qn("w:fldChar"))]
    instr = "".join(t.text for t in xml.iter(qn("w:instrText")))
    shown = "".join(t.text or "" for t in xml.iter(qn("w:t")))
    return p, kinds, instr, shown


def test_page_numbers_odd_right_even_left_with_dashes(seed_doc):
    settings = seed_doc.settings.element
    assert settings.find(qn("w:evenAndOddHeaders")) is not None
    sec = seed_doc.sections[0]
    for footer, align, side in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                                (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        p, kinds, instr, shown = _footer_parts(footer)
        assert kinds == ["begin", "separate", "end"] and instr.strip() == "PAGE"
        assert shown == "— 1 —"
        assert p.alignment == align
        assert getattr(p.paragraph_format, f"{side}_indent") == Pt(14)             # 空一字
        assert p._p.pPr.find(qn("w:ind")).get(qn(f"w:{side}Chars")) == "100"
        for r in p.runs:
            assert r.font.size == Pt(14) and _fonts(r)["eastAsia"] == "宋体"
    # the number line sits 7 mm below the type area
    assert abs(sec.footer_distance + Pt(16) - Mm(35 - 7)) < 635


def test_paragraphs_reach_28_characters_without_the_grid_too(seed_doc):
    normal = seed_doc.styles["Normal"]
    assert normal.font.size == Pt(16)
    assert normal.element.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"
    p = _para(seed_doc, "刚才")
    assert p._p.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"
    assert all(r._r.rPr.find(qn("w:spacing")).get(qn("w:val")) == "-5" for r in p.runs)


def test_font_table_names_alternatives_and_no_stray_thumbnail(seed_doc):
    part = next(p for p in seed_doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    xml = part.blob.decode("utf-8")
    assert 'w:name="仿宋_GB2312"' in xml and 'w:altName w:val="仿宋"' in xml
    assert not [p for p in seed_doc.part.package.iter_parts() if "thumbnail" in str(p.partname)]
    assert seed_doc.core_properties.author == ""
    assert seed_doc.core_properties.title.startswith("市直机关工委书记")


def test_plain_style_has_no_official_layout(seed_result):
    doc = _open(seed_result, docx_style="plain")
    assert doc.paragraphs[0].style.name == "Title"
    assert {p.style.name for p in doc.paragraphs[1:]} == {"Normal"}
    assert doc.settings.element.find(qn("w:evenAndOddHeaders")) is None
    grid = doc.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid is None or grid.get(qn("w:type")) is None
    assert doc.sections[0].page_width == _twip_emu(Mm(210))
    assert any("一、坚定不移推进生态文明建设" == p.text for p in doc.paragraphs)


def test_text_xml_cannot_carry_is_dropped_not_fatal():
    doc = _open(make_result("标题\n正文\x0b有控制符。\n", "标题"))
    assert doc.paragraphs[1].text == "正文有控制符。"


def test_without_title_line_the_first_paragraph_is_body():
    doc = _open(make_result("同志们：\n今天开会。\n", "讲话"))
    assert doc.paragraphs[0].text == "同志们：" and doc.paragraphs[0].runs[0].font.size == Pt(16)

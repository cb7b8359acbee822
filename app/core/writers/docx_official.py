"""DOCX laid out as a Chinese official document, per GB/T 9704-2012 《党政机关公文格式》.

Page: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, so the type area is
156 × 225 mm; 22 lines of 28 characters, through the document grid
(``w:docGrid w:type="linesAndChars"``: line pitch 225 mm / 22 = 579 twips, character
pitch 156 mm / 28 = 15.79 pt, i.e. ``w:charSpace`` −848 against the 16 pt body size)
and a fixed line spacing of that pitch, so 22 lines fit whatever the font.

Grid and renderers: Word and WPS honour the character grid by squeezing each 16 pt
character into the 15.79 pt pitch; LibreOffice (7.x) gives a character wider than a grid
cell two cells, which spreads the text to 14 a line. So the grid stays in the section
(Word's Page Setup shows 22 lines × 28 characters, and text typed later follows it),
while our own paragraphs opt out of it (``w:snapToGrid w:val="0"``) and reach the same
28 characters by condensing each body-size run by 0.25 pt (``w:spacing w:val="-5"``),
and the same 22 lines by their fixed line spacing — identical pages in Word, WPS and
LibreOffice.

Text: the title in 2号 (22 pt) 小标宋, centred, one line's space below it; the body in
3号 (16 pt) 仿宋, justified, first lines indented two characters. Headings by their
numbering: ``一、`` 黑体, ``（一）`` 楷体, ``1.`` and ``（1）`` 仿宋. A heading that runs
into its paragraph ("（一）成因要精准。精准识别成因是……") has its heading sentence in the
heading font and the rest in the body font, as separate runs. A salutation
("同志们：") starts flush left; a closing date is set right with four characters' space.

Page numbers: 4号 (14 pt) 宋体, "— 1 —" (a PAGE field between em dashes), 7 mm below
the type area; odd pages at the right, one character in, even pages at the left, one
character in (``w:evenAndOddHeaders`` in the settings, two footers).

Fonts: every run names its East-Asian font in ``w:rFonts w:eastAsia`` and a fallback in
``w:ascii``/``w:hAnsi``/``w:cs`` that machines without the official fonts have (Windows
ships these; LibreOffice maps them through fontconfig). The font table also gives each
official font a ``w:altName`` that Word uses when the font is missing.

======================  ================  ===================  ===================
role                    ``w:eastAsia``    ascii/hAnsi fallback  ``w:altName``
======================  ================  ===================  ===================
title                   方正小标宋简体       SimSun               宋体
body, 1. and （1）        仿宋_GB2312        FangSong             仿宋
一、 headings             黑体               SimHei               SimHei
（一） headings            楷体_GB2312        KaiTi                楷体
page numbers            宋体               SimSun               SimSun
======================  ================  ===================  ===================
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from ..document import Result
from .docx_common import a4_document, add_font_alternatives, set_east_asian_language, set_fonts, to_bytes, xml_safe
from .structure import Outline, Para, outline

MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
TYPE_AREA_MM = (210 - 28 - 26, 297 - 37 - 35)          # 156 × 225
LINES, CHARS = 22, 28
TITLE_PT, BODY_PT, PAGE_NUMBER_PT = 22, 16, 14
PAGE_NUMBER_GAP_MM = 7                                  # 一字线上距版心下边缘 7 mm


@dataclass(frozen=True)
class Face:
    east_asia: str
    latin: str


TITLE = Face("方正小标宋简体", "SimSun")
BODY = Face("仿宋_GB2312", "FangSong")
HEI = Face("黑体", "SimHei")
KAI = Face("楷体_GB2312", "KaiTi")
SONG = Face("宋体", "SimSun")
HEADING_FACES = {1: HEI, 2: KAI, 3: BODY, 4: BODY}
ALT_NAMES = {"方正小标宋简体": ("宋体", "roman"), "仿宋_GB2312": ("仿宋", "modern"),
             "楷体_GB2312": ("楷体", "modern"), "黑体": ("SimHei", "modern"), "宋体": ("SimSun", "roman")}


def _mm_to_twips(mm: float) -> float:
    return mm / 25.4 * 1440


def line_pitch_twips() -> int:
    """225 mm / 22 lines, rounded down so that 22 lines fit.

    >>> line_pitch_twips()
    579
    """
    return math.floor(_mm_to_twips(TYPE_AREA_MM[1]) / LINES)


def char_space() -> int:
    """``w:charSpace``: how much the 156 mm / 28 pitch differs from the 16 pt body size,
    in 1/4096 pt, rounded down so that 28 characters fit.

    >>> char_space()
    -848
    """
    pitch_pt = _mm_to_twips(TYPE_AREA_MM[0]) / 20 / CHARS
    return math.floor((pitch_pt - BODY_PT) * 4096)


def condense_twips() -> int:
    """How much to condense each 16 pt character so that 28 fit in 156 mm, in
    twentieths of a point (rounded away from zero).

    >>> condense_twips()
    -5
    """
    pitch_pt = _mm_to_twips(TYPE_AREA_MM[0]) / 20 / CHARS
    return -math.ceil((BODY_PT - pitch_pt) * 20)


def render_official_docx(result: Result, shape: Outline | None = None, bold_numbered: bool = False) -> bytes:
    """The DOCX bytes; ``bold_numbered`` sets the 1. and （1） heading sentences in bold
    (GB/T 9704 leaves that open)."""
    shape = shape or outline(result)
    doc = a4_document(result)
    _page_setup(doc)
    _base_styles(doc)
    add_font_alternatives(doc, ALT_NAMES)
    if shape.title is not None:
        _title(doc.add_paragraph(), shape.title)
    for para in shape.paras:
        _paragraph(doc.add_paragraph(), para, bold_numbered)
    _footers(doc)
    return to_bytes(doc)


def _page_setup(doc) -> None:
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    sec.left_margin, sec.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    sec.gutter = Mm(0)
    sec.header_distance = Mm(15)
    # the top of the page-number line sits 7 mm below the type area; its line is 16 pt high
    sec.footer_distance = Mm(MARGINS_MM["bottom"] - PAGE_NUMBER_GAP_MM) - Pt(PAGE_NUMBER_PT + 2)
    grid = sec._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sec._sectPr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(line_pitch_twips()))
    grid.set(qn("w:charSpace"), str(char_space()))
    doc.settings.odd_and_even_pages_header_footer = True


def _base_styles(doc) -> None:
    """Normal is the body text, so what a person types later looks like the body."""
    set_east_asian_language(doc, BODY_PT, BODY.east_asia, BODY.latin)
    normal = doc.styles["Normal"]
    set_fonts(normal.element, BODY.east_asia, BODY.latin, BODY_PT)
    _body_format(normal.paragraph_format)
    normal.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
    _indent_chars(normal.element.get_or_add_pPr(), first_line=200)
    _condense(normal.element.get_or_add_rPr())


def _body_format(pf) -> None:
    _ppr_child(pf._element.get_or_add_pPr(), "w:snapToGrid", "0")
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.line_spacing = Twips(line_pitch_twips())          # exact: 22 lines a page
    pf.space_before = pf.space_after = Pt(0)
    pf.widow_control = False


def _indent_chars(ppr, **chars: int) -> None:
    """``w:firstLineChars`` / ``w:leftChars`` / ``w:rightChars`` (hundredths of a character)
    beside the absolute indents, so the indent follows the grid's character width."""
    ind = ppr.get_or_add_ind()
    names = {"first_line": "w:firstLineChars", "left": "w:leftChars", "right": "w:rightChars"}
    for key, value in chars.items():
        ind.set(qn(names[key]), str(value))


# the tail of the schema order of w:pPr children, from w:snapToGrid on
_PPR_TAIL = ("w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
             "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
             "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _ppr_child(ppr, tag: str, val: str) -> None:
    """Set ``<tag w:val=val/>`` in a ``w:pPr``, added where the schema puts it."""
    el = ppr.find(qn(tag))
    if el is not None:
        el.set(qn("w:val"), val)
        return
    el = OxmlElement(tag)
    el.set(qn("w:val"), val)
    ppr.insert_element_before(el, *_PPR_TAIL[_PPR_TAIL.index(tag) + 1:])


# the tail of the schema order of w:rPr children, after w:spacing
_RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
                      "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
                      "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _condense(rpr) -> None:
    el = OxmlElement("w:spacing")
    el.set(qn("w:val"), str(condense_twips()))
    rpr.insert_element_before(el, *_RPR_AFTER_SPACING)


def _run(paragraph, text: str, face: Face, size_pt: float, bold: bool = False):
    run = paragraph.add_run(xml_safe(text))
    set_fonts(run._r, face.east_asia, face.latin, size_pt)
    if bold:
        run.bold = True
    if size_pt == BODY_PT:
        _condense(run._r.get_or_add_rPr())
    return run


def _title(p, text: str) -> None:
    _body_format(p.paragraph_format)
    pf = p.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pf.first_line_indent = Pt(0)
    _indent_chars(p._p.get_or_add_pPr(), first_line=0)
    pf.space_after = Twips(line_pitch_twips())          # 标题下空一行
    pf.keep_with_next = True
    _run(p, text, TITLE, TITLE_PT)


def _paragraph(p, para: Para, bold_numbered: bool) -> None:
    pf = p.paragraph_format
    _body_format(pf)
    ppr = p._p.get_or_add_pPr()
    if para.kind == "salutation":
        pf.first_line_indent = Pt(0)
        _indent_chars(ppr, first_line=0)
    elif para.kind == "date":
        pf.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pf.first_line_indent = Pt(0)
        pf.right_indent = Pt(4 * BODY_PT)                # 成文日期右空四字
        _indent_chars(ppr, first_line=0, right=400)
    else:
        pf.first_line_indent = Pt(2 * BODY_PT)
        _indent_chars(ppr, first_line=200)
    if para.kind != "heading":
        _run(p, para.text, BODY, BODY_PT)
        return
    bold = bold_numbered and para.level >= 3
    _run(p, para.head, HEADING_FACES[para.level], BODY_PT, bold)
    if para.rest:
        _run(p, para.rest, BODY, BODY_PT)
    elif para.head[-1:] not in "；;，,：:。":             # a heading line of its own, not a list item
        pf.keep_with_next = True
        _ppr_child(ppr, "w:outlineLvl", str(para.level - 1))   # in Word's navigation pane


def _footers(doc) -> None:
    sec = doc.sections[0]
    _page_number(sec.footer.paragraphs[0], odd=True)
    _page_number(sec.even_page_footer.paragraphs[0], odd=False)


def _page_number(p, odd: bool) -> None:
    """"— N —" with a PAGE field: odd pages right, even pages left, one character in."""
    pf = p.paragraph_format
    pf.line_spacing = Pt(PAGE_NUMBER_PT + 2)
    pf.space_before = pf.space_after = Pt(0)
    ppr = p._p.get_or_add_pPr()
    _ppr_child(ppr, "w:snapToGrid", "0")                # the footer keeps its own line height
    inset = Pt(PAGE_NUMBER_PT)                          # 空一字
    if odd:
        pf.alignment, pf.right_indent = WD_ALIGN_PARAGRAPH.RIGHT, inset
        _indent_chars(ppr, right=100)
    else:
        pf.alignment, pf.left_indent = WD_ALIGN_PARAGRAPH.LEFT, inset
        _indent_chars(ppr, left=100)
    _run(p, "— ", SONG, PAGE_NUMBER_PT)
    _field(p, "PAGE", "1")
    _run(p, " —", SONG, PAGE_NUMBER_PT)


def _field(p, instruction: str, shown: str) -> None:
    for kind in ("begin", "instr", "separate", "text", "end"):
        run = _run(p, shown if kind == "text" else "", SONG, PAGE_NUMBER_PT)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        elif kind != "text":
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)

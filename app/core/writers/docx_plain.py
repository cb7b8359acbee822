"""A simple DOCX without the official-document layout (``--docx-style plain``): A4 with
Word's usual margins, the title in the Title style, every paragraph in Normal, Chinese
text in 宋体 (SimSun) and the title in 黑体 (SimHei).
"""
from __future__ import annotations

from docx.shared import Mm, Pt

from ..document import Result
from .docx_common import a4_document, set_east_asian_language, set_fonts, to_bytes, xml_safe
from .structure import Outline, outline


def render_plain_docx(result: Result, shape: Outline | None = None) -> bytes:
    shape = shape or outline(result)
    doc = a4_document(result)
    sec = doc.sections[0]
    sec.top_margin = sec.bottom_margin = Mm(25.4)
    sec.left_margin = sec.right_margin = Mm(31.8)
    set_east_asian_language(doc, 12, "宋体", "SimSun")
    normal = doc.styles["Normal"]
    set_fonts(normal.element, "宋体", "SimSun", 12)
    normal.paragraph_format.space_after = Pt(6)
    set_fonts(doc.styles["Title"].element, "黑体", "SimHei")
    if shape.title is not None:
        doc.add_paragraph(xml_safe(shape.title), style="Title")
    for para in shape.paras:
        doc.add_paragraph(xml_safe(para.text), style="Normal")
    return to_bytes(doc)

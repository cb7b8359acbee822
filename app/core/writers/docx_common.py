"""What both DOCX layouts share: a fresh A4 document from python-docx's template
without its stray thumbnail and author, East-Asian fonts on runs and styles, the
font table's alternative names, XML-safe text and the bytes of the finished file.
"""
from __future__ import annotations

import io
from datetime import UTC, datetime

import regex
from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from lxml import etree

from ..document import Result

# characters XML 1.0 cannot carry (python-docx refuses them)
_NOT_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """>>> xml_safe("a\\x0bb")
    'ab'
    """
    return _NOT_XML.sub("", text)


def a4_document(result: Result) -> DocxDocument:
    """A new document: A4 portrait, python-docx's sample thumbnail dropped, and core
    properties that name the title, not python-docx."""
    doc = new_docx()
    pkg = doc.part.package
    for rid, rel in list(pkg.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            pkg.rels.pop(rid)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    cp = doc.core_properties
    cp.title = xml_safe(result.title or result.meta.get("title", ""))[:255]
    cp.author, cp.comments, cp.last_modified_by, cp.category = "", "", "", ""
    cp.subject = xml_safe(result.meta.get("site", ""))[:255]
    cp.created = cp.modified = now
    cp.revision = 1
    return doc


def set_fonts(rpr_owner, east_asia: str, latin: str, size_pt: float | None = None) -> None:
    """``w:rFonts`` with the East-Asian font and its Latin fallback (ascii, hAnsi, cs),
    ``w:hint="eastAsia"`` so that ambiguous marks (“” — …) take the Chinese font,
    and the size (``w:sz`` and ``w:szCs``). ``rpr_owner`` is a run or a style element
    (anything with ``get_or_add_rPr``)."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia),
                        ("w:cs", latin), ("w:hint", "eastAsia")):
        fonts.set(qn(attr), value)
    if size_pt is not None:
        half_points = str(round(size_pt * 2))
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                if tag == "w:sz":
                    el = rpr.get_or_add_sz()
                else:                                   # w:szCs comes right after w:sz
                    el = rpr.makeelement(qn(tag), {})
                    rpr.find(qn("w:sz")).addnext(el)
            el.set(qn("w:val"), half_points)


def set_east_asian_language(doc: DocxDocument, size_pt: float, east_asia: str, latin: str) -> None:
    """Document defaults: the body font and size, Chinese as the East-Asian language,
    no space after paragraphs."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    set_fonts(_RPrHolder(rpr_default), east_asia, latin, size_pt)
    lang = rpr_default.find(qn("w:rPr")).find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
        lang.set(qn("w:val"), "zh-CN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    if spacing is not None:
        ppr.remove(spacing)


class _RPrHolder:
    """Adapter: a ``w:rPrDefault`` seen as something with ``get_or_add_rPr``."""

    def __init__(self, el):
        self.el = el

    def get_or_add_rPr(self):
        rpr = self.el.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            self.el.append(rpr)
        return rpr


def add_font_alternatives(doc: DocxDocument, alternatives: dict[str, tuple[str, str]]) -> None:
    """Entries in ``word/fontTable.xml`` naming, for each font, the font Word should use
    when it is missing (``w:altName``), its GB2312 charset and family."""
    for part in doc.part.package.iter_parts():
        if str(part.partname) != "/word/fontTable.xml":
            continue
        root = parse_xml(part.blob)
        have = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
        for name, (alt, family) in alternatives.items():
            if name in have:
                continue
            font = root.makeelement(qn("w:font"), {qn("w:name"): name})
            for tag, val in (("w:altName", alt), ("w:charset", "86"), ("w:family", family),
                             ("w:pitch", "variable")):
                font.append(root.makeelement(qn(tag), {qn("w:val"): val}))
            root.append(font)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return


def to_bytes(doc: DocxDocument) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()

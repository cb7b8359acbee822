"""Invisible junk: BOM, zero-width characters, soft hyphens, control characters,
NBSP and HTML entities left in copied text; and the spaces of a letter-spaced line (a
title or heading set wide, "实 施 方 案"), which are layout, not text.

>>> from app.core.testing import run_step
>>> run_step(run, "中\\u200b文&nbsp;排版\\x07")
'中文 排版'
>>> run_step(run, "实 施 方 案\\n目　录\\n张三 李四 王五")
'实施方案\\n目录\\n张三 李四 王五'
"""
from __future__ import annotations

import html

import regex

from ..document import Edit, make_edit

_INVISIBLE = regex.compile(r"[\uFEFF\u200B\u200C\u200D\u2060\u00AD\u180E]+")
_CONTROL = regex.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x80-\x9F]+")
_NBSP = regex.compile(r"[\u00A0\u2007\u202F]")
# a line of single Chinese characters each set apart by spaces (at most four: wider gaps are columns)
_SPACED = regex.compile(r"(?m)^[ \t\u3000]*\p{Han}(?:[ \u3000]{1,4}\p{Han})+(?=[ \t\u3000]*$)")
_GAP = regex.compile(r"[ \u3000]+")
_ENTITY = regex.compile(r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|hellip|mdash|middot"
                        r"|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


def run(text: str, ctx) -> list[Edit]:
    edits: list[Edit] = []
    for m in _INVISIBLE.finditer(text):
        edits.append(make_edit("invisible", "不可见字符（零宽字符、BOM、软连字符）", 1.0, m.start(), m.end(), ""))
    for m in _CONTROL.finditer(text):
        edits.append(make_edit("control", "控制字符", 1.0, m.start(), m.end(), ""))
    for m in _NBSP.finditer(text):
        edits.append(make_edit("nbsp", "不换行空格改为普通空格", 1.0, m.start(), m.end(), " "))
    for m in _SPACED.finditer(text):
        for g in _GAP.finditer(m.group()):
            edits.append(make_edit("letter-spacing", "字间空格（如“实 施 方 案”）", 0.95,
                                   m.start() + g.start(), m.start() + g.end(), ""))
    for m in _ENTITY.finditer(text):
        new = html.unescape(m.group())
        new = _NBSP.sub(" ", new)
        if new and not _CONTROL.fullmatch(new):
            edits.append(make_edit("html-entity", "残留的 HTML 实体", 0.95, m.start(), m.end(), new))
    return edits

"""Paragraphs: join lines that cannot end a paragraph.

A line that ends with "；" continues on the next line, and a line that starts
with closing punctuation belongs to the line before; headings (一、 （一） 1.
一是) always start their own line.

>>> from app.core.testing import run_step
>>> run_step(run, "完成时限;\\n督查要业务化;\\n一是加强领导。")
'完成时限;督查要业务化;\\n一是加强领导。'
>>> run_step(run, "第一句话\\n，接着说。")
'第一句话，接着说。'
"""
from __future__ import annotations

import regex

from ..document import Edit, make_edit
from ..textutil import LIST_ITEM_RE, is_heading, lines

_ENDS_OPEN = regex.compile(r"[；;]\s*$")
_STARTS_CLOSING = regex.compile(r"^\s*[，。；：、！？）”’》,.;:!?)]")


def run(text: str, ctx) -> list[Edit]:
    if ctx.config.keep_lines:
        return []
    ls = list(lines(text))
    edits = []
    for cur, nxt in zip(ls, ls[1:]):
        if not cur.text.strip() or not nxt.text.strip():
            continue
        if is_heading(nxt.text) or LIST_ITEM_RE.match(nxt.text):
            continue
        if _ENDS_OPEN.search(cur.text):
            rule, reason = "join-after-semicolon", "分号后断行，与下一行合并"
        elif _STARTS_CLOSING.match(nxt.text) and not is_heading(cur.text):
            rule, reason = "join-leading-punct", "下一行以标点开头，与本行合并"
        else:
            continue
        start = len(cur.text.rstrip()) + cur.start
        end = nxt.start + (len(nxt.text) - len(nxt.text.lstrip()))
        edits.append(make_edit(rule, reason, 0.9, start, end, "", kind="join"))
    return edits

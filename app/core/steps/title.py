"""The title goes on the first line: moved there if something unknown stands
before it, inserted from the page's metadata if the text lacks it, or removed
when the user asked for the body only.

>>> from app.core.testing import run_step
>>> run_step(run, "正文第一段。", title="秋天的校园")
'秋天的校园\\n正文第一段。'
"""
from __future__ import annotations

from ..document import Edit, make_edit
from ..textutil import line_span_for_drop, lines


def run(text: str, ctx) -> list[Edit]:
    title = (ctx.meta.get("title") or "").strip()
    if ctx.config.keep_lines or not title:
        return []
    ls = list(lines(text))
    found = next((l for l in ls if l.text.strip() == title), None)
    first = next((l for l in ls if l.text.strip()), None)
    if not ctx.config.title:
        if found is None:
            return []
        start, end = line_span_for_drop(text, found)
        return [make_edit("no-title", "只输出正文（--no-title）", 1.0, start, end, "", kind="drop")]
    if found is None:
        return [make_edit("title-from-meta", "正文中没有标题，取自网页的标题", 0.8, 0, 0, title + "\n",
                          kind="insert")]
    if first is not None and found.index != first.index:
        for l in ls[first.index:found.index]:
            if l.text.strip():
                ctx.flag(l.index + 1, l.text, "标题之前的未知行，已保留", "before-title", "title")
        start, end = line_span_for_drop(text, found)
        return [make_edit("title-first", "标题移到第一行", 0.9, 0, 0, title + "\n", kind="insert"),
                make_edit("title-first", "标题移到第一行", 0.9, start, end, "", kind="drop")]
    return []

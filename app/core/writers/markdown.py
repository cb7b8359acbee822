"""Markdown: ``# 标题``, ``##`` for 一、, ``###`` for （一）, ``####`` for 1.; a heading
that runs into its paragraph becomes the heading line and a paragraph under it.
Optional YAML front matter with the title, source URL, site and date.

>>> from app.core.document import Result
>>> r = Result(text="标题\\n一、总体要求\\n（一）成因要精准。精准识别是前提。\\n（1）第一步\\n", edits=[],
...            original="", title="标题", meta={"url": "https://a.cn/1", "site": "文驰范文网"})
>>> print(render_markdown(r, front_matter=True), end="")
---
title: "标题"
source: "https://a.cn/1"
site: "文驰范文网"
---
<BLANKLINE>
# 标题
<BLANKLINE>
## 一、总体要求
<BLANKLINE>
### （一）成因要精准。
<BLANKLINE>
精准识别是前提。
<BLANKLINE>
（1）第一步
"""
from __future__ import annotations

import json

import regex

from ..document import Result
from .structure import outline

HEADING_MARKS = {1: "##", 2: "###", 3: "####"}          # （1） stays a paragraph
_INLINE = regex.compile(r"([\\`*_<\[\]])")
_BLOCK_START = regex.compile(r"^(?:[#>+\-=|]|\d+[.)](?:\s|$))")


def escape(text: str) -> str:
    r"""Text that Markdown shows as it is: ``**市`` stays two asterisks.

    >>> escape("**市"), escape("# 不是标题"), escape("2024. 年")
    ('\\*\\*市', '\\# 不是标题', '2024\\. 年')
    """
    text = _INLINE.sub(r"\\\1", text)
    if _BLOCK_START.match(text):
        m = regex.match(r"^\d+", text)
        text = text[: m.end()] + "\\" + text[m.end():] if m else "\\" + text
    return text


def yaml_front_matter(result: Result, title: str | None = None) -> str:
    """YAML with double-quoted strings (JSON strings are valid YAML scalars)."""
    meta = result.meta
    fields = [("title", title or result.title or meta.get("title", "")), ("source", meta.get("url", "")),
              ("site", meta.get("site", "")), ("date", meta.get("date", ""))]
    lines = [f"{k}: {json.dumps(str(v), ensure_ascii=False)}" for k, v in fields if v or k == "title"]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def render_markdown(result: Result, front_matter: bool = False) -> str:
    o = outline(result)
    blocks: list[str] = []
    if o.title is not None:
        blocks.append("# " + escape(o.title))
    for p in o.paras:
        mark = HEADING_MARKS.get(p.level) if p.kind == "heading" else None
        if mark:
            blocks.append(f"{mark} {escape(p.head)}")
            if p.rest:
                blocks.append(escape(p.rest))
        else:
            blocks.append(escape(p.text))
    body = "\n\n".join(blocks) + "\n" if blocks else ""
    return (yaml_front_matter(result, o.title) if front_matter else "") + body

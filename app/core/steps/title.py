"""The title goes on the first line: moved there if something unknown stands
before it, inserted from the page's metadata if the text lacks it, or removed
when the user asked for the body only.

>>> from app.core.testing import run_step
>>> run_step(run, "正文第一段。", title="秋天的校园")
'秋天的校园\\n正文第一段。'
"""
from __future__ import annotations

import regex

from ..document import Edit, make_edit
from ..textutil import line_span_for_drop, lines

_SUFFIXES = (
    # 工作总结范文(精选9篇) / 【通用5篇】 / 描写秋天的诗歌（精选6首）
    regex.compile(r"\s*[（(【\[]\s*(?:精选|通用|优秀|热门|最新|推荐|经典|实用|完整版|汇编|汇总|合集|必备|范文)?"
                  r"\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[篇首则例份套]\s*(?:精选|范文|合集|汇总)?\s*[)）】\]]\s*$"),
    # 秋天的校园_作文网 / 标题 | 新浪新闻 / 标题-第一范文网
    # a file name: 调查报告.docx
    regex.compile(r"\.(?:docx?|pdf|pptx?|xlsx?|txt|wps|caj)$", regex.I),
    regex.compile(r"\s*(?:[_|｜]|\s[-—–]\s|[-—–])\s*[^_|｜\-—–]{1,20}"
                  r"(?:网|站|文库|范文|频道|首页|在线|百科|论坛|博客|公众号|新闻|日报|晚报|客户端|图书馆|\.com|\.cn)\s*$"),
)


def trim_title(title: str) -> str:
    """The title without a site's suffix.

    >>> trim_title("工作总结范文(精选9篇)"), trim_title("秋天的校园_作文网"), trim_title("开学典礼讲话-第一范文网")
    ('工作总结范文', '秋天的校园', '开学典礼讲话')
    >>> trim_title("讲话(2024年)"), trim_title("2024-2025学年工作计划")
    ('讲话(2024年)', '2024-2025学年工作计划')
    """
    for pattern in _SUFFIXES:
        m = pattern.search(title)
        if m and m.start() >= 4:
            title = title[: m.start()]
    return title


# what an official title ends with, when it is broken over two lines (…分类工作 / 实施方案)
_DOC_KIND = regex.compile(r"^(?:的)?(?:(?:实施|工作|行动)?方案|(?:实施)?细则|通知|意见|办法|规定|决定|报告|讲话|总结|"
                          r"(?:工作)?计划|(?:工作)?要点|公告|通告|通报|批复|请示|函|纪要|决议|章程|倡议书|公开信)$")


def _join_title_tail(text: str, ls, found, ctx) -> list[Edit]:
    r"""A title broken before its last words (the kind of document) is one line again.

    >>> from app.core.testing import run_step
    >>> run_step(run, "农村生活垃圾分类工作\n实施方案\n正文第一段。", title="农村生活垃圾分类工作")
    '农村生活垃圾分类工作实施方案\n正文第一段。'
    """
    nxt = next((l for l in ls[found.index + 1:] if l.text.strip()), None)
    head = found.text.strip()
    if nxt is None or not _DOC_KIND.match(nxt.text.strip()) or _DOC_KIND.search(head[-4:]) or head[-1:] in "。！？：；":
        return []
    ctx.meta["title"] = head + nxt.text.strip()
    start = found.start + len(found.text.rstrip())
    return [make_edit("title-two-lines", "标题断成两行（末行是文种），合为一行", 0.85, start,
                      nxt.start + len(nxt.text) - len(nxt.text.lstrip()), "", kind="join")]


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
    short = trim_title(title)
    if found is None:
        ctx.meta["title"] = short
        return [make_edit("title-from-meta", "正文中没有标题，取自网页的标题", 0.8, 0, 0, short + "\n",
                          kind="insert")]
    edits = _join_title_tail(text, ls, found, ctx)
    if short != title:
        ctx.meta["title"] = short
        at = found.start + found.text.index(title) + len(short)
        edits.append(make_edit("title-suffix", "标题后的网站名或“（精选N篇）”", 0.9, at, at + len(title) - len(short), ""))
    if first is not None and found.index != first.index:
        for l in ls[first.index:found.index]:
            if l.text.strip():
                ctx.flag(l.index + 1, l.text, "标题之前的未知行，已保留", "before-title", "title")
        start, end = line_span_for_drop(text, found)
        return [make_edit("title-first", "标题移到第一行", 0.9, 0, 0, short + "\n", kind="insert"),
                make_edit("title-first", "标题移到第一行", 0.9, start, end, "", kind="drop")]
    return edits

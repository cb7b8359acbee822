"""Choosing the title among the lines of a page, and finding its copies.

>>> similarity("会议讲话(2024年)", "会议讲话（2023年）") > 0.8
True
>>> title_like("市直机关工委书记讲话(2024年)"), title_like("同志们："), title_like("一、提高认识")
(True, False, False)
>>> title_like(":二是加强组织领导")          # read as the markers step will leave it
False
"""
from __future__ import annotations

import difflib

import regex

from ..textutil import Line, han_ratio, is_body_like, is_heading, squash

TITLE_MAX = 80
DUPLICATE_RATIO = 0.8
_NAV_SEP = regex.compile(r"[>»›|｜]")
_BAD_END = regex.compile(r"[，,：:；;、。]$")
_LABEL = regex.compile(r"^\S{1,6}[:：／/]")           # 作者：张三, 文／苏小北
_SUBTITLE = regex.compile(r"^(?:——|--|－－)")
_CLAUSE = regex.compile(r"[，,；;]")
# list-marker junk before 一是/二是 that the markers step removes later (generic pack,
# list-marker-junk): a line is judged as it will read, or a second cleaning would judge it anew
_MARKER_JUNK = regex.compile(r"^\s*[-—–·•:：~～*+]+\s*(?=[一二三四五六七八九十]{1,3}是)")


def title_like(s: str) -> bool:
    s = _MARKER_JUNK.sub("", s.strip())
    return (4 <= len(s) <= TITLE_MAX and not _BAD_END.search(s) and not is_body_like(s)
            and han_ratio(s) >= 0.5 and not is_heading(s) and not _NAV_SEP.search(s)
            and "。" not in s[:-1] and "；" not in s and ";" not in s
            and not _LABEL.match(s) and not _SUBTITLE.match(s))


def similarity(a: str, b: str) -> float:
    """How alike two lines are, ignoring punctuation and spaces (0 … 1)."""
    a, b = squash(a), squash(b)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# a line repeated only in a breadcrumb or menu is a section's name, not a title repeated
_NAV_RULES = frozenset(("breadcrumb", "breadcrumb-short", "nav-line", "nav-pipes", "menu-run"))
_META_RULES = frozenset(("meta-line", "meta-single", "meta-dots", "news-source", "gov-index", "date-meta",
                         "publish-info", "wechat-byline"))
_NO_EVIDENCE = _NAV_RULES | _META_RULES


def choose_title(page, meta_title: str) -> Line | None:
    """The page's title line: the one like the page's own title (HTML), else the
    head line the page repeats (a second title, an intro quoting it), else the
    longest title-like line of the head."""
    head = [l for l in page.lines if page.zone(l.index) == "head" and l.index not in page.drops
            and l.text.strip()]
    if meta_title:
        scored = [(similarity(meta_title, l.text), l) for l in head[:15]]
        scored = [x for x in scored if x[0] >= DUPLICATE_RATIO]
        return max(scored, key=lambda x: (x[0], -x[1].index))[1] if scored else None
    cands = [l for l in head if title_like(l.text) and l.index not in page.protected]
    for c in cands:
        key = squash(c.text)
        near = page.lines[: c.index + 12]
        if any(o.index != c.index and o.text.strip()
               and page.drops.get(o.index, ("",))[0] not in _NO_EVIDENCE
               and (similarity(c.text, o.text) >= DUPLICATE_RATIO or key in squash(o.text)) for o in near):
            return c
    # else the one right above the publishing line (时间、来源、发布日期 …), where a page sets its title
    for k, c in enumerate(cands):
        below = next((l for l in page.lines[c.index + 1:] if l.text.strip()), None)
        if below is not None and page.drops.get(below.index, ("",))[0] in _META_RULES:
            above = next((l for l in reversed(page.lines[:c.index]) if l.text.strip()), None)
            if len(c.text.strip()) <= 8 and k and above is cands[k - 1]:
                return above                # the author's name sits between the title and the date
            return c
    # else the one that looks most like a title: long enough (site names and mottoes are
    # short), no clauses (a line cut out of a paragraph has commas), the first on a tie
    return max(cands, key=lambda c: (_title_score(c.text), -c.index)) if cands else None


def _title_score(s: str) -> int:
    s = s.strip()
    return min(len(s), 24) - (16 if _CLAUSE.search(s) else 0)


_PAGE_NO = regex.compile(r"\s*[（(]\s*\d{1,3}\s*[)）]\s*$")     # the title again on page 2: …六百年（2）


def drop_title_copies(page, title: Line) -> None:
    """Drop head lines that repeat the title (give or take a year or a suffix)."""
    key = squash(title.text)
    for l in page.lines:
        if l.index == title.index or not page.open(l.index):
            continue
        if page.zone(l.index) != "head":
            if squash(_PAGE_NO.sub("", l.text)) == key and len(key) >= 6:
                page.drop(l.index, "title-repeat", "正文中重复出现的标题（转换文档的页眉）", 0.85)
            continue
        r = similarity(title.text, l.text)
        if r >= DUPLICATE_RATIO and title_like(l.text):
            page.drop(l.index, "title-duplicate", "重复的标题", round(r, 2))


def drop_author_name(page, title: Line) -> None:
    """A short name between the title and the publishing line is the author's (百家号:
    title / 乡野记事簿 / 2024-06-14 18:52…)."""
    below = [l for l in page.lines[title.index + 1:title.index + 6] if l.text.strip()][:2]
    if len(below) == 2 and page.open(below[0].index) and len(below[0].text.strip()) <= 8 \
            and not _CLAUSE.search(below[0].text) and page.drops.get(below[1].index, ("",))[0] in _META_RULES:
        page.drop(below[0].index, "author-name", "标题与发布时间之间的作者名", 0.8)


def drop_paged_title(page, title: str) -> None:
    """The page's title set again with a page number over each page of a split article
    (…六百年（2）), when the title itself is not among the lines."""
    key = squash(title)
    for l in page.lines:
        if page.open(l.index) and _PAGE_NO.search(l.text) and len(key) >= 6 \
                and squash(_PAGE_NO.sub("", l.text)) == key:
            page.drop(l.index, "title-repeat", "分页处重复的标题（带页码）", 0.85)


def drop_before_title(page, title: Line) -> None:
    """What is left above the title in the head (a site's name, motto, section
    label) is page furniture; dropped with modest confidence, so it shows for review."""
    for l in page.lines[: title.index]:
        if page.open(l.index) and page.zone(l.index) == "head" and len(l.text.strip()) <= 25:
            page.drop(l.index, "before-title", "标题之前的页头内容（站名、口号、栏目）", 0.7)

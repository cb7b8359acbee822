"""Main-content extraction for HTML: find the article's container, keep its blocks,
drop the rest, and say for every dropped line which signal dropped it.

Each block (one line of the page text) gets a weight from its own features:
Chinese text with punctuation and few links counts for the article, link-heavy
blocks (menus, lists of headlines) and short unpunctuated labels count against
it. A container's score is the sum of the weights of the blocks inside it; the
best-scoring container that is not a comment area, sidebar or footer by its
class or id is the article (an ``itemprop=articleBody`` or ``<article>`` element
that holds most of the text is preferred). Siblings of that container that carry
real text too are added, since many sites split an article over several boxes.
Inside the article, link-dense blocks and blocks in share bars, comment areas
and the like are dropped as well.

>>> from app.core.readers.html import read_html
>>> from app.core.testing import run_doc_step
>>> page = ('<body><div class="nav"><a>首页</a><a>新闻</a></div><div class="article">'
...         '<p>今天上午，全市召开作风建设大会，部署下一阶段的重点工作。</p>'
...         '<p>会议强调，要坚持问题导向，狠抓工作落实，确保各项任务按期完成。</p>'
...         '<div class="share">分享到：<a>微信</a><a>微博</a></div></div>'
...         '<div class="footer">关于我们 | 联系我们</div></body>')
>>> print(run_doc_step(run, read_html(page.encode())))
今天上午，全市召开作风建设大会，部署下一阶段的重点工作。
会议强调，要坚持问题导向，狠抓工作落实，确保各项任务按期完成。
"""
from __future__ import annotations

import functools

import regex

from ..document import Edit
from ..rules import RuleTimeout
from ..textutil import lines
from ._drops import drop_runs

PUNCT = regex.compile(r"[，。！？；：、,.!?;:“”「」]")
# class/id tokens ("comment-list" → comment, list) that mark what is not the article
ALWAYS_NEGATIVE = frozenset("""
comment comments cmt reply replies pinglun discuss footer foot copyright breadcrumb crumb crumbs
mianbao sidebar sidebox rightbar leftbar aside share sharing fenxiang bdshare social related relate
xiangguan recommend recommended tuijian remen hotnews hotlist ranking rank nav navbar navigation
daohang menu topbar toolbar login register signin popup modal advert ads adsense banner sponsor
subscribe qrcode erweima download gotop backtop pager pagination pagenav prevnext friendlink
friendlinks links tags tagcloud keywords fontsize print follow nickname profile dialog toast reward
praise sign signature qianming toc catalog catalogue mulu reflist taglist infobox numbering gutter
linenums lineno linenos xgplayer dplayer videoplayer vjs
""".split())
# whole class names that say the same (their parts alone say too little): an encyclopedia's
# info box, contents, references and senses; a code box's line numbers
NEGATIVE_NAMES = frozenset("""
basic-info basicinfo lemma-catalog reference-list-wrap lemma-reference
polysemant-list pre-numbering line-numbers-rows hljs-ln-numbers user-info userinfo user-card usercard
author-info authorinfo author-card poster-info user-pic tt-video-box video-box video-meta video-js
video-player video-wrap
""".split())
NEGATIVE_HINT = frozenset("side hot list more ad top bottom tool widget search footer header prev next stock".split())
POSITIVE = frozenset("""
article articlebody artibody content contents main entry post story detail details text txt body
zhengwen neirong wenzhang js_content rich_media_content cont con news newscon
""".split())
_TOKEN = regex.compile(r"[a-z0-9]+")
_TEXT_TAGS = frozenset("ul ol li p table tbody tr td th dl dd dt blockquote h1 h2 h3 h4 h5 h6 pre".split())
# elements that can hold an article; paragraphs, headings and list items are what they hold
CONTAINERS = frozenset("body div section article main td table tbody center dd blockquote form font span".split())
UNSURE_WEIGHT = 60        # a block outside the article with this much weight is kept and flagged
MIN_ARTICLE = 40          # characters of weight below which a page has no article to find


def _chars(s: str) -> int:
    return len("".join(s.split()))


def block_weight(text: str, link_chars: int) -> float:
    """How much one block speaks for being article text (negative: against).

    >>> block_weight("今天上午，全市召开作风建设大会，部署下一阶段的重点工作。", 0) > 20
    True
    >>> block_weight("首页", 2) < 0
    True
    """
    c = _chars(text)
    if not c:
        return 0.0
    ld = min(1.0, link_chars / c)
    if ld >= 0.5:
        return -float(c)
    p = len(PUNCT.findall(text))
    if p == 0 and c < 25:
        return -0.5 * min(c, 10)
    return c * (1.0 - ld) * (1.0 if p else 0.7)


@functools.lru_cache(maxsize=4096)
def unlikely(classid: str, tag: str = "div") -> bool:
    """A container whose class or id says it is not the article (comments, share bar …).
    Hints like "list" or "side" count only on boxes, not on lists and paragraphs.

    >>> unlikely("comment-text"), unlikely("article-content"), unlikely("main"), unlikely("side-list")
    (True, False, False, True)
    >>> unlikely("list-paddingleft-1", "ul")
    False
    """
    tokens = _TOKEN.findall(classid)
    if not tokens:
        return False
    if any(t in ALWAYS_NEGATIVE for t in tokens) or any(n in NEGATIVE_NAMES for n in classid.split()):
        return True
    return (tag not in _TEXT_TAGS and any(t in NEGATIVE_HINT for t in tokens)
            and not any(t in POSITIVE for t in tokens))


def run(text: str, ctx) -> list[Edit]:
    doc = ctx.doc
    if doc.kind != "html" or not doc.elements or ctx.config.keep_lines:
        return []
    ls = list(lines(text))
    if len(ls) != len(doc.blocks):
        return []                       # the text no longer lines up with the blocks
    rules = [r for r in ctx.rules("boilerplate") if r.action == "drop-line"]

    def furniture(line: str) -> bool:
        try:
            return any(r.matches_line(line) for r in rules)
        except RuleTimeout:
            return False

    plan = plan_extraction(doc, furniture)
    if plan is None:
        return []
    drops, unsure = plan
    for i in unsure:
        ctx.flag(i + 1, ls[i].text, "在正文区域之外，但读来像正文：保留，请核对", "outside-main-kept", "extract")
    return drop_runs(text, ls, drops)


def plan_extraction(doc, furniture=None):
    """(block index → (rule, reason, confidence) for every block to drop, indices of
    blocks kept although outside the article); None: keep everything.

    ``furniture(line)`` says whether a rule names a line as site furniture. When the whole
    page comes out as the article (a page laid out in tables, where the banner, the
    publishing line and the footer read like sentences too), the choice is made again
    with such lines counting for nothing."""
    elements, blocks = doc.elements, doc.blocks
    weights = [block_weight(b.text, b.features.get("link_chars", 0)) for b in blocks]
    parent_of = _parents(blocks)
    boxes = _unlikely_boxes(elements, blocks, weights) | _replies(elements, blocks, parent_of)
    for i, b in enumerate(blocks):
        if weights[i] > 0 and any(e in boxes for e in b.features.get("path", (0,))):
            weights[i] = -0.5 * weights[i]        # text in comments, sidebars … speaks against its container
    scores = _scores(blocks, weights)
    best = _best_container(elements, scores, boxes)
    if best == 0 and furniture is not None:
        plain = [0.0 if w > 0 and len(b.text) <= 120 and furniture(b.text) else w for b, w in zip(blocks, weights)]
        again = _scores(blocks, plain)
        other = _best_container(elements, again, boxes)
        if other not in (None, 0) and again[other] >= MIN_ARTICLE:
            best, scores = other, again
    if best is None or scores[best] < MIN_ARTICLE:
        return None
    keep_roots = _with_siblings(best, parent_of, scores, boxes)
    drops: dict[int, tuple[str, str, float]] = {}
    unsure: list[int] = []
    for i, (b, w) in enumerate(zip(blocks, weights)):
        path = b.features.get("path", (0,))
        inside = next((k for k in keep_roots if k in path), None)
        if inside is None:
            if w >= UNSURE_WEIGHT and not any(e in boxes for e in path):
                unsure.append(i)          # reads like article text: keep it, and say so
                continue
            drops[i] = ("outside-main", f"正文区域之外（正文在 {_describe(elements, best)}）", 0.9 if w <= 0 else 0.75)
            continue
        below = path[path.index(inside) + 1:]
        bad = next((e for e in below if e in boxes), None)
        if bad is not None:
            drops[i] = ("unlikely-box", f"正文中的「{elements[bad][1][:30]}」区块（评论、分享、推荐等）", 0.85)
        elif w < 0 and b.features.get("link_chars", 0) >= max(2, 0.5 * _chars(b.text)):
            drops[i] = ("link-dense", "链接密集的行（导航、标题列表）", 0.85)
    return drops, unsure


def _scores(blocks, weights) -> dict[int, float]:
    """Each container's score: the weights of the blocks inside it."""
    scores: dict[int, float] = {}
    for b, w in zip(blocks, weights):
        for el in b.features.get("path", (0,)):
            scores[el] = scores.get(el, 0.0) + w
    return scores


def _unlikely_boxes(elements, blocks, weights) -> set[int]:
    """Containers unlikely by class or id, except wrappers holding most of the page's text."""
    total = sum(w for w in weights if w > 0) or 1.0
    positive: dict[int, float] = {}
    for b, w in zip(blocks, weights):
        if w > 0:
            for e in b.features.get("path", (0,)):
                positive[e] = positive.get(e, 0.0) + w
    return {e for e, (tag, classid, _prop) in enumerate(elements)
            if e and unlikely(classid, tag) and positive.get(e, 0.0) <= 0.5 * total}


# a forum's posts in boxes numbered by the post's id: Discuz! <div id="post_5512301">, phpBB
# <div id="p12345">, <table id="pid5512301">, <td id="postmessage_5512301">
_NUMBERED_POST = regex.compile(r"(?:^|\s)(?:post|pid|postmessage|p)[_-]?\d{4,}(?:\s|$)")
# the line that opens a forum post: who posted when, which floor
_FLOOR_WORDS = frozenset(("楼主", "沙发", "板凳", "地板"))
_FLOOR = regex.compile(r"发表于\s*[:：]?\s*\d{4}-|^(?:楼主|沙发|板凳|地板|\d{1,4}\s*(?:楼|#)|#\d{1,4})(?:\s|$|发表)")


def _parents(blocks) -> dict[int, int]:
    """Container → the container it sits in, from the blocks' paths."""
    parent_of: dict[int, int] = {}
    for b in blocks:
        path = b.features.get("path", (0,))
        for a, c in zip(path, path[1:]):
            parent_of[c] = a
    return parent_of


def _replies(elements, blocks, parent_of: dict[int, int]) -> set[int]:
    """The replies of a forum thread: sibling boxes numbered as posts, all but the first
    (the thread's first post is the article; what others answered is not).

    >>> from app.core.readers.html import read_html
    >>> page = read_html(('<body><div id="postlist"><div id="post_1001">一楼</div>'
    ...                   '<div id="post_1002">二楼</div><div id="post_1003">三楼</div></div></body>').encode())
    >>> sorted(page.elements[e][1] for e in _replies(page.elements, page.blocks, _parents(page.blocks)))
    ['post_1002', 'post_1003']
    """
    floors: set[int] = set()              # containers holding a post's 楼主/沙发/发表于 line
    for b in blocks:
        path = b.features.get("path", (0,))
        t = b.text
        if len(t) <= 80 and ("发表" in t or "楼" in t or "#" in t or t[:2] in _FLOOR_WORDS) and _FLOOR.search(t):
            floors.update(path)
    groups: dict[tuple, list[int]] = {}
    for e, parent in parent_of.items():
        if _NUMBERED_POST.search(elements[e][1]):
            groups.setdefault((parent, "id"), []).append(e)
        elif e in floors and elements[e][1]:
            # boxes of one kind side by side, each with its floor line: a thread's posts
            groups.setdefault((parent, elements[e][0], elements[e][1]), []).append(e)
    return {e for posts in groups.values() if len(posts) >= 2 for e in sorted(posts)[1:]}


def _best_container(elements, scores: dict[int, float], boxes: set[int]) -> int | None:
    cands = [e for e in scores if e not in boxes and elements[e][0] in CONTAINERS]
    if not cands:
        return 0 if scores.get(0, 0) > 0 else None
    top = max(scores[e] for e in cands)
    preferred = [e for e in cands if (elements[e][2] == "articlebody" or elements[e][0] == "article")
                 and scores[e] >= 0.6 * top]
    if preferred:
        return max(preferred, key=lambda e: scores[e])
    # the deepest container that holds (nearly) the best score: the tightest box around the article
    good = [e for e in cands if scores[e] >= top - 0.02 * abs(top)]
    return max(good)


def _with_siblings(best: int, parent_of: dict[int, int], scores, boxes: set[int]) -> list[int]:
    """The article container and its sibling boxes that hold real text too."""
    parent = parent_of.get(best)
    if parent is None:
        return [best]
    floor = max(0.2 * scores[best], 60.0)
    sibs = [e for e, p in parent_of.items()
            if p == parent and e != best and scores.get(e, 0) >= floor and e not in boxes]
    return [best, *sibs]


def _describe(elements, e: int) -> str:
    tag, classid, _ = elements[e]
    return f"<{tag}{' ' + classid[:30] if classid else ''}>"

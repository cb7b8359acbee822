"""HTML → Document with lxml: scripts, styles and comments dropped, one block per
paragraph-level element, the title from ``<h1>`` (else ``<title>``), and the source
URL, site name and date in the metadata.

>>> doc = read_html(b"<html><head><title>T_Site</title><script>x=1</script></head>"
...                 b"<body><h1>Title</h1><p>One <b>two</b></p><!-- c --><p>Three<br>Four</p></body></html>")
>>> doc.text
'Title\\nOne two\\nThree\\nFour'
>>> doc.meta["title"]
'Title'
"""
from __future__ import annotations

import regex
from lxml import etree

from ..document import Block, Document
from .decode import Decoded, decode

BLOCK_TAGS = frozenset("""
p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tbody thead tfoot tr caption section article
header footer nav aside blockquote pre form main figure figcaption address center hr body
fieldset legend details summary menu
""".split())
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
             "canvas", "select", "textarea", "button", "input", "head")
CELL_TAGS = frozenset(("td", "th"))
CONTAINER_TAGS = BLOCK_TAGS | CELL_TAGS

_CHARSET = regex.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
_XML_ENC = regex.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", regex.I)
_SAVED_FROM = regex.compile(r"saved from url=\(\d+\)(\S+)")
_WS = regex.compile(r"\s+")
_CJK_GAP = regex.compile(r"(?<=[\p{Han}\u3000-\u303F\uFF00-\uFFEF“”‘’])\s+(?=[\p{Han}\u3000-\u303F\uFF00-\uFFEF“”‘’])")
_TITLE_SPLIT = regex.compile(r"\s*(?:_|\||｜|--|——|\s-\s|\s–\s|\s@\s|::)\s*")     # 痞客邦: 文章 @ 部落格 :: 痞客邦 ::


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _CHARSET.search(head) or _XML_ENC.search(head)
    return m.group(1).decode("ascii") if m else None


def read_html(data: bytes, source: str = "", declared: str | None = None) -> Document:
    """Read a page; ``declared`` is a charset known from outside (MHTML, HTTP), else the page's own."""
    decoded = decode(data, declared or declared_charset(data))
    return html_to_document(decoded.text, source, decoded)


def html_to_document(text: str, source: str = "", decoded: Decoded | None = None) -> Document:
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=False, huge_tree=True)
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        meta = {**_enc_meta(decoded), "parser": "fallback"}
        return Document.from_blocks(_fallback_blocks(text), source=source, kind="html", meta=meta)
    meta = _enc_meta(decoded)
    meta.update(_metadata(root, text))
    hidden = _drop_hidden(root, _hidden_classes(root)) + _drop_citations(root) + _drop_badges(root)
    if hidden:
        meta["hidden_dropped"] = hidden
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *DROP_TAGS, with_tail=False)
    _mark_data_rows(root)
    body = root.find("body")
    if body is None:
        body = root
    lin = _Linearizer()
    blocks = lin.run(body)
    if _lost_text(blocks, text):
        # libxml2 gives up on very deep nesting (thousands of levels) and drops what is
        # inside; read such a page the simple way instead, so its text is not lost
        meta["parser"] = "fallback"
        return Document.from_blocks(_fallback_blocks(text), source=source, kind="html", meta=meta)
    if meta.get("generator") == "word":
        # a Word document saved as a web page: its <title> is the file's name; its title is
        # its first line
        first = next((b.text.strip() for b in blocks if b.text.strip()), "")
        meta["title"] = next((b.text.strip() for b in blocks if b.tag == "h1" and b.text.strip()), "") or (
            first if len(first) <= 40 and not regex.search(r"[。！？；]$", first) else "")
    else:
        meta["title"] = choose_page_title(blocks, meta.get("page_title", ""), meta.get("page_title_full", ""))
    doc = Document.from_blocks(blocks, source=source, kind="html", meta=meta)
    doc.elements = lin.elements
    return doc


_STRIP_DROP = regex.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", regex.S | regex.I)
_BLOCK_END = regex.compile(r"<(?:br\s*/?|/(?:p|div|li|h[1-6]|tr|section|article|blockquote|table|ul|ol|pre))\s*>",
                           regex.I)
_TAG = regex.compile(r"<[^>]*>")


def _plain_chars(html_text: str) -> int:
    body = _STRIP_DROP.sub(" ", html_text)
    return len("".join(_TAG.sub("", body).split()))


def _lost_text(blocks: list[Block], html_text: str) -> bool:
    """True when the parsed blocks hold far less text than the page's source does."""
    got = sum(len("".join(b.text.split())) for b in blocks)
    if got >= 200:
        return False
    return _plain_chars(html_text) > max(8, 2 * got)


def _fallback_blocks(html_text: str) -> list[Block]:
    import html as html_mod
    body = _STRIP_DROP.sub(" ", html_text)
    head_end = regex.search(r"</head\s*>", body, regex.I)
    if head_end:
        body = body[head_end.end():]
    out = []
    for part in _BLOCK_END.split(body):
        text = _squeeze(html_mod.unescape(_TAG.sub("", part)))
        if text:
            out.append(Block(text, "p", {"link_chars": 0}))
    return out


def choose_page_title(blocks: list[Block], page_title: str, full_title: str = "") -> str:
    """The article's title: the heading most like the page's ``<title>`` (sites put their
    logo in an ``<h1>`` too), else the first ``<h1>``, else the ``<title>``. A heading is
    compared with the ``<title>`` cut at each of its separators, since the article's own
    title may hold one (新竹尖石_美樹營地賞楓 @ 部落格 :: 痞客邦 ::).

    >>> bs = [Block("公文范文网", "h1"), Block("关于加强安全生产的讲话", "h2"), Block("正文。", "p")]
    >>> choose_page_title(bs, "关于加强安全生产的讲话")
    '关于加强安全生产的讲话'
    >>> bs = [Block("史蒂文的家", "h1"), Block("新竹尖石_美樹營地賞楓", "h2"), Block("正文。", "p")]
    >>> choose_page_title(bs, "新竹尖石", "新竹尖石_美樹營地賞楓 @ 史蒂文的家 :: 痞客邦 ::")
    '新竹尖石_美樹營地賞楓'
    """
    import difflib
    # a heading that is all in brackets qualifies the one before it (百科: 岚溪镇 + （…下辖镇）)
    heads = [b.text.strip() for b in blocks if b.tag in ("h1", "h2", "h3") and b.text.strip()
             and not _BRACKETED.fullmatch(b.text.strip())][:12]
    if page_title and heads:
        shapes = {page_title} | {full_title[:m.start()].strip() for m in _TITLE_SPLIT.finditer(full_title)
                                 if m.start() >= 4}
        best, best_like = None, 0.6
        for h in heads:
            for shape in shapes:
                m = difflib.SequenceMatcher(None, h, shape, autojunk=False)
                # the quick ratios bound the ratio from above: most headings are ruled out by them
                if m.real_quick_ratio() >= best_like and m.quick_ratio() >= best_like:
                    like = m.ratio()
                    if like > best_like or best is None and like >= best_like:
                        best, best_like = h, like
        if best is not None:
            return best
    h1 = next((b.text.strip() for b in blocks if b.tag == "h1" and b.text.strip()), "")
    if not h1 and full_title:
        # no heading: a line near the top that is the <title> up to a mark (通知-学校名)
        cuts = {full_title[:m.start()].strip() for m in regex.finditer(r"[-—–_|｜]", full_title) if m.start() >= 4}
        line = next((b.text.strip() for b in blocks[:80] if b.text.strip() in cuts), "")
        if line:
            return line
    return h1 or page_title


def _enc_meta(decoded: Decoded | None) -> dict:
    if decoded is None:
        return {}
    return {"encoding": decoded.encoding, "encoding_confidence": decoded.confidence,
            "encoding_how": decoded.how, "decode_errors": decoded.errors}


def clean_page_title(title: str) -> str:
    """The article part of a ``<title>``: "文章_网站" → "文章".

    >>> clean_page_title("秋天的校园_作文网")
    '秋天的校园'
    >>> clean_page_title("台南兩天一夜散步小旅行 @ 旅行的小日子 :: 痞客邦 ::")
    '台南兩天一夜散步小旅行'
    """
    title = _WS.sub(" ", title).strip()
    parts = [p for p in _TITLE_SPLIT.split(title) if p.strip()]
    if len(parts) > 1 and len(parts[0]) >= 4:
        return parts[0].strip()
    return title


# (element, attribute, its value, the attribute that holds the datum, metadata key), by priority
_META_SOURCES = (("link", "rel", "canonical", "href", "url"),
                 ("meta", "property", "og:url", "content", "url"),
                 ("meta", "property", "og:site_name", "content", "site"),
                 ("meta", "name", "author", "content", "author"),
                 ("meta", "property", "article:published_time", "content", "date"),
                 ("meta", "name", "pubdate", "content", "date"),
                 ("meta", "name", "publishdate", "content", "date"))


def _metadata(root, text: str) -> dict:
    meta: dict = {}
    t = root.find(".//title")
    title = "".join(t.itertext()) if t is not None else ""
    if title.strip():
        meta["page_title"] = clean_page_title(title)
        meta["page_title_full"] = _WS.sub(" ", title).strip()
    # the first value of each kind in document order, found in one walk over <link> and <meta>
    first: list[str | None] = [None] * len(_META_SOURCES)
    for el in root.iter("link", "meta"):
        if el.tag == "meta" and (el.get("name") or "").lower() in ("generator", "progid") \
                and ("Microsoft Word" in (el.get("content") or "") or "Word.Document" in (el.get("content") or "")):
            meta["generator"] = "word"
        for k, (tag, attr, value, take, _key) in enumerate(_META_SOURCES):
            if first[k] is None and el.tag == tag and el.get(attr) == value:
                first[k] = el.get(take)
    for found, (*_how, key) in zip(first, _META_SOURCES):
        if key not in meta and found is not None and found.strip():
            meta[key] = found.strip()
    if "url" not in meta:
        m = _SAVED_FROM.search(text[:2048])
        if m:
            meta["url"] = m.group(1)
    return meta


class _Linearizer:
    """Walks the body (iteratively, so deep nesting cannot overflow the stack) and
    cuts its text into blocks at block-level elements; table cells are joined by tabs.

    Every block records the chain of containers it sits in (``features["path"]``,
    indices into ``elements``: tag, class and id, itemprop), which the extract step
    uses to find the article's container and to name what it drops."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[tuple[str, str, str]] = [("body", "", "")]
        self.path: list[int] = [0]
        self.buf: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.tags: list[str] = ["body"]
        self.in_heading = 0        # inside h1–h6: a <br> does not end the line
        self.in_row = 0            # inside a table row of data (see _mark_data_rows)

    def _pre(self, el) -> None:
        """A ``<pre>`` block: one block a line, as written (indentation kept), tagged "pre"
        so that the repairs leave it alone."""
        for line in _pre_text(el).expandtabs(4).split("\n"):
            line = line.rstrip()
            if line.strip():
                self.blocks.append(Block(line, "pre", {"link_chars": 0, "path": tuple(self.path)}))

    def run(self, body) -> list[Block]:
        containers, cells, flush, text = CONTAINER_TAGS, CELL_TAGS, self._flush, self._text
        tags, elements, path = self.tags, self.elements, self.path
        walker = etree.iterwalk(body, events=("start", "end"))
        for event, el in walker:
            if el is body:
                continue
            tag = el.tag               # libxml2's HTML parser gives element names in lower case
            if tag.__class__ is not str:
                tag = ""
            if event == "start":
                if tag == "br":
                    if self.in_heading or self.in_row:
                        self.buf.append(" ")                  # a heading or a table row stays one line
                        continue
                    before = len(self.blocks)
                    flush()
                    if len(self.blocks) > before:
                        self.blocks[-1].features["br"] = True     # a line break, not a block's end
                    continue
                if tag in containers:
                    if self.in_row and tag not in cells and tag != "tr":
                        self.buf.append(" ")                  # a <p> or <div> inside a table cell
                    elif tag not in cells:
                        flush()
                    tags.append(tag)
                    cls, eid = el.get("class"), el.get("id")
                    if cls or eid:
                        raw = f"{cls or ''} {eid or ''}"
                        classid = (raw if raw.islower() else _CAMEL.sub("-", raw)).strip().lower()
                    else:
                        classid = ""
                    elements.append((tag, classid, (el.get("itemprop") or "").lower()))
                    path.append(len(elements) - 1)
                    if tag in _HEADINGS:
                        self.in_heading += 1
                    elif tag == "tr" and el.get(_DATA_ROW):
                        self.in_row += 1
                    elif tag == "pre" and not self.in_row:
                        flush()
                        self._pre(el)
                        walker.skip_subtree()
                        continue
                elif tag == "a":
                    self.link_depth += 1
                head = el.text
                if head:
                    text(head)
            else:
                if tag == "a":
                    self.link_depth -= 1
                elif tag in containers:
                    if tag in cells:
                        self.buf.append("\t")
                    elif self.in_row and tag != "tr":
                        self.buf.append(" ")
                    else:
                        if tag == "tr" and el.get(_DATA_ROW):
                            self.in_row -= 1
                        flush()
                    if tag in _HEADINGS:
                        self.in_heading -= 1
                    tags.pop()
                    path.pop()
                tail = el.tail
                if tail:
                    text(tail)
        flush()
        return self.blocks

    def _text(self, s: str | None) -> None:
        if s:
            self.buf.append(s)
            if self.link_depth:
                self.link_chars += len("".join(s.split()))

    def _flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        if raw.isspace():
            self.link_chars = 0
            return
        links, self.link_chars = self.link_chars, 0
        tag = self.tags[-1]
        if "\t" in raw:
            text = "\t".join(c for c in (_squeeze(p) for p in raw.split("\t")) if c)
        else:
            text = _squeeze(raw)
        if text:
            self.blocks.append(Block(text, tag, {"link_chars": links, "path": tuple(self.path)}))


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# CSS-module names run words together (index_stockBox_1Ug2k, relateNews): split them for the extractor
_CAMEL = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_BRACKETED = regex.compile(r"[（(【\[][^（()）【】\[\]]*[)）】\]]")
# labels a site sets inside a headline, beside its words (<span class="tag">原创</span>)
BADGES = frozenset("原创 独家 首发 置顶 精华 热 热门 荐 推荐 精 新 图文 视频 专题 转载 頭條 原創 獨家 熱門".split())
_DATA_ROW = "data-qinggao-row"
# what a code box holds beside the code: line numbers, copy buttons
_GUTTER_NAMES = frozenset(("pre-numbering", "line-numbers-rows", "hljs-ln-numbers", "hljs-button", "copy-btn",
                           "code-copy", "gutter", "linenums", "lineno", "linenos", "numbering"))
# not visibility:hidden: a saved WeChat article's body is, until its script shows it
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none")
_CITATION = regex.compile(r"\[\s*\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\s*\]")
_ENCYCLOPEDIA_SUP = frozenset(("sup--normal", "sup-normal", "reference", "mw-ref"))
HIDDEN_MAX_CHARS = 300     # hidden text longer than this may be an article a script shows: kept


def _classes(el) -> set[str]:
    return set((el.get("class") or "").lower().split())


def _pre_text(el) -> str:
    """The text of a code box as it reads: line numbers and buttons left out, each line
    element (``<li>``, ``<div>``) on a line of its own."""
    parts: list[str] = []
    stack = [(el, False)]
    while stack:
        node, done = stack.pop()
        if done:
            if node.tag in BLOCK_TAGS and parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            if node.tail and node is not el:
                parts.append(node.tail)
            continue
        if node is not el and (not isinstance(node.tag, str) or _classes(node) & _GUTTER_NAMES):
            if node.tail:
                parts.append(node.tail)
            continue
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts)


_GONE = "qinggao-gone"


def _remove(els) -> int:
    """Take elements out of the tree, keeping the text that follows each (lxml's own
    ``strip_elements`` with ``with_tail=False``). How many there were."""
    for el in els:
        el.tag = _GONE
    if els:
        etree.strip_elements(els[0].getroottree(), _GONE, with_tail=False)
    return len(els)


_CSS_COMMENT = regex.compile(r"/\*.*?\*/", regex.S)
_CSS_MEDIA = regex.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_CSS_RULE = regex.compile(r"([^{}@;]+)\{([^{}]*)\}")
_DISPLAY_NONE = regex.compile(r"display\s*:\s*none")
_CLASS_SELECTOR = regex.compile(r"[a-z0-9]*(?:\.[\w-]+)+", regex.I)
_CLASS_NAME = regex.compile(r"\.([\w-]+)")


def _hidden_classes(root) -> list[frozenset[str]]:
    """Class sets a page's own style sheet hides (``.title-prefix{display:none}``): the
    last part of each selector, when it is classes only; rules inside ``@media`` do not
    count, and neither does a set that a more specific rule shows again."""
    hide, show = [], []
    for style in root.iter("style"):
        css = style.text or ""
        if "display" not in css:
            continue
        css = _CSS_MEDIA.sub("", _CSS_COMMENT.sub("", css))
        for m in _CSS_RULE.finditer(css):
            into = hide if _DISPLAY_NONE.search(m.group(2)) else show
            if into is show and "display" not in m.group(2):
                continue
            for sel in m.group(1).split(","):
                last = sel.split()[-1] if sel.split() else ""
                if _CLASS_SELECTOR.fullmatch(last):
                    into.append(frozenset(c.lower() for c in _CLASS_NAME.findall(last)))
    return [h for h in hide if not any(h < s for s in show)]


def _drop_hidden(root, hidden_classes: list[frozenset[str]]) -> int:
    """Remove what a reader of the page never sees: elements hidden by their own style
    (``display:none``), by the ``hidden`` attribute, or by a class the page's style sheet
    hides, when they hold little text, and never most of the page's text. How many were
    removed."""
    cands = [el for el in root.xpath("//*[@hidden or contains(@style, 'none')]")
             if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or "")]
    if hidden_classes:
        cands += [el for el in root.xpath("//*[@class]") if any(h <= _classes(el) for h in hidden_classes)]
    cands = [el for el in dict.fromkeys(cands) if el.tag not in ("html", "body", "head", "style", "script")]
    if not cands:
        return 0
    size = {el: len("".join(el.xpath("string()").split())) for el in cands}
    gone = [el for el in cands if size[el] <= HIDDEN_MAX_CHARS]
    if gone and any(n for n in size.values()):
        total = len("".join(root.xpath("string(//body)").split()))
        gone = [el for el in gone if size[el] <= total // 2]
    return _remove(gone)


def _drop_citations(root) -> int:
    """An encyclopedia's reference marks (``<sup class="sup--normal">[3-4]</sup>``, Wikipedia's
    ``<sup class="reference">``), whose reference list is the site's, not the article's; an
    author's own footnote marks (知乎: a plain ``<sup>``) stay with the notes they point to.
    Also the "^" links back from a note to its mark."""
    gone = [sup for sup in root.iter("sup")
            if (sup.get("data-sup") is not None or _classes(sup) & _ENCYCLOPEDIA_SUP)
            and _CITATION.fullmatch("".join(sup.itertext()).strip())]
    gone += root.xpath("//a[normalize-space(.)='^' or normalize-space(.)='↑']")
    return _remove(gone)


def _drop_badges(root) -> int:
    """Labels inside a headline that are not its words: an element of its own, within an
    ``<h1>``–``<h3>`` that has other text, holding only 原创, 独家, 置顶 and the like."""
    gone = []
    for h in root.iter("h1", "h2", "h3"):
        badges = [el for el in h.iterdescendants() if isinstance(el.tag, str)
                  and "".join(el.itertext()).strip() in BADGES]
        if sum(len("".join(e.itertext()).strip()) for e in badges) < len("".join(h.itertext()).strip()):
            gone += badges                     # a heading that is only a badge stays
    return _remove(gone)


def _mark_data_rows(root) -> None:
    """Mark the table rows that hold data (two or more short cells, none holding a table or
    more than one paragraph), so that each stays one line with its cells joined by tabs even
    when a cell wraps its text in ``<p>`` or ``<div>``; rows of a layout table (a forum's
    author card beside the post) are left alone."""
    for tr in root.iter("tr"):
        cells = [c for c in tr if c.tag in CELL_TAGS]
        if len(cells) >= 2 and tr.find(".//table") is None and all(_data_cell(c) for c in cells):
            tr.set(_DATA_ROW, "1")


def _data_cell(cell) -> bool:
    if len("".join(cell.xpath("string()").split())) > 200:
        return False
    blocks = breaks = 0
    for el in cell.iterdescendants():
        if el.tag == "br":
            breaks += 1
        elif el.tag in BLOCK_TAGS:
            blocks += 1
    return blocks <= 1 and breaks <= 2


def _squeeze(raw: str) -> str:
    """Collapse white space; none at all between two Chinese characters."""
    text = _WS.sub(" ", raw)
    return (_CJK_GAP.sub("", text) if " " in text else text).strip()

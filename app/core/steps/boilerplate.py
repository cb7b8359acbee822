"""Site furniture: every line gets a verdict, and every dropped line a rule and a reason.

Lines are sorted into zones: the head (before the first line of running text),
the body and the tail (after the last). Rule packs say which lines to keep
whatever else says (``keep-line``: 【篇一】), which to drop in which zone
(``drop-line``), which open a list of links to drop with them (``drop-list``:
"相关文章：" and the titles under it), which open a comment section that runs to
the end (``drop-rest``), which to keep but flag (``flag-line``), and which
sentences to cut out of a kept line (``replace``: inline ads). Generic signals
add what no rule names: lines repeated as running headers. The title is chosen
here too, and its near-copies near the top dropped.

>>> from app.core.testing import run_step
>>> run_step(run, "欢迎来到某某范文网!\\n\\n秋天的校园\\n\\n秋天到了，校园里的树叶黄了，一片片落下来。\\n\\n相关文章：\\n1.春天的校园\\n2.冬天的校园")
'\\n秋天的校园\\n\\n秋天到了，校园里的树叶黄了，一片片落下来。\\n\\n'
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ..document import Edit
from ..rules import Rule, RuleTimeout
from ..textutil import HAN_RE, LIST_ITEM_RE, SENTENCE_END, Line, is_body_like, is_heading, lines, squash
from ._drops import drop_runs
from ._replace import replace_edits
from .convert import simplified_lines
from .titles import choose_title, drop_author_name, drop_before_title, drop_paged_title, drop_title_copies

_VERSE_END = regex.compile(r"\p{Han}[，。！？；…”]\s*$")
REPEAT_MIN = 3           # a short line seen this often is a running header or footer
REST_SHARE = 0.5         # a drop-rest trigger needs this share of the body before it


@dataclass
class Page:
    """The lines of a document and what has been decided about them so far."""

    lines: list[Line]
    drops: dict[int, tuple[str, str, float]] = field(default_factory=dict)
    protected: set[int] = field(default_factory=set)
    first_body: int = 0
    last_body: int = -1

    def zone(self, i: int) -> str:
        return "head" if i < self.first_body else "tail" if i > self.last_body else "body"

    def drop(self, i: int, rule: str, reason: str, confidence: float) -> None:
        if i not in self.protected:
            self.drops.setdefault(i, (rule, reason, confidence))

    def open(self, i: int) -> bool:
        return i not in self.drops and i not in self.protected and bool(self.lines[i].text.strip())

    simplified: list[str] | None = None     # the lines in simplified script, for traditional pages
    kept_first: list[tuple[int, int]] = field(default_factory=list)   # a repeated line kept in the head: it may be the title

    _seen: list[tuple[int, str, int]] | None = None

    def seen_lines(self) -> list[tuple[int, str, int]]:
        """(index, text as rules see it, its length without punctuation) of every
        non-blank line, worked out once."""
        if self._seen is None:
            self._seen = [(l.index, t, len(squash(t))) for l in self.lines if l.text.strip()
                          for t in (self.shadow(l.index),)]
        return self._seen

    def shadow(self, i: int) -> str:
        """Line ``i`` as rules see it: stripped, and in simplified script on a traditional page."""
        return (self.simplified[i] if self.simplified is not None else self.lines[i].text).strip()

    part: str = "only"                      # a large document is cleaned in parts: first, middle, last

    def find_body(self) -> None:
        body = [l.index for l in self.lines if l.index not in self.drops and is_body_like(l.text)]
        if not body:        # verse: no line reads as running text, but its lines end with marks
            body = [l.index for l in self.lines if l.index not in self.drops and _VERSE_END.search(l.text)
                    and len(HAN_RE.findall(l.text)) >= 4]
        self.first_body = body[0] if body else len(self.lines)
        self.last_body = body[-1] if body else -1
        if self.part in ("middle", "last"):
            self.first_body = 0                 # no head: the page's head was in the first part
        if self.part in ("first", "middle"):
            self.last_body = len(self.lines)    # no tail: it comes in the last part


def run(text: str, ctx) -> list[Edit]:
    page = Page(list(lines(text)))
    page.simplified = simplified_lines(text)
    page.part = ctx.meta.get("part", "only")
    rules = [r for r in ctx.rules("boilerplate") if f"{r.pack}/{r.id}" not in ctx.disabled_rules]
    _run_rules([r for r in rules if r.action == "keep-line"], page, ctx)
    # rules for any zone first: what they drop (an editor's intro) must not count as body
    _run_rules([r for r in rules if r.zone == "any" and r.action not in ("keep-line", "replace")], page, ctx)
    page.find_body()
    _run_rules([r for r in rules if r.zone != "any" and r.action not in ("keep-line", "replace")], page, ctx)
    _drop_repeated(page)
    _drop_menu_runs(page)
    _drop_pull_quotes(page)

    title = choose_title(page, ctx.meta.get("title", "")) if page.part in ("only", "first") else None
    if title is None and ctx.meta.get("title"):
        drop_paged_title(page, ctx.meta["title"])
    if title is not None:
        ctx.meta["title"] = title.text.strip()
        drop_title_copies(page, title)
        drop_before_title(page, title)
        drop_author_name(page, title)
        for i, n in page.kept_first:      # it was not the title: between the title and the text it is a header
            if title.index < i and page.zone(i) == "head":
                page.drop(i, "repeated-line", f"重复出现 {n} 次的短行（页眉、页脚）", 0.85)

    _drop_dangling_label(page)

    if ctx.config.keep_lines:
        for i, (rule, reason, _conf) in sorted(page.drops.items()):
            ctx.flag(i + 1, page.lines[i].text, f"保留行号模式：未删除（{reason}）", rule, "boilerplate")
        return []
    edits = drop_runs(text, page.lines, page.drops)
    edits += _inline_edits(text, page, [r for r in rules if r.action == "replace"], ctx)
    return edits


def _run_rules(rules: list[Rule], page: Page, ctx) -> None:
    if not rules:
        return
    # what every rule looks at, worked out once: (index, text as rules see it, length, zone);
    # the length leaves out punctuation and spaces, which later steps may change
    cands = [(i, t, n, page.zone(i)) for i, t, n in page.seen_lines()]
    # a rule whose needles are nowhere on the page is not tried line by line (one scan in C)
    joined = "\n".join(t for _i, t, _n, _z in cands)
    for rule in rules:
        if rule.screen is not None and rule.screen.search(joined) is None:
            continue
        try:
            _apply_rule(rule, page, ctx, cands)
        except RuleTimeout as exc:
            ctx.rule_timed_out(exc)


def _apply_rule(rule: Rule, page: Page, ctx, cands) -> None:
    max_len, zone, action = rule.max_len, rule.zone, rule.action
    seen: dict[str, bool] = {}           # a line repeated a thousand times is searched once
    for i, text, n, z in cands:
        if (max_len and n > max_len) or (zone != "any" and z != zone) or i in page.protected:
            continue
        # a list's heading may already be dropped by another rule; its list must still go
        if i in page.drops and action != "drop-list":
            continue
        hit = seen.get(text)
        if hit is None:
            hit = seen[text] = rule.search(text) is not None
        if not hit:
            continue
        l = page.lines[i]
        if action == "keep-line":
            page.protected.add(i)
        elif action == "flag-line":
            ctx.flag(i + 1, l.text, rule.reason, rule.id, "boilerplate")
        elif action == "drop-line":
            page.drop(i, rule.id, rule.reason, rule.confidence)
        elif action == "drop-list":
            page.drop(i, rule.id, rule.reason, rule.confidence)
            _drop_list_after(i, page, rule)
        elif action == "drop-card":
            page.drop(i, rule.id, rule.reason, rule.confidence)
            _drop_card_after(i, page, rule)
        elif action == "drop-rest" and _body_share_before(page, i) >= REST_SHARE:
            for rest in page.lines[i:]:
                page.drop(rest.index, rule.id, rule.reason, rule.confidence)
            return


def _body_share_before(page: Page, i: int) -> float:
    sizes = [(l.index, len(l.text)) for l in page.lines if l.index not in page.drops and is_body_like(l.text)]
    total = sum(n for _, n in sizes) or 1
    return sum(n for j, n in sizes if j < i) / total


def _drop_list_after(i: int, page: Page, rule: Rule) -> None:
    """Drop the titles listed under a trigger line, up to the next running text."""
    for l in page.lines[i + 1:]:
        s = l.text.strip()
        if not s or l.index in page.drops:
            continue
        if l.index in page.protected or (is_body_like(s) and not LIST_ITEM_RE.match(s)):
            break
        if LIST_ITEM_RE.match(s) or (len(s) <= 60 and not s.endswith("。")):
            page.drop(l.index, f"{rule.id}-item", f"{rule.reason}下的条目", round(rule.confidence * 0.95, 2))
        else:
            break


CARD_LINES = 2
CARD_MAX = 30
_CARD_END = regex.compile(r"[。！？!?：:]$")
# the article's own parts, which open right under a byline: not an account's card
_SECTION_LABEL = regex.compile(r"^[【\[]?(?:编者按|编者的话|按语|导读|导语|摘要|前言|引言|小编说)[】\]]?\s*[:：]?$")


def _drop_card_after(i: int, page: Page, rule: Rule) -> None:
    """Drop the account card under a byline: up to two short lines (name, motto)."""
    taken = 0
    for l in page.lines[i + 1:]:
        s = l.text.strip()
        if not s or l.index in page.drops:
            continue
        if (taken == CARD_LINES or len(s) > CARD_MAX or _CARD_END.search(s) or not page.open(l.index)
                or _SECTION_LABEL.match(s)):
            return
        page.drop(l.index, f"{rule.id}-card", f"{rule.reason}下的账号名片", round(rule.confidence * 0.9, 2))
        taken += 1


_LABEL = regex.compile(r"^\s*\p{Han}{1,8}\s*[:：]\s*$")


def _drop_dangling_label(page: Page) -> None:
    """The last line that stays, when it is a bare label ("附件：") whose items went
    with the page's furniture: nothing follows it, so it says nothing."""
    last = next((l for l in reversed(page.lines) if l.text.strip() and l.index not in page.drops), None)
    if last is not None and page.open(last.index) and _LABEL.match(last.text) and page.zone(last.index) != "head":
        page.drop(last.index, "dangling-label", "文末孤立的标签行（其后没有内容）", 0.8)


_SENTENCE_END = regex.compile(f"[{SENTENCE_END}…]$")


def _drop_pull_quotes(page: Page) -> None:
    """A sentence set apart as a quote in large type (a pull quote) repeats a sentence of a
    paragraph word for word: a body line of one or two sentences that a longer line of the
    page contains is dropped (a poem's refrain equals a line, and stays)."""
    body = [(l.index, squash(l.text)) for l in page.lines
            if page.open(l.index) and page.zone(l.index) == "body"]
    longer = [k for _, k in body if len(k) >= 30]
    if not longer:
        return
    joined = "\x00".join(longer)                # one search in C per candidate, not one per pair
    own = Counter(longer)
    for i, key in body:
        text = page.lines[i].text.strip()
        if 10 <= len(key) <= 60 and _SENTENCE_END.search(text) and not is_heading(text) \
                and joined.count(key) > own.get(key, 0):
            page.drop(i, "pull-quote", "正文句子的重复（引语摘要、“金句”栏）", 0.8)


def _drop_repeated(page: Page) -> None:
    """Short lines that recur (a converted document's running header): keep the
    first if it stands in the head (it may be the title), drop the others."""
    seen: dict[str, list[int]] = {}
    for l in page.lines:
        s = l.text.strip()
        if 2 <= len(s) <= 40 and page.open(l.index) and not is_heading(s) and not is_body_like(s):
            seen.setdefault(s, []).append(l.index)
    for s, where in seen.items():
        if len(where) == 2 and len(s) <= 12 and not _PUNCT.search(s) \
                and all(page.zone(i) != "body" for i in where) and page.zone(where[0]) != page.zone(where[1]):
            for i in where:       # a site or account name, once above the article and once below
                page.drop(i, "repeated-name", "正文前后各出现一次的短名称（站名、账号名）", 0.8)
            continue
        if len(where) < REPEAT_MIN:
            continue
        first_is_head = page.zone(where[0]) == "head"
        for i in where[1:] if first_is_head else where:
            page.drop(i, "repeated-line", f"重复出现 {len(where)} 次的短行（页眉、页脚）", 0.85)
        if first_is_head:
            page.kept_first.append((where[0], len(where)))


MENU_ITEM_MAX = 6
MENU_RUN_MIN = 3
_PUNCT = regex.compile(r"[，。！？：；、,.!?:;“”]")


def _drop_menu_runs(page: Page) -> None:
    """In the head and the tail, three or more short unpunctuated lines in a row
    are a menu copied one item a line (首页 / 范文大全 / 书信范文 …)."""
    run: list[int] = []
    for l in page.lines + [Line(len(page.lines), 0, 0, "")]:
        s = l.text.strip()
        menu_like = (l.index < len(page.lines) and page.open(l.index) and page.zone(l.index) != "body"
                     and 0 < len(s) <= MENU_ITEM_MAX and not _PUNCT.search(s) and not is_heading(s))
        if menu_like:
            run.append(l.index)
            continue
        if len(run) >= MENU_RUN_MIN:
            for i in run:
                page.drop(i, "menu-run", f"连续 {len(run)} 行的短词（逐行复制的导航菜单）", 0.85)
        run = []


def _inline_edits(text: str, page: Page, rules: list[Rule], ctx) -> list[Edit]:
    """Cut inline ad sentences out of the lines that stay."""
    kept = "\n".join(l.text if l.index not in page.drops else " " * len(l.text) for l in page.lines)
    return replace_edits(kept, rules, ctx)

"""Site furniture: every line gets a verdict, and every dropped line a rule and a reason.

Lines are sorted into zones: the head (before the first line of running text),
the body and the tail (after the last). Rule packs say which lines to drop in
which zone (``drop-line``), which lines open a list of links to drop with them
(``drop-list``: "相关文章：" and the titles under it), and which to keep but
flag. The title is chosen here too, and its near-copies near the top dropped.

>>> from app.core.testing import run_step
>>> run_step(run, "欢迎来到某某范文网!\\n\\n秋天的校园\\n\\n秋天到了，校园里的树叶黄了，一片片落下来。\\n\\n相关文章：\\n1.春天的校园\\n2.冬天的校园")
'\\n秋天的校园\\n\\n秋天到了，校园里的树叶黄了，一片片落下来。\\n\\n'
"""
from __future__ import annotations

import difflib

import regex

from ..document import Edit, make_edit
from ..rules import Rule, RuleTimeout, rules_for
from ..textutil import (LIST_ITEM_RE, Line, han_ratio, is_body_like, is_heading, line_span_for_drop,
                        lines, squash)

TITLE_MAX = 80
DUPLICATE_RATIO = 0.8
_NAV_SEP = regex.compile(r"[>»›|｜]")
_TITLE_BAD_END = regex.compile(r"[，,：:；;、。]$")


def run(text: str, ctx) -> list[Edit]:
    ls = list(lines(text))
    drops: dict[int, tuple[str, str, float]] = {}
    rules = rules_for("boilerplate")
    # rules for any zone first: what they drop (an editor's intro) must not count as body
    _run_rules([r for r in rules if r.zone == "any"], ls, lambda i: "any", drops, ctx)
    body = [l.index for l in ls if l.index not in drops and is_body_like(l.text)]
    first_body = body[0] if body else len(ls)
    last_body = body[-1] if body else -1

    def zone(i: int) -> str:
        return "head" if i < first_body else "tail" if i > last_body else "body"

    _run_rules([r for r in rules if r.zone != "any"], ls, zone, drops, ctx)

    title = _choose_title(ls, zone, drops, ctx.meta.get("title", ""))
    if title is not None:
        ctx.meta["title"] = title.text.strip()
        ctx.meta["title_line"] = title.index
        _drop_title_copies(title, ls, zone, drops)

    if ctx.config.keep_lines:
        for i, (rule, reason, _conf) in sorted(drops.items()):
            ctx.flag(i + 1, ls[i].text, f"保留行号模式：未删除（{reason}）", rule, "boilerplate")
        return []
    return _drop_edits(text, ls, drops)


def _run_rules(rules: list[Rule], ls: list[Line], zone, drops, ctx) -> None:
    for rule in rules:
        if f"{rule.pack}/{rule.id}" in ctx.disabled_rules:
            continue
        try:
            _apply_rule(rule, ls, zone, drops, ctx)
        except RuleTimeout as exc:
            ctx.rule_timed_out(exc)


def _apply_rule(rule: Rule, ls: list[Line], zone, drops, ctx) -> None:
    for l in ls:
        if l.index in drops or not l.text.strip():
            continue
        if rule.zone != "any" and zone(l.index) != rule.zone:
            continue
        if not rule.matches_line(l.text.strip()):
            continue
        if rule.action == "flag-line":
            ctx.flag(l.index + 1, l.text, rule.reason, rule.id, "boilerplate")
        elif rule.action == "drop-line":
            drops[l.index] = (rule.id, rule.reason, rule.confidence)
        elif rule.action == "drop-list":
            drops[l.index] = (rule.id, rule.reason, rule.confidence)
            _drop_list_after(l.index, ls, drops, rule)


def _drop_list_after(i: int, ls: list[Line], drops, rule: Rule) -> None:
    """Drop the titles listed under a trigger line, up to the next running text."""
    for l in ls[i + 1:]:
        s = l.text.strip()
        if not s:
            continue
        if is_body_like(s) and not LIST_ITEM_RE.match(s):
            break
        if LIST_ITEM_RE.match(s) or (len(s) <= 60 and not s.endswith("。")):
            drops.setdefault(l.index, (f"{rule.id}-item", f"{rule.reason}下的条目", rule.confidence * 0.95))
        else:
            break


def _title_like(s: str) -> bool:
    s = s.strip()
    return (4 <= len(s) <= TITLE_MAX and not _TITLE_BAD_END.search(s) and not is_body_like(s)
            and han_ratio(s) >= 0.5 and not is_heading(s) and not _NAV_SEP.search(s)
            and "。" not in s[:-1])


def similarity(a: str, b: str) -> float:
    """How alike two lines are, ignoring punctuation and spaces.

    >>> round(similarity("会议讲话(2024年)", "会议讲话（2023年）"), 2)
    0.89
    """
    a, b = squash(a), squash(b)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _choose_title(ls: list[Line], zone, drops, meta_title: str) -> Line | None:
    head = [l for l in ls if zone(l.index) == "head" and l.index not in drops and l.text.strip()]
    if meta_title:
        scored = [(similarity(meta_title, l.text), l) for l in head[:15]]
        scored = [x for x in scored if x[0] >= DUPLICATE_RATIO]
        if scored:
            return max(scored, key=lambda x: (x[0], -x[1].index))[1]
        return None
    cands = [l for l in head if _title_like(l.text)]
    if not cands:
        return None
    # a line that the page repeats (a second title, an intro quoting it) is the title
    for c in cands:
        key = squash(c.text)
        if any(o.index != c.index and (similarity(c.text, o.text) >= DUPLICATE_RATIO or key in squash(o.text))
               for o in ls[: c.index + 12] if o.text.strip()):
            return c
    return cands[0]


def _drop_title_copies(title: Line, ls: list[Line], zone, drops) -> None:
    for l in ls:
        if l.index == title.index or l.index in drops or zone(l.index) != "head":
            continue
        r = similarity(title.text, l.text)
        if r >= DUPLICATE_RATIO and _title_like(l.text):
            drops[l.index] = ("title-duplicate", "重复的标题", round(r, 2))


def _drop_edits(text: str, ls: list[Line], drops) -> list[Edit]:
    edits = []
    for i in sorted(drops):
        rule, reason, conf = drops[i]
        start, end = line_span_for_drop(text, ls[i])
        if i == len(ls) - 1 and i - 1 in drops:
            start = ls[i].start          # the previous drop took the newline already
        edits.append(make_edit(rule, reason, conf, start, end, "", kind="drop"))
    return edits

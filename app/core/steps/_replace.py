"""Apply ``replace`` rules from rule packs line by line, with each rule's timeout."""
from __future__ import annotations

from ..document import Edit, make_edit
from ..rules import Rule, RuleTimeout
from ..textutil import lines


def replace_edits(text: str, rules: list[Rule], ctx) -> list[Edit]:
    """Edits for every match of every ``replace`` rule; the first rule to claim a span wins."""
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for rule in rules:
        if rule.action != "replace" or f"{rule.pack}/{rule.id}" in ctx.disabled_rules:
            continue
        if rule.screen is not None and rule.screen.search(text) is None:
            continue                     # none of the strings every match needs is in the text
        try:
            for line in lines(text):
                if not line.text:
                    continue
                for m in rule.finditer(line.text):
                    if m.end() == m.start() and not rule.replacement:
                        continue
                    start, end = line.start + m.start(), line.start + m.end()
                    if any(s < end and start < e or (s == start == end) for s, e in taken):
                        continue
                    taken.append((start, end))
                    edits.append(make_edit(rule.id, rule.reason, rule.confidence, start, end,
                                           m.expand(rule.replacement)))
        except RuleTimeout as exc:
            ctx.rule_timed_out(exc)
    return edits

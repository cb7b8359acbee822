"""Needles never rule out a line that a rule's pattern matches."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.needles import needles
from app.core.rules import builtin_packs

PAGES = Path(__file__).resolve().parents[1] / "pages"
RULES = [r for p in builtin_packs() for r in p.rules]


def _lines() -> list[str]:
    out = []
    for path in sorted(PAGES.glob("*/*")):
        if path.suffix in (".txt", ".html", ".htm"):
            out += path.read_text(encoding="utf-8", errors="replace").splitlines()
    return out


LINES = _lines()


def test_most_rules_have_needles():
    assert sum(r.needles is not None for r in RULES) >= 0.8 * len(RULES)


@pytest.mark.parametrize("rule", [r for r in RULES if r.needles is not None], ids=lambda r: r.id)
def test_needles_never_rule_out_a_match(rule):
    for text in LINES + [e.get("text", e.get("input", "")) for e in rule.examples]:
        if rule.regex().search(text) is not None:
            assert any(n in text for n in rule.needles), (rule.id, text)


@pytest.mark.parametrize("pattern", [
    r"^.{0,3}$", r"(?i)copyright", r"(?i:abc)d?", r"[^页]+", r"a*", r"\d+", r"[[a-z]--[aeiou]]x?", r"(?!广告)\S+",
])
def test_no_needles_when_unsure(pattern):
    assert needles(pattern) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="相关文章猜你喜欢上一篇下页第共12:：>| 　abcABC", max_size=30))
def test_random_lines(text):
    for rule in RULES:
        if rule.needles is not None and rule.regex().search(text) is not None:
            assert any(n in text for n in rule.needles), (rule.id, text)


def test_the_screen_finds_exactly_the_needles():
    for rule in RULES:
        if rule.needles is None:
            assert rule.screen is None
            continue
        for text in LINES[:400]:
            assert (rule.screen.search(text) is not None) == any(n in text for n in rule.needles)

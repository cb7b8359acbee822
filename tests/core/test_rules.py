"""Every rule in every shipped pack proves itself on its own examples."""
from __future__ import annotations

import pytest

from app.core.config import STEP_NAMES
from app.core.rules import RuleError, builtin_packs, curated_typos, parse_pack

RULES = [r for p in builtin_packs() for r in p.rules]


def test_packs_load_and_have_examples():
    assert RULES, "no rules shipped"
    for r in RULES:
        assert r.step in STEP_NAMES, r.id
        assert r.examples, f"rule {r.pack}/{r.id} has no examples"
        assert 0 < r.confidence <= 1


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.pack}/{r.id}")
def test_rule_examples(rule):
    for ex in rule.examples:
        if "match" in ex:
            assert rule.matches_line(ex["input"]) == ex["match"], ex
        else:
            got = rule.regex().sub(rule.replacement, ex["input"])
            assert got == ex["output"], ex


def test_shipped_patterns_compile_when_first_used():
    """The built-in packs are read without compiling their patterns (start-up time); each one
    compiles, once, when it is first needed."""
    fresh = parse_pack({"pack": {"id": "t"}, "rules": [
        {"id": "r", "step": "boilerplate", "action": "drop-line", "pattern": "^广告$", "reason": "x"}]},
        compile_now=False)
    rule = fresh.rules[0]
    assert rule.compiled is None
    assert rule.matches_line("广告") and rule.compiled is not None
    assert rule.regex() is rule.regex()
    for r in RULES:
        assert r.regex().pattern == r.pattern


def test_bad_pack_is_reported_with_its_place():
    with pytest.raises(RuleError, match="bad pattern"):
        parse_pack({"pack": {"id": "x"}, "rules": [
            {"id": "r", "step": "boilerplate", "action": "drop-line", "pattern": "(", "reason": "x"}]})
    with pytest.raises(RuleError, match="unknown key"):
        parse_pack({"pack": {"id": "x"}, "rules": [
            {"id": "r", "step": "boilerplate", "action": "drop-line", "pattern": "a", "reason": "x",
             "exec": "rm -rf /"}]})


def test_curated_typos_are_well_formed():
    entries = curated_typos()
    assert len(entries) >= 40
    assert all(e.wrong != e.right and len(e.wrong) == len(e.right) for e in entries)
    assert len({e.wrong for e in entries}) == len(entries), "duplicate wrong forms"

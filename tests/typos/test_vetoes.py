"""The name vetoes, found from titles, bylines and dots, against the patterns they stand for."""
from __future__ import annotations

import random

import regex

from app.core.typos import vetoes
from tests.conftest import shared_path

# what vetoes.names finds, written as the patterns it replaces (tried at every character)
AFTER = regex.compile(rf"[{vetoes.SURNAMES}]\p{{Han}}{{1,2}}?(?=(?:{vetoes.TITLES}))")
FOREIGN = regex.compile(r"\p{Han}{1,5}(?:[·•・]\p{Han}{1,5})+")
BEFORE = regex.compile(rf"(?<=(?:{vetoes.TITLES}|记者|通讯员|作者|编辑|摄影|执笔|供稿|讯)[:：\s]*)"
                       rf"[{vetoes.SURNAMES}]\p{{Han}}{{1,2}}")


def by_patterns(text: str) -> set[int]:
    out: set[int] = set()
    for pat in (AFTER, BEFORE, FOREIGN):
        for m in pat.finditer(text):
            out.update(range(m.start(), m.end()))
    return out


def by_names(text: str) -> set[int]:
    return {i for a, b in vetoes.names(text) + vetoes.foreign_names(text) for i in range(a, b)}


def test_names_are_what_the_patterns_find_on_made_up_text():
    # an alphabet dense in surnames, title and byline characters, separators and non-Han text,
    # so that overlapping, adjacent and cut-off names all occur
    pieces = (list("王李张高明和文安成时") + ["同志", "书记", "记者", "委员", "代表", "董事长", "讯", "经理"]
              + list("建国华说的了在。，：: \n\t") + ["a", "3", "·", "·", "•", "・"])
    rng = random.Random(7)
    differing = []
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        if by_names(text) != by_patterns(text):
            differing.append(text)
    assert differing == []


def test_names_are_what_the_patterns_find_on_real_text():
    lines = shared_path("corpus", "typos", "clean_peoples_daily.txt").read_text(encoding="utf-8").splitlines()
    lines += [w for line in shared_path("corpus", "typos", "official_docs.train.tsv")
              .read_text(encoding="utf-8").splitlines() for w in line.split("\t")[:1]]
    found = 0
    for line in lines:
        want = by_patterns(line)
        assert by_names(line) == want, line
        found += bool(want)
    assert found > 100          # the comparison saw names, not only their absence


def test_a_name_with_a_title_or_byline_is_protected():
    text = "王建国同志指出，要坚持。本报记者：李明华报道"
    kept = vetoes.protected(text)
    assert {text.index("王"), text.index("建"), text.index("国")} <= kept
    assert {text.index("李"), text.index("明"), text.index("华")} <= kept
    assert text.index("坚") not in kept

"""Golden cases: every ``tests/cases/<group>/<name>.in.*`` cleans into ``<name>.expected.txt``.

Options for a case live in ``<name>.args.json`` (CleanConfig fields). Known failures are
listed with their reason in ``tests/cases/known_failures.toml`` and run as strict xfails,
so a case that starts passing must be taken off the list.
"""
from __future__ import annotations

import json
import tomllib

import pytest

from app.core.batch import clean_path
from app.core.config import CleanConfig
from app.core.document import replay
from tests.conftest import CASES

KNOWN = CASES / "known_failures.toml"
known = tomllib.loads(KNOWN.read_text(encoding="utf-8")).get("cases", {}) if KNOWN.exists() else {}


def _cases():
    out = []
    for src in sorted(CASES.rglob("*.in.*")):
        name = src.name.split(".in.")[0]
        case_id = f"{src.parent.relative_to(CASES).as_posix()}/{name}"
        marks = [pytest.mark.xfail(strict=True, reason=known[case_id])] if case_id in known else []
        out.append(pytest.param(src, src.with_name(name + ".expected.txt"), src.with_name(name + ".args.json"),
                                id=case_id, marks=marks))
    return out


CASE_PARAMS = _cases()


def test_there_are_cases_for_every_group():
    groups = {p.id.split("/")[0] for p in CASE_PARAMS}
    assert {"boilerplate", "placeholders", "typos", "markers", "paragraphs", "punctuation",
            "encodings", "html", "options"} <= groups


@pytest.mark.parametrize("src,expected,args", CASE_PARAMS)
def test_case(src, expected, args):
    config = CleanConfig.from_mapping(json.loads(args.read_text(encoding="utf-8"))) if args.exists() else CleanConfig()
    result = clean_path(src, config)
    assert replay(result.original, result.edits) == result.text
    assert result.text == expected.read_text(encoding="utf-8")
    if config.keep_lines:
        assert result.text.count("\n") == result.original.rstrip("\n").count("\n") + 1

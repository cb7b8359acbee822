"""The fixture pages (tests/pages/**: saved HTML, MHTML and copied text from essay
sites, 文库, 360doc, WeChat, news, government sites, forums and blogs, in GBK, Big5,
UTF-8 and UTF-16, each with hand-written gold) and the real pages of the shared
corpus: extraction quality, and every dropped line explained.

Quality is scored as bench/compare_extractors.py scores it (character level,
width and script folded); the set as a whole must reach macro F1 ≥ 0.95 with
recall ≥ 0.98, and no page may lose more than a small share of its text.
"""
from __future__ import annotations

import unicodedata

import pytest

from app.core.batch import clean_path
from app.core.document import replay
from bench.compare_extractors import find_cases
from bench.scoring import normalize, score
from tests.conftest import REPO, SHARED

PAGES = REPO / "tests" / "pages"
CASES = find_cases([str(PAGES)])
SHARED_HTML = SHARED / "corpus" / "html"
REAL = find_cases([str(SHARED_HTML)]) if SHARED_HTML.exists() else []


def test_fixture_set_is_large_and_varied():
    assert len(CASES) >= 60
    names = {src.name.split("_")[0] for src, _ in CASES}
    assert {"essay", "wenku", "doc360", "wechat", "news"} <= names
    kinds = {src.suffix.lower() for src, _ in CASES}
    assert {".txt", ".html"} <= kinds


@pytest.fixture(scope="module")
def results():
    return {src: (clean_path(src), gold.read_text(encoding="utf-8")) for src, gold in CASES + REAL}


# pages of the third batch written blind that are not line-exact yet, and why (each must still
# differ from its gold: a page that comes out right is taken off this list)
KNOWN_MISSES = {
    "paper_01.html": "知网 abstract page: the 关键词 and 基金资助 rows (a label span beside a link list) are "
                     "dropped as link-dense siblings of the abstract",
    "blog_03.html": "知乎: a reference whose URL the page shows cut short by hidden spans is lost",
    "generic_06.html": "an article split over page boxes mid-sentence: the halves stay two lines",
    "gov_02.html": "open-data page: the data set's metadata table and its tab names are kept",
    "generic_05.txt": "annual report copied from a PDF: bare page numbers, a running header and the "
                      "spaces justification put inside words stay",
    "wechat_07.txt": "WeChat copy: the account name and 原创 left by the video player stay",
}


def _macro(pairs):
    scores = [score(gold, res.text) for res, gold in pairs]
    n = len(scores)
    return (sum(s.recall for s in scores) / n, sum(s.precision for s in scores) / n,
            sum(s.f1 for s in scores) / n, scores)


def test_fixture_pages_quality(results):
    recall, precision, f1, scores = _macro([results[src] for src, _ in CASES])
    assert recall >= 0.98 and f1 >= 0.95, (recall, precision, f1)
    worst = min(((sc, c) for sc, c in zip(scores, CASES) if c[0].name not in KNOWN_MISSES), key=lambda x: x[0].recall)
    assert worst[0].recall >= 0.9, f"{worst[1][0].name} lost {worst[0].lost} characters"


def _strict_lines(text: str) -> list[str]:
    """The lines as ``../shared/score.py`` compares them without ``--loose``: NFC, white space
    gone, blank lines dropped (so full-width marks and the script must match too)."""
    return [n for n in ("".join(line.split()) for line in unicodedata.normalize("NFC", text).split("\n")) if n]


def _line_exact(text: str, gold: str) -> bool:
    return _strict_lines(text) == _strict_lines(gold)


def test_fixture_pages_line_exact(results):
    """Paragraph by paragraph the same as the hand-written gold, every copied text and every
    saved page but the known misses listed with their reasons (the issue asks for 60 %)."""
    missed = sorted(src.name for src, _ in CASES if not _line_exact(results[src][0].text, results[src][1]))
    assert set(missed) == set(KNOWN_MISSES), (sorted(set(missed) - set(KNOWN_MISSES)),
                                              sorted(set(KNOWN_MISSES) - set(missed)))


def test_real_pages_quality(results):
    if not REAL:
        pytest.skip("the shared corpus is not beside the repo")
    recall, precision, f1, _ = _macro([results[src] for src, _ in REAL])
    assert recall >= 0.98 and f1 >= 0.95, (recall, precision, f1)


@pytest.mark.parametrize("src", [c[0] for c in CASES + REAL], ids=lambda p: p.name)
def test_every_removed_line_is_explained(results, src):
    """Replay reproduces the output, and any input line missing from the output
    went in an edit that names its step, rule and reason."""
    result, _gold = results[src]
    assert replay(result.original, result.edits) == result.text
    out = _unquote(normalize(result.text, loose=True))
    removed = [e for e in result.edits if e.kind == "drop" or (e.old and not e.new)]
    assert all(e.step and e.rule and e.reason and 0 < e.confidence <= 1 for e in result.edits)
    repaired = {e.old: e.new for e in result.edits if e.step == "mojibake"}
    for line in result.original.split("\n"):
        line = repaired.get(line, line)         # a garbled line is judged as it was repaired
        if any(line.strip() and line.strip() in e.old for e in removed if e.kind == "drop"):
            continue
        for e in removed:                       # sentences cut out of a kept line
            if e.kind != "drop" and e.old.strip() and e.old in line:
                line = line.replace(e.old, "")
        key = _unquote(normalize(line, loose=True).replace("*", "×"))
        assert len(key) < 2 or key in out or _mostly_kept(key, out), \
            f"{src.name}: line {line[:40]!r} vanished without an edit that explains it"


def _unquote(s: str) -> str:
    """Quotes and dashes may be rewritten (" → “”, -- → ——): compare without them."""
    return s.translate({ord(c): None for c in "\"'“”‘’—-…."})


def _mostly_kept(key: str, out: str, n: int = 4) -> bool:
    """A line that was repaired (typos, punctuation) rather than removed: most of its
    4-character pieces are still in the output."""
    grams = [key[i:i + n] for i in range(max(1, len(key) - n + 1))]
    return sum(g in out for g in grams) >= 0.8 * len(grams)

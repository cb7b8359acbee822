"""The real scraped page from the shared corpus comes out as its gold text.

The gold file of the shared corpus has its ，：；（） folded to ASCII (the same
folding as Unicode NFKC; its 、。“” are untouched), while our default, like the
corpus README and GB/T 15834, is full-width punctuation in Chinese text. So the
default output is checked against the gold with width folded (score.py --loose),
and the output without the punctuation step is checked strictly.
"""
from __future__ import annotations

import subprocess
import sys
import unicodedata

from app.core.batch import clean_path
from app.core.document import replay
from tests.conftest import run_cli, shared_path

ALL_BUT_PUNCT = "normalize,boilerplate,title,markers,paragraphs,placeholders,typos,layout"


def _score(gold_dir, out_dir, *flags):
    proc = subprocess.run([sys.executable, str(shared_path("score.py")), str(gold_dir), str(out_dir), *flags],
                          capture_output=True, text=True, check=True)
    return proc.stdout.strip().splitlines()[-1]


def _apply_alts(text, alt_file):
    for line in alt_file.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            a, b = line.split("\t")
            text = text.replace(b, a)
    return text


def test_seed_default_output_matches_gold_width_folded(tmp_path):
    src = shared_path("corpus", "text", "wenchi_speech.txt")
    gold_dir = shared_path("corpus", "text", "gold")
    proc = run_cli("clean", src, "-o", tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = (tmp_path / "wenchi_speech.txt").read_text(encoding="utf-8")
    assert "exact=1/1" in _score(gold_dir, tmp_path, "--loose")
    # the only differences from the gold file are full-width punctuation marks
    gold = (gold_dir / "wenchi_speech.txt").read_text(encoding="utf-8")
    folded = unicodedata.normalize("NFKC", _apply_alts(out, gold_dir / "wenchi_speech.alt"))
    assert folded == gold
    assert "同志们：" in out and "刚才，会议" in out and "讲话（2024年）" in out


def test_seed_without_punctuation_step_is_strictly_exact(tmp_path):
    src = shared_path("corpus", "text", "wenchi_speech.txt")
    proc = run_cli("clean", src, "-o", tmp_path, "--steps", ALL_BUT_PUNCT)
    assert proc.returncode == 0, proc.stderr
    assert "exact=1/1" in _score(shared_path("corpus", "text", "gold"), tmp_path)


def test_seed_edits_replay_and_explain_every_drop():
    src = shared_path("corpus", "text", "wenchi_speech.txt")
    result = clean_path(src)
    assert replay(result.original, result.edits) == result.text
    drops = [e for e in result.edits if e.kind == "drop" and e.step == "boilerplate"]
    rules = {e.rule for e in drops}
    assert {"welcome", "meta-line", "editor-intro", "title-duplicate", "related-list",
            "related-list-item"} <= rules
    assert all(e.reason and 0 < e.confidence <= 1 for e in result.edits)
    assert result.title.startswith("市直机关工委书记")

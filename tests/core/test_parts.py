"""Very large texts are cleaned in parts: the result still replays from the whole
original, the title comes from the first part, and nothing of the body is lost."""
from __future__ import annotations

from app.core import pipeline
from app.core.config import CleanConfig
from app.core.document import Document, replay
from tests.conftest import REPO


def test_parts_replay_and_keep_the_body(monkeypatch):
    text = (REPO / "tests" / "pages" / "text" / "essay_04.gold.txt").read_text(encoding="utf-8")
    big = "欢迎来到某某范文网!\n" + (text + "\n") * 6 + "相关文章:\n1.某某讲话稿\n2.另一篇讲话稿\n"
    monkeypatch.setattr(pipeline, "LARGE", 600)
    whole = pipeline.clean(Document.from_text(big))
    assert len(pipeline.part_bounds(big, 600)) > 3
    assert replay(whole.original, whole.edits) == whole.text
    assert whole.text.startswith(text.split("\n")[0] + "\n")       # the welcome line went, the title stays
    assert "欢迎来到" not in whole.text and "另一篇讲话稿" not in whole.text
    body = text.split("\n")[2]
    assert whole.text.count(body) == 6
    counted = pipeline.clean(Document.from_text(big), CleanConfig(record_edits=False))
    assert counted.text == whole.text and not counted.edits
    assert counted.meta["edit_count"] == len(whole.edits)

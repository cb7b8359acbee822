"""The generated confusion tables as shipped: what the engine's candidates are drawn from."""
from __future__ import annotations

from app.core.rules import LEXICONS_DIR
from app.core.typos import confusion
from tools.gen_confusions import gb2312_chars


def _table(name: str) -> dict[str, str]:
    rows = {}
    for line in (LEXICONS_DIR / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("\t")
            rows[key] = value
    return rows


def test_parts_table_links_both_ways_within_gb2312():
    parts = _table("confusion_parts.tsv")
    common = set(gb2312_chars())
    assert len(parts) > 6000
    one_way = [(c, o) for c, others in parts.items() for o in others if c not in parts.get(o, "")]
    assert one_way == []
    assert set(parts) <= common and {o for v in parts.values() for o in v} <= common
    assert all(c not in others for c, others in parts.items())


def test_a_part_is_a_look_alike_but_a_sound_alike_comes_first():
    assert confusion.similar("斗")["科"] == "shape"          # 科 holds 斗: an OCR that drops 禾
    assert confusion.similar("以")["拟"] == "shape"
    assert confusion.similar("织")["只"] == "same"           # a part of 织 that sounds alike (zhī) too
    assert "科" in confusion.similar_keys("斗")

"""The typo engine's cached tables: built once, loaded after, rebuilt when a source changes."""
from __future__ import annotations

import marshal

from app.core.typos import tables


def test_a_table_is_built_once_then_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("QINGGAO_CACHE_DIR", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return tables.pack_counts({"数据": 3, "产业": 1})

    first = tables.load("t.marshal", ("k", 1), build)
    again = tables.load("t.marshal", ("k", 1), build)
    assert builds == [1]
    assert tables.unpack_counts(again) == tables.unpack_counts(first) == {"数据": 3, "产业": 1}
    assert not list(tmp_path.glob("*.part"))          # written whole, nothing left half-written


def test_a_changed_source_or_a_broken_cache_makes_a_new_table(tmp_path, monkeypatch):
    monkeypatch.setenv("QINGGAO_CACHE_DIR", str(tmp_path))
    source = tmp_path / "words.txt"
    source.write_text("数据\n", encoding="utf-8")

    def build():
        return source.read_text(encoding="utf-8").split()

    def key():
        return ("words",) + tables.stamp([source])

    assert tables.load("w.marshal", key(), build) == ["数据"]
    source.write_text("数据\n产业\n", encoding="utf-8")           # another size: another key
    assert tables.load("w.marshal", key(), build) == ["数据", "产业"]
    (tmp_path / "w.marshal").write_bytes(b"\x00not marshal")
    assert tables.load("w.marshal", key(), build) == ["数据", "产业"]
    assert marshal.loads((tmp_path / "w.marshal").read_bytes())[1] == ["数据", "产业"]


def test_a_cache_folder_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("QINGGAO_CACHE_DIR", str(blocker / "cache"))     # under a file: cannot exist
    assert tables.load("x.marshal", ("x",), lambda: {"a": 1}) == {"a": 1}


def test_counts_keep_their_order_and_values():
    counts = {"的": 10**9, "数据": 7, "一": 0, "长" * 8: 1}
    assert list(tables.unpack_counts(tables.pack_counts(counts)).items()) == list(counts.items())
    assert tables.unpack_counts(tables.pack_counts({})) == {}

"""For any bytes, the readers either decode or raise the project's own clear error;
a rule that backtracks catastrophically is stopped by its timeout, disabled for that
document and reported; cleaning never touches the network."""
from __future__ import annotations

import os
import socket

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.core.config import CleanConfig
from app.core.document import Document
from app.core.pipeline import clean
from app.core.readers import ReaderError, read_bytes

PROFILE = os.environ.get("QINGGAO_FUZZ", "ci")       # "long" for a longer fuzzing run
EXAMPLES = {"ci": 300, "long": 20000}[PROFILE]
NAMES = st.sampled_from(["a.txt", "a.html", "a.htm", "a.mhtml"])
BYTES = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=400).map(lambda t: t.encode("gb18030", "replace")),
    st.text(max_size=200).map(lambda t: ("<html><body><div><p>" + t + "</p></div></body></html>").encode("utf-8", "replace")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16", "surrogatepass")),
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(BYTES, NAMES)
def test_readers_decode_or_raise_their_own_error(data, name):
    try:
        doc = read_bytes(data, name)
    except ReaderError as exc:
        assert str(exc)                     # a message a person can read
        return
    result = clean(doc)
    assert isinstance(result.text, str)


def test_catastrophic_rule_times_out_and_is_reported(tmp_path):
    pack = tmp_path / "evil.toml"
    pack.write_text('[pack]\nid = "evil"\nname = "evil"\n\n[[rules]]\nid = "backtrack"\nstep = "boilerplate"\n'
                    'action = "drop-line"\npattern = \'\'\'(a|aa)+b\'\'\'\nreason = "x"\ntimeout = 0.05\n'
                    'examples = []\n', encoding="utf-8")
    doc = Document.from_text("标题\n" + "a" * 40 + "!\n今天，我们开会，讨论工作。\n")
    result = clean(doc, CleanConfig(rule_files=(str(pack),)))
    assert any("evil/backtrack" in w and "timed out" in w for w in result.warnings), result.warnings
    assert "a" * 40 in result.text


def test_cleaning_never_opens_a_connection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = b"<html><head><link rel='stylesheet' href='http://example.cn/a.css'><script src='http://x.cn/a.js'>" \
           b"</script></head><body><img src='http://example.cn/a.png'><p>\xe4\xbb\x8a\xe5\xa4\xa9\xef\xbc\x8c" \
           b"\xe6\x88\x91\xe4\xbb\xac\xe5\xbc\x80\xe4\xbc\x9a\xe3\x80\x82</p></body></html>"
    assert "今天" in clean(read_bytes(page, "a.html")).text


@pytest.mark.parametrize("data,name", [
    (b"<html><body><div><p>0</p></div></body></html>", "a.html"),   # every container scored below zero
    (b"<html><body>" + b"<div>" * 20000 + b"<p>x</p>" + b"</div>" * 20000 + b"</body></html>", "a.html"),
])
def test_regressions_found_by_fuzzing(data, name):
    assert isinstance(clean(read_bytes(data, name)).text, str)

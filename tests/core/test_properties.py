"""Properties over arbitrary text: clean() never raises, replay() reproduces its output,
and the output keeps the layout contract (no blank lines, one final newline)."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from app.core.config import CleanConfig
from app.core.document import Document, replay
from app.core.pipeline import clean

PIECES = st.sampled_from([
    "欢迎来到文驰范文网!", "时间:2024-01-31 来源:某网", "下面是小编为大家整理的讲话,供大家参考。",
    "相关文章:", "1.某某讲话稿", "精华推荐", "同志们:", "**市", "20**年", "***%", "3*4", "代衰",
    "完成时限;", "。-一是", ":二是", "(一)", "一、", "，", ",", "(", ")", "\n", "\n\n", "　　", " ", "\t",
    "Hello, world!", "https://a.cn/x,y", "18:14", "1,000", "\u200b", "&nbsp;", "\r", "\x00",
    "今天我们召开会议，研究部署下一阶段的重点工作。", "我们要坚持以人民为中心的发展思想。",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map("".join), st.text(max_size=300))


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.booleans())
def test_clean_never_raises_and_replays(text, keep_lines):
    doc = Document.from_text(text.replace("\r", "\n"))
    result = clean(doc, CleanConfig(keep_lines=keep_lines))
    assert replay(result.original, result.edits) == result.text
    if not keep_lines and result.text:
        assert result.text.endswith("\n") and "\n\n" not in result.text
        assert all(line == line.strip(" \t\u3000") for line in result.text.split("\n"))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("相关文章:\n完成时限;\n同志们:欢迎来到文驰范文网!")            # found by hypothesis: a join made a title
@example(",(,(，")                                                  # marks turning one another full-width
@example(":二是欢迎来到文驰范文网!\n精华推荐")                             # list-marker junk hid a heading
@example("欢迎来到文驰范文网!时间:2024-01-31 来源:某网相关文章:相关文章:相关文章:相关文章:相关文章:"
         "精华推荐精华推荐精华推荐精华推荐完成时限;:二是Hello, world!Hello, world!我们要坚持以人民为中心的发展思想。")
def test_clean_is_idempotent(text):
    once = clean(Document.from_text(text.replace("\r", "\n"))).text
    assert clean(Document.from_text(once)).text == once

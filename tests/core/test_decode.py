"""Decoding: BOMs, strict UTF-8, GBK/GB2312/GB18030, Big5, UTF-16 with and without BOM,
declared charsets that lie, and garbage that must be refused clearly."""
from __future__ import annotations

import codecs

import pytest

from app.core.readers import ReaderError, read_bytes
from app.core.readers.decode import DecodeError, decode

SIMP = ("各位老师、同学们：大家好！今天我们在这里隆重召开新学期开学典礼，回顾过去一年的成绩，"
        "展望新学年的目标。希望同学们珍惜时光，勤奋学习，在新的学期里取得更大的进步。\n") * 3
TRAD = ("各位老師、同學們：大家好！今天我們在這裡隆重召開新學期開學典禮，回顧過去一年的成績，"
        "展望新學年的目標。希望同學們珍惜時光，勤奮學習，在新的學期裡取得更大的進步。\n") * 3


@pytest.mark.parametrize("enc,expect", [
    ("utf-8", "utf-8"), ("gbk", "gb18030"), ("gb2312", "gb18030"), ("gb18030", "gb18030"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_simplified_encodings(enc, expect):
    d = decode(SIMP.encode(enc))
    assert d.text == SIMP and d.encoding == expect and d.errors == 0


def test_big5():
    d = decode(TRAD.encode("big5"))
    assert d.text == TRAD and d.encoding == "big5hkscs"


@pytest.mark.parametrize("bom,enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                     (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_boms(bom, enc):
    d = decode(bom + SIMP.encode(enc))
    assert d.text == SIMP and d.how == "BOM" and d.confidence == 1.0


def test_gb18030_four_byte_characters():
    text = SIMP + "㐀㐁是扩展A区的字。\n"
    assert decode(text.encode("gb18030")).text == text


def test_declared_charset_that_lies_is_overruled():
    page = f'<html><head><meta charset="utf-8"><title>开学</title></head><body><p>{SIMP}</p></body></html>'
    doc = read_bytes(page.encode("gbk"), "page.html")
    assert "隆重召开新学期开学典礼" in doc.text and doc.meta["encoding"] == "gb18030"
    page2 = page.replace("utf-8", "gbk")
    doc2 = read_bytes(page2.encode("utf-8"), "page.html")
    assert "隆重召开新学期开学典礼" in doc2.text and doc2.meta["encoding"] == "utf-8"


def test_garbage_is_refused_with_a_clear_error():
    import random
    rnd = random.Random(7)
    data = bytes(rnd.randrange(256) for _ in range(4000))
    with pytest.raises(DecodeError):
        decode(data)
    with pytest.raises(ReaderError, match="PNG"):
        read_bytes(b"\x89PNG\r\n\x1a\n" + data, "x.txt")
    with pytest.raises(ReaderError, match="empty"):
        read_bytes(b"", "x.txt")

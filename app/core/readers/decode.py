"""Bytes → text, ranking candidate encodings and saying which won and how sure.

Order: BOM → strict UTF-8 (a non-ASCII text that is valid UTF-8 is UTF-8, whatever a
page declares) → the declared charset → Chinese candidates (GB18030, Big5, UTF-16)
scored by how many of their characters are common Chinese characters → chardet on
a sample only when those cheap signals disagree. GB2312/GBK labels decode as GB18030.

>>> decode("中文".encode("gbk") * 20).encoding
'gb18030'
>>> d = decode("\\ufeff中文".encode("utf-8"))
>>> (d.text, d.encoding, d.how)
('中文', 'utf-8-sig', 'BOM')
"""
from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass

SAMPLE = 32 * 1024

_LABELS = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "gb_2312-80": "gb18030",
    "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cp950": "big5hkscs", "x-x-big5": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode": "utf-16", "utf-16": "utf-16",
    "utf-16le": "utf-16-le", "utf-16be": "utf-16-be", "ascii": "utf-8", "us-ascii": "utf-8",
    "iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "windows-1252": "cp1252",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    confidence: float
    how: str            # BOM, utf-8, declared, scored, chardet
    errors: int = 0     # characters that could not be decoded (replaced by U+FFFD)


def normalize_label(label: str | None) -> str | None:
    """A charset label as a Python codec name; GB labels become GB18030.

    >>> normalize_label("GB2312"), normalize_label("Big5"), normalize_label("nonsense")
    ('gb18030', 'big5hkscs', None)
    """
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    if key in _LABELS:
        return _LABELS[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


@functools.cache
def _common_chars() -> frozenset[str]:
    """The most used Chinese characters, simplified and traditional, taken from the
    level-1 blocks of GB2312 (3,755 characters) and Big5 (5,401 characters)."""
    chars: set[str] = set()
    for b1 in range(0xB0, 0xD8):
        for b2 in range(0xA1, 0xFF):
            chars.update(bytes((b1, b2)).decode("gb2312", errors="ignore"))
    for b1 in range(0xA4, 0xC7):
        for b2 in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if (b1, b2) <= (0xC6, 0x7E):
                chars.update(bytes((b1, b2)).decode("big5", errors="ignore"))
    return frozenset(chars)


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_IMPLAUSIBLE = re.compile("[^\x20-\x7e\n\r\t\u00a0-\u00ff\u2000-\u206f\u3000-\u30ff\uff00-\uffef"
                          "\u2460-\u24ff\u2500-\u25ff\u3400-\u9fff\U0001F300-\U0001FAFF]")


def common_ratio(text: str) -> float:
    """Share of the Han characters of ``text`` that are common ones (1.0 if none).

    >>> common_ratio("中国"), common_ratio("abc"), common_ratio("中鍦")
    (1.0, 1.0, 0.5)
    """
    han = len(text) - len(_HAN.sub("", text))          # counted in C: no string per character
    if not han:
        return 1.0
    return 1.0 - (len(text) - len(_uncommon().sub("", text))) / han


@functools.cache
def _uncommon() -> re.Pattern:
    """The Han characters of :data:`_HAN` that are not :func:`_common_chars`, as one class."""
    common = _common_chars()
    return re.compile("[" + "".join(chr(cp) for lo, hi in ((0x3400, 0x9FFF), (0xF900, 0xFAFF))
                                    for cp in range(lo, hi + 1) if chr(cp) not in common) + "]")


def plausibility(text: str) -> float:
    """How much ``text`` looks like real (Chinese or Latin) text: the share of
    characters from the scripts and symbols such text uses, with Han characters
    weighted by how common they are.

    >>> plausibility("今天天气很好，我们去公园。") > 0.9
    True
    >>> plausibility("中文".encode("gbk").decode("utf-16-le")) < 0.5
    True
    """
    if not text:
        return 0.0
    score = 1.0 - len(_IMPLAUSIBLE.findall(text)) / len(text)
    if _HAN.search(text):
        score *= 0.5 + 0.5 * common_ratio(text)
    return score


def _try(data: bytes, enc: str) -> tuple[str, int]:
    try:
        return data.decode(enc), 0
    except UnicodeDecodeError:
        text = data.decode(enc, errors="replace")
        return text, text.count("\ufffd")


_WESTERN = frozenset(("latin-1", "iso-8859-1", "iso8859-1", "windows-1252", "cp1252", "ascii", "us-ascii"))


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``; ``declared`` is the charset a page claims, if any."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text, errors = _try(data, enc)
            return Decoded(text.lstrip("\ufeff"), "utf-8-sig" if enc == "utf-8-sig" else enc, 1.0, "BOM", errors)
    try:
        text = data.decode("utf-8")
        if b"\x00" not in data[:SAMPLE]:
            return Decoded(text, "utf-8", 1.0 if not data.isascii() else 0.99, "utf-8")
    except UnicodeDecodeError:
        pass
    want = normalize_label(declared)
    if want in _WESTERN and b"\x00" not in data[:SAMPLE]:
        # a page that says latin-1 (any bytes decode so) but is Chinese: old forums, mislabelled saves
        for enc in ("gb18030", "big5hkscs"):
            text, errors = _try(data, enc)
            if not errors and _HAN.search(text[:20000]) and plausibility(text[:20000]) >= 0.9:
                return Decoded(text, enc, 0.9, "declared-western-but-chinese")
    if want and want not in ("utf-8",) and b"\x00" not in data[:SAMPLE]:
        try:
            text = data.decode(want)
            if plausibility(text[:20000]) >= 0.9:
                return Decoded(text, want, 0.95, "declared")
        except (UnicodeDecodeError, LookupError):
            pass
    return _ranked(data, want)


def _ranked(data: bytes, declared: str | None) -> Decoded:
    sample = data[:SAMPLE]
    cands = ["gb18030", "big5hkscs"]
    if b"\x00" in sample or len(data) % 2 == 0:
        cands += ["utf-16-le", "utf-16-be"]
    if declared and declared not in cands:
        cands.insert(0, declared)
    scored = []
    for enc in cands:
        text, errors = _try(sample, enc)
        tail_trim = text[:-2] if len(sample) == SAMPLE else text
        scored.append((plausibility(tail_trim), enc))
    scored.sort(reverse=True)
    best, second = scored[0], scored[1]
    how = "scored"
    if best[0] < 0.85 or best[0] - second[0] < 0.08:
        guess = _chardet(sample)
        if guess and guess not in [e for _, e in scored]:
            text, _ = _try(sample, guess)
            scored.append((plausibility(text), guess))
            scored.sort(reverse=True)
        if guess and scored[0][1] != guess and abs(dict((e, s) for s, e in scored)[guess] - scored[0][0]) < 0.02:
            scored.sort(key=lambda x: (x[1] != guess, -x[0]))
        best, how = scored[0], "chardet"
    if best[0] < 0.5:
        raise DecodeError(f"cannot tell the encoding (best guess {best[1]} looks like binary or garbage)")
    text, errors = _try(data, best[1])
    margin = best[0] - max((s for s, e in scored if e != best[1]), default=0.0)
    confidence = round(min(1.0, best[0]) * (0.7 + 0.3 * min(1.0, margin * 5)), 2)
    return Decoded(text, best[1], confidence, how, errors)


def _chardet(sample: bytes) -> str | None:
    import chardet
    res = chardet.detect(sample[:16384])
    return normalize_label(res.get("encoding"))

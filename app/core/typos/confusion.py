"""Confusion sets: which characters are mistaken for which, and how.

Built from the generated tables in ``resources/lexicons/`` (``tools/gen_confusions.py``):
``confusion_sound.tsv`` (toned syllable → characters), ``confusion_shape.tsv`` (character →
look-alike glyphs) and ``confusion_parts.tsv`` (character → its components and the characters
it is a component of). Kinds, from the strongest evidence of a slip to the weakest:

* ``same`` — same syllable and tone (部/不 bù)
* ``tone`` — same syllable, another tone (理 lǐ / 里 lǐ … 制 zhì / 织 zhī)
* ``fuzzy`` — a pair that many speakers merge: z/zh, c/ch, s/sh, n/l, f/h, r/l, an/ang, en/eng, in/ing
* ``shape`` — look-alike glyphs (冶/治, 捡/检), or a character and one of its parts (斗/科, 木/林)

>>> kinds = similar("织")
>>> kinds["知"], kinds["制"]
('same', 'tone')
>>> similar("冶")["治"], similar("斗")["科"], similar("林")["木"]
('shape', 'shape', 'shape')
"""
from __future__ import annotations

import functools

from ..rules import LEXICONS_DIR
from . import tables

KINDS = ("same", "tone", "fuzzy", "shape")
_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("f", "h"), ("r", "l"))
_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"))


def _rows(name: str):
    for line in (LEXICONS_DIR / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("\t")
            yield key, value


CACHE_FORMAT = 1


def _cached(names: tuple[str, ...], build):
    """A table built from ``resources/lexicons/NAMES``, from the cache while the files have not
    changed (building both took 80 ms, a tenth of what cleaning one small file costs)."""
    sources = [LEXICONS_DIR / name for name in names]
    return tables.load(f"typo-{sources[0].stem}.marshal", (CACHE_FORMAT,) + tables.stamp(sources), build)


@functools.cache
def _sound() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """syllable → characters (toned and toneless keys); character → its toned readings."""
    return tuple(_cached(("confusion_sound.tsv",), _build_sound))


def _build_sound() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    by_key: dict[str, str] = {}
    readings: dict[str, list[str]] = {}
    toneless: dict[str, list[str]] = {}
    for key, chars in _rows("confusion_sound.tsv"):
        by_key[key] = chars
        toneless.setdefault(key[:-1], []).append(chars)
        for c in chars:
            readings.setdefault(c, []).append(key)
    for base, parts in toneless.items():
        by_key[base] = "".join(dict.fromkeys("".join(parts)))
    return by_key, {c: tuple(r) for c, r in readings.items()}


@functools.cache
def _shape() -> dict[str, str]:
    """character → its look-alikes (both ways), then its parts and the characters it is part of."""
    return _cached(("confusion_shape.tsv", "confusion_parts.tsv"), _build_shape)


def _build_shape() -> dict[str, str]:
    near: dict[str, list[str]] = {}
    for c, others in _rows("confusion_shape.tsv"):
        for o in others:
            near.setdefault(c, []).append(o)
            near.setdefault(o, []).append(c)        # look-alike both ways
    for c, others in _rows("confusion_parts.tsv"):   # both ways already
        near.setdefault(c, []).extend(others)
    return {c: "".join(dict.fromkeys(v)) for c, v in near.items()}


def fuzzy_syllables(base: str) -> set[str]:
    """Toneless syllables a speaker may confuse with ``base`` (itself excluded).

    >>> sorted(fuzzy_syllables("zhi"))
    ['zi']
    >>> sorted(fuzzy_syllables("nan"))
    ['lan', 'lang', 'nang']
    """
    heads = {base}
    for a, b in _INITIALS:
        for x, y in ((a, b), (b, a)):
            if base.startswith(x) and not (len(x) == 1 and base[1:2] == "h" and x in "zcs"):
                heads.add(y + base[len(x):])
    out = set(heads)
    for h in heads:
        for a, b in _FINALS:
            if h.endswith(a):
                out.add(h[: -len(a)] + b)
            elif h.endswith(b):
                out.add(h + "g")
    out.discard(base)
    return out


@functools.cache
def similar(c: str) -> dict[str, str]:
    """Characters ``c`` may have been typed for, each with the strongest kind that links them."""
    by_key, readings = _sound()
    out: dict[str, str] = {}
    for kind, keys in (("same", readings.get(c, ())),
                       ("tone", {r[:-1] for r in readings.get(c, ())}),
                       ("fuzzy", {f for r in readings.get(c, ()) for f in fuzzy_syllables(r[:-1])})):
        for key in keys:
            for o in by_key.get(key, ""):
                out.setdefault(o, kind)
    for o in _shape().get(c, ""):
        out.setdefault(o, "shape")
    out.pop(c, None)
    return out


@functools.cache
def similar_keys(c: str) -> frozenset[str]:
    return frozenset(similar(c))

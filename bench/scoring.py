"""Character-level scoring of an extracted text against its gold text.

Whitespace-insensitive: both texts lose all white space before they are aligned;
``loose`` also folds width (NFKC) and script (OpenCC t2s), so that an extractor
is not marked down for full-width punctuation or traditional characters.
recall = gold characters found in the output, precision = output characters
found in the gold, both through one alignment (difflib, no autojunk).
"""
from __future__ import annotations

import difflib
import functools
import unicodedata
from dataclasses import dataclass


@functools.cache
def _t2s():
    import opencc
    return opencc.OpenCC("t2s.json")


def normalize(text: str, loose: bool = True) -> str:
    text = unicodedata.normalize("NFKC" if loose else "NFC", text)
    if loose:
        text = _t2s().convert(text)
    return "".join(text.split())


@dataclass
class Score:
    recall: float
    precision: float
    lost: int
    junk: int

    @property
    def f1(self) -> float:
        s = self.recall + self.precision
        return 2 * self.recall * self.precision / s if s else 0.0


def score(gold: str, produced: str, loose: bool = True) -> Score:
    g, p = normalize(gold, loose), normalize(produced, loose)
    matched = sum(b.size for b in difflib.SequenceMatcher(None, g, p, autojunk=False).get_matching_blocks())
    recall = matched / len(g) if g else 1.0
    precision = matched / len(p) if p else (1.0 if not g else 0.0)
    return Score(recall, precision, len(g) - matched, len(p) - matched)

"""Script conversion through OpenCC (t2s, s2t, tw2sp, hk2s, s2twp …), line by line.

>>> from app.core.testing import run_step
>>> from app.core.config import CleanConfig
>>> run_step(run, "歡迎來到範文網", CleanConfig(convert="t2s"))
'欢迎来到范文网'
"""
from __future__ import annotations

import difflib
import functools

from ..document import Edit, make_edit
from ..textutil import lines


@functools.cache
def converter(name: str):
    import opencc
    return opencc.OpenCC(f"{name}.json")


def run(text: str, ctx) -> list[Edit]:
    name = ctx.config.convert
    conv = converter(name)
    reason = f"繁简转换（OpenCC {name}）"
    edits = []
    for line in lines(text):
        if not line.text:
            continue
        new = conv.convert(line.text)
        if new == line.text:
            continue
        if len(new) == len(line.text):
            edits.extend(_charwise(line.text, new, line.start, name, reason))
        else:
            sm = difflib.SequenceMatcher(None, line.text, new, autojunk=False)
            for op, a1, a2, b1, b2 in sm.get_opcodes():
                if op != "equal":
                    edits.append(make_edit(name, reason, 0.95, line.start + a1, line.start + a2, new[b1:b2]))
    return edits


def _charwise(old: str, new: str, base: int, name: str, reason: str) -> list[Edit]:
    """One edit per run of changed characters."""
    edits, i = [], 0
    while i < len(old):
        if old[i] == new[i]:
            i += 1
            continue
        j = i
        while j < len(old) and old[j] != new[j]:
            j += 1
        edits.append(make_edit(name, reason, 0.95, base + i, base + j, new[i:j]))
        i = j
    return edits


def simplified_lines(text: str) -> list[str] | None:
    r"""The lines of ``text`` in simplified script if it is written in traditional
    characters (so that rules written in simplified Chinese match it), else None.

    >>> simplified_lines("下載文件\n第 1 頁，共 3 頁")
    ['下载文件', '第 1 页，共 3 页']
    >>> simplified_lines("下载文件") is None
    True
    """
    if not is_traditional(text[:4000]):
        return None
    conv = converter("t2s")
    return [conv.convert(line) for line in text.split("\n")]


@functools.lru_cache(maxsize=64)
def is_traditional(sample: str) -> bool:
    """Whether a sample of text is written in traditional characters (cached: several
    steps ask about the same document).

    >>> is_traditional("下載文件，共三頁"), is_traditional("下载文件，共三页")
    (True, False)
    """
    conv = converter("t2s")
    if conv.convert(sample) == sample:
        return False
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    changed = sum(1 for a, b in zip(sample, conv.convert(sample)) if a != b)
    return bool(han) and changed / han >= 0.03

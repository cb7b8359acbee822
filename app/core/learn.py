"""Learning from a batch: short lines that survive cleaning in many files of the
batch are probably a site's furniture the rules do not know yet. They are listed
for the user, and can be written as a rule pack to review and reuse.

>>> files = [{"首页 关于本站", "第一段"}, {"首页 关于本站", "第二段"}, {"首页 关于本站"}, {"别的"}]
>>> learn(files, min_files=3)
[('首页 关于本站', 3)]
>>> "^首页 关于本站$" in pack_toml(learn(files, min_files=3))
True
"""
from __future__ import annotations

import json
from collections import Counter

import regex

from .textutil import is_body_like, is_heading

_SALUTATION = regex.compile(r"^(?:同志们|各位|尊敬的|亲爱的|老师们|同学们|大家好|谢谢大家|谢谢)")
_SENTENCE_END = regex.compile(r"[。！？!?]$")


def candidate_lines(text: str) -> set[str]:
    """The short lines of a cleaned text that could be furniture (not the title)."""
    out = set()
    for line in text.split("\n")[1:]:
        s = line.strip()
        if (2 <= len(s) <= 60 and not is_heading(s) and not is_body_like(s)
                and not _SALUTATION.match(s) and not _SENTENCE_END.search(s)):
            out.add(s)
    return out


def learn(per_file: list[set[str]], min_files: int = 3, min_share: float = 0.3) -> list[tuple[str, int]]:
    """Lines found in at least ``min_files`` files and ``min_share`` of all files."""
    counts = Counter(line for lines in per_file for line in lines)
    need = max(min_files, int(min_share * len(per_file) + 0.999))
    return sorted(((l, n) for l, n in counts.items() if n >= need), key=lambda x: (-x[1], x[0]))


def learn_texts(texts: list[str], min_files: int = 3) -> list[tuple[str, int]]:
    """:func:`learn` over the cleaned texts of a batch."""
    return learn([candidate_lines(t) for t in texts], min_files)


def pack_toml(cands: list[tuple[str, int]], pack_id: str = "learned", name: str = "从批量文件中学到的规则") -> str:
    """A rule pack (TOML) dropping each learned line, for the user to review."""
    out = ["# Lines that recurred across the files of one batch. Review before use:",
           "# delete any rule whose line is real text.", "",
           "[pack]", f"id = {json.dumps(pack_id)}", f"name = {json.dumps(name, ensure_ascii=False)}",
           'scope = "all"', ""]
    for i, (line, n) in enumerate(cands, 1):
        pattern = "^" + regex.escape(line, special_only=True, literal_spaces=True) + "$"
        out += ["[[rules]]", f'id = "learned-{i}"', 'step = "boilerplate"', 'action = "drop-line"',
                'zone = "any"', f"pattern = {json.dumps(pattern, ensure_ascii=False)}",
                f"reason = {json.dumps(f'在同一批 {n} 个文件中重复出现的行', ensure_ascii=False)}",
                "confidence = 0.8", f"examples = [{{ input = {json.dumps(line, ensure_ascii=False)}, match = true }}]",
                ""]
    return "\n".join(out)

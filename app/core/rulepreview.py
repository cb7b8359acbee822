"""Trying a rule before it is saved: which lines of a document its pattern matches,
and whether its examples hold.

Lines are matched as the boilerplate step matches them: stripped, in simplified
script on a traditional page, ``max_len`` counted without punctuation and spaces
(see ``steps/boilerplate.py``; zones are not worked out here). Each line gets the
rule's own regex timeout, as in the pipeline, and the whole document a time budget.
The search runs with ``concurrent=True``, so that it releases the GIL: a slow
pattern tried in a worker thread never stalls the GUI.

>>> p = preview_matches(r"^来源", "标题\\n来源：某网\\n正文。")
>>> [(m.line, m.spans) for m in p.matches], p.count, p.error
([(1, ((3, 5),))], 1, '')
>>> preview_matches("(", "x").error != ""
True
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import regex

from .rules import Rule
from .steps.convert import simplified_lines
from .textutil import lines, squash

DEFAULT_TIMEOUT = Rule.__dataclass_fields__["timeout"].default
BUDGET = 1.0        # seconds for the whole document


@dataclass(frozen=True)
class LineMatch:
    line: int                                   # 0-based line number
    start: int                                  # offsets of the line in the text
    end: int
    spans: tuple[tuple[int, int], ...] = ()     # offsets of the non-empty matches in the text


@dataclass(frozen=True)
class Preview:
    matches: tuple[LineMatch, ...] = ()
    error: str = ""             # the pattern does not compile
    timed_out: int = -1         # the line a search ran out of time on (-1: none)
    over_budget: bool = False   # the document's budget ran out (not one slow line)
    searched: int = field(default=0, compare=False)

    @property
    def count(self) -> int:
        return len(self.matches)


def preview_matches(pattern: str, text: str, max_len: int = 0, timeout: float = DEFAULT_TIMEOUT,
                    budget: float = BUDGET) -> Preview:
    """The lines of ``text`` that ``pattern`` finds something in; stops at the first
    search that takes longer than ``timeout`` or when ``budget`` is spent."""
    try:
        compiled = regex.compile(pattern, regex.V1)
    except (regex.error, ValueError, OverflowError) as exc:
        return Preview(error=str(exc))
    shadow = simplified_lines(text)
    deadline = time.monotonic() + budget
    found: list[LineMatch] = []
    searched = 0
    for line in lines(text):
        stripped = line.text.strip()
        if not stripped:
            continue
        seen = shadow[line.index].strip() if shadow is not None else stripped
        if max_len and len(squash(seen)) > max_len:
            continue
        left = deadline - time.monotonic()
        if left <= 0:
            return Preview(tuple(found), timed_out=line.index, over_budget=True, searched=searched)
        try:
            hits = list(compiled.finditer(seen, timeout=min(timeout, left), concurrent=True))
        except TimeoutError:
            return Preview(tuple(found), timed_out=line.index, over_budget=left < timeout, searched=searched)
        searched += 1
        if hits:
            lead = line.start + len(line.text) - len(line.text.lstrip())
            spans = tuple((lead + m.start(), lead + m.end()) for m in hits if m.end() > m.start()) \
                if len(seen) == len(stripped) else ()
            found.append(LineMatch(line.index, line.start, line.end, spans))
    return Preview(tuple(found), searched=searched)


def examples_from_text(text: str, replace: bool) -> tuple[list[dict[str, Any]], list[int]]:
    """Examples typed one a line: ``text`` must match, ``!text`` must not; for a replace
    rule ``input => output``. Returns the examples and the numbers of lines that are
    neither.

    >>> examples_from_text("来源：某网\\n!来源于实践", False)[0]
    [{'input': '来源：某网', 'match': True}, {'input': '来源于实践', 'match': False}]
    >>> examples_from_text("a-一是 => a一是\\nb", True)
    ([{'input': 'a-一是', 'output': 'a一是'}], [2])
    """
    out: list[dict[str, Any]] = []
    bad: list[int] = []
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s:
            continue
        if replace:
            if " => " not in s:
                bad.append(n)
                continue
            given, want = s.split(" => ", 1)
            out.append({"input": given.strip(), "output": want.strip()})
        elif s.startswith("!"):
            out.append({"input": s[1:].strip(), "match": False})
        else:
            out.append({"input": s, "match": True})
    return out, bad


def examples_to_text(examples: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> str:
    """The reverse of :func:`examples_from_text`.

    >>> examples_to_text([{"input": "a", "match": True}, {"input": "b", "match": False}, {"input": "c", "output": "d"}])
    'a\\n!b\\nc => d'
    """
    rows = []
    for ex in examples:
        if "output" in ex:
            rows.append(f"{ex.get('input', '')} => {ex['output']}")
        else:
            rows.append(("" if ex.get("match", True) else "!") + str(ex.get("input", "")))
    return "\n".join(rows)


def failing_examples(rule: Rule) -> list[dict[str, Any]]:
    """The examples the rule does not bear out (as the test-suite checks the shipped packs)."""
    bad = []
    for ex in rule.examples:
        try:
            if "output" in ex:
                ok = rule.regex().sub(rule.replacement, ex["input"], timeout=rule.timeout) == ex["output"]
            else:
                ok = rule.matches_line(ex["input"]) == bool(ex.get("match", True))
        except (TimeoutError, RuntimeError, regex.error):
            ok = False
        if not ok:
            bad.append(ex)
    return bad

"""The ordered steps: ``clean(doc, config) -> Result`` and ``replay``.

Each step is a pure function ``run(text, ctx) -> list[Edit]`` whose edits are
spans of the text it was given. The pipeline drops edits the user rejected,
applies the rest, and re-bases every kept edit onto the text as it stood just
before it, so that ``replay(result.original, result.edits) == result.text``.

>>> from app.core.document import Document
>>> r = clean(Document.from_text("同志们:\\n\\n我代衰大家讲话。"))
>>> r.text
'同志们：\\n我代表大家讲话。\\n'
>>> replay(r.original, r.edits) == r.text
True
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Callable

from .config import CleanConfig
from .document import Document, Edit, Result, edit_id, replay  # noqa: F401  (replay re-exported)
from .rules import RuleTimeout, active_packs, rules_for
from .steps import (boilerplate, convert, extract, layout, markers, mojibake, normalize, paragraphs,
                    placeholders, punctuation, title, typos)
from .textutil import LineIndex, lines

StepFn = Callable[[str, "StepContext"], list[Edit]]

STEPS: tuple[tuple[str, StepFn], ...] = (
    ("mojibake", mojibake.run),
    ("normalize", normalize.run),
    ("extract", extract.run),
    ("boilerplate", boilerplate.run),
    ("title", title.run),
    ("markers", markers.run),
    ("paragraphs", paragraphs.run),
    ("placeholders", placeholders.run),
    ("typos", typos.run),
    ("punctuation", punctuation.run),
    ("convert", convert.run),
    ("layout", layout.run),
)


# Steps whose decisions look at neighbouring marks they may themselves change ("!," → "！，"):
# run again on their own output until nothing changes, so that cleaning twice gives what
# cleaning once gave.
CONVERGING = frozenset(("punctuation", "paragraphs"))
MAX_PASSES = 3


@dataclass
class StepContext:
    """What a step may read besides its text, and where it leaves notes."""

    config: CleanConfig
    doc: Document
    meta: dict[str, Any] = field(default_factory=dict)     # shared facts: title …
    flags: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    disabled_rules: set[str] = field(default_factory=set)
    packs: tuple = ()                                       # rule packs in force

    def rules(self, step: str) -> list:
        return rules_for(step, self.packs)

    def flag(self, line: int, text: str, reason: str, rule: str, step: str) -> None:
        """Note a line that was kept although it might be junk."""
        self.flags.append({"line": line, "text": text, "reason": reason, "rule": rule, "step": step})

    def rule_timed_out(self, exc: RuleTimeout) -> None:
        key = f"{exc.rule.pack}/{exc.rule.id}"
        if key not in self.disabled_rules:
            self.disabled_rules.add(key)
            self.warnings.append(f"{exc}: rule disabled for this document")


LARGE = 2_000_000          # characters: a longer plain text is cleaned in parts of about this size


def clean(doc: Document, config: CleanConfig | None = None) -> Result:
    """Run every enabled step over ``doc`` and return the text and all edits."""
    config = config or CleanConfig()
    if len(doc.text) > LARGE and doc.kind == "txt":
        return _clean_in_parts(doc, config)
    return _clean_one(doc, config)


def _clean_in_parts(doc: Document, config: CleanConfig) -> Result:
    """A very large text, cleaned part by part so memory stays bounded: the first part
    has the page's head (and its title), the last its tail. Edits are re-based so that
    replay over the whole original still gives the whole output."""
    cuts = part_bounds(doc.text, LARGE)
    texts: list[str] = []
    edits: list[Edit] = []
    flags, warnings = [], []
    first: Result | None = None
    done = 0                     # length of the output so far: where the next part starts in replay
    count = 0
    for k, (a, b) in enumerate(cuts):
        part = doc.text[a:b]              # sliced when needed: the parts are never all in memory at once
        where = "first" if k == 0 else "last" if k == len(cuts) - 1 else "middle"
        sub = Document.from_text(part, source=doc.source, kind="txt", meta={**doc.meta, "part": where})
        res = _clean_one(sub, config)
        first = first or res
        for e in res.edits:
            e.start += done
            e.end += done
        edits += res.edits
        count += res.meta.get("edit_count", len(res.edits))
        flags += res.flags
        warnings += res.warnings
        texts.append(res.text)
        done += len(res.text)
    text = "".join(texts)
    del texts
    meta = dict(first.meta if first else doc.meta)
    meta["edit_count"] = count
    return Result(text=text, edits=edits, original=doc.text, title=first.title if first else "",
                  meta=meta, flags=flags, warnings=warnings)


def part_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """Where :func:`split_parts` would cut, as (start, end) offsets."""
    bounds, start = [], 0
    while len(text) - start > size:
        cut = text.find("\n", start + size - 1)
        if cut < 0:
            break
        bounds.append((start, cut + 1))
        start = cut + 1
    bounds.append((start, len(text)))
    return bounds


def split_parts(text: str, size: int) -> list[str]:
    r"""Cut ``text`` after a newline near every ``size`` characters (each part but the last
    keeps its final newline).

    >>> split_parts("ab\ncd\nef", 3)
    ['ab\n', 'cd\n', 'ef']
    """
    return [text[a:b] for a, b in part_bounds(text, size)]


def _clean_one(doc: Document, config: CleanConfig) -> Result:
    ctx = StepContext(config=config, doc=doc, meta=dict(doc.meta), packs=active_packs(config))
    text = doc.text
    kept: list[Edit] = []
    rejected: list[Edit] = []
    counted = 0
    verbatim = frozenset(b.text for b in doc.blocks if b.tag == "pre") if doc.kind == "html" else frozenset()
    for name, fn in STEPS:
        if not config.runs(name):
            continue
        for _ in range(MAX_PASSES if name in CONVERGING else 1):
            edits = fn(text, ctx)
            if edits and verbatim:
                edits = leave_verbatim(text, edits, verbatim, name)
            if not edits:
                break
            before = text
            text = _apply(text, name, edits, config.rejected, kept, rejected)
            if not config.record_edits:       # a batch that needs no explanations keeps memory flat
                counted += len(kept)
                kept.clear()
            if text == before:
                break
    meta = dict(doc.meta)
    meta.update({k: v for k, v in ctx.meta.items() if k in ("title", "placeholders")})
    meta["edit_count"] = counted + len(kept)
    return Result(text=text, edits=kept, original=doc.text, title=ctx.meta.get("title", ""),
                  meta=meta, flags=ctx.flags, warnings=ctx.warnings, rejected=rejected,
                  suggestions=ctx.meta.get("suggestions", []))


def leave_verbatim(text: str, edits: list[Edit], verbatim: frozenset[str], step: str) -> list[Edit]:
    r"""The edits that leave a page's code (its ``<pre>`` lines, written as they are) alone:
    none may change a character of such a line or join it to another; only the ``extract``
    step may drop such lines whole (a code box outside the article).

    >>> from app.core.document import make_edit
    >>> text = "说明：\n    x = a ,b\n结束"
    >>> edits = [make_edit("r", "", 1, 14, 15, "，"), make_edit("r", "", 1, 2, 3, "："),
    ...          make_edit("j", "", 1, 3, 4, "", kind="join")]
    >>> [(e.start, e.new) for e in leave_verbatim(text, edits, frozenset(["    x = a ,b"]), "punctuation")]
    [(2, '：')]
    """
    spans = [(l.start, l.end) for l in lines(text) if l.text in verbatim]
    if not spans:
        return edits
    ends = [b for _, b in spans]
    out = []
    for e in edits:
        touching = []                                   # code lines that meet [e.start, e.end]
        for i in range(bisect.bisect_left(ends, e.start), len(spans)):
            if spans[i][0] > e.end:
                break
            touching.append(spans[i])
        inside = [(a, b) for a, b in touching if (e.start < b and e.end > a) or a < e.start == e.end < b]
        if inside:
            if not (step == "extract" and not e.new and all(e.start <= a and b <= e.end for a, b in inside)):
                continue
        elif touching and e.kind == "join":
            continue
        out.append(e)
    return out


def _apply(text: str, step: str, edits: list[Edit], rejected_ids: frozenset[str],
           kept: list[Edit], rejected: list[Edit]) -> str:
    """Apply one step's non-overlapping edits; re-base them for replay."""
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    index = LineIndex(text)
    seen: dict[tuple[str, str], int] = {}
    pieces: list[str] = []
    cursor = 0
    delta = 0
    for e in edits:
        if e.start < cursor:
            raise AssertionError(f"step {step} produced overlapping edits at {e.start}")
        e.step = step
        e.old = text[e.start:e.end]
        key = (e.rule, e.old)
        n = seen.get(key, 0)
        seen[key] = n + 1
        e.id = edit_id(step, e.rule, e.old, n)
        e.line = index.line_of(e.start)
        if e.id in rejected_ids:
            rejected.append(e)
            continue
        if e.old == e.new:
            continue
        pieces.append(text[cursor:e.start])
        pieces.append(e.new)
        cursor = e.end
        e.start += delta
        e.end = e.start + len(e.old)
        delta += len(e.new) - len(e.old)
        kept.append(e)
    pieces.append(text[cursor:])
    return "".join(pieces)


"""The data every step reads and writes: Document, Block, Edit, Result.

A reader turns bytes into a :class:`Document`: the decoded text, one
:class:`Block` per line of that text (with the features the reader saw, such as
the HTML tag or how much of it was link text) and metadata (title, source URL,
encoding and how sure the decoder was).

Every change the cleaner makes is an :class:`Edit`: a span of the text as it
stood just before the edit, its replacement, and which step and rule made it,
why, and how sure. Applying the edits in order to the original text gives the
output again, which is what :func:`replay` does:

>>> e = Edit(step="typos", rule="curated", reason="形近错字", confidence=0.9,
...          start=1, end=3, old="代衰", new="代表")
>>> replay("我代衰大家", [e])
'我代表大家'
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, asdict
from typing import Any


BLOCKS_LIMIT = 2_000_000        # characters; see Document.from_text


@dataclass
class Block:
    """One line of the document text, with what the reader knew about it."""

    text: str
    tag: str = "p"               # p, h1, li, tr, title, line …
    features: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    """Decoded input: ``text`` is ``"\\n".join(b.text for b in blocks)``."""

    text: str
    blocks: list[Block]
    source: str = ""             # path or "<clipboard>"
    kind: str = "txt"            # txt, html
    meta: dict[str, Any] = field(default_factory=dict)
    # HTML only: the containers blocks sit in (tag, "class id", itemprop); Block.features["path"] indexes it
    elements: list[tuple[str, str, str]] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, source: str = "", kind: str = "txt",
                  meta: dict[str, Any] | None = None) -> "Document":
        """Split plain text into one block per line.

        >>> Document.from_text("a\\nb").blocks[1].text
        'b'
        """
        # plain text needs no blocks to be cleaned; a very large one is cleaned in parts,
        # each with blocks of its own, so the whole text is not split into objects twice
        blocks = [Block(line, "line") for line in text.split("\n")] if len(text) <= BLOCKS_LIMIT else []
        return cls(text=text, blocks=blocks, source=source, kind=kind, meta=dict(meta or {}))

    @classmethod
    def from_blocks(cls, blocks: list[Block], source: str = "", kind: str = "html",
                    meta: dict[str, Any] | None = None) -> "Document":
        """Build the text from blocks, one block a line (a block's own newlines become spaces)."""
        clean = [Block(b.text.replace("\n", " "), b.tag, b.features) for b in blocks]
        text = "\n".join(b.text for b in clean)
        return cls(text=text, blocks=clean, source=source, kind=kind, meta=dict(meta or {}))


@dataclass
class Edit:
    """One change: replace ``old`` at ``[start, end)`` of the text as it was
    just before this edit with ``new``."""

    step: str
    rule: str
    reason: str
    confidence: float
    start: int
    end: int
    old: str
    new: str
    kind: str = "replace"        # replace, drop (whole line), join, insert
    line: int = 0                # 1-based line in the step's input text
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Edit":
        return cls(**data)

    def describe(self) -> str:
        """One human line: where, what, which rule and why.

        >>> Edit("typos", "curated", "形近错字", 0.9, 0, 2, "代衰", "代表", line=3).describe()
        '[typos/curated 0.90] 第3行 「代衰」→「代表」 形近错字'
        """
        if self.kind == "drop":
            what = f"删除「{_short(self.old.strip())}」"
        elif self.kind == "join":
            what = "合并断行"
        elif self.kind == "insert":
            what = f"插入「{_short(self.new.strip())}」"
        else:
            what = f"「{_short(self.old)}」→「{_short(self.new)}」"
        return f"[{self.step}/{self.rule} {self.confidence:.2f}] 第{self.line}行 {what} {self.reason}"


def _short(s: str, n: int = 40) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


def edit_id(step: str, rule: str, old: str, n: int) -> str:
    """A stable name for an edit, used to reject it on the next run.

    >>> edit_id("typos", "curated", "代衰", 0)
    'typos:curated:...'
    """
    digest = hashlib.blake2s(old.encode("utf-8"), digest_size=4).hexdigest()
    return f"{step}:{rule}:{digest}:{n}"


@dataclass
class Result:
    """What :func:`app.core.pipeline.clean` returns."""

    text: str
    edits: list[Edit]
    original: str
    title: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    flags: list[dict[str, Any]] = field(default_factory=list)      # kept but unsure
    warnings: list[str] = field(default_factory=list)
    rejected: list[Edit] = field(default_factory=list)              # edits the user turned off
    suggestions: list[dict[str, Any]] = field(default_factory=list)  # typo fixes offered for review

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "text": self.text,
            "meta": self.meta,
            "edits": [e.to_dict() for e in self.edits],
            "flags": self.flags,
            "warnings": self.warnings,
            "suggestions": self.suggestions,
        }


def make_edit(rule: str, reason: str, confidence: float, start: int, end: int, new: str,
              kind: str = "replace") -> Edit:
    """An edit for the running step; the pipeline fills in step, old, line and id."""
    return Edit(step="", rule=rule, reason=reason, confidence=confidence,
                start=start, end=end, old="", new=new, kind=kind)


class ReplayError(ValueError):
    """An edit did not fit the text it was replayed on."""


def replay(original: str, edits: list[Edit]) -> str:
    """Apply ``edits`` in order to ``original``; checks each edit's ``old`` text.

    Each edit's span is in the text as it stood just before that edit. Runs of edits
    that move strictly forward (one step's edits are) are applied together in one
    pass, so a long text with many edits replays in linear time.

    >>> replay("ab", [Edit("s", "r", "", 1.0, 0, 1, "a", "x"), Edit("s", "r", "", 1.0, 1, 2, "b", "")])
    'x'
    """
    text = original
    i = 0
    while i < len(edits):
        j, shift = i, 0
        pieces: list[str] = []
        cursor = 0
        while j < len(edits):
            e = edits[j]
            start = e.start - shift           # where this edit falls in ``text`` (the run's input)
            if start < cursor or (j > i and e.step != edits[j - 1].step):
                break
            end = start + len(e.old)
            if text[start:end] != e.old:
                raise ReplayError(f"edit {e.id or e.rule} expected {e.old!r} at {e.start}, "
                                  f"found {text[start:end]!r}")
            pieces += (text[cursor:start], e.new)
            cursor = end
            shift += len(e.new) - len(e.old)
            j += 1
        pieces.append(text[cursor:])
        text = "".join(pieces)
        i = j
    return text

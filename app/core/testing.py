"""Helpers for doctests and tests: run one step on a string.

>>> from app.core.steps import normalize
>>> run_step(normalize.run, "a\\u200bb")
'ab'
"""
from __future__ import annotations

from .config import CleanConfig
from .document import Document, replay
from .pipeline import StepContext, _apply
from .rules import active_packs


def run_step(fn, text: str, config: CleanConfig | None = None, **meta) -> str:
    """Apply one step's edits to ``text`` and check that replay agrees."""
    ctx = StepContext(config=config or CleanConfig(), doc=Document.from_text(text), meta=dict(meta), packs=active_packs(config or CleanConfig()))
    kept: list = []
    out = _apply(text, "test", fn(text, ctx), frozenset(), kept, [])
    assert replay(text, kept) == out
    return out


def run_doc_step(fn, doc: Document, config: CleanConfig | None = None) -> str:
    """Apply one step that needs the whole Document (its blocks and features)."""
    ctx = StepContext(config=config or CleanConfig(), doc=doc, meta=dict(doc.meta), packs=active_packs(config or CleanConfig()))
    kept: list = []
    out = _apply(doc.text, "test", fn(doc.text, ctx), frozenset(), kept, [])
    assert replay(doc.text, kept) == out
    return out

"""List-marker junk: stray "-", ":" or bullets left before 一是/二是 by a site's list markup.

>>> from app.core.testing import run_step
>>> run_step(run, "协同开展攻坚作战。-一是常态化推进。:二是精准化推进。")
'协同开展攻坚作战。一是常态化推进。二是精准化推进。'
>>> run_step(run, "主要有：一是加强领导。")
'主要有：一是加强领导。'
"""
from __future__ import annotations

from ..document import Edit
from ._replace import replace_edits


def run(text: str, ctx) -> list[Edit]:
    return replace_edits(text, ctx.rules("markers"), ctx)

"""JSON a person or a program can take on: the text and title, the page's metadata
(source, URL, site, date, the encoding and how sure the decoder was), every edit with
its step, rule, reason and confidence, the lines kept but flagged, the warnings, and
the headings found.

>>> from app.core.document import Edit, Result
>>> e = Edit("typos", "curated", "形近错字", 0.9, 2, 4, "代衰", "代表", line=2)
>>> r = Result(text="标题\\n我代表\\n", edits=[e], original="", title="标题",
...            meta={"encoding": "gb18030", "encoding_confidence": 0.98, "url": "https://a.cn/1"})
>>> d = export_dict(r, "in/a.html")
>>> d["metadata"]["encoding"], d["metadata"]["encoding_confidence"], d["metadata"]["url"]
('gb18030', 0.98, 'https://a.cn/1')
>>> {k: d["edits"][0][k] for k in ("step", "rule", "reason", "confidence")}
{'step': 'typos', 'rule': 'curated', 'reason': '形近错字', 'confidence': 0.9}
"""
from __future__ import annotations

import json
from typing import Any

from ..document import Result
from .structure import Outline, outline

FORMAT = "qinggao-result/1"
METADATA_KEYS = ("url", "site", "date", "author", "encoding", "encoding_confidence", "encoding_how",
                 "decode_errors")


def export_dict(result: Result, source: str = "", shape: Outline | None = None) -> dict[str, Any]:
    shape = shape or outline(result)
    data = result.to_dict()
    metadata: dict[str, Any] = {"source": source, "title": result.title}
    metadata.update({k: result.meta.get(k, "") for k in METADATA_KEYS})
    data.update({
        "format": FORMAT,
        "source": source,
        "metadata": metadata,
        "warnings": list(result.warnings) + shape.warnings,
        "headings": [{"level": p.level, "text": p.head} for p in shape.paras if p.kind == "heading"],
    })
    order = ("format", "source", "title", "metadata", "text", "headings", "edits", "flags", "warnings", "meta")
    return {k: data[k] for k in order if k in data} | {k: v for k, v in data.items() if k not in order}


def render_json(result: Result, source: str = "", shape: Outline | None = None) -> str:
    return json.dumps(export_dict(result, source, shape), ensure_ascii=False, indent=1) + "\n"

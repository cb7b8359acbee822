"""Output file names: a template of ``{stem}``, ``{title}``, ``{site}``, ``{date}`` and
``{index}``, made safe for Windows as well as for the system writing them.

>>> safe_name('报告:"终稿"?', ".docx")
'报告__终稿__.docx'
>>> safe_name("CON", ".txt"), safe_name("lpt1.备份", ".md"), safe_name("笔记. . ", ".txt")
('_CON.txt', '_lpt1.备份.md', '笔记.txt')
>>> len(safe_name("长" * 300, ".docx"))
120
>>> expand_template("{index:03d}-{title}", stem="a", title="关于加强作风建设的讲话", index=7)
'007-关于加强作风建设的讲话'
>>> expand_template("{date}_{title}", stem="a", date="2024-01-31T18:14:02+08:00")
'2024-01-31'
"""
from __future__ import annotations

import string
from pathlib import Path

import regex

from ..config import check_name_template

RESULT_FIELDS = frozenset({"title", "site", "date"})     # known only once the file is cleaned
MAX_NAME = 120                                           # characters, extension included
_ILLEGAL = regex.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = regex.compile(r"^(?:CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])$", regex.I)
_DATE = regex.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")


def template_fields(template: str) -> list[str]:
    """The field names a template uses; ValueError for unknown fields or bad braces.

    >>> template_fields("{index:03d}_{title}")
    ['index', 'title']
    """
    check_name_template(template)
    return [f for _lit, f, _spec, _conv in string.Formatter().parse(template) if f is not None]


def needs_result(template: str) -> bool:
    """Whether the name can only be known after cleaning ({title}, {site}, {date})."""
    return bool(RESULT_FIELDS & set(template_fields(template)))


def name_date(raw: str) -> str:
    """``YYYY-MM-DD`` from a date in the page's metadata; other text as it is.

    >>> name_date("2024年1月31日 18:14"), name_date("2024-01-31T18:14:02+08:00"), name_date("昨天")
    ('2024-01-31', '2024-01-31', '昨天')
    """
    m = _DATE.search(raw or "")
    if not m:
        return (raw or "").strip()
    y, mo, d = m.groups()
    return f"{y}-{int(mo):02d}-{int(d):02d}"


def expand_template(template: str, *, stem: str, title: str = "", site: str = "", date: str = "",
                    index: int = 1) -> str:
    """The template filled in; separators left dangling by empty fields are trimmed,
    and an empty result falls back to the input's stem."""
    template_fields(template)
    values = {"stem": stem, "title": title.strip(), "site": site.strip(), "date": name_date(date),
              "index": index}
    name = template.format(**values).strip().strip("-_ ·")
    return name or stem


def safe_name(name: str, ext: str = "") -> str:
    """``name + ext`` usable as a file name on Windows, macOS and Linux: characters
    Windows forbids (``<>:"/\\|?*`` and control characters) become ``_``, reserved device
    names (CON, PRN, AUX, NUL, COM1–9, LPT1–9) get a ``_`` in front, trailing dots and
    spaces go, and the whole is cut to 120 characters keeping the extension."""
    name = _ILLEGAL.sub("_", name).strip()
    name = name[: MAX_NAME - len(ext)].rstrip(". ")
    if not name:
        name = "_"
    if _RESERVED.match(name.split(".")[0].rstrip(" ")):
        name = ("_" + name)[: MAX_NAME - len(ext)].rstrip(". ")
    return name + ext


def output_name(template: str, ext: str, *, stem: str, title: str = "", site: str = "", date: str = "",
                index: int = 1) -> str:
    """The safe file name for one output.

    >>> output_name("{title}", ".md", stem="p1", title="一、总体要求 / 2024")
    '一、总体要求 _ 2024.md'
    """
    return safe_name(expand_template(template, stem=stem, title=title, site=site, date=date, index=index), ext)


def target_path(outdir: Path, rel_dir: str, name: str) -> Path:
    return Path(outdir) / rel_dir / name

"""CleanConfig and OutputConfig: every option is one field, with a default.

The CLI maps its flags onto these fields and the GUI's options panel edits them;
neither keeps options of its own.

>>> CleanConfig().placeholder
'×'
>>> CleanConfig.from_mapping({"keep_lines": True, "steps": ["typos"]}).steps
('typos',)
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

# The steps in the order the pipeline runs them (see pipeline.STEPS).
STEP_NAMES: tuple[str, ...] = (
    "mojibake", "normalize", "extract", "boilerplate", "title", "markers", "paragraphs",
    "placeholders", "typos", "punctuation", "convert", "layout",
)

STEP_HELP: dict[str, str] = {
    "mojibake": "text decoded with the wrong encoding upstream (鍦ㄤ腑鍥, ÔÚÖÐ) re-read right",
    "normalize": "invisible junk: BOM, zero-width, NBSP, control characters, CRLF",
    "extract": "HTML: keep the article's container, drop menus, sidebars, comments, footers",
    "boilerplate": "site furniture: headers, meta lines, editor intros, related lists",
    "title": "find the title, put it first, drop its duplicates",
    "markers": "list-marker junk before 一是/二是 (\"。-一是\" → \"。一是\")",
    "paragraphs": "join lines broken after ；, lines that start with punctuation",
    "placeholders": "anonymising asterisks (**市, ***%) → ×",
    "typos": "typos: curated list, user dictionary, sound-/look-alike fixes (代衰→代表, 大数局→大数据)",
    "punctuation": "half-width , ; : ? ! ( ) in Chinese text → full-width",
    "convert": "OpenCC script conversion (see --convert)",
    "layout": "one paragraph a line: no blank lines, no indentation",
}

CONVERSIONS: tuple[str, ...] = ("none", "t2s", "s2t", "tw2sp", "hk2s", "s2twp", "tw2s", "s2tw", "s2hk", "t2tw", "t2hk")


@dataclass(frozen=True)
class CleanConfig:
    """How to clean one document."""

    steps: tuple[str, ...] = STEP_NAMES
    keep_lines: bool = False           # proofreading: output line N is input line N
    title: bool = True                 # put the title on the first line
    placeholder: str = "×"             # per asterisk; "keep" leaves them; "某" one per run
    fills: tuple[tuple[str, str], ...] = ()   # placeholder contexts filled in: (("××市", "乐山市"),)
    convert: str = "none"              # OpenCC config name, or none
    typos: str = "auto"                # auto | all | off
    typos_accepted: frozenset[str] = field(default_factory=frozenset)   # typo suggestion ids to apply
    typo_dictionary: str = ""          # user typo dictionary (TOML); "" = the one in the config folder, "none" = none
    rejected: frozenset[str] = field(default_factory=frozenset)   # edit ids the user rejected
    rule_files: tuple[str, ...] = ()   # extra rule packs (TOML) to use besides the built-in and user ones
    disabled_packs: frozenset[str] = field(default_factory=frozenset)   # pack ids not to use
    user_rules: bool = True            # use the packs in the user's config folder
    record_edits: bool = True          # keep every Edit (explain, report, replay); off: count them only

    def __post_init__(self) -> None:
        unknown = [s for s in self.steps if s not in STEP_NAMES]
        if unknown:
            raise ValueError(f"unknown step(s): {', '.join(unknown)}; known: {', '.join(STEP_NAMES)}")
        if self.convert not in CONVERSIONS:
            raise ValueError(f"unknown conversion {self.convert!r}; known: {', '.join(CONVERSIONS)}")
        if self.typos not in ("auto", "all", "off"):
            raise ValueError(f"--typos must be auto, all or off, not {self.typos!r}")
        if not self.placeholder:
            raise ValueError("placeholder text must not be empty (use 'keep' to leave asterisks)")
        for key, _value in self.fills:
            if "×" not in key:
                raise ValueError(f"a fill-in needs × where the asterisks were, e.g. ××市=乐山市 (got {key!r})")

    def runs(self, step: str) -> bool:
        """Whether ``step`` is on under this config.

        >>> CleanConfig().runs("convert"), CleanConfig(convert="t2s").runs("convert")
        (False, True)
        """
        if step not in self.steps:
            return False
        if step == "convert":
            return self.convert != "none"
        if step == "typos":
            return self.typos != "off"
        if step == "placeholders":
            return self.placeholder != "keep"
        return True

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> "CleanConfig":
        """Build from plain data (JSON, QSettings); unknown keys are an error."""
        names = {f.name for f in fields(cls)}
        bad = set(data) - names - {"no_title"}
        if bad:
            raise ValueError(f"unknown option(s): {', '.join(sorted(bad))}")
        kw: dict[str, Any] = {k: v for k, v in data.items() if k in names}
        if "steps" in kw:
            kw["steps"] = tuple(kw["steps"])
        for key in ("rejected", "disabled_packs", "typos_accepted"):
            if key in kw:
                kw[key] = frozenset(kw[key])
        if "rule_files" in kw:
            kw["rule_files"] = tuple(kw["rule_files"])
        if "fills" in kw:
            kw["fills"] = tuple((str(k), str(v)) for k, v in (kw["fills"].items() if isinstance(kw["fills"], dict)
                                                            else kw["fills"]))
        if data.get("no_title"):
            kw["title"] = False
        return cls(**kw)

    def with_(self, **changes: Any) -> "CleanConfig":
        return replace(self, **changes)


FORMATS: tuple[str, ...] = ("txt", "md", "json", "docx")
ENCODINGS: dict[str, str] = {      # user-facing name -> Python codec
    "utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "utf-16": "utf-16",
}


@dataclass(frozen=True)
class OutputConfig:
    """How to write results."""

    format: str = "txt"
    encoding: str = "utf-8"
    newline: str = "lf"                # lf | crlf
    overwrite: bool = False
    docx_style: str = "official"       # official (GB/T 9704 公文 layout) | plain
    front_matter: bool = False         # Markdown: YAML front matter with title, source URL, site, date
    paragraph_style: str = "line"      # text: line (one a line) | blank (blank line between) | indent (　　)
    name: str = "{stem}"               # output file name: {stem} {title} {site} {date} {index}

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}; known: {', '.join(FORMATS)}")
        if self.encoding.lower() not in ENCODINGS:
            raise ValueError(f"unknown output encoding {self.encoding!r}; known: {', '.join(ENCODINGS)}")
        if self.newline not in ("lf", "crlf"):
            raise ValueError("newline must be lf or crlf")
        if self.docx_style not in DOCX_STYLES:
            raise ValueError(f"--docx-style must be one of {', '.join(DOCX_STYLES)}, not {self.docx_style!r}")
        if self.paragraph_style not in PARAGRAPH_STYLES:
            raise ValueError(f"--paragraph-style must be one of {', '.join(PARAGRAPH_STYLES)}, "
                             f"not {self.paragraph_style!r}")
        check_name_template(self.name)


DOCX_STYLES: tuple[str, ...] = ("official", "plain")
PARAGRAPH_STYLES: tuple[str, ...] = ("line", "blank", "indent")
NAME_FIELDS: tuple[str, ...] = ("stem", "title", "site", "date", "index")


def check_name_template(template: str) -> None:
    """Unknown fields and bad braces are usage errors, found before any file is read.

    >>> check_name_template("{index:03d}-{title}")
    >>> check_name_template("{author}")
    Traceback (most recent call last):
    ValueError: --name '{author}': unknown field {author}; known: {stem} {title} {site} {date} {index}
    """
    import string
    try:
        names = [f for _lit, f, _spec, _conv in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise ValueError(f"--name {template!r}: {exc}") from None
    for f in names:
        if f not in NAME_FIELDS:
            raise ValueError(f"--name {template!r}: unknown field {{{f}}}; known: "
                             + " ".join("{" + n + "}" for n in NAME_FIELDS))
    if not template.strip():
        raise ValueError("--name must not be empty")
    try:
        template.format(stem="", title="", site="", date="", index=1)
    except (ValueError, IndexError, KeyError) as exc:
        raise ValueError(f"--name {template!r}: {exc}") from None

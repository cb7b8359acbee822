r"""A small TOML writer, enough for rule packs: top-level tables and arrays of
tables holding strings, integers, floats, booleans and arrays (an array may hold
inline tables, as ``examples`` does). ``tomllib`` reads TOML; nothing in the
standard library writes it.

Strings with backslashes (regex patterns) are written as literal strings when
they can be, so that a pack stays readable: ``'^\d+$'`` rather than ``"^\\d+$"``.

>>> print(dumps({"pack": {"id": "p", "domains": ["a.cn"]},
...              "rules": [{"id": "r", "pattern": r"^\d+$", "examples": [{"input": "12", "match": True}]}]}))
[pack]
id = "p"
domains = ["a.cn"]
<BLANKLINE>
[[rules]]
id = "r"
pattern = '^\d+$'
examples = [{ input = "12", match = true }]
<BLANKLINE>
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")      # not allowed in a literal string (tab is)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def dumps(data: Mapping[str, Any]) -> str:
    """TOML text that ``tomllib.loads`` reads back equal to ``data``.

    Top-level mappings become ``[tables]`` and top-level lists of mappings
    ``[[arrays of tables]]``; anything nested deeper is written inline.
    """
    out: list[str] = []
    headed = [(k, v) for k, v in data.items() if _is_table(v) or _is_table_array(v)]
    for key, value in data.items():
        if (key, value) not in headed:
            out.append(_pair(key, value))
    for key, value in headed:
        for table, header in ([(value, f"[{_key(key)}]")] if _is_table(value)
                              else [(item, f"[[{_key(key)}]]") for item in value]):
            if out:
                out.append("")
            out.append(header)
            out += [_pair(k, v) for k, v in table.items()]
    return "\n".join(out) + "\n"


def _pair(key: str, value: Any) -> str:
    """``key = value``; an array of several inline tables gets one line each."""
    if isinstance(value, (list, tuple)) and len(value) > 1 and any(isinstance(v, Mapping) for v in value):
        return f"{_key(key)} = [\n" + "".join(f"  {_value(v)},\n" for v in value) + "]"
    return f"{_key(key)} = {_value(value)}"


def _is_table(value: Any) -> bool:
    return isinstance(value, Mapping)


def _is_table_array(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _key(key: str) -> str:
    if not isinstance(key, str):
        raise TypeError(f"TOML keys are strings, not {type(key).__name__}")
    return key if _BARE_KEY.match(key) else _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }" if value else "{}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _string(s: str) -> str:
    r"""A literal string when it has backslashes and can be one, else a basic string.

    >>> print(_string(r"a\b"), _string('say "hi"\n'), _string("it's \\"))
    'a\b' "say \"hi\"\n" "it's \\"
    """
    if "\\" in s and "'" not in s and not _CONTROL.search(s):
        return f"'{s}'"
    out = []
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif _CONTROL.match(ch):
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

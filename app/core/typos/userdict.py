"""The user's own typo dictionary: words never to touch, pairs always to fix.

It lives beside the user's rule packs, in ``dictionary.toml`` of the config folder
(``~/.config/qinggao/`` on Linux, ``%APPDATA%\\Qinggao`` on Windows; ``QINGGAO_CONFIG_DIR``
overrides)::

    # words the typo step never changes (names, terms of art, dialect)
    keep = ["李建囯", "园区办"]

    # always fixed, wherever they occur: wrong = right
    [fix]
    "帐号" = "账号"
    "既使" = "即使"

>>> d = parse({"keep": ["园区办"], "fix": {"帐号": "账号"}})
>>> d.keep, d.fix
(('园区办',), (('帐号', '账号'),))
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..rules import RuleError, user_rules_dir

FILE_NAME = "dictionary.toml"


@dataclass(frozen=True)
class UserDictionary:
    keep: tuple[str, ...] = ()
    fix: tuple[tuple[str, str], ...] = ()
    path: str = ""


EMPTY = UserDictionary()


def default_path() -> Path:
    """``dictionary.toml`` in the user's config folder."""
    return user_rules_dir().parent / FILE_NAME


def parse(data: dict, path: str = "<memory>") -> UserDictionary:
    keep = data.get("keep", [])
    fix = data.get("fix", {})
    if not isinstance(keep, list) or not all(isinstance(w, str) and w for w in keep):
        raise RuleError(f"{path}: keep must be a list of words")
    if not isinstance(fix, dict) or not all(isinstance(k, str) and k and isinstance(v, str)
                                            for k, v in fix.items()):
        raise RuleError(f"{path}: [fix] must map a wrong string to its right form")
    extra = set(data) - {"keep", "fix"}
    if extra:
        raise RuleError(f"{path}: unknown key(s) {sorted(extra)}; use keep = [...] and [fix]")
    return UserDictionary(tuple(keep), tuple(fix.items()), path)


def load(path: str | Path | None = None) -> UserDictionary:
    """The dictionary at ``path`` (default: the user's), cached until the file changes;
    an absent file is an empty dictionary."""
    p = Path(path) if path else default_path()
    try:
        stamp = p.stat().st_mtime_ns
    except OSError:
        return EMPTY
    return _load(str(p), stamp)


@functools.lru_cache(maxsize=8)
def _load(path: str, stamp: int) -> UserDictionary:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: cannot read the typo dictionary: {exc}") from exc
    return parse(data, path)


def save(d: UserDictionary, path: str | Path | None = None) -> Path:
    """Write ``d`` as TOML (for the app's "always fix"/"never touch" buttons)."""
    p = Path(path) if path else default_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Qinggao typo dictionary", "keep = [" + ", ".join(_q(w) for w in d.keep) + "]", "", "[fix]"]
    lines += [f"{_q(a)} = {_q(b)}" for a, b in d.fix]
    tmp = p.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(p)
    return p


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

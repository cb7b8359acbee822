"""The user's own rule packs: ``*.toml`` in the ``rules`` folder of the config folder
(:func:`~app.core.rules.user_rules_dir`). The rules dialog lists, saves, imports,
exports and duplicates packs, and keeps the lines learned from a batch, through
these functions.

Every pack is checked with :func:`~app.core.rules.parse_pack` before it is written,
and written atomically (a temporary file moved into place), so a pack written here
always loads and a failed write leaves the old file as it was.

>>> pack = parse_pack({"pack": {"id": "p", "name": "P"}, "rules": [
...     {"id": "r", "step": "boilerplate", "action": "drop-line", "pattern": "^广告$", "reason": "广告"}]})
>>> pack_data(pack)["rules"][0]
{'id': 'r', 'step': 'boilerplate', 'action': 'drop-line', 'zone': 'any', 'pattern': '^广告$', 'reason': '广告'}
>>> same_pack(parse_pack(pack_data(pack)), pack)
True
"""
from __future__ import annotations

import tomllib
from dataclasses import MISSING, dataclass, fields, replace
from pathlib import Path
from typing import Any

import regex

from .learn import pack_toml
from .rules import Rule, RuleError, RulePack, builtin_packs, load_pack, parse_pack, user_rules_dir
from .tomlwrite import dumps
from .writers.atomic import free_path, write_atomic

LEARNED_ID = "learned"
_DEFAULTS = {f.name: f.default for f in fields(Rule) if f.default is not MISSING}
_RULE_KEYS = ("name", "step", "action", "zone", "max_len", "pattern", "replacement", "reason", "confidence",
              "order", "timeout", "enabled")
_ALWAYS = {"step", "action", "zone", "pattern", "reason"}


class PackExists(RuleError):
    """A user pack with this id (or file name) is already there."""

    def __init__(self, pack_id: str, path: Path):
        super().__init__(f"a rule pack with id {pack_id!r} is already there: {path}")
        self.pack_id, self.path = pack_id, path


@dataclass(frozen=True)
class UserPack:
    """One file in the user's rules folder: its pack, or why it does not load."""

    path: Path
    pack: RulePack | None
    error: str = ""


# --- packs as plain data ------------------------------------------------------------
def rule_data(rule: Rule) -> dict[str, Any]:
    """The TOML table of one rule; fields left at their defaults are left out."""
    out: dict[str, Any] = {"id": rule.id}
    for key in _RULE_KEYS:
        value = getattr(rule, key)
        if key in _ALWAYS or value != _DEFAULTS.get(key) or (key == "replacement" and rule.action == "replace"):
            out[key] = value
    if rule.examples:
        out["examples"] = [dict(e) for e in rule.examples]
    return out


def pack_data(pack: RulePack) -> dict[str, Any]:
    """Plain data that :func:`parse_pack` reads back to an equal pack."""
    head: dict[str, Any] = {"id": pack.id, "name": pack.name}
    if pack.description:
        head["description"] = pack.description
    head["scope"] = pack.scope
    if pack.domains:
        head["domains"] = list(pack.domains)
    return {"pack": head, "rules": [rule_data(r) for r in pack.rules]}


def pack_text(pack: RulePack) -> str:
    return dumps(pack_data(pack))


def same_pack(a: RulePack, b: RulePack) -> bool:
    """Equal packs wherever they were read from."""
    return replace(a, path="") == replace(b, path="")


def new_pack_data(pack_id: str, name: str) -> dict[str, Any]:
    return {"pack": {"id": pack_id, "name": name, "scope": "all"}, "rules": []}


def with_rule(pack: RulePack, rule: dict[str, Any], replacing: str | None = None) -> dict[str, Any]:
    """The pack's data with ``rule`` added, or put in place of rule ``replacing``."""
    data = pack_data(pack)
    rules = data["rules"]
    ids = [r["id"] for r in rules]
    if replacing in ids:
        rules[ids.index(replacing)] = rule
    else:
        rules.append(rule)
    if sum(r["id"] == rule["id"] for r in rules) > 1:
        raise RuleError(f"pack {pack.id!r} already has a rule with id {rule['id']!r}")
    return data


def without_rule(pack: RulePack, rule_id: str) -> dict[str, Any]:
    data = pack_data(pack)
    data["rules"] = [r for r in data["rules"] if r["id"] != rule_id]
    return data


def free_rule_id(pack: RulePack | None, base: str = "rule") -> str:
    """``base-1``, ``base-2`` … the first id the pack does not use."""
    taken = {r.id for r in pack.rules} if pack else set()
    n = 1
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# --- the user's folder ----------------------------------------------------------------
def user_packs() -> list[UserPack]:
    """Every ``*.toml`` in the user's rules folder, broken ones with their error."""
    folder = user_rules_dir()
    out = []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            out.append(UserPack(path, load_pack(path)))
        except RuleError as exc:
            out.append(UserPack(path, None, str(exc)))
    return out


def find_user_pack(pack_id: str) -> UserPack | None:
    return next((u for u in user_packs() if u.pack and u.pack.id == pack_id), None)


def free_pack_id(base: str) -> str:
    """``base``, or ``base-2``, ``base-3`` … the first id no built-in or user pack has."""
    taken = {p.id for p in builtin_packs()} | {u.pack.id for u in user_packs() if u.pack}
    n, cand = 1, base
    while cand in taken:
        n += 1
        cand = f"{base}-{n}"
    return cand


def _file_for(pack_id: str) -> Path:
    """A new file for ``pack_id`` in the user's folder, never one already there."""
    stem = regex.sub(r"[^\w.-]+", "-", pack_id).strip(".-") or "pack"
    return free_path(user_rules_dir() / f"{stem}.toml")


def save_pack(data: dict[str, Any], path: Path | None = None) -> RulePack:
    """Check ``data`` and write it to ``path`` (default: a new file named after its id)."""
    pack = parse_pack(data, str(path or "<new pack>"))
    target = Path(path) if path else _file_for(pack.id)
    write_atomic(target, dumps(data).encode("utf-8"), overwrite=True)
    return load_pack(target)


def delete_pack(path: Path) -> None:
    Path(path).unlink(missing_ok=True)


def duplicate_pack(pack: RulePack, name: str) -> RulePack:
    """A user pack holding a copy of ``pack``'s rules, under a new id and ``name``."""
    data = pack_data(pack)
    data["pack"].update(id=free_pack_id(f"{pack.id}-copy"), name=name)
    return save_pack(data)


def import_pack(source: Path, overwrite: bool = False) -> RulePack:
    """Copy a pack file into the user's folder (its text, comments and all) once it
    loads. Raises :class:`RuleError` for a broken pack or a built-in pack's id, and
    :class:`PackExists` when a user pack has that id (unless ``overwrite``)."""
    pack = load_pack(Path(source))
    if pack.id in {p.id for p in builtin_packs()}:
        raise RuleError(f"{source}: {pack.id!r} is the id of a built-in pack; give [pack] another id")
    existing = find_user_pack(pack.id)
    if existing and not overwrite:
        raise PackExists(pack.id, existing.path)
    target = existing.path if existing else _file_for(pack.id)
    if Path(source).resolve() != target.resolve():
        write_atomic(target, Path(source).read_bytes(), overwrite=True)
    return load_pack(target)


def export_pack(pack: RulePack, dest: Path) -> Path:
    """Write ``pack`` to ``dest``: its own file's text when that still reads back as the
    pack (comments kept), else the pack written out afresh."""
    text = pack_text(pack)
    if pack.path and Path(pack.path).is_file():
        try:
            own = Path(pack.path).read_text(encoding="utf-8")
            if same_pack(parse_pack(tomllib.loads(own)), pack):
                text = own
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RuleError):
            pass
    return write_atomic(Path(dest), text.encode("utf-8"), overwrite=True)


def save_learned(lines: list[tuple[str, int]]) -> RulePack:
    """Add a drop-line rule for each learned ``(line, files)`` to the user's ``learned``
    pack (made if need be); lines it already drops are skipped."""
    fresh = tomllib.loads(pack_toml(lines, pack_id=LEARNED_ID))
    existing = find_user_pack(LEARNED_ID)
    if existing:
        data, path = pack_data(existing.pack), existing.path
    else:
        data, path = {"pack": fresh["pack"], "rules": []}, None
    have = {r["pattern"] for r in data["rules"]}
    taken = {r["id"] for r in data["rules"]}
    n = 0
    for rule in fresh.get("rules", []):
        if rule["pattern"] in have:
            continue
        n += 1
        while f"learned-{n}" in taken:
            n += 1
        rule["id"] = f"learned-{n}"
        data["rules"].append(rule)
        have.add(rule["pattern"])
    return save_pack(data, path)

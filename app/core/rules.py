"""The one place that reads ``resources/``: rule packs and lexicons.

Rule packs are TOML data (never code): ``resources/rules/*.toml``. Each rule has
an id, a step, an action, a regex pattern run with a timeout, a reason and a
confidence, and examples that the test-suite checks.

>>> pack = builtin_packs()[0]
>>> pack.id
'generic'
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from .needles import needle_screen, needles

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
RULES_DIR = RESOURCES / "rules"
LEXICONS_DIR = RESOURCES / "lexicons"

ACTIONS = ("drop-line", "drop-list", "drop-card", "drop-rest", "keep-line", "replace", "flag-line")
ZONES = ("head", "tail", "any")


class RuleError(ValueError):
    """A rule pack that cannot be used, with the file and rule named."""


class RuleTimeout(RuntimeError):
    """A rule's regex ran longer than its timeout on a document."""

    def __init__(self, rule: "Rule"):
        super().__init__(f"rule {rule.pack}/{rule.id} timed out after {rule.timeout}s")
        self.rule = rule


@dataclass(frozen=True)
class Rule:
    id: str
    pack: str
    step: str
    action: str
    pattern: str
    reason: str
    confidence: float = 0.9
    zone: str = "any"
    max_len: int = 0                 # drop rules: only lines at most this long (0: any)
    replacement: str = ""
    order: int = 100
    timeout: float = 0.1
    name: str = ""
    enabled: bool = True
    examples: tuple[dict[str, Any], ...] = ()
    compiled: Any = field(default=None, compare=False, repr=False)     # see regex(): compiled when first used
    needles: frozenset[str] | None = field(default=None, compare=False, repr=False)   # see needles.py
    screen: Any = field(default=None, compare=False, repr=False)    # finds any needle (stdlib re: fast)

    def regex(self):
        """The compiled pattern. A built-in pack's patterns are compiled when first used (most
        rules' needles rule out most pages, and compiling all of them cost a tenth of cleaning
        one small file); a user's pack is compiled when it is read, so a bad pattern is
        reported then."""
        compiled = self.compiled
        if compiled is None:
            compiled = regex.compile(self.pattern, regex.V1)
            object.__setattr__(self, "compiled", compiled)
        return compiled

    def search(self, text: str):
        """``regex`` search with this rule's timeout; raises :class:`RuleTimeout`. A text
        with none of the pattern's needles cannot match and is not searched."""
        if self.screen is not None and self.screen.search(text) is None:
            return None
        try:
            return self.regex().search(text, timeout=self.timeout)
        except TimeoutError as exc:
            raise RuleTimeout(self) from exc

    def matches_line(self, line: str) -> bool:
        if self.max_len and len(line) > self.max_len:
            return False
        return self.search(line) is not None

    def finditer(self, text: str):
        if self.screen is not None and self.screen.search(text) is None:
            return []
        try:
            return list(self.regex().finditer(text, timeout=self.timeout))
        except TimeoutError as exc:
            raise RuleTimeout(self) from exc


@dataclass(frozen=True)
class RulePack:
    id: str
    name: str
    rules: tuple[Rule, ...]
    scope: str = "all"
    domains: tuple[str, ...] = ()
    description: str = ""
    path: str = ""

    def for_step(self, step: str) -> list[Rule]:
        return [r for r in self.rules if r.step == step and r.enabled]


def parse_pack(data: dict[str, Any], path: str = "<memory>", compile_now: bool = True) -> RulePack:
    """Validate and compile one pack's data (``compile_now=False``: the patterns when first
    used, for the built-in packs, whose patterns the test-suite compiles).

    >>> p = parse_pack({"pack": {"id": "t", "name": "T"}, "rules": [
    ...     {"id": "r", "step": "boilerplate", "action": "drop-line", "pattern": "^广告$",
    ...      "reason": "广告"}]})
    >>> p.rules[0].matches_line("广告")
    True
    """
    head = data.get("pack") or {}
    pack_id = head.get("id")
    if not pack_id:
        raise RuleError(f"{path}: [pack] needs an id")
    rules = []
    for i, raw in enumerate(data.get("rules", [])):
        rules.append(_parse_rule(raw, pack_id, f"{path} rule #{i + 1}", compile_now))
    rules.sort(key=lambda r: r.order)
    return RulePack(id=pack_id, name=head.get("name", pack_id), rules=tuple(rules),
                    scope=head.get("scope", "all"), domains=tuple(head.get("domains", ())),
                    description=head.get("description", ""), path=path)


def _parse_rule(raw: dict[str, Any], pack_id: str, where: str, compile_now: bool = True) -> Rule:
    for key in ("id", "step", "action", "pattern", "reason"):
        if key not in raw:
            raise RuleError(f"{where}: missing {key!r}")
    if raw["action"] not in ACTIONS:
        raise RuleError(f"{where}: action must be one of {ACTIONS}")
    zone = raw.get("zone", "any")
    if zone not in ZONES:
        raise RuleError(f"{where}: zone must be one of {ZONES}")
    try:
        compiled = regex.compile(raw["pattern"], regex.V1) if compile_now else None
    except regex.error as exc:
        raise RuleError(f"{where} ({raw['id']}): bad pattern: {exc}") from exc
    known = {f for f in Rule.__dataclass_fields__} - {"pack", "compiled", "needles", "screen"}
    extra = set(raw) - known
    if extra:
        raise RuleError(f"{where} ({raw['id']}): unknown key(s) {sorted(extra)}")
    kw = {k: v for k, v in raw.items() if k != "examples"}
    found = needles(raw["pattern"])
    return Rule(pack=pack_id, compiled=compiled, needles=found, screen=needle_screen(found),
                examples=tuple(raw.get("examples", ())), **kw)


def load_pack(path: Path, compile_now: bool = True) -> RulePack:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule pack: {exc}") from exc
    return parse_pack(data, str(path), compile_now)


@functools.cache
def builtin_packs() -> tuple[RulePack, ...]:
    """All packs shipped in resources/rules, ``generic`` first."""
    packs = [load_pack(p, compile_now=False) for p in sorted(RULES_DIR.glob("*.toml"))]
    packs.sort(key=lambda p: (p.id != "generic", p.id))
    return tuple(packs)


def user_rules_dir() -> Path:
    """Where a user's own rule packs live: ``rules`` in the config folder (see paths.py)."""
    from .paths import config_dir
    return config_dir() / "rules"


@functools.lru_cache(maxsize=32)
def _packs_from(paths: tuple[str, ...], stamp: tuple[float, ...]) -> tuple[RulePack, ...]:
    return tuple(load_pack(Path(p)) for p in paths)


def load_packs(files: tuple[str, ...]) -> tuple[RulePack, ...]:
    """Packs from files, cached until a file changes."""
    stamp = tuple(Path(p).stat().st_mtime if Path(p).exists() else 0.0 for p in files)
    return _packs_from(tuple(files), stamp)


def active_packs(config) -> tuple[RulePack, ...]:
    """Built-in packs, the user's own packs and the config's extra files, less the disabled ones."""
    files: list[str] = []
    if config.user_rules and user_rules_dir().is_dir():
        files += [str(p) for p in sorted(user_rules_dir().glob("*.toml"))]
    files += list(config.rule_files)
    packs = builtin_packs() + load_packs(tuple(files))
    return tuple(p for p in packs if p.id not in config.disabled_packs)


def rules_for(step: str, packs: tuple[RulePack, ...] | None = None) -> list[Rule]:
    """Enabled rules of ``step`` across packs, in their order."""
    packs = builtin_packs() if packs is None else packs
    out = [r for p in packs for r in p.for_step(step)]
    out.sort(key=lambda r: r.order)
    return out


@dataclass(frozen=True)
class TypoEntry:
    wrong: str
    right: str
    confidence: float
    not_before: Any        # compiled regex the text just before must not end with, or None
    not_after: Any         # compiled regex the text just after must not start with, or None
    note: str


@functools.cache
def curated_typos() -> tuple[TypoEntry, ...]:
    """``resources/lexicons/typos_curated.tsv``: wrong, right, confidence,
    not_before, not_after, note (tab-separated; ``#`` starts a comment)."""
    entries = []
    path = LEXICONS_DIR / "typos_curated.tsv"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 6
        wrong, right, conf, before, after, note = cols[:6]
        if not wrong or not right or len(wrong) != len(right):
            raise RuleError(f"{path}:{n}: wrong and right must be non-empty and of equal length")
        entries.append(TypoEntry(
            wrong, right, float(conf or 0.9),
            regex.compile(f"(?:{before})$") if before else None,
            regex.compile(f"^(?:{after})") if after else None,
            note))
    return tuple(entries)

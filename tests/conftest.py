"""Shared test helpers: where the repo and ../shared are, and running the CLI."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the tests never see the packs or settings of the user running them
os.environ["QINGGAO_CONFIG_DIR"] = tempfile.mkdtemp(prefix="qinggao-test-config-")
os.environ.setdefault("QINGGAO_CACHE_DIR", tempfile.mkdtemp(prefix="qinggao-test-cache-"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CASES = REPO / "tests" / "cases"


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is not here (the shared corpus sits beside the repo)")
    return p


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``python main.py ARGS`` in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, str(REPO / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=cwd or REPO, timeout=120)

"""Where Qinggao keeps a user's files: the config folder (rule packs, the typo
dictionary) and the cache folder (derived data that can always be rebuilt).

Each follows the platform's custom and can be moved by an environment variable
(the tests point both at temporary folders).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _platform_dir(env: str, windows: str, mac: str, xdg: str, xdg_default: str, windows_sub: str = "") -> Path:
    if os.environ.get(env):
        return Path(os.environ[env])
    if sys.platform.startswith("win"):
        base = Path(os.environ.get(windows, Path.home())) / "Qinggao"
        return base / windows_sub if windows_sub else base
    if sys.platform == "darwin":
        return Path.home() / "Library" / mac / "Qinggao"
    return Path(os.environ.get(xdg, Path.home() / xdg_default)) / "qinggao"


def config_dir() -> Path:
    """$QINGGAO_CONFIG_DIR, %APPDATA%\\Qinggao, ~/Library/Application Support/Qinggao or
    $XDG_CONFIG_HOME/qinggao."""
    return _platform_dir("QINGGAO_CONFIG_DIR", "APPDATA", "Application Support", "XDG_CONFIG_HOME", ".config")


def cache_dir() -> Path:
    """$QINGGAO_CACHE_DIR, %LOCALAPPDATA%\\Qinggao\\cache, ~/Library/Caches/Qinggao or
    $XDG_CACHE_HOME/qinggao."""
    return _platform_dir("QINGGAO_CACHE_DIR", "LOCALAPPDATA", "Caches", "XDG_CACHE_HOME", ".cache", "cache")

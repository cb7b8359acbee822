"""Before the window opens: a machine without a display, or without a library Qt's X11
plugin loads, gets a message that says what to do, not Qt's abort."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.gui import preflight
from tests.conftest import REPO

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and its libraries are Linux's")


@linux
def test_no_display_is_told_and_clean_is_offered():
    why = preflight.problem({})
    assert "DISPLAY" in why and "main.py clean" in why


@linux
@pytest.mark.parametrize("env", [{"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "wayland"},
                                 {"WAYLAND_DISPLAY": "wayland-0"}])
def test_other_platforms_are_left_to_qt(env):
    assert preflight.problem(env) is None


@linux
def test_missing_x11_libraries_are_named_with_their_packages(monkeypatch):
    monkeypatch.setattr(preflight, "missing_x11_libraries", lambda: ["libxcb-icccm.so.4", "libxkbcommon-x11.so.0"])
    why = preflight.problem({"DISPLAY": ":0"})
    assert "libxcb-icccm.so.4" in why and "apt-get install libxcb-icccm4 libxkbcommon-x11-0" in why


@linux
def test_the_real_plugin_check_runs():
    """On this machine: whatever ldd says about Qt's X11 plugin, the check returns library
    names (sonames), and with all present a display is enough."""
    missing = preflight.missing_x11_libraries()
    assert all(".so" in m for m in missing)
    assert (preflight.problem({"DISPLAY": ":0"}) is None) == (not missing)


@linux
def test_main_without_display_exits_with_the_message():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, str(REPO / "main.py")], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 2
    assert "DISPLAY" in out.stderr and "main.py clean" in out.stderr

"""Before Qt opens a window: can it? Qt ends the process (abort, no exception) when its
platform plugin cannot load, and its message names the wrong library
("xcb-cursor0 … is needed" whatever is missing). So on Linux the X11 plugin is loaded
first with :mod:`ctypes`, which names the library that is missing, and the user is told
which package brings it and that ``clean`` works without a window.

>>> debian_package("libxcb-icccm.so.4"), debian_package("libxkbcommon-x11.so.0")
('libxcb-icccm4', 'libxkbcommon-x11-0')
"""
from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
from pathlib import Path

_MISSING = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*): cannot open shared object file")


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library, by the naming policy: libfoo.so.4 is
    in libfoo4, libfoo-x11.so.0 in libfoo-x11-0 (a name ending in a digit takes a dash)."""
    m = re.fullmatch(r"(lib[\w.+-]+?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not m:
        return soname
    name, major = m.groups()
    return f"{name}{'-' if name[-1].isdigit() else ''}{major}"


def problem(env=None) -> str | None:
    """Why no window can open here (a message for the user), or None."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform and platform != "xcb":
        return None                                 # offscreen, wayland …: Qt's own business
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return ("qinggao: no display to open the window on (DISPLAY is not set). "
                "Clean files without a window: python main.py clean PATH... -o OUTDIR")
    missing = missing_x11_libraries()
    if missing:
        return (f"qinggao: the window cannot open: Qt's X11 plugin needs {', '.join(missing)}, "
                "which this system lacks.\n"
                f"On Debian or Ubuntu: sudo apt-get install {' '.join(map(debian_package, missing))}\n"
                "Cleaning needs no window: python main.py clean PATH... -o OUTDIR")
    return None


def missing_x11_libraries() -> list[str]:
    """The libraries Qt's X11 platform plugin cannot load (none, also when the plugin is not
    where PySide6 keeps it: then Qt itself will say what is wrong). ``ldd`` lists them all;
    without it, loading the plugin names the first."""
    try:
        import PySide6
    except ImportError:
        return []
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return []
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10).stdout
        return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        ctypes.CDLL(str(plugin))
    except OSError as e:
        m = _MISSING.search(str(e))
        return [m.group(1)] if m else []
    return []

"""app.core is pure Python: importing all of it must not load Qt."""
import subprocess
import sys

from tests.conftest import REPO


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, app.core\n"
        "for m in pkgutil.walk_packages(app.core.__path__, 'app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(len([m for m in sys.modules if m.startswith('app.core')]), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    loaded = int(proc.stdout.split()[0])
    assert loaded >= 15, "the walk should have imported every core module"

"""The Qt binding must not leak or drop references to Python singletons: PySide6 6.12.0
on Python 3.11 drops one reference to None on every call of a method returning void,
and the interpreter aborts once None's count runs out (pyproject pins < 6.12)."""
from __future__ import annotations

import sys


def test_void_calls_keep_none_alive(qapp):
    from PySide6.QtWidgets import QCheckBox
    box = QCheckBox()
    before = sys.getrefcount(None)
    for i in range(2000):
        box.setChecked(i % 2 == 0)
    assert abs(sys.getrefcount(None) - before) < 100


def test_signal_emits_keep_bools_alive(qapp):
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        changed = Signal(bool)

    e = Emitter()
    got = []
    e.changed.connect(got.append)
    before = sys.getrefcount(True)
    for _ in range(2000):
        e.changed.emit(True)
    got.clear()
    assert abs(sys.getrefcount(True) - before) < 100

"""Background work that hands its result back on the main thread.

Workers never touch widgets: a task runs a plain function from ``app.core`` in the
thread pool and emits its result (or the error text) through a Qt signal, which Qt
delivers to the receiver's thread — the GUI thread. Tests may set
``TaskRunner.synchronous`` to run tasks inline.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, relay: _Relay):
        super().__init__()
        self.fn, self.args, self.relay = fn, args, relay
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except Exception as exc:  # noqa: BLE001 — reported on the main thread, never raised there
            self.relay.failed.emit(f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """Runs functions off the GUI thread; counts what is still running."""

    idle = Signal()
    synchronous = False

    def __init__(self, parent: QObject | None = None, max_threads: int = 0):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if max_threads:
            self.pool.setMaxThreadCount(max_threads)
        self.pending = 0
        self._relays: set[_Relay] = set()

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
            on_error: Callable[[str], None] | None = None) -> None:
        relay = _Relay()
        self._relays.add(relay)
        self.pending += 1

        def finish(handler, value) -> None:
            self._relays.discard(relay)
            self.pending -= 1
            try:
                if handler is not None:
                    handler(value)
            finally:
                if self.pending == 0:
                    self.idle.emit()

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda text: finish(on_error, text))
        task = _Task(fn, args, relay)
        if self.synchronous:
            task.run()
        else:
            self.pool.start(task)

    @property
    def busy(self) -> bool:
        return self.pending > 0

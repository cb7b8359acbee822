"""Background work that hands its result back on the main thread.

Workers never touch widgets: a task runs a plain function from ``app.core`` and emits
its result (or the error text) through a Qt signal, which Qt delivers to the
receiver's thread — the GUI thread. Light tasks (finding files, driving an export)
run in a thread pool; CPU-heavy ones (cleaning) run in worker *processes*
(``run_in_process``), so Python's GIL never keeps the event loop waiting. Tests may set
``TaskRunner.synchronous`` to run tasks inline.
"""
from __future__ import annotations

import multiprocessing
import os
import traceback
from concurrent.futures import Future, ProcessPoolExecutor
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

    _processes: ProcessPoolExecutor | None = None

    @property
    def processes(self) -> ProcessPoolExecutor:
        """Worker processes, started on first use ("spawn": no fork of a threaded Qt app)."""
        if self._processes is None:
            self._processes = ProcessPoolExecutor(max_workers=max(1, (os.cpu_count() or 2)),
                                                  mp_context=multiprocessing.get_context("spawn"))
        return self._processes

    def run_in_process(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
                       on_error: Callable[[str], None] | None = None) -> None:
        """Like :meth:`run`, in a worker process: ``fn`` and its arguments must pickle."""
        if self.synchronous:
            self.run(fn, *args, on_done=on_done, on_error=on_error)
            return
        relay = self._relay(on_done, on_error)
        future = self.processes.submit(fn, *args)

        def report(f: Future) -> None:     # runs in the executor's thread: only emit
            exc = f.exception()
            if exc is None:
                relay.done.emit(f.result())
            else:
                relay.failed.emit(f"{type(exc).__name__}: {exc}")
        future.add_done_callback(report)

    def shutdown(self) -> None:
        self.pool.waitForDone(3000)
        if self._processes is not None:
            self._processes.shutdown(wait=False, cancel_futures=True)
            self._processes = None

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
            on_error: Callable[[str], None] | None = None) -> None:
        relay = self._relay(on_done, on_error)
        task = _Task(fn, args, relay)
        if self.synchronous:
            task.run()
        else:
            self.pool.start(task)

    def _relay(self, on_done, on_error) -> _Relay:
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
        return relay

    @property
    def busy(self) -> bool:
        return self.pending > 0

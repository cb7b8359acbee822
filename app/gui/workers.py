"""Background work that hands its result back on the main thread.

Workers never touch widgets: a task runs a plain function from ``app.core`` and emits
its result (or the error text) through a Qt signal, which Qt delivers to the
receiver's thread — the GUI thread. Light tasks (finding files, driving an export)
run in a thread pool; CPU-heavy ones (cleaning) run in worker *processes*
(``run_in_process``), so Python's GIL never keeps the event loop waiting. One more
worker process is kept for the document the user is looking at (``first=True``), so it
never waits behind a batch. Tests may set ``TaskRunner.synchronous`` to run tasks inline.
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
    cancelled = Signal()


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
        self._closed = False

    _processes: ProcessPoolExecutor | None = None
    _first: ProcessPoolExecutor | None = None

    @property
    def processes(self) -> ProcessPoolExecutor:
        """Worker processes, started on first use ("spawn": no fork of a threaded Qt app)."""
        if self._processes is None:
            self._processes = ProcessPoolExecutor(max_workers=max(1, (os.cpu_count() or 2)),
                                                  mp_context=multiprocessing.get_context("spawn"))
        return self._processes

    @property
    def first(self) -> ProcessPoolExecutor:
        """The worker process kept for the selected document, started on first use."""
        if self._first is None:
            self._first = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        return self._first

    def run_in_process(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
                       on_error: Callable[[str], None] | None = None, first: bool = False) -> Future | None:
        """Like :meth:`run`, in a worker process: ``fn`` and its arguments must pickle.
        ``first``: in the worker kept for the selected document. Returns the future
        (``cancel()`` drops a task that has not started; neither handler is then called)."""
        if self.synchronous:
            self.run(fn, *args, on_done=on_done, on_error=on_error)
            return None
        relay = self._relay(on_done, on_error)
        future = (self.first if first else self.processes).submit(fn, *args)

        def report(f: Future) -> None:     # runs in the executor's thread (or at cancel()): only emit
            if f.cancelled():
                relay.cancelled.emit()
                return
            exc = f.exception()
            if exc is None:
                relay.done.emit(f.result())
            else:
                relay.failed.emit(f"{type(exc).__name__}: {exc}")
        future.add_done_callback(report)
        return future

    def shutdown(self) -> None:
        """Stop: tasks still running in worker processes finish there, unheard."""
        self._closed = True
        self.pool.waitForDone(3000)
        for executor in (self._processes, self._first):
            if executor is not None:
                executor.shutdown(wait=False, cancel_futures=True)
        self._processes = self._first = None

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
            if self._closed:                # the window (and this runner) may be gone already
                return
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
        relay.cancelled.connect(lambda: finish(None, None))
        return relay

    @property
    def busy(self) -> bool:
        return self.pending > 0


WARM_UP_PAGE = ("<html><head><title>预热</title></head><body><h1>预热</h1>"
                "<p>我代衰**市讲话,请大家认真抓好落实。</p></body></html>").encode("utf-8")


def warm_up_core() -> None:
    """Clean a tiny page once, so that this process has loaded the cleaner's rule packs
    and lexicons (one to three seconds) before the first clean that must be quick."""
    from ..core.pipeline import clean
    from ..core.readers import read_bytes
    clean(read_bytes(WARM_UP_PAGE, "warm-up.html"))

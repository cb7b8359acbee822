"""How long the window takes to show the selected document cleaned again after an option
changes, with other documents re-cleaning behind it.

    QT_QPA_PLATFORM=offscreen python bench/gui_reclean.py [--page tests/pages/html/generic_01.html]
                                                          [--others 40] [--rounds 10]

Loads the page (22 KB by default) and ``--others`` copies of other pages, waits until all
are cleaned, selects the page, then flips the script conversion ``--rounds`` times. For
each flip it reports the time from the change being announced (after the panel's 150 ms
debounce) to the new text arriving in the cleaned pane, and how many other documents were
still waiting to be cleaned at that moment. The first flip to ``s2t`` includes loading
OpenCC's tables in the worker. For reference it also times ``clean_path`` of the page in
this process (warm).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--page", default=str(REPO / "tests/pages/html/generic_01.html"))
    ap.add_argument("--others", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    app.setOrganizationName("QinggaoBench")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp(prefix="qinggao-bench-"))
    from app.core.batch import clean_path
    from app.gui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="qinggao-bench-pages-"))
    page = folder / Path(args.page).name
    shutil.copy(args.page, page)
    sources = sorted(p for p in (REPO / "tests/pages/html").glob("*.html") if p.name != page.name)
    others = folder / "others"
    others.mkdir()
    for i in range(args.others):
        shutil.copy(sources[i % len(sources)], others / f"{i:03}-{sources[i % len(sources)].name}")

    window = MainWindow()
    window.show()

    def wait(cond, timeout=120.0) -> None:
        """Run the event loop until ``cond()``; polled every 2 ms by a timer (not with
        processEvents(), which in PySide6 6.12 drops a reference to None on every call)."""
        end = time.monotonic() + timeout
        loop = QEventLoop()
        timer = QTimer(interval=2)
        timer.timeout.connect(lambda: loop.quit() if cond() or time.monotonic() > end else None)
        timer.start()
        if not cond():
            loop.exec()
        timer.stop()
        if not cond():
            raise TimeoutError

    def idle() -> bool:
        return not window.runner.busy and all(e.status in ("done", "error") for e in window.model.entries)

    window.add_paths([page, others])
    wait(lambda: len(window.model.entries) == args.others + 1 and idle())
    entry = next(e for e in window.model.entries if e.path == page)
    window.files.select(entry)
    wait(idle)                                  # the selected document's worker is started and warm

    times, behind = [], []
    combo = window.optionsPanel.convertCombo
    announced: list[float] = []
    shown: list[tuple[float, int]] = []
    window.optionsPanel.optionsChanged.connect(lambda _o: announced.append(time.perf_counter()))
    window.cleanedView.textChanged.connect(lambda: shown.append(
        (time.perf_counter(), sum(e.status == "cleaning" for e in window.model.entries))))
    for i in range(args.rounds):
        announced.clear()
        shown.clear()
        combo.setCurrentIndex(combo.findData("s2t" if i % 2 == 0 else "none"))
        wait(lambda: bool(announced) and bool(shown) and shown[-1][0] > announced[0] and entry.status == "done")
        at, cleaning = next((t, n) for t, n in shown if t > announced[0])
        times.append((at - announced[0]) * 1000)
        behind.append(cleaning)
        wait(idle)

    local = []
    for _ in range(10):
        t = time.perf_counter()
        clean_path(page, window.config)
        local.append((time.perf_counter() - t) * 1000)
    print(f"page {page.name}: {page.stat().st_size / 1024:.1f} KB, {len(entry.result.original)} characters")
    print(f"selected re-clean, change announced → text shown: median {statistics.median(times):.0f} ms, "
          f"max {max(times):.0f} ms over {len(times)} changes "
          f"(other documents still cleaning at that moment: median {statistics.median(behind):.0f})")
    print(f"clean_path in this process (warm): median {statistics.median(local):.0f} ms")
    window.close()
    sys.stdout.flush()
    # PySide6 6.12 on Python 3.11 drops a reference to None on each call of a method that
    # returns nothing; after a long run, tearing the interpreter down may abort on it
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())

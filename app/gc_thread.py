"""Python's garbage collector, run on the GUI thread only.

The collector frees reference cycles whenever an allocation crosses its threshold, on whichever
thread made that allocation. A cycle that holds a QObject (a controller and the bound methods its
pump or timer keeps) can then be destroyed on a worker thread, in the middle of Qt's event
delivery on the GUI thread: a segfault at a random moment (seen in the tests). So automatic
collection is switched off and a timer on the GUI thread collects, by the same thresholds.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200
FULL_EVERY_S = 30.0


class MainThreadCollector(QObject):
    """Create it on the GUI thread (once); `stop()` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._last_full = time.monotonic()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the youngest generations whose counts passed their thresholds, as Python
        would. A full collection (generation 2) walks every object of the process, tens of
        milliseconds with large lists loaded: Python itself runs it only when the objects that
        survived since the last one are a quarter of all, which it does not expose; here it runs
        at most every `FULL_EVERY_S` seconds, and what start-up made is frozen out of it."""
        counts = gc.get_count()
        now = time.monotonic()
        if counts[2] > self._thresholds[2] and now - self._last_full >= FULL_EVERY_S:
            self._last_full = now
            return gc.collect(2)
        for generation in (1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0

    def freeze_startup(self) -> None:
        """What exists now (modules, the window, the models) lives as long as the app: keep it
        out of every later collection (`gc.freeze`), so a full collection stays short. (No
        collection first: it would stall the window that has just appeared.)"""
        gc.freeze()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def install(app: QObject) -> MainThreadCollector:
    """The collector for ``app`` (the QApplication), made on first call."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)

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
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200
FULL_EVERY_S = 30.0
BUSY_LATE_S = 0.008
"""A tick this late means the event loop was busy (a poll settling, a repaint)."""
CALM_TICKS = 3
"""A full collection waits for this many ticks in a row that came on time (~0.6 s of a calm
event loop) rather than add its pause to work in progress."""
MIDDLE_WAITS_AT_MOST_S = 2.0
"""A generation-1 collection (10 ms and more after a burst of work) waits for a calm tick too,
but no longer than this; meanwhile the youngest generation is collected as usual."""


class MainThreadCollector(QObject):
    """Create it on the GUI thread (once); `stop()` gives collection back to Python."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._clock = clock
        self._interval = interval_ms / 1000
        self._last_full = self._last_tick = clock()
        self._calm = 0  # ticks in a row that came on time
        self._middle_due_since: float | None = None
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
        at most every `FULL_EVERY_S` seconds, once the event loop has been calm a moment
        (`CALM_TICKS`), and what start-up made is frozen out of it."""
        counts = gc.get_count()
        now = self._clock()
        on_time = now - self._last_tick <= self._interval + BUSY_LATE_S
        self._calm = self._calm + 1 if on_time else 0
        self._last_tick = now
        full_due = counts[2] > self._thresholds[2] and now - self._last_full >= FULL_EVERY_S
        if full_due and self._calm >= CALM_TICKS:
            self._last_full = now
            return gc.collect(2)
        if counts[1] > self._thresholds[1]:
            since = self._middle_due_since = self._middle_due_since or now
            if on_time or now - since >= MIDDLE_WAITS_AT_MOST_S:
                self._middle_due_since = None
                return gc.collect(1)
        if counts[0] > self._thresholds[0]:
            return gc.collect(0)
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

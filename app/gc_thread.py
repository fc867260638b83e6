"""Python's garbage collector, run on the GUI thread only.

The collector frees reference cycles whenever an allocation crosses its threshold, on whichever
thread made that allocation. A cycle that holds a QObject (a controller and the bound methods its
pump or timer keeps) can then be destroyed on a worker thread, in the middle of Qt's event
delivery on the GUI thread: a segfault at a random moment (seen in the tests). So automatic
collection is switched off and a timer on the GUI thread collects, by the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Create it on the GUI thread (once); `stop()` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def install(app: QObject) -> MainThreadCollector:
    """The collector for ``app`` (the QApplication), made on first call."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)

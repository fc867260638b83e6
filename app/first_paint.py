"""Start-up in two steps: the window first, then what its first frame does not show.

`FirstPaint` calls back on the event-loop turn after a window's first paint event. The
application builds only what the first frame shows, and on that turn starts the Demo sandbox and
builds the History and Subscriptions tabs (benchmarks/bench_startup.py measures the difference).

With ``PAYDESK_EXIT_AFTER_FIRST_PAINT=1`` in the environment (hidden, for the benchmark) the app
prints ``first-paint`` at that moment, ``ready`` once the rest is built, and closes.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "PAYDESK_EXIT_AFTER_FIRST_PAINT"
PAINTED = "first-paint"
READY = "ready"


def probe_requested() -> bool:
    return os.environ.get(PROBE_ENV, "") not in ("", "0")


class FirstPaint(QObject):
    """Calls ``callback`` once, on the event-loop turn after ``window``'s first paint event
    (when the whole first frame is done), and then forgets the window."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and watched is self._window and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        self._window.removeEventFilter(self)
        self._callback()

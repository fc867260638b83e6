"""One throttled pump: starts queued background calls while fewer than ``max_in_flight`` run and
the profile's rate budget has a token, wakes itself when the next token is due, and holds off
after the platform said "too many requests".

Every background loop of the app (History's status refresh, Subscriptions' pages, the payment
watcher, a batch of creates) is a queue of items and a function that starts the call for one
item; the pump decides *when*. The owner tells it when a call is over (`finished`), whatever its
outcome, and after a rate-limit answer (`back_off`).
"""

from __future__ import annotations

import inspect
import logging
import math
import time
import weakref
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from app.models.rate_budget import Clock, TokenBucket

log = logging.getLogger(__name__)

Item = TypeVar("Item", bound=Hashable)

# A wake-up at most this far ahead, so a clock that jumps (suspend, resume) is noticed soon.
MAX_SLEEP_MS = 1000


class ThrottledPump(QObject, Generic[Item]):
    """``start(item)`` sends the call for ``item`` and returns True, or returns False when the
    item no longer needs one (it changed since it was queued): it is then skipped without a
    token. ``bucket()`` is the budget to draw from (None: nothing starts)."""

    drained = Signal()
    """The queue is empty and nothing is in flight (after at least one item was started)."""

    def __init__(
        self,
        start: Callable[[Item], bool],
        bucket: Callable[[], TokenBucket | None],
        *,
        max_in_flight: int = 2,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        # Held weakly when they are an owner's methods: an owner that holds its pump must not
        # be kept alive by it (a cycle of QObjects only the garbage collector would free).
        self._start = _weakly(start, False)
        self._bucket = _weakly(bucket, None)
        self._max_in_flight = max_in_flight
        self._clock: Clock = clock or time.monotonic
        self._queue: deque[Item] = deque()
        self._in_flight: set[Item] = set()
        self._paused_until: float | None = None
        self._active = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.pump)

    # -- state ------------------------------------------------------------------------------------

    @property
    def queued(self) -> int:
        return len(self._queue)

    @property
    def in_flight(self) -> frozenset[Item]:
        return frozenset(self._in_flight)

    @property
    def busy(self) -> bool:
        return bool(self._queue or self._in_flight)

    @property
    def waiting(self) -> bool:
        """Items are queued but the budget or a back-off holds them."""
        return bool(self._queue) and self.timer.isActive()

    def __contains__(self, item: object) -> bool:
        return item in self._in_flight or item in self._queue

    # -- queue ------------------------------------------------------------------------------------

    def replace(self, items: Iterable[Item]) -> None:
        """Queue ``items`` in this order instead of what was queued; those in flight are not
        queued again."""
        self._queue = deque(dict.fromkeys(i for i in items if i not in self._in_flight))
        self.pump()

    def push(self, items: Iterable[Item], *, first: bool = False) -> None:
        """Add ``items`` (at the front with ``first``), unless already queued or in flight."""
        new = [i for i in dict.fromkeys(items) if i not in self]
        if first:
            self._queue.extendleft(reversed(new))
        else:
            self._queue.extend(new)
        self.pump()

    def clear(self) -> None:
        """Forget the queue (calls in flight go on; their `finished` is still expected)."""
        self._queue.clear()
        self.timer.stop()
        self._drain_if_done()

    def forget_in_flight(self) -> None:
        """The owner dropped the calls in flight (cancelled): expect no `finished` for them."""
        self._in_flight.clear()
        self._drain_if_done()

    # -- running ----------------------------------------------------------------------------------

    def finished(self, item: Item, *, again: bool = False) -> None:
        """The call for ``item`` is over, whatever its outcome: start the next. With ``again``
        (the platform refused it outright, say for too many requests) ``item`` goes back to the
        front of the queue."""
        self._in_flight.discard(item)
        if again and item not in self._queue:
            self._queue.appendleft(item)
        self.pump()

    def back_off(self, seconds: float) -> None:
        """Start nothing for ``seconds`` (the platform answered "too many requests")."""
        now = self._now()
        until = now + max(0.0, seconds)
        if self._paused_until is None or until > self._paused_until:
            self._paused_until = until
        log.info("background calls pause for %.0f s after a rate-limit answer", seconds)
        self._sleep(seconds)

    def pump(self) -> None:
        """Start what the bound, the back-off and the budget allow now; wake later for more."""
        if self._paused_until is not None:
            left = self._paused_until - self._now()
            if left > 0:
                self._sleep(left)
                return
            self._paused_until = None
        while self._queue and len(self._in_flight) < self._max_in_flight:
            bucket = self._bucket()
            if bucket is None:
                return
            if not bucket.try_acquire():
                self._sleep(bucket.wait_seconds())
                return
            item = self._queue.popleft()
            if self._start(item):
                self._in_flight.add(item)
                self._active = True
            else:
                bucket.refund()
        self._drain_if_done()

    def _sleep(self, seconds: float) -> None:
        self.timer.start(min(MAX_SLEEP_MS, max(1, math.ceil(seconds * 1000))))

    def _drain_if_done(self) -> None:
        if self._active and not self._queue and not self._in_flight:
            self._active = False
            self.timer.stop()
            self.drained.emit()

    def _now(self) -> float:
        return self._clock()


Result = TypeVar("Result")


def _weakly(fn: Callable[..., Result], gone: Result) -> Callable[..., Result]:
    """``fn`` itself, or for a bound method a stand-in that answers ``gone`` once its object
    has been deleted."""
    if not inspect.ismethod(fn):
        return fn
    ref = weakref.WeakMethod(fn)

    def call(*args: object) -> Result:
        method = ref()
        return gone if method is None else method(*args)

    return call

"""The one throttled pump: bound, budget, back-off, skipping stale items, draining."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.models.pump import ThrottledPump
from app.models.rate_budget import TokenBucket
from tests.conftest import FakeClock

pytestmark = pytest.mark.usefixtures("qapp")  # the pump's timer needs Qt's event loop


class Harness:
    def __init__(self, burst: int = 10, per_second: float = 1.0, max_in_flight: int = 2) -> None:
        self.clock = FakeClock()
        self.bucket = TokenBucket(burst, per_second, clock=self.clock)
        self.started: list[str] = []
        self.stale: set[str] = set()
        self.pump: ThrottledPump[str] = ThrottledPump(
            self.start, lambda: self.bucket, max_in_flight=max_in_flight, clock=self.clock
        )

    def start(self, item: str) -> bool:
        if item in self.stale:
            return False
        self.started.append(item)
        return True


def test_at_most_max_in_flight_and_the_next_starts_when_one_finishes() -> None:
    h = Harness(max_in_flight=2)
    h.pump.replace(["a", "b", "c", "d"])
    assert h.started == ["a", "b"] and h.pump.queued == 2
    h.pump.finished("b")
    assert h.started == ["a", "b", "c"]
    assert h.pump.in_flight == {"a", "c"}


def test_the_budget_holds_items_and_the_timer_wakes_for_the_next_token() -> None:
    h = Harness(burst=2, per_second=0.5, max_in_flight=5)
    h.pump.replace(["a", "b", "c"])
    assert h.started == ["a", "b"]
    assert h.pump.waiting
    assert 1 <= h.pump.timer.interval() <= 1000  # sleeps no longer than a second at a time
    h.clock.now += 2.0  # one token later
    h.pump.pump()
    assert h.started == ["a", "b", "c"]


def test_a_stale_item_is_skipped_without_spending_a_token() -> None:
    h = Harness(burst=2, per_second=0.001)
    h.stale = {"a"}
    h.pump.replace(["a", "b", "c"])
    assert h.started == ["b", "c"]
    assert h.bucket.tokens < 1


def test_back_off_starts_nothing_until_it_is_over() -> None:
    h = Harness(max_in_flight=1)
    h.pump.replace(["a", "b"])
    h.pump.back_off(60)
    h.pump.finished("a")
    assert h.started == ["a"] and h.pump.waiting
    h.clock.now += 59
    h.pump.pump()
    assert h.started == ["a"]
    h.clock.now += 2
    h.pump.pump()
    assert h.started == ["a", "b"]


def test_replace_push_and_no_item_twice() -> None:
    h = Harness(max_in_flight=1)
    h.pump.replace(["a", "b", "c"])
    h.pump.push(["a", "c", "d"])  # a in flight, c queued: only d is new
    h.pump.push(["z"], first=True)
    h.pump.finished("a")
    assert h.started == ["a", "z"]
    h.pump.replace(["d", "z", "b"])  # z in flight: not queued again
    assert h.pump.queued == 2
    assert "z" in h.pump and "d" in h.pump and "x" not in h.pump


def test_drained_once_the_queue_and_the_calls_are_done(qtbot: QtBot) -> None:
    h = Harness(max_in_flight=2)
    with qtbot.assertNotEmitted(h.pump.drained):
        h.pump.replace([])  # nothing ever started: nothing to report
    h.pump.replace(["a", "b"])
    h.pump.finished("a")
    with qtbot.waitSignal(h.pump.drained, timeout=1000):
        h.pump.finished("b")
    assert not h.pump.busy


def test_clear_keeps_calls_in_flight_and_forget_drops_them(qtbot: QtBot) -> None:
    h = Harness(max_in_flight=1)
    h.pump.replace(["a", "b"])
    h.pump.clear()
    assert h.pump.busy and h.pump.queued == 0
    with qtbot.waitSignal(h.pump.drained, timeout=1000):
        h.pump.forget_in_flight()


def test_no_bucket_starts_nothing() -> None:
    h = Harness()
    pump: ThrottledPump[str] = ThrottledPump(h.start, lambda: None)
    pump.replace(["a"])
    assert h.started == [] and pump.queued == 1


def test_max_in_flight_must_be_positive() -> None:
    with pytest.raises(ValueError):
        ThrottledPump(lambda _i: True, lambda: None, max_in_flight=0)

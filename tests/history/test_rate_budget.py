"""The token bucket behind the status refresh, on a clock the test moves."""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.rate_budget import WINDOW_SECONDS, RateBudgets, TokenBucket
from tests.conftest import FakeClock


def test_a_budget_of_one_allows_one_request_per_window(clock: FakeClock) -> None:
    bucket = TokenBucket.for_budget(1, clock=clock)
    assert bucket.try_acquire()
    assert not bucket.try_acquire()
    assert bucket.wait_seconds() == pytest.approx(300.0)
    clock.advance(299.9)
    assert not bucket.try_acquire()
    clock.advance(0.1)
    assert bucket.try_acquire()


def test_the_default_budget_allows_a_small_burst_then_paces(clock: FakeClock) -> None:
    bucket = TokenBucket.for_budget(600, clock=clock)
    burst = 0
    while bucket.try_acquire():
        burst += 1
    assert burst == 10
    assert bucket.wait_seconds() == pytest.approx(300 / 591)


def test_spending_goes_below_zero_and_delays_the_background(clock: FakeClock) -> None:
    bucket = TokenBucket.for_budget(2, clock=clock)  # burst 1, 2 per 300 s
    bucket.spend()
    bucket.spend()  # a user action when the bucket was already empty
    assert bucket.tokens == pytest.approx(-1.0)
    assert bucket.wait_seconds() == pytest.approx(300.0)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        TokenBucket.for_budget(0)
    with pytest.raises(ValueError):
        TokenBucket(0, 1.0)


def _max_in_window(times: list[float], window: float) -> int:
    best = 0
    for i, start in enumerate(times):
        best = max(best, bisect.bisect_left(times, start + window) - i)
    return best


@given(
    budget=st.sampled_from([1, 2, 3, 7, 20, 99, 600]),
    steps=st.lists(st.floats(min_value=0.0, max_value=120.0), min_size=1, max_size=400),
)
def test_no_window_ever_sees_more_than_the_budget(budget: int, steps: list[float]) -> None:
    clock = FakeClock()
    bucket = TokenBucket.for_budget(budget, clock=clock)
    sent: list[float] = []
    for step in steps:
        clock.advance(step)
        while bucket.try_acquire():  # as greedy as a caller can be
            sent.append(clock.now)
    assert _max_in_window(sent, WINDOW_SECONDS) <= budget


def test_rate_budgets_give_every_caller_of_a_profile_the_same_bucket(clock: FakeClock) -> None:
    budgets = RateBudgets(clock=clock)
    shop = budgets.for_profile("shop", 2)
    assert budgets.for_profile("shop", 2) is shop
    assert budgets.for_profile("club", 2) is not shop
    assert budgets.for_profile("shop", 600) is not shop  # a changed budget starts afresh
    # What one tab spends, the other cannot spend again.
    assert shop.try_acquire()
    assert not budgets.for_profile("shop", 2).try_acquire()

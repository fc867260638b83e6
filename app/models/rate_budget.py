"""Token buckets that keep background calls inside a profile's request budget.

The platform allows about 600 requests per 5 minutes per account and answers 405/403 beyond
(API.md §3). A profile's `rate_budget` says how many the app may send per window; this bucket is
sized so that no window of that length ever sees more than the budget:

* it holds at most `burst` tokens and gains `(budget + 1 - burst) / window` tokens per second;
* in any half-open window `[t, t + W)` at most `burst` tokens were there at `t` and strictly fewer
  than `budget + 1 - burst` were added, so fewer than `budget + 1` requests went out.

Requests the user asks for directly (delete, show payments) `spend()` a token even when none is
left: they go at once and the background refresh waits longer instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]

WINDOW_SECONDS = 300.0
MAX_BURST = 10


class TokenBucket:
    def __init__(self, burst: int, per_second: float, *, clock: Clock = time.monotonic) -> None:
        if burst < 1:
            raise ValueError(f"burst must be at least 1, not {burst}")
        if per_second <= 0:
            raise ValueError(f"per_second must be positive, not {per_second}")
        self._burst = float(burst)
        self._rate = per_second
        self._clock = clock
        self._tokens = float(burst)
        self._stamp = clock()

    @classmethod
    def for_budget(
        cls, budget: int, window_seconds: float = WINDOW_SECONDS, *, clock: Clock = time.monotonic
    ) -> TokenBucket:
        """A bucket that lets at most ``budget`` requests through in any ``window_seconds``."""
        if budget < 1:
            raise ValueError(f"budget must be at least 1, not {budget}")
        burst = max(1, min(MAX_BURST, budget // 10))
        return cls(burst, (budget + 1 - burst) / window_seconds, clock=clock)

    @property
    def tokens(self) -> float:
        self._refill()
        return self._tokens

    @property
    def per_second(self) -> float:
        return self._rate

    def try_acquire(self) -> bool:
        """Take a token if one is there."""
        self._refill()
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False

    def refund(self) -> None:
        """Give back a token taken for a call that was not sent after all."""
        self._refill()
        self._tokens = min(self._burst, self._tokens + 1.0)

    def spend(self) -> None:
        """Take a token whether or not one is there (the balance may go below zero)."""
        self._refill()
        self._tokens -= 1.0

    def wait_seconds(self) -> float:
        """How long until `try_acquire` can succeed (0 if it can now)."""
        self._refill()
        if self._tokens >= 1.0:
            return 0.0
        return (1.0 - self._tokens) / self._rate

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._stamp)
        self._stamp = now
        self._tokens = min(self._burst, self._tokens + elapsed * self._rate)


class RateBudgets:
    """One bucket per profile (and budget), shared by everything that calls on its behalf.

    The composition root hands the same instance to History and Subscriptions, so together they
    stay inside the profile's budget; switching profiles back and forth does not reset it.
    """

    def __init__(self, *, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._buckets: dict[tuple[str, int], TokenBucket] = {}

    def for_profile(self, profile_id: str, budget: int) -> TokenBucket:
        key = (profile_id, budget)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = TokenBucket.for_budget(budget, clock=self._clock)
            self._buckets[key] = bucket
        return bucket


class ShareOfBudget(TokenBucket):
    """A capped share of a profile's budget: every call takes a token from its own bucket (the
    cap, e.g. a tenth of the budget) *and* from the profile's, so the share never exceeds its
    cap and everything together stays inside the profile's budget."""

    def __init__(self, own: TokenBucket, shared: TokenBucket) -> None:
        # Not TokenBucket.__init__: this holds no tokens of its own; both buckets do.
        self._own = own
        self._shared = shared

    @property
    def tokens(self) -> float:
        return min(self._own.tokens, self._shared.tokens)

    @property
    def per_second(self) -> float:
        return min(self._own.per_second, self._shared.per_second)

    def try_acquire(self) -> bool:
        if not self._own.try_acquire():
            return False
        if self._shared.try_acquire():
            return True
        self._own.refund()
        return False

    def refund(self) -> None:
        self._own.refund()
        self._shared.refund()

    def spend(self) -> None:
        self._own.spend()
        self._shared.spend()

    def wait_seconds(self) -> float:
        return max(self._own.wait_seconds(), self._shared.wait_seconds())

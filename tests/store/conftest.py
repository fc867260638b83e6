"""Fixtures for the store tests: the store's timestamp clock, moved by the test (the database
is the root conftest's `db`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest


class StoreClock:
    """What the store stamps its rows with: aware datetimes, moved by hand. Not the root
    conftest's `FakeClock` (monotonic seconds for budgets and timers)."""

    def __init__(self, start: datetime = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float = 1.0) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def store_clock() -> StoreClock:
    return StoreClock()

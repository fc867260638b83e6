from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.store import SubscriptionCache, open_database


def test_round_trip_per_profile_survives_reopen(db_path: Path) -> None:
    rows = [{"id": 1, "status": "active", "contact": {"email": "a@example.com"}}, {"id": 2}]
    fetched = datetime(2026, 3, 1, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    with open_database(db_path) as db:
        cache = SubscriptionCache(db)
        assert cache.load("shop") is None
        cache.save("shop", rows, fetched)
        cache.save("club", [], fetched)
    with open_database(db_path) as db:
        cache = SubscriptionCache(db)
        loaded = cache.load("shop")
        assert loaded is not None
        assert loaded.rows == rows
        assert loaded.fetched_at == fetched
        assert loaded.fetched_at.tzinfo == UTC
        cached_rows, cached_at = loaded  # also a plain (rows, fetched_at) pair
        assert (cached_rows, cached_at) == (rows, fetched)
        assert cache.load("club") == ([], fetched)


def test_save_replaces_and_clear_removes(db_path: Path) -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    with open_database(db_path) as db:
        cache = SubscriptionCache(db)
        cache.save("shop", [{"id": 1}], now)
        cache.save("shop", [{"id": 2}], now + timedelta(minutes=5))
        assert cache.load("shop") == ([{"id": 2}], now + timedelta(minutes=5))
        cache.clear("shop")
        assert cache.load("shop") is None


def test_naive_fetched_at_is_refused(db_path: Path) -> None:
    with open_database(db_path) as db, pytest.raises(ValueError, match="naive"):
        SubscriptionCache(db).save("shop", [], datetime(2026, 3, 1))

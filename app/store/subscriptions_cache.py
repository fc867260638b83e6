"""The last subscription list loaded per profile, shown at once (and offline) on the next start."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from app.store._time import from_text, to_text
from app.store.database import Database


class CachedSubscriptions(NamedTuple):
    rows: list[dict[str, Any]]
    fetched_at: datetime


class SubscriptionCache:
    """Raw API dicts, one list per profile; saving replaces the previous list. Thread-safe.

    The list can be large (the UI is sized for 100,000 rows): save and load from a worker.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, profile_id: str, rows: Sequence[Any], fetched_at: datetime) -> None:
        """Keep `rows` (JSON-serialisable) as fetched at `fetched_at` (timezone-aware)."""
        fetched_text = to_text(fetched_at)
        rows_json = json.dumps(list(rows), ensure_ascii=False, allow_nan=False)
        with self._db.transaction() as conn:
            conn.execute(
                """
                INSERT INTO subscription_cache (profile_id, rows_json, fetched_at)
                VALUES (?, ?, ?)
                ON CONFLICT (profile_id)
                DO UPDATE SET rows_json = excluded.rows_json, fetched_at = excluded.fetched_at
                """,
                (profile_id, rows_json, fetched_text),
            )

    def load(self, profile_id: str) -> CachedSubscriptions | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT rows_json, fetched_at FROM subscription_cache WHERE profile_id = ?",
                (profile_id,),
            ).fetchone()
        if row is None:
            return None
        rows: list[dict[str, Any]] = json.loads(row["rows_json"])
        return CachedSubscriptions(rows, from_text(row["fetched_at"]))

    def clear(self, profile_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM subscription_cache WHERE profile_id = ?", (profile_id,))

"""Unsent form contents, per profile and form, so typing survives a restart or a crash."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.store._time import Clock, to_text, utc_now
from app.store.database import Database


class DraftStore:
    """One draft per (profile, form); saving replaces the previous one. Thread-safe."""

    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def save(self, profile_id: str, form: str, values: Mapping[str, Any]) -> None:
        """Store the form's values (JSON-serialisable: the form keeps Decimals as text)."""
        values_json = json.dumps(dict(values), ensure_ascii=False, allow_nan=False)
        with self._db.transaction() as conn:
            conn.execute(
                """
                INSERT INTO drafts (profile_id, form, values_json, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (profile_id, form)
                DO UPDATE SET values_json = excluded.values_json,
                              updated_at = excluded.updated_at
                """,
                (profile_id, form, values_json, to_text(self._clock())),
            )

    def load(self, profile_id: str, form: str) -> dict[str, Any] | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT values_json FROM drafts WHERE profile_id = ? AND form = ?",
                (profile_id, form),
            ).fetchone()
        if row is None:
            return None
        values: dict[str, Any] = json.loads(row["values_json"])
        return values

    def clear(self, profile_id: str, form: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE profile_id = ? AND form = ?", (profile_id, form))

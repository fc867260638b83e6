"""Unsent form contents, per profile and form, so typing survives a restart or a crash."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.store._time import Clock, to_text, utc_now
from app.store.database import Database


class UnreadableDraftError(ValueError):
    """A saved draft that is not a JSON object any more (a damaged database): it was dropped."""


class DraftStore:
    """One draft per (profile, form); saving replaces the previous one. Thread-safe."""

    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def save(self, profile_id: str, form: str, values: Mapping[str, Any]) -> None:
        """Store the form's values (JSON-serialisable: the form keeps Decimals as text)."""
        # ASCII escapes: a half of a character typed or pasted (a lone surrogate) survives as
        # "\\udc80"; as UTF-8 it could not be written at all, and the draft would be lost.
        values_json = json.dumps(dict(values), ensure_ascii=True, allow_nan=False)
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
        try:
            values = json.loads(row["values_json"])
        # ValueError: not JSON (or a number beyond Python's 4300 digits), RecursionError: too
        # deep, TypeError: not text at all.
        except (ValueError, RecursionError, TypeError):
            values = None
        if not isinstance(values, dict):
            self.clear(profile_id, form)
            raise UnreadableDraftError(f"the {form} draft of {profile_id} was unreadable")
        return values

    def clear(self, profile_id: str, form: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE profile_id = ? AND form = ?", (profile_id, form))

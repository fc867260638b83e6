"""Per-profile reference numbers ("INV-2026-0001"): monotonic, kept across restarts.

The form shows `peek()` as a suggestion; only a create that is actually sent uses a number, through
`take()` (the suggestion, or the next one if another form took it meanwhile) or `claim()` (a
reference the user typed that happens to follow the pattern, so the counter moves past it).
"""

from __future__ import annotations

import re
import sqlite3

from app.store._time import Clock, utc_now
from app.store.database import Database

# "{year}" in a prefix becomes the current (local) year, so each year counts from 1 again.
YEAR_PLACEHOLDER = "{year}"
_WIDTH = 4


class ReferenceCounter:
    """Thread-safe; counters are keyed by profile and by the prefix after `{year}` expansion."""

    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def peek(self, profile_id: str, prefix: str) -> str:
        """The reference `take()` would return now; uses nothing up."""
        expanded = self.expand(prefix)
        with self._db.read() as conn:
            last = _last(conn, profile_id, expanded)
        return _format(expanded, last + 1)

    def take(self, profile_id: str, prefix: str) -> str:
        """Use up the next number and return its reference."""
        expanded = self.expand(prefix)
        with self._db.transaction() as conn:
            number = _last(conn, profile_id, expanded) + 1
            _store(conn, profile_id, expanded, number)
        return _format(expanded, number)

    def claim(self, profile_id: str, prefix: str, reference: str) -> None:
        """Note that `reference` was sent; if it is prefix + number, never suggest it again."""
        expanded = self.expand(prefix)
        match = re.fullmatch(re.escape(expanded) + r"(\d+)", reference)
        if match is None:
            return
        number = int(match.group(1))
        with self._db.transaction() as conn:
            if number > _last(conn, profile_id, expanded):
                _store(conn, profile_id, expanded, number)

    def next_reference(self, profile_id: str, prefix: str, *, take: bool = False) -> str:
        """`peek()` by default (safe for prefilling a form); `take()` with `take=True`."""
        return self.take(profile_id, prefix) if take else self.peek(profile_id, prefix)

    def expand(self, prefix: str) -> str:
        return prefix.replace(YEAR_PLACEHOLDER, str(self._clock().astimezone().year))


def _format(prefix: str, number: int) -> str:
    return f"{prefix}{number:0{_WIDTH}d}"


def _last(conn: sqlite3.Connection, profile_id: str, prefix: str) -> int:
    row = conn.execute(
        "SELECT last FROM reference_counters WHERE profile_id = ? AND prefix = ?",
        (profile_id, prefix),
    ).fetchone()
    return 0 if row is None else int(row["last"])


def _store(conn: sqlite3.Connection, profile_id: str, prefix: str, number: int) -> None:
    conn.execute(
        """
        INSERT INTO reference_counters (profile_id, prefix, last) VALUES (?, ?, ?)
        ON CONFLICT (profile_id, prefix) DO UPDATE SET last = excluded.last
        """,
        (profile_id, prefix, number),
    )

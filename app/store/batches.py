"""Batches of paylink creates from a spreadsheet: which row became which record.

A batch is written whole before its first create goes out: one ``batch_rows`` row per line of the
file that is to be created, holding what will be sent (``form_json``) and, once it was sent, the
id of its record. The record and the row's ``record_id`` are written in one transaction
(`RecordStore.begin(also=...)`), so after a crash, a kill or a rate limit every row is in exactly
one of these states:

* no record yet: it was never sent, and Resume sends it;
* a record: it was sent once; what became of it is the record's state (`sending` becomes
  `unknown` at the next start). Such a row is never sent again by the batch. Only when the user
  says an `unknown` one was not created (`release`), or the platform clearly refused it for too
  many requests (`release_refused`), does it go back to "not sent yet".

The mapping of file columns to paylink fields is remembered per profile (`batch_mappings`), in
the same file as the records it produced: it is about this instance's spreadsheets, goes with
its data when a profile is removed, and needs no settings schema of its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.store._time import Clock, from_text, to_text, utc_now
from app.store.database import Database
from app.store.records import Record, RecordState, RecordStore, _to_record


@dataclass(frozen=True, slots=True)
class BatchInfo:
    id: int
    profile_id: str
    source: str
    created_at: datetime
    rows: int
    unsent: int


@dataclass(frozen=True, slots=True)
class BatchRow:
    batch_id: int
    row_number: int
    form: dict[str, Any]
    record: Record | None

    @property
    def sent(self) -> bool:
        return self.record is not None


class BatchStore:
    """Thread-safe, like the `Database` under it."""

    def __init__(self, db: Database, records: RecordStore, *, clock: Clock = utc_now) -> None:
        self._db = db
        self._records = records
        self._clock = clock

    # -- batches ------------------------------------------------------------------------------

    def create(
        self, profile_id: str, source: str, rows: Sequence[tuple[int, dict[str, Any]]]
    ) -> int:
        """Write a batch and every row of it (file row number, what to send); none sent yet."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO batches (profile_id, source, created_at) VALUES (?, ?, ?)",
                (profile_id, source, to_text(self._clock())),
            )
            batch_id = cursor.lastrowid
            assert batch_id is not None
            conn.executemany(
                "INSERT INTO batch_rows (batch_id, row_number, form_json) VALUES (?, ?, ?)",
                [
                    (batch_id, number, json.dumps(form, ensure_ascii=False, allow_nan=False))
                    for number, form in rows
                ],
            )
        return batch_id

    def unfinished(self, profile_id: str) -> list[BatchInfo]:
        """Batches of this profile with rows never sent, newest first."""
        return [b for b in self.batches(profile_id) if b.unsent]

    def batches(self, profile_id: str) -> list[BatchInfo]:
        with self._db.read() as conn:
            rows = conn.execute(
                """
                SELECT b.id, b.profile_id, b.source, b.created_at,
                       COUNT(r.row_number) AS total,
                       SUM(CASE WHEN r.record_id IS NULL THEN 1 ELSE 0 END) AS unsent
                FROM batches b LEFT JOIN batch_rows r ON r.batch_id = b.id
                WHERE b.profile_id = ?
                GROUP BY b.id ORDER BY b.id DESC
                """,
                (profile_id,),
            ).fetchall()
        return [
            BatchInfo(
                row["id"],
                row["profile_id"],
                row["source"],
                from_text(row["created_at"]),
                int(row["total"] or 0),
                int(row["unsent"] or 0),
            )
            for row in rows
        ]

    def info(self, batch_id: int) -> BatchInfo | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT profile_id FROM batches WHERE id = ?", (batch_id,)
            ).fetchone()
        if row is None:
            return None
        return next((b for b in self.batches(row["profile_id"]) if b.id == batch_id), None)

    def rows(self, batch_id: int) -> list[BatchRow]:
        """Every row of the batch in file order, with its record (None: not sent yet)."""
        with self._db.read() as conn:
            found = conn.execute(
                """
                SELECT r.batch_id, r.row_number, r.form_json, rec.*
                FROM batch_rows r LEFT JOIN records rec ON rec.id = r.record_id
                WHERE r.batch_id = ? ORDER BY r.row_number
                """,
                (batch_id,),
            ).fetchall()
        return [_to_row(row) for row in found]

    def row(self, batch_id: int, row_number: int) -> BatchRow | None:
        with self._db.read() as conn:
            found = conn.execute(
                """
                SELECT r.batch_id, r.row_number, r.form_json, rec.*
                FROM batch_rows r LEFT JOIN records rec ON rec.id = r.record_id
                WHERE r.batch_id = ? AND r.row_number = ?
                """,
                (batch_id, row_number),
            ).fetchone()
        return None if found is None else _to_row(found)

    # -- sending --------------------------------------------------------------------------------

    def begin_row(
        self,
        batch_id: int,
        row_number: int,
        begin: Callable[[Callable[[sqlite3.Connection, int], None]], int],
    ) -> int | None:
        """Record the create of a row that was not sent yet: ``begin(also)`` is
        `RecordStore.begin` with the row's values; ``also`` ties the new record to the row in
        the same transaction. None (and nothing written) when the row was sent already."""
        claimed = False

        def also(conn: sqlite3.Connection, record_id: int) -> None:
            nonlocal claimed
            cursor = conn.execute(
                "UPDATE batch_rows SET record_id = ? "
                "WHERE batch_id = ? AND row_number = ? AND record_id IS NULL",
                (record_id, batch_id, row_number),
            )
            if cursor.rowcount != 1:
                # Raising rolls the record back with it: the row was sent by someone else.
                raise _AlreadySent
            claimed = True

        try:
            record_id = begin(also)
        except _AlreadySent:
            return None
        return record_id if claimed else None

    def release(self, batch_id: int, row_number: int) -> bool:
        """The user checked a row in doubt and says it was not created: its record becomes
        `failed` (not created) and the row goes back to "not sent", for the next Resume."""
        row = self.row(batch_id, row_number)
        if row is None or row.record is None or row.record.state is not RecordState.UNKNOWN:
            return False
        self._records.abandon(row.record.id)
        return self._detach(batch_id, row_number, row.record.id)

    def release_refused(self, batch_id: int, row_number: int, record_id: int) -> bool:
        """The platform refused this row's create outright ("too many requests"): nothing was
        created, so the row goes back to "not sent"; its `failed` record stays in History."""
        record = self._records.get(record_id)
        if record is None or record.state is not RecordState.FAILED:
            return False
        return self._detach(batch_id, row_number, record_id)

    def _detach(self, batch_id: int, row_number: int, record_id: int) -> bool:
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE batch_rows SET record_id = NULL "
                "WHERE batch_id = ? AND row_number = ? AND record_id = ?",
                (batch_id, row_number, record_id),
            )
        return cursor.rowcount == 1

    # -- the remembered mapping -----------------------------------------------------------------

    def mapping(self, profile_id: str) -> dict[str, Any]:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT mapping_json FROM batch_mappings WHERE profile_id = ?", (profile_id,)
            ).fetchone()
        if row is None:
            return {}
        try:
            value = json.loads(row["mapping_json"])
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def remember_mapping(self, profile_id: str, mapping: dict[str, Any]) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """
                INSERT INTO batch_mappings (profile_id, mapping_json) VALUES (?, ?)
                ON CONFLICT (profile_id) DO UPDATE SET mapping_json = excluded.mapping_json
                """,
                (profile_id, json.dumps(mapping, ensure_ascii=False)),
            )

    # -- references -----------------------------------------------------------------------------

    def created_references(self, profile_id: str) -> set[str]:
        """References of this profile's creates that exist or may exist (created, sending,
        unknown): a row carrying one would bill that customer a second time."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT reference_id FROM records "
                "WHERE profile_id = ? AND reference_id != '' AND state IN (?, ?, ?)",
                (
                    profile_id,
                    RecordState.CREATED.value,
                    RecordState.SENDING.value,
                    RecordState.UNKNOWN.value,
                ),
            ).fetchall()
        return {str(row["reference_id"]) for row in rows}


class _AlreadySent(Exception):
    pass


def _to_row(row: sqlite3.Row) -> BatchRow:
    record = _to_record(row) if row["id"] is not None else None
    return BatchRow(row["batch_id"], row["row_number"], json.loads(row["form_json"]), record)

"""Every paylink (Invoice) and payment page (Page) this app created, and what became of it.

The API has no list call for paylinks, so this table is the only place they can be found again.
A row is written and committed in state `sending` before the request goes out, then settled:

    sending -> created | failed | unknown
    unknown -> created | failed            (the user checked by hand)

`unknown` means the request left and no answer came back: it may exist on the server, so it is
never retried on its own. A row still `sending` when the app starts was left by a killed process
and becomes `unknown` through `recover_interrupted()`.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.store._time import Clock, from_text, to_text, utc_now
from app.store.database import Database


class RecordState(StrEnum):
    SENDING = "sending"
    CREATED = "created"
    FAILED = "failed"
    UNKNOWN = "unknown"


class RecordKind(StrEnum):
    INVOICE = "invoice"
    PAGE = "page"


# The value `mark_remote_deleted` puts in `remote_status`.
REMOTE_DELETED = "deleted"

# The note a row left `sending` by a killed process gets (shown with the "may have been created"
# state; the wording for the user comes from the view).
INTERRUPTED_NOTE = "Paydesk stopped while this request was being sent; no answer was recorded."

_NEXT_STATES: dict[RecordState, frozenset[RecordState]] = {
    RecordState.SENDING: frozenset({RecordState.CREATED, RecordState.FAILED, RecordState.UNKNOWN}),
    RecordState.UNKNOWN: frozenset({RecordState.CREATED, RecordState.FAILED}),
    RecordState.CREATED: frozenset(),
    RecordState.FAILED: frozenset(),
}


class RecordNotFound(LookupError):
    """No record with that id (it was never there, or was deleted locally)."""


class InvalidTransition(ValueError):
    """The record is not in a state that allows this change."""


@dataclass(frozen=True, slots=True)
class Record:
    id: int
    profile_id: str
    kind: RecordKind
    title: str
    reference_id: str
    amount_minor: int
    currency: str
    remote_id: int | None
    hash: str | None
    link: str | None
    remote_status: str | None
    state: RecordState
    error: str | None
    customer: str
    params_json: str
    created_at: datetime
    updated_at: datetime

    @property
    def params(self) -> dict[str, Any]:
        """The request parameters that were sent, for "duplicate into form"."""
        value: dict[str, Any] = json.loads(self.params_json)
        return value

    @property
    def remote_deleted(self) -> bool:
        return self.remote_status == REMOTE_DELETED


class RecordStore:
    """Reads and writes `Record`s. Thread-safe: a worker may settle what the GUI thread began."""

    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def begin(
        self,
        profile_id: str,
        kind: str,
        title: str,
        reference_id: str,
        amount_minor: int,
        currency: str,
        customer: str,
        params: Mapping[str, Any],
    ) -> int:
        """Record a create that is about to be sent; committed when this returns. Returns its id."""
        record_kind = RecordKind(kind)
        # bool is an int, and a float here would mean money went through a float somewhere.
        if isinstance(amount_minor, bool) or not isinstance(amount_minor, int):
            raise TypeError(f"amount_minor must be an int, not {type(amount_minor).__name__}")
        params_json = json.dumps(dict(params), ensure_ascii=False, allow_nan=False)
        now = to_text(self._clock())
        with self._db.transaction() as conn:
            cursor = conn.execute(
                """
                INSERT INTO records (profile_id, kind, title, reference_id, amount_minor,
                                     currency, customer, params_json, state,
                                     created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    profile_id,
                    record_kind.value,
                    title,
                    reference_id,
                    amount_minor,
                    currency,
                    customer,
                    params_json,
                    RecordState.SENDING.value,
                    now,
                    now,
                ),
            )
            record_id = cursor.lastrowid
        assert record_id is not None
        return record_id

    def settle_created(
        self,
        record_id: int,
        remote_id: int,
        hash: str | None,
        link: str | None,
        remote_status: str | None,
    ) -> None:
        self._transition(
            record_id,
            RecordState.CREATED,
            remote_id=remote_id,
            hash=hash,
            link=link,
            remote_status=remote_status,
            error=None,
        )

    def settle_failed(self, record_id: int, error: str) -> None:
        self._transition(record_id, RecordState.FAILED, error=error)

    def settle_unknown(self, record_id: int, detail: str) -> None:
        self._transition(record_id, RecordState.UNKNOWN, error=detail)

    def update_remote_status(self, record_id: int, status: str) -> bool:
        """Store the status the API reported. False if the row was deleted locally meanwhile."""
        return self._set_remote_status(record_id, status)

    def mark_remote_deleted(self, record_id: int) -> bool:
        """The object was deleted on the server; the local row stays, for the history."""
        return self._set_remote_status(record_id, REMOTE_DELETED)

    def recover_interrupted(self) -> int:
        """Turn every `sending` row (left by a killed process) into `unknown`. Call once at start.

        Returns how many rows changed.
        """
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE records SET state = ?, error = ?, updated_at = ? WHERE state = ?",
                (
                    RecordState.UNKNOWN.value,
                    INTERRUPTED_NOTE,
                    to_text(self._clock()),
                    RecordState.SENDING.value,
                ),
            )
            return cursor.rowcount

    def get(self, record_id: int) -> Record | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else _to_record(row)

    def list(self, profile_id: str | None = None) -> builtins.list[Record]:
        """Records of one profile, or of all profiles, newest first."""
        query = "SELECT * FROM records"
        args: tuple[str, ...] = ()
        if profile_id is not None:
            query += " WHERE profile_id = ?"
            args = (profile_id,)
        query += " ORDER BY created_at DESC, id DESC"
        with self._db.read() as conn:
            rows = conn.execute(query, args).fetchall()
        return [_to_record(row) for row in rows]

    def delete_local(self, record_id: int) -> bool:
        """Forget a record (the server is not touched). False if it was not there.

        A `sending` row is refused: its request is in flight and its outcome must land somewhere.
        """
        with self._db.transaction() as conn:
            row = conn.execute("SELECT state FROM records WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                return False
            if row["state"] == RecordState.SENDING:
                raise InvalidTransition(f"record {record_id} is still being sent")
            conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
            return True

    def _transition(self, record_id: int, target: RecordState, **fields: object) -> None:
        with self._db.transaction() as conn:
            state = self._state(conn, record_id)
            if target not in _NEXT_STATES[state]:
                raise InvalidTransition(f"record {record_id} is {state}, cannot become {target}")
            # Keys come from the settle_* signatures above, never from outside.
            assignments = "".join(f", {name} = ?" for name in fields)
            conn.execute(
                f"UPDATE records SET state = ?, updated_at = ?{assignments} WHERE id = ?",
                (target.value, to_text(self._clock()), *fields.values(), record_id),
            )

    def _set_remote_status(self, record_id: int, status: str) -> bool:
        with self._db.transaction() as conn:
            row = conn.execute("SELECT state FROM records WHERE id = ?", (record_id,)).fetchone()
            if row is None:
                return False
            if row["state"] != RecordState.CREATED:
                raise InvalidTransition(
                    f"record {record_id} is {row['state']}: only a created record has a remote "
                    "status"
                )
            conn.execute(
                "UPDATE records SET remote_status = ?, updated_at = ? WHERE id = ?",
                (status, to_text(self._clock()), record_id),
            )
            return True

    @staticmethod
    def _state(conn: sqlite3.Connection, record_id: int) -> RecordState:
        row = conn.execute("SELECT state FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"no record with id {record_id}")
        return RecordState(row["state"])


def _to_record(row: sqlite3.Row) -> Record:
    return Record(
        id=row["id"],
        profile_id=row["profile_id"],
        kind=RecordKind(row["kind"]),
        title=row["title"],
        reference_id=row["reference_id"],
        amount_minor=row["amount_minor"],
        currency=row["currency"],
        remote_id=row["remote_id"],
        hash=row["hash"],
        link=row["link"],
        remote_status=row["remote_status"],
        state=RecordState(row["state"]),
        error=row["error"],
        customer=row["customer"],
        params_json=row["params_json"],
        created_at=from_text(row["created_at"]),
        updated_at=from_text(row["updated_at"]),
    )

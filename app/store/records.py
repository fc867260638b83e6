"""Every paylink (Invoice) and payment page (Page) this app created, and what became of it.

The API has no list call for paylinks, so this table is the only place they can be found again.
A row is written and committed in state `sending` before the request goes out, then settled:

    sending -> created | failed | unknown
    unknown -> created | failed            (the user checked by hand, or a payment carried
                                            its reference; `failed` with `NOT_CREATED_NOTE`)

Nothing moves backwards, and no late answer rewrites a newer local state: every change is
checked against the row's current state inside one write transaction, ``updated_at`` strictly
increases with each change (it is the row's version), and a status read from the server is only
stored if the row has not changed since the read was started (`update_remote_status(seen=)`);
a paylink deleted on the server stays deleted.

`unknown` means the request left and no answer came back: it may exist on the server, so it is
never retried on its own. A row still `sending` when the app starts was left by a killed process
and becomes `unknown` through `recover_interrupted()`.
"""

from __future__ import annotations

import builtins
import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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

# The error of an `unknown` row the user declared not created (it is then `failed`).
NOT_CREATED_NOTE = "Not created: checked by the user."

_NEXT_STATES: dict[RecordState, frozenset[RecordState]] = {
    RecordState.SENDING: frozenset({RecordState.CREATED, RecordState.FAILED, RecordState.UNKNOWN}),
    RecordState.UNKNOWN: frozenset({RecordState.CREATED, RecordState.FAILED}),
    RecordState.CREATED: frozenset(),
    RecordState.FAILED: frozenset(),
}


@functools.lru_cache(maxsize=65536)
def _expiry_in(params_json: str) -> date | None:
    try:
        params = json.loads(params_json)
    except ValueError:
        return None
    value = params.get("expirationDate") if isinstance(params, dict) else None
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


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
    elsewhere: bool = False
    """Not a row of this store: a payment page the platform lists that this app did not create
    (History shows it read-only; see `app.models.elsewhere_pages`)."""

    @property
    def params(self) -> dict[str, Any]:
        """The request parameters that were sent, for "duplicate into form"."""
        value: dict[str, Any] = json.loads(self.params_json)
        return value

    @property
    def expires_on(self) -> date | None:
        """The ``expirationDate`` the create sent, if any (the API's answers do not carry it).
        Read once per parameters: History, Needs attention and the watcher ask for every row
        at every look (a JSON parse each: 38 ms for 10,000 rows)."""
        return _expiry_in(self.params_json)

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
        *,
        also: Callable[[sqlite3.Connection, int], None] | None = None,
    ) -> int:
        """Record a create that is about to be sent; committed when this returns. Returns its id.

        ``also(conn, record_id)`` runs inside the same transaction (a batch notes which of its
        rows this record is), so a kill can never leave one written without the other."""
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
            if also is not None:
                also(conn, record_id)
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

    def abandon(self, record_id: int) -> None:
        """The user checked an `unknown` create and says it was not created: it becomes `failed`
        with `NOT_CREATED_NOTE` (raises `InvalidTransition` if it is no longer `unknown`)."""
        with self._db.transaction() as conn:
            if self._state(conn, record_id) is not RecordState.UNKNOWN:
                raise InvalidTransition(f"record {record_id} is no longer unknown")
        self.settle_failed(record_id, NOT_CREATED_NOTE)

    def update_remote_status(
        self, record_id: int, status: str, *, seen: datetime | None = None
    ) -> bool:
        """Store the status the API reported. False (nothing written) if the row was deleted
        locally or on the server meanwhile, or, given ``seen`` (the row's ``updated_at`` when
        the read was started), if the row changed since: a late answer never overwrites a newer
        local state."""
        return self._set_remote_status(record_id, status, seen=seen)

    def mark_remote_deleted(self, record_id: int) -> bool:
        """The object was deleted on the server; the local row stays, for the history."""
        return self._set_remote_status(record_id, REMOTE_DELETED)

    def settle_by_reference(
        self,
        profile_id: str,
        reference: str,
        *,
        paid_at: datetime | None = None,
        remote_status: str | None = None,
    ) -> Record | None:
        """A payment carrying ``reference`` arrived: the one `unknown` row of this profile with
        that reference (created before ``paid_at``) was created after all; it becomes `created`
        with ``remote_status``. None when no single row matches (``referenceId`` is not unique:
        two open rows with one reference stay open for the user to decide).

        Called wherever the app reads transactions (History's payments, a watcher)."""
        if not reference:
            return None
        with self._db.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM records WHERE profile_id = ? AND reference_id = ? AND state = ?",
                (profile_id, reference, RecordState.UNKNOWN.value),
            ).fetchall()
            candidates = [_to_record(row) for row in rows]
            if paid_at is not None:
                candidates = [r for r in candidates if r.created_at <= paid_at]
            if len(candidates) != 1:
                return None
            record_id = candidates[0].id
            conn.execute(
                "UPDATE records SET state = ?, remote_status = ?, error = NULL, updated_at = ? "
                "WHERE id = ? AND state = ?",
                (
                    RecordState.CREATED.value,
                    remote_status,
                    self._stamp(conn, record_id),
                    record_id,
                    RecordState.UNKNOWN.value,
                ),
            )
        return self.get(record_id)

    def unresolved(self, profile_id: str, kind: str) -> Record | None:
        """The newest `unknown` create of this profile and kind: it blocks another create of
        that form until the user says what happened."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT * FROM records WHERE profile_id = ? AND kind = ? AND state = ? "
                "ORDER BY created_at DESC, id DESC LIMIT 1",
                (profile_id, RecordKind(kind).value, RecordState.UNKNOWN.value),
            ).fetchone()
        return None if row is None else _to_record(row)

    def recover_interrupted(self) -> int:
        """Turn every `sending` row (left by a killed process) into `unknown`. Call once at start.

        Returns how many rows changed.
        """
        return len(self.recover_interrupted_records())

    def recover_interrupted_records(self) -> builtins.list[Record]:
        """As `recover_interrupted`, returning the rows it changed (for the start-up notice)."""
        with self._db.transaction() as conn:
            ids = [
                row["id"]
                for row in conn.execute(
                    "SELECT id FROM records WHERE state = ?", (RecordState.SENDING.value,)
                ).fetchall()
            ]
            for record_id in ids:
                conn.execute(
                    "UPDATE records SET state = ?, error = ?, updated_at = ? WHERE id = ?",
                    (
                        RecordState.UNKNOWN.value,
                        INTERRUPTED_NOTE,
                        self._stamp(conn, record_id),
                        record_id,
                    ),
                )
        return [r for r in (self.get(i) for i in ids) if r is not None]

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

    def created_matching(
        self, profile_id: str, references: Iterable[str], hashes: Iterable[str]
    ) -> builtins.list[Record]:
        """The profile's `created` rows carrying one of ``references`` or ``hashes`` (the payment
        watcher ties a page of payments to them without reading every row)."""
        refs, links = sorted(set(references) - {""}), sorted(set(hashes) - {""})
        if not refs and not links:
            return []
        query = (
            "SELECT * FROM records WHERE profile_id = ? AND state = ? AND ("
            f"reference_id IN ({','.join('?' * len(refs)) or 'NULL'}) "
            f"OR hash IN ({','.join('?' * len(links)) or 'NULL'}))"
        )
        with self._db.read() as conn:
            rows = conn.execute(
                query, (profile_id, RecordState.CREATED.value, *refs, *links)
            ).fetchall()
        return [_to_record(row) for row in rows]

    def still_open(self, profile_id: str) -> builtins.list[Record]:
        """The profile's rows that exist on the server and whose status can still change
        (not deleted, not a paid paylink), oldest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM records WHERE profile_id = ? AND state = ? "
                "AND remote_id IS NOT NULL AND COALESCE(remote_status, '') != ? "
                "AND NOT (kind = ? AND LOWER(COALESCE(remote_status, '')) = 'confirmed') "
                "ORDER BY created_at, id",
                (
                    profile_id,
                    RecordState.CREATED.value,
                    REMOTE_DELETED,
                    RecordKind.INVOICE.value,
                ),
            ).fetchall()
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

    def rewrite_links(self, profile_id: str, old_base: str, new_base: str) -> int:
        """Point the links of one profile's records at ``new_base`` where they start with
        ``old_base`` (the Demo's sandbox moved to another port). Returns how many changed.
        ``updated_at`` is left alone: the row's state did not change, only where it is served."""
        old_prefix = old_base.rstrip("/") + "/"
        new_prefix = new_base.rstrip("/") + "/"
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE records SET link = ? || substr(link, ?) "
                "WHERE profile_id = ? AND substr(link, 1, ?) = ?",
                (new_prefix, len(old_prefix) + 1, profile_id, len(old_prefix), old_prefix),
            )
            return cursor.rowcount

    def count(self, profile_id: str) -> int:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM records WHERE profile_id = ?", (profile_id,)
            ).fetchone()
        return int(row[0])

    def delete_profile(self, profile_id: str) -> int:
        """Forget every record of one profile (the Demo's reset), except those still being
        sent: their outcome must land somewhere. Returns how many were removed."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM records WHERE profile_id = ? AND state != ?",
                (profile_id, RecordState.SENDING.value),
            )
            return cursor.rowcount

    def _transition(self, record_id: int, target: RecordState, **fields: object) -> None:
        with self._db.transaction() as conn:
            state = self._state(conn, record_id)
            if target not in _NEXT_STATES[state]:
                raise InvalidTransition(f"record {record_id} is {state}, cannot become {target}")
            # Keys come from the settle_* signatures above, never from outside.
            assignments = "".join(f", {name} = ?" for name in fields)
            conn.execute(
                f"UPDATE records SET state = ?, updated_at = ?{assignments} WHERE id = ?",
                (target.value, self._stamp(conn, record_id), *fields.values(), record_id),
            )

    def _set_remote_status(
        self, record_id: int, status: str, *, seen: datetime | None = None
    ) -> bool:
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT state, remote_status, updated_at FROM records WHERE id = ?", (record_id,)
            ).fetchone()
            if row is None:
                return False
            if row["state"] != RecordState.CREATED:
                raise InvalidTransition(
                    f"record {record_id} is {row['state']}: only a created record has a remote "
                    "status"
                )
            if row["remote_status"] == REMOTE_DELETED:
                return status == REMOTE_DELETED  # deleted on the server stays deleted
            if seen is not None and from_text(row["updated_at"]) != seen:
                return False  # changed since this answer was asked for: it is late
            conn.execute(
                "UPDATE records SET remote_status = ?, updated_at = ? WHERE id = ?",
                (status, self._stamp(conn, record_id), record_id),
            )
            return True

    def _stamp(self, conn: sqlite3.Connection, record_id: int) -> str:
        """The row's next ``updated_at``: now, but always after its current one, so that it
        works as a version even when the clock stands still or steps back."""
        now = self._clock()
        row = conn.execute("SELECT updated_at FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is not None:
            current = from_text(row["updated_at"])
            if now <= current:
                now = current + timedelta(microseconds=1)
        return to_text(now)

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

"""What the payment watcher (`app.models.watcher`) keeps between polls and between starts.

* a cursor per profile: the newest payment time it has read (the platform's UTC clock), so the
  next `GET /Transaction/` asks only for what came after, also after a restart;
* a last-checked time per record: the rows nothing matched get their own GET, oldest check first;
* the payments it matched to records (one row per transaction id and profile), so a payment seen
  twice (the next poll's overlap) changes nothing and notifies once, and a link's paid amount is
  known (partly paid).

Qt-free and thread-safe like every store class: the watcher writes from the task runner's workers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from app.store._time import Clock, from_text, to_text, utc_now
from app.store.database import Database

PAID_STATUSES = ("confirmed",)
"""Transaction statuses whose amount counts as paid (API.md §4; `insecure` is not a success)."""


class PaymentChange(Enum):
    NEW = "new"
    STATUS_CHANGED = "status changed"
    SAME = "same"


@dataclass(frozen=True, slots=True)
class SeenPayment:
    profile_id: str
    transaction_id: int
    record_id: int | None
    reference_id: str
    status: str
    amount_minor: int | None
    currency: str
    mode: str
    paid_at: datetime | None


class WatchStore:
    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    # -- the cursor -------------------------------------------------------------------------------

    def cursor(self, profile_id: str) -> datetime | None:
        """The newest payment time read for this profile, or None before the first look."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT since FROM watch_cursors WHERE profile_id = ?", (profile_id,)
            ).fetchone()
        return None if row is None else from_text(row["since"])

    def set_cursor(self, profile_id: str, since: datetime) -> None:
        """Move the cursor; it never moves back (a late page of an older poll is harmless)."""
        current = self.cursor(profile_id)
        if current is not None and since <= current:
            return
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO watch_cursors (profile_id, since, looked_at) VALUES (?, ?, ?) "
                "ON CONFLICT (profile_id) DO UPDATE SET since = excluded.since, "
                "looked_at = excluded.looked_at WHERE excluded.since > watch_cursors.since",
                (profile_id, to_text(since), to_text(self._clock())),
            )

    def forget(self, profile_id: str) -> None:
        """Drop what the watcher knew of this profile (its rows are about to go: Reset Demo),
        so a row that later gets a freed id never inherits another row's payments."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM watch_cursors WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM watch_payments WHERE profile_id = ?", (profile_id,))
            conn.execute(
                "DELETE FROM watch_checks WHERE record_id IN "
                "(SELECT id FROM records WHERE profile_id = ?)",
                (profile_id,),
            )

    # -- per-record checks ------------------------------------------------------------------------

    def last_checked(self, record_ids: Iterable[int]) -> dict[int, datetime]:
        ids = list(record_ids)
        found: dict[int, datetime] = {}
        with self._db.read() as conn:
            # In chunks: SQLite limits the number of parameters of one statement.
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for row in conn.execute(
                    f"SELECT record_id, checked_at FROM watch_checks WHERE record_id IN ({marks})",
                    chunk,
                ):
                    found[row["record_id"]] = from_text(row["checked_at"])
        return found

    def mark_checked(self, record_ids: Iterable[int], when: datetime | None = None) -> None:
        stamp = to_text(when or self._clock())
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO watch_checks (record_id, checked_at) VALUES (?, ?) "
                "ON CONFLICT (record_id) DO UPDATE SET checked_at = excluded.checked_at",
                [(record_id, stamp) for record_id in record_ids],
            )

    # -- payments ---------------------------------------------------------------------------------

    def record_payment(self, payment: SeenPayment) -> PaymentChange:
        """Remember a payment; says whether it is new, changed its status, or was known."""
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT status, record_id FROM watch_payments "
                "WHERE profile_id = ? AND transaction_id = ?",
                (payment.profile_id, payment.transaction_id),
            ).fetchone()
            values = (
                payment.record_id,
                payment.reference_id,
                payment.status,
                payment.amount_minor,
                payment.currency,
                payment.mode,
                to_text(payment.paid_at) if payment.paid_at else None,
                to_text(self._clock()),
                payment.profile_id,
                payment.transaction_id,
            )
            if row is None:
                conn.execute(
                    "INSERT INTO watch_payments (record_id, reference_id, status, amount_minor, "
                    "currency, mode, paid_at, seen_at, profile_id, transaction_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                return PaymentChange.NEW
            if row["status"] == payment.status and row["record_id"] == payment.record_id:
                return PaymentChange.SAME
            conn.execute(
                "UPDATE watch_payments SET record_id = ?, reference_id = ?, status = ?, "
                "amount_minor = ?, currency = ?, mode = ?, paid_at = ?, seen_at = ? "
                "WHERE profile_id = ? AND transaction_id = ?",
                values,
            )
            return (
                PaymentChange.STATUS_CHANGED
                if row["status"] != payment.status
                else PaymentChange.SAME
            )

    def paid_minor(self, record_id: int, currency: str) -> int:
        """What the payments in ``currency`` matched to this record paid (minor units)."""
        marks = ",".join("?" * len(PAID_STATUSES))
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT COALESCE(SUM(amount_minor), 0) AS paid FROM watch_payments "
                f"WHERE record_id = ? AND UPPER(currency) = ? AND status IN ({marks})",
                (record_id, currency.upper(), *PAID_STATUSES),
            ).fetchone()
        return int(row["paid"])

    def payments_of(self, record_id: int) -> list[SeenPayment]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM watch_payments WHERE record_id = ? ORDER BY paid_at, transaction_id",
                (record_id,),
            ).fetchall()
        return [
            SeenPayment(
                profile_id=row["profile_id"],
                transaction_id=row["transaction_id"],
                record_id=row["record_id"],
                reference_id=row["reference_id"],
                status=row["status"],
                amount_minor=row["amount_minor"],
                currency=row["currency"],
                mode=row["mode"],
                paid_at=from_text(row["paid_at"]) if row["paid_at"] else None,
            )
            for row in rows
        ]

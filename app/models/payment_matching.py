"""Payments read from the platform, tied to the records they pay and written to the store.

Run on the task runner's workers (no Qt object is touched): the watcher hands it a page of
`GET /Transaction/` or the payments a `GET /Invoice/{id}` showed, and gets back which rows
changed and which payments to announce.

A payment is tied to a record by its ``referenceId`` (Paydesk makes one per create and per
instance, so one created row carries it), else by its link: the documented ``pageUuid`` against
the hash of the record's link. Two rows with one reference (typed by hand) stay untied: the
watcher's own GET of each settles them.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from app.models.unknown_create import paylink_status, settle_from_payments
from app.store.records import Record, RecordKind, RecordState, RecordStore
from app.store.watch import PAID_STATUSES, PaymentChange, SeenPayment, WatchStore

if TYPE_CHECKING:
    from app.api.models import Transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PaidNotice:
    """A payment to announce: what was paid, for which row of which instance."""

    profile_id: str
    record_id: int
    title: str
    amount_minor: int | None
    currency: str
    kind: str


@dataclass
class MatchResult:
    changed: set[int] = field(default_factory=set)
    """Records whose row (state, status or paid amount) changed."""
    notices: list[PaidNotice] = field(default_factory=list)
    newest: datetime | None = None
    """The newest payment time read (the platform's clock): the watcher's next cursor."""
    rows: list[Record] = field(default_factory=list)
    """The changed records as they are now (`read_rows`), for the GUI thread."""

    def merge(self, other: MatchResult) -> None:
        self.changed |= other.changed
        self.notices.extend(other.notices)
        if other.newest is not None and (self.newest is None or other.newest > self.newest):
            self.newest = other.newest


class RecordIndex:
    """A profile's created rows by reference and by link hash."""

    def __init__(self, rows: Iterable[Record]) -> None:
        self.by_reference: dict[str, list[Record]] = defaultdict(list)
        self.by_hash: dict[str, list[Record]] = defaultdict(list)
        for row in rows:
            if row.state is not RecordState.CREATED:
                continue
            if row.reference_id:
                self.by_reference[row.reference_id].append(row)
            if row.hash:
                self.by_hash[row.hash].append(row)

    def find(self, payment: Transaction) -> Record | None:
        if payment.reference_id:
            found = self.by_reference.get(payment.reference_id, [])
            if len(found) == 1:
                return found[0]
        page = payment.raw.get("pageUuid") if isinstance(payment.raw, dict) else None
        if isinstance(page, str) and page:
            found = self.by_hash.get(page, [])
            if len(found) == 1:
                return found[0]
        return None


def apply_payments(
    records: RecordStore,
    watch: WatchStore,
    profile_id: str,
    payments: Iterable[Transaction],
    *,
    only: Record | None = None,
    announce: bool = True,
) -> MatchResult:
    """Store what ``payments`` say about the profile's records.

    ``only``: the payments are those of this record (read with its own GET). ``announce``:
    False on the very first look at an instance, which catches up on old payments silently.
    """
    payments = list(payments)
    result = MatchResult()
    for settled in settle_from_payments(records, profile_id, payments):
        result.changed.add(settled.id)
    index = None
    if only is None:
        pages = [p.raw.get("pageUuid") for p in payments if isinstance(p.raw, dict)]
        index = RecordIndex(
            records.created_matching(
                profile_id,
                (p.reference_id or "" for p in payments),
                (page for page in pages if isinstance(page, str)),
            )
        )
    for n, payment in enumerate(payments):
        if n % 10 == 9:
            time.sleep(0)  # let the GUI thread have the interpreter lock between payments
        if payment.time is not None and (result.newest is None or payment.time > result.newest):
            result.newest = payment.time
        if payment.id is None:
            continue
        record = only if only is not None else index.find(payment) if index else None
        status = (payment.status or "").lower()
        change = watch.record_payment(
            SeenPayment(
                profile_id=profile_id,
                transaction_id=payment.id,
                record_id=record.id if record else None,
                reference_id=payment.reference_id or "",
                status=status,
                amount_minor=payment.amount,
                currency=(payment.currency or (record.currency if record else "")).upper(),
                mode=(payment.mode or "").upper(),
                paid_at=payment.time,
            )
        )
        if record is None:
            continue
        current = records.get(record.id)
        if current is None:
            continue
        if change is not PaymentChange.SAME:
            result.changed.add(record.id)
        if current.kind is RecordKind.INVOICE and _raise_status(records, current, payment):
            result.changed.add(record.id)
        if announce and change is not PaymentChange.SAME and status in PAID_STATUSES:
            result.notices.append(notice_for(current, payment.amount, payment.currency))
    return result


def read_rows(records: RecordStore, result: MatchResult) -> MatchResult:
    """Read the changed rows (on the worker), so the GUI thread need not."""
    result.rows = [r for r in (records.get(i) for i in sorted(result.changed)) if r is not None]
    return result


def notice_for(record: Record, amount: int | None, currency: str | None) -> PaidNotice:
    return PaidNotice(
        profile_id=record.profile_id,
        record_id=record.id,
        title=record.title,
        amount_minor=amount if amount is not None else record.amount_minor,
        currency=(currency or record.currency).upper(),
        kind=record.kind.value,
    )


def _raise_status(records: RecordStore, record: Record, payment: Transaction) -> bool:
    """A paylink's status follows a successful payment; a paid one stays paid (a refund shows
    in the payments, not as a paylink status)."""
    status = paylink_status(payment)
    current = (record.remote_status or "").lower()
    if status is None or current in ("confirmed", status) or record.remote_deleted:
        return False
    return records.update_remote_status(record.id, status, seen=record.updated_at)

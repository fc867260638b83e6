"""The payment watcher: learns in the background what was paid, within the instance's budget.

One watcher follows the selected instance (the Demo too). Each poll:

1. the cheap way first: ``GET /Transaction/`` with ``filterDatetimeUtcGreaterThan`` = the cursor
   (the newest payment time read before, stored per profile, so a restart resumes there) minus
   a ten-minute overlap, in pages of ``page_size`` until a short page. Each payment is tied to
   its record (`payment_matching`): the row's status follows, a create in doubt whose reference
   shows up is settled, and a new payment is announced (`paid`);
2. then only the open rows nothing could tie a payment to get their own ``GET /Invoice/{id}``
   (or Page), oldest check first, each at most every ``recheck_after`` (a row whose reference
   is empty or shared every ``recheck_unmatchable``): the list cannot see a link deleted or
   paid by another way.

A poll starts every ``interval_shown`` seconds while the window is shown, every
``interval_hidden`` while it is hidden or minimised. Every call goes through one
`ThrottledPump` drawing on `ShareOfBudget`: the watcher's own bucket holds a tenth of the
profile's budget, and each call also takes a token from the profile's bucket. So the watcher
never uses more than a tenth, and History, Subscriptions and the watcher together stay inside
the budget (drawing only "when the profile bucket has > 90 %" would let History's refresh starve
the watcher, and a separate bucket alone would let the sum exceed the budget by a tenth).

A rate-limit answer pauses it (`ThrottledPump.back_off`, doubling from a minute to 15 minutes)
and the same call goes again afterwards; no connection (offline, sandbox stopped) ends the poll
and it waits for the next one (no tight retry). Everything is a GET: safe to repeat.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from app.api import invoices, pages, transactions
from app.api.errors import ConnectionFailedError, TimedOutError
from app.models.failure import describe
from app.models.history import is_refreshable
from app.models.payment_matching import MatchResult, apply_payments, notice_for, read_rows
from app.models.pump import ThrottledPump
from app.models.rate_budget import Clock, RateBudgets, ShareOfBudget, TokenBucket
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.models.unknown_create import CLOCK_SKEW
from app.store._time import utc_now
from app.store.records import Record, RecordKind, RecordState, RecordStore
from app.store.watch import WatchStore

log = logging.getLogger(__name__)

INTERVAL_SHOWN = 60.0
INTERVAL_HIDDEN = 300.0
BUDGET_SHARE = 10
"""The watcher uses at most 1/BUDGET_SHARE of the profile's request budget."""
PAGE_SIZE = 100
RECHECK_AFTER = timedelta(hours=6)
RECHECK_UNMATCHABLE = timedelta(minutes=15)
MAX_CHECKS_PER_POLL = 200
BACK_OFF_FIRST = 60.0
BACK_OFF_MAX = 900.0
HEARTBEAT_MS = 1000
EXPIRED_GRACE = timedelta(days=1)
"""A link expired longer ago than this takes no payment any more: not worth a GET."""

Item = tuple[str, int]  # ("list", offset) or ("check", record id)


class WatchStatus(StrEnum):
    IDLE = "idle"
    POLLING = "polling"
    BACKING_OFF = "backing off"
    OFFLINE = "offline"


@dataclass
class _PageResult:
    count: int
    match: MatchResult
    due: list[int] | None  # after the last page: the rows to GET, oldest check first


class PaymentWatcher(QObject):
    records_changed = Signal(object)  # list[int]; `object`: a list signal copies every item
    """Record ids whose row the watcher changed (the link panel follows)."""
    records_updated = Signal(object)  # list[Record]
    """The same rows as `Record`s read on the worker (History shows them without a query)."""
    paid = Signal(object)
    """A `PaidNotice`: a payment arrived for a row."""
    poll_finished = Signal()
    status_changed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        records: RecordStore,
        watch: WatchStore,
        parent: QObject | None = None,
        *,
        budgets: RateBudgets | None = None,
        clock: Clock = time.monotonic,
        now: Callable[[], datetime] = utc_now,
        shown: Callable[[], bool] = lambda: True,
        interval_shown: float = INTERVAL_SHOWN,
        interval_hidden: float = INTERVAL_HIDDEN,
        recheck_after: timedelta = RECHECK_AFTER,
        recheck_unmatchable: timedelta = RECHECK_UNMATCHABLE,
        page_size: int = PAGE_SIZE,
        heartbeat_ms: int = HEARTBEAT_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._records = records
        self._watch = watch
        self._budgets = budgets if budgets is not None else RateBudgets(clock=clock)
        self._clock = clock
        self._now = now
        self._shown = shown
        self.interval_shown = interval_shown
        self.interval_hidden = interval_hidden
        self._recheck_after = recheck_after
        self._recheck_unmatchable = recheck_unmatchable
        self._page_size = page_size
        self._session: ProfileSession | None = None
        self._handles: dict[Item, TaskHandle] = {}
        self._polling = False
        self._last_start: float | None = None
        self._base: datetime | None = None  # the cursor this poll started from (or the first look)
        self._newest: datetime | None = None  # the newest payment time this poll read
        self._announce = True
        self._back_off = 0.0
        self._status = WatchStatus.IDLE
        self.polls = 0
        self.pump: ThrottledPump[Item] = ThrottledPump(
            self._start_item, self.bucket, max_in_flight=2, clock=clock, parent=self
        )
        self.pump.drained.connect(self._end_poll)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(heartbeat_ms)
        self.heartbeat.timeout.connect(self.tick)

    # -- state ------------------------------------------------------------------------------------

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    @property
    def status(self) -> WatchStatus:
        return self._status

    @property
    def polling(self) -> bool:
        return self._polling

    def interval(self) -> float:
        return self.interval_shown if self._shown() else self.interval_hidden

    def bucket(self) -> TokenBucket | None:
        session = self._session
        if session is None:
            return None
        profile = session.profile
        own = self._budgets.for_profile(
            f"{profile.id}#watcher", max(1, profile.rate_budget // BUDGET_SHARE)
        )
        return ShareOfBudget(own, self._budgets.for_profile(profile.id, profile.rate_budget))

    # -- running ----------------------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        if session is self._session:
            return
        self._drop_poll()
        self._session = session
        self._last_start = None
        self._back_off = 0.0
        self._set_status(WatchStatus.IDLE)
        if session is None:
            self.heartbeat.stop()
            return
        self.heartbeat.start()
        self.tick()  # what was paid while Paydesk was closed, at once

    def tick(self) -> None:
        """Start a poll if one is due (the heartbeat calls this; tests call it after moving
        the clock)."""
        if self._session is None or self._polling:
            return
        if self._last_start is not None and self._clock() - self._last_start < self.interval():
            return
        self.poll_now()

    def poll_now(self) -> bool:
        """Start a poll now unless one runs. True if one was started."""
        session = self._session
        if session is None or self._polling:
            return False
        self._polling = True
        self._last_start = self._clock()
        self.polls += 1
        cursor = self._watch.cursor(session.profile_id)
        # The very first look catches up silently: those payments are not news.
        self._announce = cursor is not None
        self._base = cursor or self._first_since(session.profile_id)
        self._newest = None
        if self._status is not WatchStatus.BACKING_OFF:
            self._set_status(WatchStatus.POLLING)
        self.pump.push([("list", 0)])
        return True

    def _first_since(self, profile_id: str) -> datetime:
        """No cursor yet: from the oldest row that can still be paid or settled."""
        rows = [
            r
            for r in self._records.list(profile_id)
            if r.state is RecordState.UNKNOWN or is_refreshable(r)
        ]
        return min((r.created_at for r in rows), default=self._now())

    def _drop_poll(self) -> None:
        for handle in self._handles.values():
            handle.cancel()
        self._handles.clear()
        self.pump.clear()
        self.pump.forget_in_flight()
        self._polling = False

    def _start_item(self, item: Item) -> bool:
        session = self._session
        if session is None:
            return False
        kind, value = item
        announce = self._announce
        if kind == "list":
            base, newest = self._base, self._newest
            assert base is not None
            self._handles[item] = self._runner.run(
                lambda: self._read_page(session, value, base, newest, announce),
                on_success=lambda result: self._page_done(item, result),
                on_error=lambda exc: self._failed(item, exc),
                owner=self,
            )
            return True
        record = self._records.get(value)
        if record is None or not is_refreshable(record) or record.profile_id != session.profile_id:
            return False  # changed since it was queued
        self._handles[item] = self._runner.run(
            lambda: self._check(session, record, announce),
            on_success=lambda result: self._check_done(item, result),
            on_error=lambda exc: self._failed(item, exc),
            owner=self,
        )
        return True

    # -- on the workers ---------------------------------------------------------------------------

    def _read_page(
        self,
        session: ProfileSession,
        offset: int,
        base: datetime,
        newest: datetime | None,
        announce: bool,
    ) -> _PageResult:
        # The overlap: a payment the platform files a little late, or a clock a little off.
        found = transactions.list_transactions(
            session.client,
            since=base - CLOCK_SKEW,
            order="ASC",
            offset=offset,
            limit=self._page_size,
        )
        match = apply_payments(
            self._records, self._watch, session.profile_id, found, announce=announce
        )
        due = None
        if len(found) < self._page_size:  # the last page: the poll's list is complete
            cursor = max(t for t in (base, newest, match.newest) if t is not None)
            self._watch.set_cursor(session.profile_id, cursor)
            due = self._due_rows(session.profile_id, exclude=match.changed)
        return _PageResult(len(found), read_rows(self._records, match), due)

    def _due_rows(self, profile_id: str, exclude: set[int]) -> list[int]:
        now = self._now()
        today = now.date()
        rows = [r for r in self._records.still_open(profile_id) if _open(r, today)]
        references = Counter(r.reference_id for r in rows if r.reference_id)
        checked = self._watch.last_checked(r.id for r in rows)
        due: list[tuple[datetime, int]] = []
        for row in rows:
            if row.id in exclude:
                continue
            last = checked.get(row.id, row.updated_at)
            matchable = bool(row.reference_id) and references[row.reference_id] == 1
            every = self._recheck_after if matchable else self._recheck_unmatchable
            if now - last >= every:
                due.append((last, row.id))
        due.sort()
        return [record_id for _last, record_id in due[:MAX_CHECKS_PER_POLL]]

    def _check(self, session: ProfileSession, record: Record, announce: bool) -> MatchResult:
        assert record.remote_id is not None
        getter = invoices.get if record.kind is RecordKind.INVOICE else pages.get
        paylink = getter(session.client, record.remote_id)
        result = MatchResult()
        before = (record.remote_status or "").lower()
        status = paylink.status
        if (
            status
            and status.lower() != before
            and self._records.update_remote_status(record.id, status, seen=record.updated_at)
        ):
            result.changed.add(record.id)
        if "invoices" in paylink.raw:
            current = self._records.get(record.id) or record
            result.merge(
                apply_payments(
                    self._records,
                    self._watch,
                    session.profile_id,
                    paylink.transactions,
                    only=current,
                    announce=announce,
                )
            )
        elif announce and status == "confirmed" and before != "confirmed" and result.changed:
            # An answer without its payments: the status change is all there is to announce.
            result.notices.append(notice_for(record, record.amount_minor, record.currency))
        self._watch.mark_checked([record.id], self._now())
        return read_rows(self._records, result)

    # -- back on the GUI thread -------------------------------------------------------------------

    def _page_done(self, item: Item, result: _PageResult) -> None:
        self._handles.pop(item, None)
        self._succeeded()
        if result.match.newest is not None and (
            self._newest is None or result.match.newest > self._newest
        ):
            self._newest = result.match.newest
        self._report(result.match)
        if result.due is None:
            self.pump.push([("list", item[1] + self._page_size)], first=True)
        elif result.due:
            self.pump.push([("check", record_id) for record_id in result.due])
        self._finished(item)

    def _check_done(self, item: Item, result: MatchResult) -> None:
        self._handles.pop(item, None)
        self._succeeded()
        self._report(result)
        self._finished(item)

    def _succeeded(self) -> None:
        self._back_off = 0.0
        if self._status is WatchStatus.BACKING_OFF:
            self._set_status(WatchStatus.POLLING)

    def _failed(self, item: Item, error: BaseException) -> None:
        self._handles.pop(item, None)
        failure = describe(error, doing="the payment watcher")
        if failure.rate_limited:
            self._back_off = min(BACK_OFF_MAX, max(BACK_OFF_FIRST, self._back_off * 2))
            log.info("payment watcher: rate limited, pausing %.0f s", self._back_off)
            self._set_status(WatchStatus.BACKING_OFF)
            self.pump.back_off(self._back_off)
            self.pump.finished(item)
            self.pump.push([item], first=True)  # the same GET again, after the pause
            return
        if isinstance(error, ConnectionFailedError | TimedOutError):
            log.info("payment watcher: no connection (%s); waiting for the next poll", error)
            self._set_status(WatchStatus.OFFLINE)
            self.pump.clear()
            self._finished(item)
            return
        log.warning("payment watcher: %s failed: %s (%s)", item, failure.message, failure.detail)
        if item[0] == "check" and self._session is not None:
            # Not again at the front of the next poll: its turn comes after the others.
            self._watch.mark_checked([item[1]], self._now())
        if item[0] == "list":
            self.pump.clear()  # no cursor moved: the next poll reads the same again
        self._finished(item)

    def _finished(self, item: Item) -> None:
        self.pump.finished(item)
        if not self.pump.busy:
            self._end_poll()

    def _report(self, result: MatchResult) -> None:
        if result.changed:
            self.records_updated.emit(result.rows)
            self.records_changed.emit(sorted(result.changed))
        for notice in result.notices:
            self.paid.emit(notice)

    def _end_poll(self) -> None:
        if not self._polling:
            return
        self._polling = False
        if self._status is WatchStatus.POLLING:
            self._set_status(WatchStatus.IDLE)
        self.poll_finished.emit()

    def _set_status(self, status: WatchStatus) -> None:
        if status is not self._status:
            self._status = status
            self.status_changed.emit(status.value)


def _open(record: Record, today: date) -> bool:
    """Created, still able to change, and not expired long ago."""
    if not is_refreshable(record):
        return False
    expires = record.expires_on
    return expires is None or expires >= today - EXPIRED_GRACE

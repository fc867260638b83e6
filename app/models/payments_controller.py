"""The Payments tab's controller: loads every payment of the chosen days (``GET /Transaction/``,
paged) through the one throttled pump and the profile's request budget, and keeps the totals of
the last 30 days.

Pages are asked for in time order (ASC) up to a fixed end taken when the load starts, so a payment
arriving meanwhile cannot shift the pages (ids are de-duplicated all the same). The totals need
the last 30 days: when the chosen days cover them, one load serves both; otherwise a second load
of just those days runs beside it. A rate-limit answer pauses the pump for a minute and the same
page is asked again (a GET is safe to repeat); any other failure stops the load, keeps what
arrived, and `retry()` continues from the page that failed.

Every list of payments read also settles the creates in doubt that a payment's reference shows
were made (`unknown_create.settle_from_payments`), as everywhere the app reads transactions.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from datetime import time as day_time
from enum import StrEnum
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api import transactions as transactions_api
from app.api.errors import RateLimitedError
from app.api.models import Transaction
from app.models import payments_totals
from app.models.failure import describe
from app.models.payments_table import (
    EXPORT_HEADER,
    PaymentsFilterProxy,
    PaymentsTableModel,
    export_rows,
)
from app.models.payments_totals import Day, Totals
from app.models.pump import ThrottledPump
from app.models.rate_budget import Clock, RateBudgets, TokenBucket
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.models.spreadsheet import csv_delimiter, export_in_background, write_csv
from app.models.unknown_create import settle_from_payments
from app.store.records import RecordStore

log = logging.getLogger(__name__)

PAGE_SIZE = 100
DEFAULT_DAYS = 30
RATE_LIMIT_PAUSE_SECONDS = 60.0

LIST = "list"
RECENT = "recent"


class Phase(StrEnum):
    IDLE = "idle"
    LOADING = "loading"
    SLOWED = "slowed"  # the platform said "too many requests": continuing after a pause
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class PaymentsState:
    phase: Phase = Phase.IDLE
    loaded: int = 0
    """Payments of the chosen days in the list so far."""
    message: str = ""
    detail: str = ""
    as_of: datetime | None = None
    """The end of the loaded days (when the load started, for a range up to today)."""


@dataclass
class _Load:
    since: datetime
    until: datetime
    next_page: int = 0
    done: bool = False
    failed_page: int | None = None
    payments: dict[int, Transaction] = field(default_factory=dict)


class PaymentsController(QObject):
    state_changed = Signal(object)
    """`PaymentsState`"""
    totals_changed = Signal(object)
    """`Totals` of today, 7 and 30 days (only once the last 30 days are all in)."""
    export_finished = Signal(str, int)
    action_failed = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        records: RecordStore | None = None,
        parent: QObject | None = None,
        *,
        budgets: RateBudgets | None = None,
        page_size: int = PAGE_SIZE,
        clock: Clock = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._records = records
        self._budgets = budgets if budgets is not None else RateBudgets(clock=clock)
        self._page_size = page_size
        self._now = now
        self._tz = tz
        self.model = PaymentsTableModel(self)
        self.proxy = PaymentsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.pump: ThrottledPump[tuple[int, str, int]] = ThrottledPump(
            self._start_page, self._bucket, clock=clock, parent=self
        )
        self._session: ProfileSession | None = None
        self._gen = 0
        self._loads: dict[str, _Load] = {}
        self._handles: dict[tuple[int, str, int], TaskHandle] = {}
        today = self.today()
        self._first = today - timedelta(days=DEFAULT_DAYS - 1)
        self._last = today
        self._state = PaymentsState()
        self._totals: Totals | None = None
        self._recent: list[Transaction] = []

    # -- inputs ---------------------------------------------------------------------------------

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    def today(self) -> date:
        return self._now().astimezone(self._tz).date()

    @property
    def date_range(self) -> tuple[date, date]:
        return self._first, self._last

    def set_session(self, session: ProfileSession | None) -> None:
        if session is self._session and session is not None:
            return
        self._session = session
        self.refresh()

    def set_range(self, first: date, last: date) -> None:
        """Show the payments of the days ``first`` to ``last`` (both included)."""
        if last < first:
            first, last = last, first
        if (first, last) != (self._first, self._last):
            self._first, self._last = first, last
            self.refresh()

    def refresh(self) -> None:
        """Load the chosen days again (and the last 30 days for the totals)."""
        self._drop()
        self.model.set_payments([])
        self._recent = []
        if self._session is None:
            self._set_totals(None)
            self._set_state(PaymentsState())
            return
        now = self._now()
        since = self._midnight(self._first)
        until = min(self._midnight(self._last + timedelta(days=1)), now)
        recent_since = self._midnight(self.today() - timedelta(days=payments_totals.CHART_DAYS - 1))
        self._loads = {LIST: _Load(since, until)}
        if not (since <= recent_since and until >= now):
            self._loads[RECENT] = _Load(recent_since, now)
        self._set_state(PaymentsState(Phase.LOADING, as_of=until))
        self.pump.push([(self._gen, name, 0) for name in self._loads])

    def retry(self) -> None:
        """Continue a failed load from the page that failed."""
        if self._state.phase is not Phase.FAILED:
            self.refresh()
            return
        items = []
        for name, load in self._loads.items():
            if load.failed_page is not None:
                items.append((self._gen, name, load.failed_page))
                load.failed_page = None
        self._set_state(replace(self._state, phase=Phase.LOADING, message="", detail=""))
        self.pump.push(items)

    # -- outputs --------------------------------------------------------------------------------

    @property
    def state(self) -> PaymentsState:
        return self._state

    @property
    def totals(self) -> Totals | None:
        return self._totals

    def chart(self, currency: str) -> list[Day]:
        return payments_totals.daily(self._recent, self.today(), currency, self._tz)

    def chart_currency(self) -> str | None:
        if self._totals is None:
            return None
        preferred = self._session.profile.default_currency if self._session else None
        return payments_totals.chart_currency(self._totals, preferred)

    def export_csv(self, path: Path | str) -> int:
        """Write the payments as the list shows them (filters and sort applied)."""
        target = Path(path)
        rows = export_rows(self.proxy.shown())
        delimiter = csv_delimiter()

        def work() -> int:
            write_csv(target, EXPORT_HEADER, rows, delimiter=delimiter)
            return len(rows)

        export_in_background(
            self._runner,
            self,
            target,
            work,
            finished=self.export_finished.emit,
            failed=self.action_failed.emit,
            description=QCoreApplication.translate("Payments", "Exporting payments"),
        )
        return len(rows)

    # -- loading --------------------------------------------------------------------------------

    def _midnight(self, day: date) -> datetime:
        start = datetime.combine(day, day_time())
        return start.replace(tzinfo=self._tz) if self._tz is not None else start.astimezone()

    def _bucket(self) -> TokenBucket | None:
        if self._session is None:
            return None
        profile = self._session.profile
        return self._budgets.for_profile(profile.id, profile.rate_budget)

    def _drop(self) -> None:
        self._gen += 1
        for handle in self._handles.values():
            handle.cancel()
        self._handles.clear()
        self.pump.clear()
        self.pump.forget_in_flight()
        self._loads = {}

    def _start_page(self, item: tuple[int, str, int]) -> bool:
        gen, name, page = item
        load = self._loads.get(name)
        session = self._session
        if gen != self._gen or load is None or session is None:
            return False
        client, records, profile_id = session.client, self._records, session.profile_id
        since, until = load.since, load.until
        offset, limit = page * self._page_size, self._page_size

        def work() -> list[Transaction]:
            found = transactions_api.list_transactions(
                client, since=since, until=until, order="ASC", offset=offset, limit=limit
            )
            if records is not None:
                settle_from_payments(records, profile_id, found)
            return found

        self._handles[item] = self._runner.run(
            work,
            lambda found: self._page_loaded(item, found),
            lambda error: self._page_failed(item, error),
            owner=self,
            description=QCoreApplication.translate("Payments", "Loading payments (page %d)")
            % (page + 1),
        )
        return True

    def _page_loaded(self, item: tuple[int, str, int], found: list[Transaction]) -> None:
        if not shiboken6.isValid(self):
            return
        self._handles.pop(item, None)
        self.pump.finished(item)
        gen, name, page = item
        load = self._loads.get(name)
        if gen != self._gen or load is None:
            return
        new = [p for p in found if p.id is None or p.id not in load.payments]
        for payment in new:
            if payment.id is not None:
                load.payments[payment.id] = payment
        if name == LIST:
            self.model.append_payments(new)
        if len(found) < self._page_size:
            load.done = True
        else:
            self.pump.push([(gen, name, page + 1)])
        self._after_progress()

    def _page_failed(self, item: tuple[int, str, int], error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._handles.pop(item, None)
        self.pump.finished(item)
        gen, name, page = item
        load = self._loads.get(name)
        if gen != self._gen or load is None:
            return
        failure = describe(error, doing="loading payments")
        log.warning("payments page %d failed: %s", page + 1, failure.log_detail or failure.message)
        if isinstance(error, RateLimitedError):
            self.pump.back_off(RATE_LIMIT_PAUSE_SECONDS)
            self.pump.push([item], first=True)
            self._set_state(
                replace(
                    self._state,
                    phase=Phase.SLOWED,
                    message=QCoreApplication.translate(
                        "Payments",
                        "The platform asks Paydesk to slow down: loading goes on in a minute.",
                    ),
                    detail=failure.detail,
                )
            )
            return
        load.failed_page = page
        self._set_state(
            replace(
                self._state,
                phase=Phase.FAILED,
                message=failure.message,
                detail=failure.detail,
            )
        )

    def _after_progress(self) -> None:
        loaded = self.model.rowCount()
        if all(load.done for load in self._loads.values()):
            self._recent = self._recent_payments()
            self._set_totals(payments_totals.totals(self._recent, self.today(), self._tz))
            self._set_state(
                replace(self._state, phase=Phase.DONE, loaded=loaded, message="", detail="")
            )
            return
        if self._state.phase is Phase.FAILED:  # the other load goes on; the failure stays said
            self._set_state(replace(self._state, loaded=loaded))
        else:
            self._set_state(
                replace(self._state, phase=Phase.LOADING, loaded=loaded, message="", detail="")
            )

    def _recent_payments(self) -> list[Transaction]:
        source = self._loads.get(RECENT) or self._loads[LIST]
        return list(source.payments.values())

    def _set_totals(self, totals: Totals | None) -> None:
        self._totals = totals
        self.totals_changed.emit(totals)

    def _set_state(self, state: PaymentsState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

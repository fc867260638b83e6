"""History's controller: loads the local record into the table model and talks to the API for it.

* Status refresh: a GET per created row, visible rows first, at most `max_in_flight` at once and
  never faster than the profile's `rate_budget` (a `TokenBucket`). Each answer goes to the store
  (on the worker) and then to the row (on the GUI thread). A refresh started again replaces the
  queue; a session change drops everything still queued or in flight.
* Delete on the server: one DELETE, never retried; no answer means "may have been deleted".
* Payments: the transactions the GET shows for the paylink.
* Duplicate: hands the stored request parameters to whoever refills the form.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api import invoices, pages, transactions
from app.api.errors import (
    AuthenticationError,
    ConnectionFailedError,
    OutcomeUnknownError,
    RateLimitedError,
)
from app.api.models import Paylink, Transaction
from app.models.elsewhere_pages import ElsewherePages
from app.models.failure import describe
from app.models.history import Column, HistoryFilterProxy, HistoryTableModel, is_refreshable
from app.models.history_export import export_header, export_rows
from app.models.link_state import link_info_of
from app.models.messages import LinkInfo
from app.models.pump import ThrottledPump
from app.models.rate_budget import Clock, RateBudgets, TokenBucket
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.models.spreadsheet import csv_delimiter, export_in_background
from app.models.spreadsheet_xlsx import write_table
from app.models.unknown_create import settle_from_page_list, settle_from_payments
from app.store.records import Record, RecordKind, RecordState, RecordStore
from app.store.watch import WatchStore

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 2
# Errors after which every further GET of this refresh would fail the same way.
_STOP_REFRESH = (RateLimitedError, AuthenticationError, ConnectionFailedError)


class DeleteOutcome(StrEnum):
    DELETED = "deleted"
    FAILED = "failed"
    UNKNOWN = "unknown"  # sent, no answer: it may or may not be deleted


class HistoryController(QObject):
    """Owns History's model and proxy; every API call goes through the task runner."""

    # (kind "invoice"|"page", the stored request parameters) for the main window's form.
    duplicate_requested = Signal(str, dict)
    # True while a status refresh has rows queued or in flight.
    refresh_running = Signal(bool)
    # One sentence for the status bar: what a refresh, delete or payments call came to.
    message = Signal(str)
    # (record id, DeleteOutcome value, sentence for the user, raw detail)
    delete_finished = Signal(int, str, str, str)
    # (record id, list[Transaction])
    payments_ready = Signal(int, list)
    # (record id, sentence for the user, raw detail)
    payments_failed = Signal(int, str, str)
    # The session (or the all-profiles switch) changed: actions may be enabled differently.
    session_changed = Signal()
    settled = Signal(object)
    """[record id]: rows in doubt found created (their page is in the instance's page list)."""
    # (path written, rows) after `export`
    export_finished = Signal(str, int)
    # (sentence for the user, raw detail) when `export` could not write its file
    export_failed = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        records: RecordStore,
        parent: QObject | None = None,
        *,
        clock: Clock = time.monotonic,
        max_in_flight: int = MAX_IN_FLIGHT,
        budgets: RateBudgets | None = None,
        watch: WatchStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._records = records
        self._watch = watch  # the payments the watcher matched: a link's paid amount
        self.model = HistoryTableModel(self)
        self.proxy = HistoryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._session: ProfileSession | None = None
        self._all_profiles = False
        self._budgets = budgets if budgets is not None else RateBudgets(clock=clock)
        self._handles: dict[int, TaskHandle] = {}
        self._deleting: set[int] = set()
        self._failures: list[str] = []
        self._refreshed = 0
        self._running = False
        self._profile_names: dict[str, str] = {}

        # Starts the status GETs: the concurrency bound, the rate budget and its wake-up timer.
        self.pump: ThrottledPump[int] = ThrottledPump(
            self._start_refresh,
            self.bucket,
            max_in_flight=max(1, max_in_flight),
            clock=clock,
            parent=self,
        )
        # A wake-up may find every queued row changed meanwhile (skipped, nothing started).
        self.pump.timer.timeout.connect(self._finish_if_done)
        self.pump.drained.connect(self._finish_if_done)

        # The instance's payment pages this app did not create, merged into the rows.
        self.elsewhere = ElsewherePages(runner, self.bucket, self)
        self.elsewhere.changed.connect(self._pages_listed)
        self.elsewhere.failed.connect(self.message)

    # -- session and contents ---------------------------------------------------------------------

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    @property
    def read_only(self) -> bool:
        return self._session is None or self._session.read_only

    @property
    def all_profiles(self) -> bool:
        return self._all_profiles

    def set_session(self, session: ProfileSession | None) -> None:
        if session is self._session:
            return
        self.cancel_refresh()
        self._session = session
        self.elsewhere.set_session(session)
        self.reload()
        self.session_changed.emit()

    def set_all_profiles(self, enabled: bool) -> None:
        if enabled == self._all_profiles:
            return
        self._all_profiles = enabled
        self.reload()
        self.session_changed.emit()

    def set_profile_names(self, names: dict[str, str]) -> None:
        """Display names for the Instance column (profile id -> name)."""
        self._profile_names = dict(names)
        self.model.set_profile_names(names)

    def reload(self, *, new_texts: bool = False) -> None:
        """Read the rows again from the store (a profile switch, a batch, …); ``new_texts``:
        the UI language changed."""
        if self._all_profiles:
            rows = self._records.list(None)
        elif self._session is not None:
            rows = self._records.list(self._session.profile_id)
        else:
            rows = []
        if self._session is not None and self._shows_profile(self._session.profile_id):
            created = {r.remote_id for r in rows if r.kind is RecordKind.PAGE and r.remote_id}
            rows = sorted(
                [*rows, *self.elsewhere.rows(created)],
                key=lambda r: (r.created_at, r.id),
                reverse=True,
            )
        self.model.set_records(rows, new_texts=new_texts)

    def _pages_listed(self) -> None:
        """The instance's page list is in: a page this app sent without an answer that is in
        it settles its row first (`settle_from_page_list`, on a worker), so it never shows as
        a page created elsewhere, nor is offered to be created again."""
        session = self._session
        listed = self.elsewhere.pages()
        in_doubt = session is not None and any(
            r.kind is RecordKind.PAGE and r.state is RecordState.UNKNOWN
            for r in self.model.records()
            if r.profile_id == session.profile_id
        )
        if session is None or not in_doubt:
            self.reload()
            return
        records, profile_id = self._records, session.profile_id
        self._runner.run(
            lambda: settle_from_page_list(records, profile_id, listed),
            on_success=lambda settled: self._settled_by_page_list(settled),
            on_error=lambda error: self._settled_by_page_list([], error),
            owner=self,
        )

    def _settled_by_page_list(
        self, settled: list[Record], error: BaseException | None = None
    ) -> None:
        if error is not None:
            log.warning("settling rows from the page list failed", exc_info=error)
        self.reload()
        if settled:
            self.settled.emit([r.id for r in settled])

    def reload_record(self, record_id: int) -> Record | None:
        """Re-read one row from the store into the model (added on top if it is new and shown)."""
        if record_id < 0:  # a page created elsewhere: not in the store
            return self.model.record(record_id)
        record = self._records.get(record_id)
        if record is None:
            self.model.remove_record(record_id)
            return None
        if not self.model.update_record(record) and self._shows_profile(record.profile_id):
            self.model.insert_record(record, 0)
        return record

    def update_records(self, records: Iterable[Record]) -> None:
        """Rows the watcher changed, read on its worker: shown as they are now without asking
        the store again on the GUI thread (whose lock a worker's commit may hold)."""
        for record in records:
            if not self.model.update_record(record) and self._shows_profile(record.profile_id):
                self.model.insert_record(record, 0)

    def record(self, record_id: int) -> Record | None:
        return self.model.record(record_id) or self._records.get(record_id)

    def link_info(self, record_id: int) -> LinkInfo | None:
        """What the link panel shows for a row; None while the row has no link."""
        record = self.record(record_id)
        if record is None or not record.link:
            return None
        language = self._session.profile.default_language if self._session else "de"
        paid = self._watch.paid_minor(record.id, record.currency) if self._watch else 0
        return link_info_of(record, language, date.today(), paid)

    def _shows_profile(self, profile_id: str) -> bool:
        if self._all_profiles:
            return True
        return self._session is not None and self._session.profile_id == profile_id

    def _is_current(self, record: Record) -> bool:
        return self._session is not None and record.profile_id == self._session.profile_id

    # -- status refresh ---------------------------------------------------------------------------

    @property
    def refreshing(self) -> bool:
        return self._running

    @property
    def pending_count(self) -> int:
        """Rows queued for a refresh and not yet sent."""
        return self.pump.queued

    @property
    def in_flight_count(self) -> int:
        return len(self.pump.in_flight)

    def refreshable_ids(self) -> list[int]:
        """Rows of the current profile whose status can still change, in model order."""
        return [r.id for r in self.model.records() if self._is_current(r) and is_refreshable(r)]

    def refresh_statuses(self, visible_record_ids_first: Sequence[int] = ()) -> int:
        """Queue a GET for every refreshable row, the given (visible) ones first.

        Replaces what a previous refresh still had queued; rows already in flight are not sent
        twice. Returns how many rows were queued.
        """
        if self._session is None:
            return 0
        candidates = self.refreshable_ids()
        wanted = set(candidates)
        in_flight = self.pump.in_flight
        order = [
            record_id
            for record_id in dict.fromkeys([*visible_record_ids_first, *candidates])
            if record_id in wanted and record_id not in in_flight
        ]
        if not self._running:
            self._failures = []
            self._refreshed = 0
        self._set_running(bool(order or in_flight))
        self.pump.replace(order)
        self._finish_if_done()
        # After the rows' own reads: they have the first claim on the budget.
        self.elsewhere.refresh()
        return len(order)

    def cancel_refresh(self) -> None:
        """Forget the queue and drop the answers still to come."""
        for handle in self._handles.values():
            handle.cancel()
        self._handles.clear()
        self.pump.clear()
        self.pump.forget_in_flight()
        self._set_running(False)

    def bucket(self) -> TokenBucket | None:
        """The current profile's rate budget (shared by refresh, delete and payments)."""
        if self._session is None:
            return None
        profile = self._session.profile
        return self._budgets.for_profile(profile.id, profile.rate_budget)

    def _start_refresh(self, record_id: int) -> bool:
        """The pump's start: send the GET for one row, or False if it changed since it was
        queued (deleted, no longer refreshable, another profile's) and needs none."""
        session = self._session
        record = self.model.record(record_id)
        if (
            session is None
            or record is None
            or record_id in self._deleting
            or not is_refreshable(record)
            or not self._is_current(record)
        ):
            return False
        records = self._records
        remote_id = record.remote_id
        assert remote_id is not None
        getter = invoices.get if record.kind is RecordKind.INVOICE else pages.get

        # The row as it was when this GET was asked for: a delete, a payment or another
        # refresh that changed it meanwhile makes this answer late, and it is not stored.
        seen = record.updated_at

        def fetch() -> Paylink:
            paylink = getter(session.client, remote_id)
            if paylink.status:
                records.update_remote_status(record_id, paylink.status, seen=seen)
            return paylink

        self._handles[record_id] = self._runner.run(
            fetch,
            on_success=lambda _p: self._refresh_done(record_id, None),
            on_error=lambda exc: self._refresh_done(record_id, exc),
            owner=self,
            description=QCoreApplication.translate("HistoryController", "Refreshing status of “%s”")
            % record.title,
        )
        return True

    def _refresh_done(self, record_id: int, error: BaseException | None) -> None:
        self._handles.pop(record_id, None)
        if error is None:
            self._refreshed += 1
            self.model.set_note(record_id, None)
            self.reload_record(record_id)
        else:
            failure = describe(error, doing=f"the status refresh of record {record_id}")
            log.info("status refresh of record %d failed: %s", record_id, failure.log_detail)
            self._failures.append(failure.message)
            if not failure.unexpected:
                note = (
                    QCoreApplication.translate(
                        "HistoryController",
                        "Not found on the server: it may have been deleted there.",
                    )
                    if failure.not_found
                    else failure.message
                )
                self.model.set_note(record_id, note)
            if isinstance(error, _STOP_REFRESH):
                self.pump.clear()
        self.pump.finished(record_id)
        self._finish_if_done()

    def _finish_if_done(self) -> None:
        if not self._running or self.pump.busy:
            return
        if self._failures:
            self.message.emit(
                QCoreApplication.translate(
                    "HistoryController", "%d status(es) could not be refreshed: %s"
                )
                % (len(self._failures), self._failures[-1])
            )
        else:
            self.message.emit(
                QCoreApplication.translate(
                    "HistoryController", "Statuses are up to date (%d checked)."
                )
                % self._refreshed
            )
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.refresh_running.emit(running)

    # -- delete on the server ---------------------------------------------------------------------

    def can_delete(self, record_id: int) -> bool:
        """A paylink of the current, writable profile that exists on the server."""
        record = self.record(record_id)
        return (
            record is not None
            and not self.read_only
            and self._is_current(record)
            and record.kind is RecordKind.INVOICE
            and record.state is RecordState.CREATED
            and record.remote_id is not None
            and not record.remote_deleted
            and record_id not in self._deleting
        )

    def delete_remote(self, record_id: int) -> bool:
        """DELETE the paylink on the server (the view has asked the user). Sent once, never
        retried. False if the row cannot be deleted (see `can_delete`)."""
        session = self._session
        record = self.record(record_id)
        if session is None or record is None or not self.can_delete(record_id):
            return False
        remote_id = record.remote_id
        assert remote_id is not None
        records = self._records
        bucket = self.bucket()
        if bucket is not None:
            bucket.spend()

        def delete() -> None:
            invoices.delete(session.client, remote_id)
            records.mark_remote_deleted(record_id)

        self._deleting.add(record_id)  # still queued for a refresh: the pump skips it
        self._runner.run(
            delete,
            on_success=lambda _r: self._delete_done(record_id, None),
            on_error=lambda exc: self._delete_done(record_id, exc),
            owner=self,
            description=QCoreApplication.translate(
                "HistoryController", "Deleting “%s” on the server"
            )
            % record.title,
        )
        return True

    def _delete_done(self, record_id: int, error: BaseException | None) -> None:
        self._deleting.discard(record_id)
        record = self.reload_record(record_id)
        title = record.title if record else str(record_id)
        if error is None:
            outcome, text, detail = (
                DeleteOutcome.DELETED,
                QCoreApplication.translate("HistoryController", "“%s” was deleted.") % title,
                "",
            )
        elif isinstance(error, OutcomeUnknownError):
            outcome = DeleteOutcome.UNKNOWN
            text = (
                QCoreApplication.translate(
                    "HistoryController",
                    "No answer came back: “%s” may or may not have been deleted. Refresh its "
                    "status before trying again.",
                )
                % title
            )
            detail = error.detail or error.message
        else:
            failure = describe(error, doing=f"deleting record {record_id}")
            outcome, text, detail = DeleteOutcome.FAILED, failure.message, failure.detail
        self.delete_finished.emit(record_id, outcome.value, text, detail)
        self.message.emit(text)

    # -- payments ---------------------------------------------------------------------------------

    def can_show_payments(self, record_id: int) -> bool:
        """The row has an object on the server, of the instance shown."""
        record = self.record(record_id)
        return (
            self._session is not None
            and record is not None
            and self._is_current(record)
            and record.state is RecordState.CREATED
            and record.remote_id is not None
        )

    def payments(self, record_id: int) -> bool:
        """Fetch the payments made through a row's link; answers with `payments_ready` or
        `payments_failed`. False if the row has no object on the server."""
        session = self._session
        record = self.record(record_id)
        if session is None or record is None or not self.can_show_payments(record_id):
            return False
        remote_id = record.remote_id
        assert remote_id is not None
        getter = invoices.get if record.kind is RecordKind.INVOICE else pages.get
        records = self._records
        reference = record.reference_id
        seen = record.updated_at
        bucket = self.bucket()
        if bucket is not None:
            bucket.spend()

        def fetch() -> list[Transaction]:
            paylink = getter(session.client, remote_id)
            if paylink.status:
                records.update_remote_status(record_id, paylink.status, seen=seen)
            if "invoices" in paylink.raw:
                return list(paylink.transactions)
            # An answer without the payments list: fall back to the transactions that carry
            # this reference (referenceId is not unique, so this can include others).
            found = transactions.list_transactions(session.client, order="DESC", limit=100)
            # The same list shows which creates in doubt were made after all.
            settle_from_payments(records, session.profile_id, found)
            return [t for t in found if reference and t.reference_id == reference]

        self._runner.run(
            fetch,
            on_success=lambda found: self._payments_done(record_id, found),
            on_error=lambda exc: self._payments_failed(record_id, exc),
            owner=self,
            key=f"history-payments-{record_id}",
            description=QCoreApplication.translate("HistoryController", "Loading payments of “%s”")
            % record.title,
        )
        return True

    def _payments_done(self, record_id: int, found: list[Transaction]) -> None:
        self.reload_record(record_id)
        self.payments_ready.emit(record_id, found)

    def _payments_failed(self, record_id: int, error: BaseException) -> None:
        failure = describe(error, doing=f"loading the payments of record {record_id}")
        self.payments_failed.emit(record_id, failure.message, failure.detail)

    # -- export -----------------------------------------------------------------------------------

    def export(self, path: Path | str, columns: Sequence[Column]) -> int:
        """Write the rows the proxy shows, in its order, with ``columns`` and the link: .xlsx by
        the name, else CSV with the UI language's separator. The rows are taken now (the list
        may change while the file is written on a worker); returns how many.
        `export_finished` or `export_failed` follows."""
        target = Path(path)
        shown = [self.proxy.record_at(row) for row in range(self.proxy.rowCount())]
        chosen = [r for r in shown if r is not None]
        wanted = list(columns)
        header = export_header(wanted)
        names = dict(self._profile_names)
        delimiter = csv_delimiter()

        def work() -> int:
            write_table(target, header, export_rows(chosen, wanted, names), delimiter=delimiter)
            return len(chosen)

        export_in_background(
            self._runner,
            self,
            target,
            work,
            finished=self.export_finished.emit,
            failed=self.export_failed.emit,
            description=QCoreApplication.translate("HistoryController", "Exporting History"),
        )
        return len(chosen)

    # -- duplicate --------------------------------------------------------------------------------

    def duplicate(self, record_id: int) -> bool:
        record = self.record(record_id)
        if record is None:
            return False
        try:
            params: dict[str, Any] = record.params
        except ValueError:
            log.warning("record %d has unreadable parameters", record_id)
            params = {}
        self.duplicate_requested.emit(record.kind.value, params)
        return True


__all__ = ["DeleteOutcome", "HistoryController"]

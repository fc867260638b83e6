"""Many paylinks from a spreadsheet: read and check the file on a worker, let the user fix and
choose rows, then create them one by one through the instance's request budget.

Never twice, never lost (DESIGN.md "Following payments and writing many"):

* the batch and all its rows are written to the store before the first create goes out
  (`BatchStore.create`); each create's record is written, tied to its row in the same
  transaction, before its request leaves (`BatchStore.begin_row`);
* Resume, after Stop, a crash or a kill, sends only rows that have no record; a row that was
  sent is never sent again by the batch. A `sending` row left by a killed process is `unknown`
  at the next start and listed for the user to settle (`release` when it was not created);
* a "too many requests" answer is a refusal (nothing was created): that row goes back to "not
  sent", and the batch pauses for `rate_limit_pause` seconds before it goes on;
* an unknown outcome stays with its row; the batch goes on with the others, and stops after
  `MAX_UNKNOWN_IN_A_ROW` in a row (the platform or the network is in trouble).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api.errors import (
    AuthenticationError,
    ConnectionFailedError,
    OutcomeUnknownError,
    RateLimitedError,
)
from app.batch import results
from app.batch.mapping import Field, Mapping
from app.batch.reading import Detected, ReadError, Sheet, read_table
from app.batch.rows import ContentKey, RowCheck, check_cells, flag_rows
from app.models.batch_checking import Checked, SlicedCheck
from app.models.batch_table import BatchTableModel, Row, Summary
from app.models.failure import describe
from app.models.messages import mailto
from app.models.paylink_create import send_and_settle
from app.models.paylink_form import Kind, ValidForm
from app.models.pump import ThrottledPump
from app.models.rate_budget import RateBudgets, TokenBucket
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.store.batches import BatchRow, BatchStore
from app.store.records import Record, RecordState, RecordStore
from app.store.references import ReferenceCounter

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 2
MAX_UNKNOWN_IN_A_ROW = 3
RATE_LIMIT_PAUSE = 60.0
_STOPPING = (AuthenticationError, ConnectionFailedError)


@dataclass(frozen=True)
class Loaded:
    path: Path
    sheet: Sheet
    mapping: Mapping
    rows: list[Row]  # checked, made in the slices (`SlicedCheck`)
    summary: Summary  # of the rows, tallied as they were made
    created_references: set[str]
    created_content: set[ContentKey]


@dataclass(frozen=True)
class _Read:
    """What the worker read (the file, what the store knows); the rows are checked next."""

    path: Path
    sheet: Sheet
    mapping: Mapping
    overrides: dict[int, dict[Field, str]]
    currency: str
    today: date
    created_references: set[str]
    created_content: set[ContentKey]


def detected_text(detected: Detected) -> str:
    """ "CSV, UTF-8, separated by semicolons" / "Excel workbook, sheet “Members”"."""
    if detected.kind == "xlsx":
        return (
            QCoreApplication.translate("BatchController", "Excel workbook, sheet “%s”")
            % detected.sheet
        )
    separator = {
        ";": QCoreApplication.translate("BatchController", "separated by semicolons"),
        ",": QCoreApplication.translate("BatchController", "separated by commas"),
        "\t": QCoreApplication.translate("BatchController", "separated by tabs"),
    }[detected.delimiter]
    return QCoreApplication.translate("BatchController", "CSV, %s, %s") % (
        detected.encoding,
        separator,
    )


class BatchController(QObject):
    loaded = Signal(str)  # what the file was detected as
    load_failed = Signal(str)
    # Totals, counts or inclusion changed (the view updates its summary and buttons).
    summary_changed = Signal()
    # (done, total, seconds left or -1)
    progress = Signal(int, int, float)
    running_changed = Signal(bool)
    # One sentence for the status line (paused, stopped, finished, a failure).
    message = Signal(str)
    finished = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        records: RecordStore,
        batches: BatchStore,
        references: ReferenceCounter,
        budgets: RateBudgets,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] = date.today,
        rate_limit_pause: float = RATE_LIMIT_PAUSE,
        max_in_flight: int = MAX_IN_FLIGHT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._records = records
        self._batches = batches
        self._references = references
        self._budgets = budgets
        self._today = today
        self._clock = clock
        self.rate_limit_pause = rate_limit_pause
        self.model = BatchTableModel(self)
        self.model.on_edit = self.edit_cell
        self.model.on_include = self.set_included
        self._summary: Summary | None = None
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._rows_changed)
        self._session: ProfileSession | None = None
        self._loaded: Loaded | None = None
        self._overrides: dict[int, dict[Field, str]] = {}
        self._created_refs: set[str] = set()
        self._created_content: set[ContentKey] = set()
        self._checking: SlicedCheck | None = None
        self._checking_read: _Read | None = None
        self.batch_id: int | None = None
        self._by_number: dict[int, int] = {}  # batch row number -> model row
        self.pump: ThrottledPump[int] = ThrottledPump(
            self._start_row, self._bucket, max_in_flight=max_in_flight, parent=self
        )
        self.pump.drained.connect(self._drained)
        self._running = False
        self._unknown_in_a_row = 0
        self._started_at = 0.0
        self._done_since_start = 0
        self._load_key = f"batch-load-{id(self)}"

    # -- session --------------------------------------------------------------------------------

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    def set_session(self, session: ProfileSession | None) -> None:
        if session is self._session:
            return
        if self._running:
            self.stop()
        self._session = session
        self._cancel_checking()
        self.batch_id = None
        self._loaded = None
        self.model.clear()
        self.summary_changed.emit()

    def _bucket(self) -> TokenBucket | None:
        if self._session is None:
            return None
        profile = self._session.profile
        return self._budgets.for_profile(profile.id, profile.rate_budget)

    # -- loading --------------------------------------------------------------------------------

    def load(self, path: Path | str) -> bool:
        """Read and check ``path`` on a worker; `loaded` or `load_failed` answers."""
        session = self._session
        if session is None or self._running:
            return False
        path = Path(path)
        profile = session.profile
        batches, today = self._batches, self._today()

        def work() -> _Read:
            sheet = read_table(path)
            mapping = Mapping.for_header(sheet.header, batches.mapping(profile.id))
            return self._read(path, sheet, mapping, {}, profile.id, profile.default_currency, today)

        self._cancel_checking()
        self._runner.run(
            work,
            self._check,
            self._on_load_failed,
            owner=self,
            key=self._load_key,
            description=QCoreApplication.translate("BatchController", "Reading %s") % path.name,
        )
        return True

    def _read(
        self,
        path: Path,
        sheet: Sheet,
        mapping: Mapping,
        overrides: dict[int, dict[Field, str]],
        profile_id: str,
        currency: str,
        today: date,
    ) -> _Read:
        """On the worker: what the store knows of this instance's creates."""
        created_refs = self._batches.created_references(profile_id)
        created_content = {
            (r.title.casefold(), r.amount_minor, r.currency, r.customer.casefold())
            for r in self._records.list(profile_id)
            if r.state is not RecordState.FAILED
        }
        return _Read(
            path, sheet, mapping, overrides, currency, today, created_refs, created_content
        )

    def _check(self, read: _Read) -> None:
        """On the GUI thread, in slices (`SlicedCheck`): then `_on_loaded`."""
        self._cancel_checking()
        checking = SlicedCheck(
            read.sheet.rows,
            read.sheet.numbers,
            read.mapping,
            read.today,
            read.currency,
            created_references=read.created_references,
            created_content=read.created_content,
            overrides=read.overrides,
            parent=self,
        )
        checking.done.connect(self._checked)  # a bound method: no cycle through a lambda
        self._checking, self._checking_read = checking, read
        checking.start()

    def _checked(self, checked: Checked) -> None:
        read = self._checking_read
        if read is None:
            return
        self._checking_read = None
        self._on_loaded(
            Loaded(
                read.path,
                read.sheet,
                read.mapping,
                checked.rows,
                checked.summary,
                read.created_references,
                read.created_content,
            )
        )

    def _cancel_checking(self) -> None:
        if self._checking is not None:
            self._checking.cancel()
            self._checking.deleteLater()
            self._checking = None
        self._checking_read = None

    @property
    def checking(self) -> bool:
        """A file's rows are being checked (`loaded` follows)."""
        return self._checking is not None and self._checking.running

    def _on_loaded(self, loaded: Loaded) -> None:
        first = self._loaded is None or self._loaded.path != loaded.path
        self._loaded = loaded
        self._created_refs = loaded.created_references
        self._created_content = loaded.created_content
        if first:
            self._overrides = {}
        self.batch_id = None
        self._by_number = {}
        self.model.set_editable(True)
        self.model.set_rows(loaded.rows)
        self._summary = loaded.summary  # the reset dropped it; it was tallied in the slices
        self.loaded.emit(detected_text(loaded.sheet.detected))
        self.summary_changed.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        if isinstance(error, ReadError):
            self.load_failed.emit(str(error.sentence))
        else:
            self.load_failed.emit(describe(error, doing="reading a spreadsheet").message)

    @property
    def header(self) -> list[str]:
        return list(self._loaded.sheet.header) if self._loaded else []

    @property
    def mapping(self) -> Mapping | None:
        return self._loaded.mapping if self._loaded else None

    def set_mapping(self, mapping: Mapping) -> bool:
        """Check every row again with another mapping (on a worker), and remember it."""
        loaded, session = self._loaded, self._session
        if loaded is None or session is None or self._running or self.batch_id is not None:
            return False
        profile = session.profile
        self._batches.remember_mapping(profile.id, mapping.to_json(loaded.sheet.header))
        overrides, today = dict(self._overrides), self._today()
        self._cancel_checking()
        self._runner.run(
            lambda: self._read(
                loaded.path,
                loaded.sheet,
                mapping,
                overrides,
                profile.id,
                profile.default_currency,
                today,
            ),
            self._check,
            self._on_load_failed,
            owner=self,
            key=self._load_key,
            description=QCoreApplication.translate("BatchController", "Checking %s")
            % loaded.path.name,
        )
        return True

    # -- fixing ---------------------------------------------------------------------------------

    def edit_cell(self, index: int, name: Field, value: str) -> None:
        """A cell fixed in place: the row is checked again (and the flags of all rows, since a
        reference may now repeat or no longer)."""
        if self._session is None or self.batch_id is not None or index >= len(self.model.rows()):
            return
        row = self.model.row_at(index)
        self._overrides.setdefault(row.check.index, {})[name] = value
        cells = {**row.check.cells, name: value}
        flagged_before = [bool(r.check.flags) for r in self.model.rows()]
        row.check = check_cells(
            row.check.index,
            row.check.line,
            cells,
            self._today(),
            self._session.profile.default_currency,
        )
        flag_rows([r.check for r in self.model.rows()], self._created_refs, self._created_content)
        for other, before in zip(self.model.rows(), flagged_before, strict=True):
            if other.check.flags and not before:
                other.included = False  # it now repeats a reference: left out, as on loading
        row.included = row.check.valid and not row.check.flags
        self.model.all_changed()
        self.summary_changed.emit()

    def set_included(self, index: int, included: bool) -> None:
        row = self.model.row_at(index)
        row.included = included and row.check.valid
        self.model.row_changed(index)
        self.summary_changed.emit()

    def included_rows(self) -> list[Row]:
        return [r for r in self.model.rows() if r.included and r.check.valid]

    def summary(self) -> Summary:
        """Counts and totals of the rows, made in one pass and kept until a row changes (the
        window asks at every update; 10,000 rows took it 10 ms a time)."""
        if self._summary is None:
            self._summary = Summary.of(self.model.rows())
        return self._summary

    def _rows_changed(self, *_: object) -> None:
        self._summary = None

    def counts(self) -> tuple[int, int, int]:
        """(rows to create, rows with problems, rows flagged as already there or repeated)."""
        s = self.summary()
        return s.to_create, s.bad, s.flagged

    def totals(self) -> dict[str, int]:
        """Minor units per currency of the rows to create."""
        return dict(self.summary().totals)

    # -- creating -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def can_create(self) -> bool:
        session = self._session
        return (
            session is not None
            and not session.read_only
            and self.batch_id is None
            and not self.checking
            and self.summary().to_create > 0
        )

    def create(self) -> bool:
        """Write the batch (every chosen row) to the store, then start sending. The view has
        asked the user (one confirmation naming the count and the totals)."""
        session = self._session
        if session is None or not self.can_create():
            return False
        profile = session.profile
        chosen = self.included_rows()
        planned: list[tuple[int, dict[str, Any]]] = []
        for row in chosen:
            form = row.check.form
            assert form is not None
            if not form.reference:
                # The same reference on every attempt of this row: a resumed row is recognised.
                reference = self._references.take(profile.id, profile.reference_prefix)
                form = ValidForm(
                    {**form.params, "referenceId": reference},
                    form.amount_minor,
                    form.currency,
                    form.title,
                    reference,
                    form.customer,
                )
                row.check.form = form
                row.check.cells[Field.REFERENCE] = reference
            else:
                self._references.claim(profile.id, profile.reference_prefix, form.reference)
            planned.append((row.check.index, _to_json(row.check, form)))
        source = self._loaded.path.name if self._loaded else ""
        self.batch_id = self._batches.create(profile.id, source, planned)
        self.model.set_editable(False)
        for row in self.model.rows():
            row.sent = row in chosen
        self._by_number = {r.check.index: i for i, r in enumerate(self.model.rows()) if r.sent}
        self.model.all_changed()
        log.info("batch %d: %d rows to create", self.batch_id, len(planned))
        return self.resume()

    def open_batch(self, batch_id: int) -> bool:
        """Show a batch from the store (an unfinished one after a restart), ready to Resume."""
        if self._session is None or self._running:
            return False
        info = self._batches.info(batch_id)
        if info is None or info.profile_id != self._session.profile_id:
            return False
        stored = self._batches.rows(batch_id)
        self._loaded = None
        self.batch_id = batch_id
        self.model.set_editable(False)
        self.model.clear()
        rows = [_from_stored(s) for s in stored]
        self._by_number = {s.row_number: i for i, s in enumerate(stored)}
        self.model.append(rows)
        self.summary_changed.emit()
        self._emit_progress()
        return True

    def unfinished_batches(self) -> list[tuple[int, str, int, int]]:
        """(id, file name, rows, rows not sent yet) of this profile's unfinished batches."""
        if self._session is None:
            return []
        return [
            (b.id, b.source, b.rows, b.unsent)
            for b in self._batches.unfinished(self._session.profile_id)
        ]

    def resume(self) -> bool:
        """Send the rows of the batch that were never sent; nothing else."""
        session = self._session
        if session is None or session.read_only or self.batch_id is None:
            return False
        unsent = [s.row_number for s in self._batches.rows(self.batch_id) if not s.sent]
        if not unsent:
            self._emit_progress()
            return False
        self._unknown_in_a_row = 0
        self._started_at = self._clock()
        self._done_since_start = 0
        self._set_running(True)
        self.pump.push(unsent)
        self._emit_progress()
        return True

    def stop(self) -> None:
        """Send nothing more; creates already on their way are settled as they answer."""
        self.pump.clear()
        if not self.pump.busy:
            self._set_running(False)
        self.message.emit(
            QCoreApplication.translate(
                "BatchController", "Stopped. Resume sends the rows not sent yet."
            )
        )
        self._emit_progress()

    def _start_row(self, number: int) -> bool:
        session, batch_id = self._session, self.batch_id
        if session is None or batch_id is None:
            return False
        stored = self._batches.row(batch_id, number)
        if stored is None or stored.sent:
            return False
        form = _form_of(stored.form)
        records = self._records
        record_id = self._batches.begin_row(
            batch_id,
            number,
            lambda also: records.begin(
                session.profile_id,
                "invoice",
                form.title,
                form.reference,
                form.amount_minor,
                form.currency,
                form.customer,
                form.params,
                also=also,
            ),
        )
        if record_id is None:
            return False
        self._refresh_row(number)
        client = session.client

        def work() -> Record:
            return send_and_settle(client, Kind.INVOICE, records, record_id, form.params)

        # No owner: a create must be settled even if the window closes meanwhile.
        self._runner.run(
            work,
            lambda _r: self._row_done(batch_id, number, record_id, None),
            lambda exc: self._row_done(batch_id, number, record_id, exc),
            description=QCoreApplication.translate("BatchController", "Creating paylink “%s”")
            % form.title,
        )
        return True

    def _row_done(
        self, batch_id: int, number: int, record_id: int, error: BaseException | None
    ) -> None:
        if batch_id != self.batch_id:
            self.pump.finished(number)
            return
        again = False
        if error is None:
            self._unknown_in_a_row = 0
            self._done_since_start += 1
        elif isinstance(error, RateLimitedError):
            # Refused outright: nothing was created, so the row may go again, after a pause.
            again = self._batches.release_refused(batch_id, number, record_id)
            self.pump.back_off(self.rate_limit_pause)
            self.message.emit(
                QCoreApplication.translate(
                    "BatchController",
                    "The platform asked to slow down: the batch goes on in %d seconds.",
                )
                % round(self.rate_limit_pause)
            )
        elif isinstance(error, OutcomeUnknownError):
            self._unknown_in_a_row += 1
            self._done_since_start += 1
            if self._unknown_in_a_row >= MAX_UNKNOWN_IN_A_ROW:
                self.pump.clear()
                self.message.emit(
                    QCoreApplication.translate(
                        "BatchController",
                        "Stopped: %d creates in a row got no clear answer. Check them, then "
                        "Resume.",
                    )
                    % self._unknown_in_a_row
                )
        else:
            self._done_since_start += 1
            failure = describe(error, doing="a batch create")
            if isinstance(error, _STOPPING) or failure.unexpected:
                self.pump.clear()
                self.message.emit(
                    QCoreApplication.translate("BatchController", "Stopped: %s") % failure.message
                )
        self._refresh_row(number)
        self.pump.finished(number, again=again and self._running)
        self._emit_progress()

    def _drained(self) -> None:
        self._set_running(False)
        if self.batch_id is None:
            return
        stored = self._batches.rows(self.batch_id)
        if all(s.sent for s in stored):
            created = sum(1 for s in stored if s.record and s.record.state is RecordState.CREATED)
            unknown = sum(1 for s in stored if s.record and s.record.state is RecordState.UNKNOWN)
            text = QCoreApplication.translate(
                "BatchController", "Batch finished: %d of %d created."
            ) % (created, len(stored))
            if unknown:
                text += (
                    " "
                    + QCoreApplication.translate(
                        "BatchController",
                        "%d may have been created: check them in the dashboard, then settle them "
                        "here; they are never sent again by themselves.",
                    )
                    % unknown
                )
            self.message.emit(text)
        self._emit_progress()
        self.finished.emit()

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.running_changed.emit(running)

    def _refresh_row(self, number: int) -> None:
        index = self._by_number.get(number)
        if index is None or self.batch_id is None:
            return
        stored = self._batches.row(self.batch_id, number)
        if stored is None:
            return
        row = self.model.row_at(index)
        row.record = stored.record
        self.model.row_changed(index)

    def _emit_progress(self) -> None:
        rows = [r for r in self.model.rows() if r.sent]
        done = sum(
            1 for r in rows if r.record is not None and r.record.state is not RecordState.SENDING
        )
        total = len(rows)
        left = -1.0
        remaining = total - done
        if self._running and remaining and self._done_since_start:
            per_row = (self._clock() - self._started_at) / self._done_since_start
            bucket = self._bucket()
            if bucket is not None:
                per_row = max(per_row, 1.0 / bucket.per_second)
            left = per_row * remaining
        elif self._running and remaining:
            bucket = self._bucket()
            left = remaining / bucket.per_second if bucket is not None else -1.0
        self.progress.emit(done, total, left if remaining else 0.0)

    # -- settling -------------------------------------------------------------------------------

    def unknown_rows(self) -> list[int]:
        """Model rows whose create may have happened (never sent again by themselves)."""
        return [
            i
            for i, r in enumerate(self.model.rows())
            if r.record is not None and r.record.state is RecordState.UNKNOWN
        ]

    def release(self, index: int) -> bool:
        """The user checked a row in doubt: it was not created. It is sent with the next
        Resume (the user's own choice), never before."""
        if self.batch_id is None:
            return False
        row = self.model.row_at(index)
        if not self._batches.release(self.batch_id, row.check.index):
            return False
        self._refresh_row(row.check.index)
        self._emit_progress()
        return True

    # -- results --------------------------------------------------------------------------------

    def language_of(self, row: Row) -> str:
        default = self._session.profile.default_language if self._session else "de"
        return row.check.language or default

    def message_for(self, row: Row) -> str:
        record = row.record
        if record is None or not record.link:
            return ""
        return results.message(
            record.title, record.amount_minor, record.currency, record.link, self.language_of(row)
        )

    def mailto_for(self, row: Row) -> str | None:
        email = row.check.cells.get(Field.EMAIL, "").strip()
        record = row.record
        if not email or record is None or not record.link:
            return None
        return mailto(email, record.title, self.message_for(row))

    def export_header(self) -> list[str]:
        from app.models.batch_table import Column, header_text

        return [
            QCoreApplication.translate("BatchController", "Line"),
            *(header_text(c) for c in Column if c not in (Column.STATE, Column.LINK)),
            header_text(Column.STATE),
            header_text(Column.LINK),
            QCoreApplication.translate("BatchController", "Message"),
        ]

    def export_rows(self) -> list[list[str]]:
        from app.models.batch_table import FIELD_OF, Column, state_text

        fields = [FIELD_OF[c] for c in Column if c in FIELD_OF]
        out: list[list[str]] = []
        for row in self.model.rows():
            cells = [str(row.check.line), *(row.check.cells.get(f, "") for f in fields)]
            link = row.record.link if row.record is not None and row.record.link else ""
            out.append([*cells, state_text(row), link, self.message_for(row)])
        return out

    def export(
        self, path: Path, on_done: Callable[[BaseException | None], None], *, delimiter: str
    ) -> None:
        """CSV (``delimiter``) or .xlsx (by extension) of every row with its state and link,
        written on a worker."""
        from app.models.spreadsheet_xlsx import write_table

        header, rows = self.export_header(), self.export_rows()
        self._runner.run(
            lambda: write_table(path, header, rows, delimiter=delimiter),
            lambda _r: on_done(None),
            on_done,
            owner=self,
            description=QCoreApplication.translate("BatchController", "Saving %s")
            % Path(path).name,
        )

    def save_qr_codes(self, folder: Path, on_done: Callable[[int | BaseException], None]) -> None:
        """A PNG per created row, named after its reference or customer (ASCII)."""
        made = [r for r in self.model.rows() if r.record is not None and r.record.link]
        stems = [
            r.check.cells.get(Field.REFERENCE, "")
            or " ".join(
                p
                for p in (
                    r.check.cells.get(Field.FORENAME, ""),
                    r.check.cells.get(Field.SURNAME, ""),
                )
                if p
            )
            or r.check.cells.get(Field.COMPANY, "")
            or r.check.cells.get(Field.TITLE, "")
            for r in made
        ]
        jobs = [
            (name, r.record.link)
            for name, r in zip(results.qr_names(stems), made, strict=True)
            if r.record
        ]

        def work() -> int:
            from app.views.qr import qr_png

            for name, link in jobs:
                (Path(folder) / name).write_bytes(qr_png(link or ""))
            return len(jobs)

        self._runner.run(
            work,
            on_done,
            on_done,
            owner=self,
            description=QCoreApplication.translate("BatchController", "Saving QR codes"),
        )


def _to_json(check: RowCheck, form: ValidForm) -> dict[str, Any]:
    return {
        "line": check.line,
        "cells": {k.value: v for k, v in check.cells.items()},
        "language": check.language,
        "params": form.params,
        "amount_minor": form.amount_minor,
        "currency": form.currency,
        "title": form.title,
        "reference": form.reference,
        "customer": form.customer,
    }


def _form_of(data: dict[str, Any]) -> ValidForm:
    return ValidForm(
        dict(data["params"]),
        int(data["amount_minor"]),
        str(data["currency"]),
        str(data["title"]),
        str(data["reference"]),
        str(data["customer"]),
    )


def _from_stored(stored: BatchRow) -> Row:
    data = stored.form
    cells = {
        Field(k): str(v) for k, v in data.get("cells", {}).items() if k in Field._value2member_map_
    }
    check = RowCheck(stored.row_number, int(data.get("line", stored.row_number + 2)), cells)
    check.form = _form_of(data)
    check.language = str(data.get("language", ""))
    return Row(check, included=True, record=stored.record, sent=True)


__all__ = ["BatchController", "detected_text"]

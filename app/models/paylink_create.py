"""Creating a paylink (Invoice) or a payment page (Page): record first, send once, settle.

The local row is written (``sending``) on the GUI thread before the request goes out, and settled
inside the worker, so the outcome is recorded even when the form was closed meanwhile. A second
submit while one is in flight is refused: nothing is ever sent twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api.errors import ApiError, OutcomeUnknownError
from app.api.money import from_minor
from app.i18n import QT_TRANSLATE_NOOP
from app.models.paylink_form import FormValues, Kind, ValidForm, validate
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.store.records import Record, RecordStore
from app.store.references import ReferenceCounter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CreateFailure:
    """What the form shows after a failed create: the sentence, the raw detail, and whether the
    object may exist after all (sent, no answer)."""

    message: str
    detail: str
    outcome_unknown: bool


class PaylinkCreator(QObject):
    """One per form. Validates, asks for confirmation when needed, creates, reports."""

    busy_changed = Signal(bool)
    created = Signal(object)  # Record
    failed = Signal(object)  # CreateFailure

    def __init__(
        self,
        kind: Kind,
        runner: TaskRunner,
        records: RecordStore,
        references: ReferenceCounter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._runner = runner
        self._records = records
        self._references = references
        self._session: ProfileSession | None = None
        self._handle: TaskHandle | None = None
        self._confirmed_once = False

    # -- state ----------------------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        self._session = session
        self._confirmed_once = False

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    @property
    def busy(self) -> bool:
        return self._handle is not None and self._handle.pending

    def suggested_reference(self) -> str:
        if self._session is None:
            return ""
        profile = self._session.profile
        return self._references.peek(profile.id, profile.reference_prefix)

    def check(self, values: FormValues, today: date) -> tuple[dict[str, str], ValidForm | None]:
        return validate(values, self.kind, today)

    def needs_confirmation(self, form: ValidForm) -> bool:
        """Before the first create of a session, and above the profile's threshold."""
        if not self._confirmed_once:
            return True
        threshold = self._session.profile.confirm_above if self._session else None
        return threshold is not None and from_minor(form.amount_minor, form.currency) > threshold

    # -- creating -------------------------------------------------------------------------------

    def submit(self, form: ValidForm, *, confirmed: bool) -> bool:
        """Send the create. False (and nothing sent) when busy, read-only, or unconfirmed."""
        session = self._session
        if self.busy or session is None or session.read_only:
            return False
        if self.needs_confirmation(form) and not confirmed:
            return False
        self._confirmed_once = True
        profile = session.profile
        if form.reference:
            self._references.claim(profile.id, profile.reference_prefix, form.reference)
        record_id = self._records.begin(
            profile.id,
            self.kind.value,
            form.title,
            form.reference,
            form.amount_minor,
            form.currency,
            form.customer,
            form.params,
        )
        client = session.client
        kind = self.kind
        records = self._records

        def work() -> Record:
            # The calls (and their response models) load on the first create, not at start-up.
            from app.api import invoices, pages

            call = invoices.create if kind is Kind.INVOICE else pages.create
            try:
                paylink = call(client, form.params)
            except OutcomeUnknownError as exc:
                records.settle_unknown(record_id, exc.detail or exc.message)
                raise
            except ApiError as exc:
                records.settle_failed(record_id, exc.message)
                raise
            except BaseException as exc:
                records.settle_failed(record_id, f"{type(exc).__name__}: {exc}")
                raise
            if paylink.id is None:
                records.settle_unknown(record_id, "The answer had no id.")
                raise OutcomeUnknownError(
                    QT_TRANSLATE_NOOP(
                        "ApiErrors",
                        "The platform answered without the new object's id: check the dashboard "
                        "before creating it again.",
                    ),
                    detail="The answer had no id.",
                )
            records.settle_created(
                record_id, paylink.id, paylink.hash, paylink.link, paylink.status
            )
            record = records.get(record_id)
            assert record is not None
            return record

        what = (
            QCoreApplication.translate("PaylinkCreator", "Creating paylink “%s”")
            if self.kind is Kind.INVOICE
            else QCoreApplication.translate("PaylinkCreator", "Creating payment page “%s”")
        )
        # No owner: a create must be sent and settled even if the form closes while it waits
        # for a free thread; the callbacks check that the form is still there.
        self._handle = self._runner.run(
            work,
            self._on_created,
            self._on_failed,
            description=what % form.title,
        )
        self.busy_changed.emit(True)
        return True

    def _on_created(self, record: Record) -> None:
        if not shiboken6.isValid(self):
            return
        self._handle = None
        self.busy_changed.emit(False)
        self.created.emit(record)

    def _on_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._handle = None
        self.busy_changed.emit(False)
        if isinstance(error, ApiError):
            failure = CreateFailure(
                _with_unknown_hint(error)
                if isinstance(error, OutcomeUnknownError)
                else error.message,
                error.detail,
                isinstance(error, OutcomeUnknownError),
            )
        else:
            log.error("create failed unexpectedly", exc_info=error)
            failure = CreateFailure(
                QCoreApplication.translate(
                    "PaylinkCreator", "Something unexpected went wrong; the details are in the log."
                ),
                f"{type(error).__name__}: {error}",
                False,
            )
        self.failed.emit(failure)


def _with_unknown_hint(error: OutcomeUnknownError) -> str:
    return QCoreApplication.translate(
        "PaylinkCreator",
        "%s It may have been created: look in History or the dashboard before creating it again.",
    ) % (error.message,)

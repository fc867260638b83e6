"""Creating a paylink (Invoice) or a payment page (Page): record first, send once, settle.

The local row is written (``sending``) on the GUI thread before the request goes out, and settled
inside the worker, so the outcome is recorded even when the form was closed meanwhile. A second
submit while one is in flight is refused: nothing is ever sent twice.

A create whose outcome is `unknown` (sent, no clear answer) blocks the next create of this form
(`pending`) until the user says what happened: it was not created (`create_again`: marked so,
then exactly one new create), it was created (`confirm_created`: checked with one GET by id), or
a payment with its reference shows it exists (`search_payments`). Leaving it open changes
nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api.errors import ApiError, NotFoundError, OutcomeUnknownError
from app.api.money import AmountError, from_minor, to_minor
from app.models import unknown_create
from app.models.failure import describe
from app.models.locale_format import ui_amount
from app.models.paylink_form import FormValues, Kind, ValidForm, parse_amount, validate
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.store.drafts import DraftStore
from app.store.records import InvalidTransition, Record, RecordState, RecordStore
from app.store.references import ReferenceCounter

if TYPE_CHECKING:
    from app.api.client import ApiClient

log = logging.getLogger(__name__)


def send_and_settle(
    client: ApiClient, kind: Kind, records: RecordStore, record_id: int, params: Mapping[str, Any]
) -> Record:
    """Send the create of a row already recorded as `sending`, once, and settle the row by what
    came back: created (with its id and link), failed (a clear rejection), or unknown (anything
    else: it may exist). Runs on a worker; re-raises the error for the caller to show."""
    # The calls (and their response models) load on the first create, not at start-up.
    from app.api import invoices, pages

    call = invoices.create if kind is Kind.INVOICE else pages.create
    try:
        paylink = call(client, params)
    except OutcomeUnknownError as exc:
        records.settle_unknown(record_id, exc.detail or exc.message)
        raise
    except ApiError as exc:
        records.settle_failed(record_id, exc.message)
        raise
    except BaseException as exc:
        # Not the API's answer: nobody can tell whether the request went out.
        records.settle_unknown(record_id, f"{type(exc).__name__}: {exc}")
        raise
    # `create` refuses an answer without a readable id (unknown, above).
    assert paylink.id is not None
    records.settle_created(record_id, paylink.id, paylink.hash, paylink.link, paylink.status)
    record = records.get(record_id)
    assert record is not None
    return record


class DraftLoad(NamedTuple):
    """What restoring a form's draft found: its values (None: no draft), and whether a saved
    draft could not be restored and was dropped (the window says so once)."""

    values: FormValues | None
    dropped: bool = False


class PaylinkCreator(QObject):
    """One per form. Validates, asks for confirmation when needed, creates, reports."""

    busy_changed = Signal(bool)
    created = Signal(object)  # Record
    failed = Signal(object)  # Failure (app.models.failure)
    # The create in doubt that blocks this form appeared, changed or was settled.
    pending_changed = Signal()
    # A check of the create in doubt has finished: (settled, one sentence for the user).
    check_finished = Signal(bool, str)

    def __init__(
        self,
        kind: Kind,
        runner: TaskRunner,
        records: RecordStore,
        references: ReferenceCounter,
        parent: QObject | None = None,
        *,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._drafts = drafts  # None: what is typed is not kept (a benchmark's form)
        self._runner = runner
        self._records = records
        self._references = references
        self._session: ProfileSession | None = None
        self._handle: TaskHandle | None = None
        self._check: TaskHandle | None = None
        self._confirmed_once = False
        self._pending: Record | None = None
        self._focus: int | None = None  # the create in doubt the user chose to settle first

    # -- state ----------------------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        self._session = session
        self._confirmed_once = False
        self._focus = None
        if self._check is not None:
            self._check.cancel()
            self._check = None
        self.refresh_pending()

    @property
    def pending(self) -> Record | None:
        """The create in doubt (`unknown`) of this profile and form, newest first: while there is
        one, `submit` sends nothing."""
        return self._pending

    @property
    def checking(self) -> bool:
        return self._check is not None and self._check.pending

    def refresh_pending(self) -> None:
        """Read the create in doubt again (History, a payment or another form may have settled
        it)."""
        session = self._session
        pending = self._focused()
        if pending is None and session is not None:
            pending = self._records.unresolved(session.profile_id, self.kind.value)
        if pending != self._pending:
            self._pending = pending
            self.pending_changed.emit()

    def focus_pending(self, record_id: int) -> bool:
        """Settle this create in doubt next (Needs attention chose it), rather than the newest:
        it stays `pending` while it is in doubt. False if it is not one of this form's."""
        self._focus = record_id
        self.refresh_pending()
        return self._pending is not None and self._pending.id == record_id

    def _focused(self) -> Record | None:
        session, focus = self._session, self._focus
        if focus is None or session is None:
            return None
        record = self._records.get(focus)
        if (
            record is None
            or record.state is not RecordState.UNKNOWN
            or record.profile_id != session.profile_id
            or record.kind.value != self.kind.value
        ):
            self._focus = None
            return None
        return record

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

    def defaults(self) -> FormValues:
        """A fresh form: the profile's currency and VAT rate, and (paylinks) the next reference."""
        session = self._session
        if session is None:
            return FormValues()
        profile = session.profile
        return FormValues(
            currency=profile.default_currency,
            vat_rate=format(profile.default_vat_rate, "f") if profile.default_vat_rate else "",
            reference=self.suggested_reference() if self.kind is Kind.INVOICE else "",
        )

    def default_currency(self) -> str:
        session = self._session
        return session.profile.default_currency if session is not None else "CHF"

    @staticmethod
    def tidy_amount(text: str, currency: str) -> str | None:
        """``text`` as the UI locale writes the amount ("1234,5" -> "1'234.50"); None when it
        is not a positive amount (the inline error explains it, the text stays as typed)."""
        try:
            minor = to_minor(parse_amount(text), currency)
        except AmountError:
            return None
        return ui_amount(minor, currency) if minor > 0 else None

    def with_fresh_reference(self, values: FormValues) -> FormValues:
        """``values`` refilled from elsewhere (History's duplicate): a paylink gets the next
        reference, never the copied one."""
        if self.kind is Kind.INVOICE and self._session is not None:
            values.reference = self.suggested_reference()
        return values

    # -- drafts: what is typed survives a restart or a crash ---------------------------------------

    def load_draft(self) -> DraftLoad:
        """This form's draft for the session's profile. A draft that cannot be restored is
        dropped: restoring it again at every start would fail at every start."""
        session, drafts = self._session, self._drafts
        if session is None or drafts is None:
            return DraftLoad(None)
        try:
            draft = drafts.load(session.profile_id, self.kind.value)
            return DraftLoad(FormValues.from_dict(draft) if draft else None)
        except Exception:
            log.warning(
                "the %s draft could not be restored; dropped", self.kind.value, exc_info=True
            )
            drafts.clear(session.profile_id, self.kind.value)
            return DraftLoad(None, dropped=True)

    def save_draft(self, values: FormValues) -> None:
        session, drafts = self._session, self._drafts
        if session is not None and drafts is not None:
            drafts.save(session.profile_id, self.kind.value, values.to_dict())

    def clear_draft(self) -> None:
        session, drafts = self._session, self._drafts
        if session is not None and drafts is not None:
            drafts.clear(session.profile_id, self.kind.value)

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
        if self.busy or session is None or session.read_only or self._pending is not None:
            return False
        if self.needs_confirmation(form) and not confirmed:
            return False
        self._confirmed_once = True
        self._send(session, form)
        return True

    def _send(self, session: ProfileSession, form: ValidForm) -> None:
        profile = session.profile
        client = session.client
        kind = self.kind
        records = self._records
        references = self._references

        def work() -> Record:
            # Recorded before it is sent, here on the worker: the row is an fsync, which the
            # window must not wait for. Killed before this line, nothing was sent either.
            if form.reference:
                references.claim(profile.id, profile.reference_prefix, form.reference)
            record_id = records.begin(
                profile.id,
                kind.value,
                form.title,
                form.reference,
                form.amount_minor,
                form.currency,
                form.customer,
                form.params,
            )
            return send_and_settle(client, kind, records, record_id, form.params)

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

    # -- settling a create in doubt -------------------------------------------------------------

    def create_again(self) -> bool:
        """ "It was not created: create it now". The row in doubt is marked not created, then
        exactly one new create of what it sent goes out (the user's choice is the confirmation).
        False (nothing sent) when there is nothing in doubt or a create or check is running."""
        session, record = self._session, self._pending
        if record is None or session is None or session.read_only or self.busy or self.checking:
            return False
        try:
            self._records.abandon(record.id)
        except (InvalidTransition, LookupError):
            self.refresh_pending()  # settled meanwhile (a payment, another window)
            return False
        self._pending = None  # the new create's own outcome decides what blocks next
        self.pending_changed.emit()
        self._send(
            session,
            ValidForm(
                params=record.params,
                amount_minor=record.amount_minor,
                currency=record.currency,
                title=record.title,
                reference=record.reference_id,
                customer=record.customer,
            ),
        )
        return True

    def confirm_created(self, text: str) -> bool:
        """ "It was created: here is its id". One GET by id; if the object is the one that was
        sent, the row settles to `created` with its link (`created` is emitted). The answer
        comes as `check_finished`. False (nothing sent) when the text holds no id."""
        session, record = self._session, self._pending
        if record is None or session is None or self.checking:
            return False
        remote_id = unknown_create.parse_remote_id(text)
        if remote_id is None:
            sentence = (
                QCoreApplication.translate(
                    "UnknownCreate",
                    "That is the payment link; Paydesk needs the number (id) the dashboard shows "
                    "for it.",
                )
                if unknown_create.is_payment_link(text)
                else QCoreApplication.translate(
                    "UnknownCreate", "Enter the number (id) the dashboard shows for it."
                )
            )
            self.check_finished.emit(False, sentence)
            return False
        client, records, record_id = session.client, self._records, record.id
        kind = self.kind

        def work() -> tuple[Record | None, str]:
            from app.api import invoices, pages

            getter = invoices.get if kind is Kind.INVOICE else pages.get
            found = getter(client, remote_id)
            wrong = unknown_create.mismatch(record, found)
            if wrong is not None:
                return None, wrong
            records.settle_created(
                record_id, found.id or remote_id, found.hash, found.link, found.status
            )
            return records.get(record_id), ""

        self._check = self._runner.run(
            work,
            self._checked,
            self._check_failed,
            owner=self,
            description=QCoreApplication.translate("UnknownCreate", "Checking number %s")
            % remote_id,
        )
        return True

    def search_payments(self) -> bool:
        """Look for a payment carrying the row's reference (one GET /Transaction/ since the row
        was sent). Found: the row settles to `created`; either way `check_finished` says what
        came of it. False (nothing sent) when the row has no reference."""
        session, record = self._session, self._pending
        if record is None or session is None or self.checking or not record.reference_id:
            return False
        client, records = session.client, self._records

        def work() -> tuple[Record | None, str]:
            from app.api import transactions

            found = transactions.list_transactions(
                client, since=record.created_at - unknown_create.CLOCK_SKEW, limit=100
            )
            settled = unknown_create.settle_from_payments(records, record.profile_id, found)
            mine = next((r for r in settled if r.id == record.id), None)
            if mine is not None:
                return mine, ""
            return None, QCoreApplication.translate(
                "UnknownCreate",
                "No payment with reference %s so far. That does not mean it was not created: a "
                "paylink shows up in the payments only once someone has paid it.",
            ) % (record.reference_id,)

        self._check = self._runner.run(
            work,
            self._checked,
            self._check_failed,
            owner=self,
            description=QCoreApplication.translate(
                "UnknownCreate", "Looking for payments with reference %s"
            )
            % record.reference_id,
        )
        return True

    def _checked(self, result: tuple[Record | None, str]) -> None:
        self._check = None
        record, sentence = result
        self.refresh_pending()
        if record is None:
            self.check_finished.emit(False, sentence)
            return
        self.check_finished.emit(
            True,
            QCoreApplication.translate("UnknownCreate", "“%s” was created: it is settled.")
            % record.title,
        )
        self.created.emit(record)

    def _check_failed(self, error: BaseException) -> None:
        self._check = None
        self.refresh_pending()
        if isinstance(error, NotFoundError):
            sentence = QCoreApplication.translate(
                "UnknownCreate", "There is no object with that number on this instance."
            )
        elif isinstance(error, ApiError):
            sentence = error.message
        else:
            log.error("checking a create in doubt failed", exc_info=error)
            sentence = QCoreApplication.translate(
                "PaylinkCreator", "Something unexpected went wrong; the details are in the log."
            )
        self.check_finished.emit(False, sentence)

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
        if isinstance(error, OutcomeUnknownError):
            self.refresh_pending()  # blocks the next create before the form can offer it
        self.busy_changed.emit(False)
        failure = describe(error, doing="a create")
        if failure.outcome_unknown:
            failure = replace(failure, message=_with_unknown_hint(failure.message))
        self.failed.emit(failure)


def _with_unknown_hint(message: str) -> str:
    return QCoreApplication.translate(
        "PaylinkCreator",
        "%s It may have been created: look in History or the dashboard before creating it again.",
    ) % (message,)

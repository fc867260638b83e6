"""A create in doubt: recorded `unknown`, never sent again by a second press, settled only by
the user's choice in one dialog (or by a payment carrying its reference).

Ten ways for a create to end in doubt, all against the sandbox: four where no usable answer
came back at all, and six where the platform created the paylink and then answered badly.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from app.models.paylink_form import Kind
from app.models.session import ProfileSession
from app.sandbox import Fault, Sandbox
from app.store.database import Database
from app.store.records import NOT_CREATED_NOTE, Record, RecordState, RecordStore
from app.views.paylink_form import PaylinkFormView
from app.views.unknown_create_dialog import UnknownCreateDialog

from .conftest import FormFactory, Questions
from .test_invoice_form import fill

TIMEOUT_MS = 15_000
TITLE = "Beratung Maerz"

# (fault, set_fault arguments). The session reads for 3 s: LATENCY and HANG outlast it.
AMBIGUOUS: dict[str, tuple[Fault, dict[str, Any]]] = {
    # The platform is slow: the client gives up, then the create happens.
    "read-timeout": (Fault.LATENCY, {"seconds": 4}),
    # The create happens, the answer never comes.
    "hang": (Fault.HANG, {"seconds": 4}),
    "dropped-connection": (Fault.DROP_CONNECTION, {}),
    "truncated-json": (Fault.TRUNCATED_JSON, {}),
}
BADLY_ANSWERED: dict[str, tuple[Fault, dict[str, Any]]] = {
    "502-json": (Fault.WRITTEN_SERVER_ERROR, {"status": 502}),
    "504-html": (Fault.WRITTEN_HTML, {"status": 504}),
    "empty-200": (Fault.WRITTEN_EMPTY, {}),
    "data-empty": (Fault.WRITTEN_NO_DATA, {}),
    "id-text": (Fault.WRITTEN_GARBLED, {"fields": {"id": "x-17"}}),
    "id-list": (Fault.WRITTEN_GARBLED, {"fields": {"id": [17]}}),
}
ALL_KINDS = {**AMBIGUOUS, **BADLY_ANSWERED}


def on_server(sandbox: Sandbox, title: str = TITLE) -> list[Any]:
    with sandbox.state.lock:
        return [inv for inv in sandbox.state.invoices.values() if inv.values["title"] == title]


def create_in_doubt(
    qtbot: QtBot, form: PaylinkFormView, sandbox: Sandbox, fault: Fault, extra: dict[str, Any]
) -> None:
    sandbox.set_fault(fault, object="Invoice", method="POST", times=1, **extra)
    fill(qtbot, form, title=TITLE)
    with qtbot.waitSignal(form.creator.failed, timeout=TIMEOUT_MS) as failed:
        form.request_create()
    assert failed.args[0].outcome_unknown
    qtbot.waitUntil(lambda: len(on_server(sandbox)) == 1, timeout=TIMEOUT_MS)


def only_record(db: Database) -> Record:
    [record] = RecordStore(db).list("demo")
    return record


@pytest.fixture
def form(make_form: FormFactory, session: ProfileSession, questions: Questions) -> PaylinkFormView:
    return make_form(Kind.INVOICE, session)


def open_dialog(qtbot: QtBot, form: PaylinkFormView) -> UnknownCreateDialog:
    qtbot.mouseClick(form.resolve_button, Qt.MouseButton.LeftButton)
    dialog = form.unknown_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("kind", list(ALL_KINDS), ids=list(ALL_KINDS))
def test_a_create_in_doubt_is_unknown_and_a_second_press_sends_nothing(
    qtbot: QtBot, form: PaylinkFormView, sandbox: Sandbox, db: Database, kind: str
) -> None:
    fault, extra = ALL_KINDS[kind]
    create_in_doubt(qtbot, form, sandbox, fault, extra)
    record = only_record(db)
    assert record.state is RecordState.UNKNOWN  # never "failed"
    assert "It may have been created" in form.error_message()
    assert len(on_server(sandbox)) == 1  # and it was created
    # Create is refused, with the reason shown, by mouse and by Ctrl+Enter.
    assert not form.create_button.isEnabled()
    assert form.reason_label.text() == (
        f"“{TITLE}” may have been created: say what happened before creating again."
    )
    assert form.resolve_button.isVisible()
    form.create_button.click()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.creator.submit(form._valid, confirmed=True) is False  # type: ignore[arg-type]
    # Ctrl+Enter asks instead of sending.
    assert form.unknown_dialog is not None and form.unknown_dialog.isVisible()
    form.unknown_dialog.reject()
    assert sandbox.count("POST", "Invoice") == 1
    assert len(on_server(sandbox)) == 1


def test_the_dialog_says_what_is_known(
    qtbot: QtBot, form: PaylinkFormView, sandbox: Sandbox, db: Database
) -> None:
    create_in_doubt(qtbot, form, sandbox, Fault.WRITTEN_HTML, {})
    dialog = open_dialog(qtbot, form)
    known = dialog.known_label.text()
    reference = only_record(db).reference_id
    assert known.startswith(f"Paylink “{TITLE}” for CHF 1,234.50 (reference {reference}) was sent")
    assert "cannot tell whether it was created" in known


def test_leave_it_open_sends_nothing_and_keeps_create_blocked(
    qtbot: QtBot, form: PaylinkFormView, sandbox: Sandbox, db: Database
) -> None:
    create_in_doubt(qtbot, form, sandbox, Fault.WRITTEN_HTML, {})
    before = len(sandbox.requests)
    dialog = open_dialog(qtbot, form)
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.unknown_dialog is None or not form.unknown_dialog.isVisible())
    assert len(sandbox.requests) == before
    assert only_record(db).state is RecordState.UNKNOWN
    assert not form.create_button.isEnabled()


def test_not_created_create_it_now_sends_exactly_one_create(
    qtbot: QtBot, form: PaylinkFormView, sandbox: Sandbox, db: Database
) -> None:
    # The sandbox refused with a 503 (nothing was created): the user checked and says so.
    sandbox.set_fault(Fault.SERVER_ERROR, object="Invoice", method="POST", times=1, status=503)
    fill(qtbot, form, title=TITLE)
    with qtbot.waitSignal(form.creator.failed, timeout=TIMEOUT_MS):
        form.request_create()
    assert on_server(sandbox) == []
    dialog = open_dialog(qtbot, form)
    with qtbot.waitSignal(form.link_created, timeout=TIMEOUT_MS) as created:
        qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert form.creator.create_again() is False  # asked again: nothing is in doubt any more
    assert sandbox.count("POST", "Invoice") == 2  # the one in doubt and exactly one new one
    assert len(on_server(sandbox)) == 1
    old, new = sorted(RecordStore(db).list("demo"), key=lambda r: r.id)
    assert (old.state, old.error) == (RecordState.FAILED, NOT_CREATED_NOTE)
    assert new.state is RecordState.CREATED and created.args[0].id == new.id
    assert (new.params, new.reference_id) == (old.params, old.reference_id)
    assert form.create_button.isEnabled() or form._valid is None  # no longer blocked
    assert form.creator.pending is None


def test_it_was_created_checks_the_id_with_one_get_and_settles_with_the_link(
    qtbot: QtBot, form: PaylinkFormView, sandbox: Sandbox, db: Database
) -> None:
    create_in_doubt(qtbot, form, sandbox, Fault.WRITTEN_EMPTY, {})
    [made] = on_server(sandbox)
    dialog = open_dialog(qtbot, form)
    gets = sandbox.count("GET", "Invoice")
    qtbot.keyClicks(dialog.id_edit, f"https://demo.example/cadmin/invoices/edit/{made.id}/")
    with qtbot.waitSignal(form.link_created, timeout=TIMEOUT_MS) as created:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert sandbox.count("GET", "Invoice") == gets + 1
    record = only_record(db)
    assert (record.state, record.remote_id) == (RecordState.CREATED, made.id)
    assert record.link and made.hash in record.link
    assert created.args[0].id == record.id
    assert sandbox.count("POST", "Invoice") == 1
    assert form.creator.pending is None and not form.resolve_button.isVisible()


@pytest.mark.parametrize(
    ("typed", "sends", "answer"),
    [
        ("abc", False, "Enter the number (id) the dashboard shows for it."),
        ("²", False, "Enter the number (id) the dashboard shows for it."),
        ("https://demo.example/?payment=ab12", False, "That is the payment link"),
        ("999999", True, "There is no object with that number on this instance."),
        ("SEED", True, "so it is not this one: check the id."),
    ],
)
def test_a_wrong_id_is_refused_and_the_row_stays_open(
    qtbot: QtBot,
    form: PaylinkFormView,
    sandbox: Sandbox,
    db: Database,
    typed: str,
    sends: bool,
    answer: str,
) -> None:
    create_in_doubt(qtbot, form, sandbox, Fault.WRITTEN_NO_DATA, {})
    if typed == "SEED":  # another paylink that exists: not this one
        with sandbox.state.lock:
            typed = str(min(sandbox.state.invoices))
    dialog = open_dialog(qtbot, form)
    before = len(sandbox.requests)
    qtbot.keyClicks(dialog.id_edit, typed)
    with qtbot.waitSignal(form.creator.check_finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert answer in dialog.result_text()
    assert len(sandbox.requests) == before + (1 if sends else 0)
    assert only_record(db).state is RecordState.UNKNOWN
    assert dialog.isVisible()


def test_a_payment_with_the_reference_settles_it(
    qtbot: QtBot, form: PaylinkFormView, sandbox: Sandbox, db: Database
) -> None:
    create_in_doubt(qtbot, form, sandbox, Fault.DROP_CONNECTION, {})
    dialog = open_dialog(qtbot, form)
    # Nothing paid yet: the search says so, and that it proves nothing.
    with qtbot.waitSignal(form.creator.check_finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    reference = only_record(db).reference_id
    assert dialog.result_text().startswith(f"No payment with reference {reference} so far.")
    assert only_record(db).state is RecordState.UNKNOWN
    # The customer pays the link they received: the next search settles the row.
    [made] = on_server(sandbox)
    sandbox.pay(made.hash)
    with qtbot.waitSignal(form.creator.check_finished, timeout=TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is True
    assert sandbox.count("GET", "Transaction") == 2
    record = only_record(db)
    assert (record.state, record.remote_status) == (RecordState.CREATED, "confirmed")
    assert sandbox.count("POST", "Invoice") == 1
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_open_the_dashboard_opens_the_instance_and_sends_nothing(
    qtbot: QtBot, form: PaylinkFormView, sandbox: Sandbox
) -> None:
    opened: list[QUrl] = []
    form.url_opener = lambda url: opened.append(url) or True
    create_in_doubt(qtbot, form, sandbox, Fault.WRITTEN_HTML, {})
    before = len(sandbox.requests)
    dialog = open_dialog(qtbot, form)
    qtbot.mouseClick(dialog.dashboard_button, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened] == [sandbox.base_url + "/"]
    assert len(sandbox.requests) == before


def test_a_new_form_for_the_profile_is_blocked_too(
    qtbot: QtBot,
    form: PaylinkFormView,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
) -> None:
    # The doubt lives in the store, not in the widget: a restart or a second window sees it.
    create_in_doubt(qtbot, form, sandbox, Fault.WRITTEN_HTML, {})
    second = make_form(Kind.INVOICE, session)
    fill(qtbot, second, title="Something else")
    assert second.creator.pending is not None
    assert not second.create_button.isEnabled()
    second.request_create()
    assert sandbox.count("POST", "Invoice") == 1
    assert second.unknown_dialog is not None
    second.unknown_dialog.reject()
    # The payment-page form is not blocked by a paylink in doubt.
    page = make_form(Kind.PAGE, session)
    assert page.creator.pending is None

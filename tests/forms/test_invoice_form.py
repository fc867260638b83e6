"""The invoice and payment-page forms, driven by keyboard and mouse against the sandbox."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.paylink_form import Kind
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.sandbox import Fault, Sandbox
from app.store.database import Database
from app.store.records import RecordState, RecordStore
from app.views.paylink_form import PaylinkFormView
from tests.conftest import Drain

from .conftest import FormFactory, Questions


def fill(
    qtbot: QtBot, form: PaylinkFormView, title: str = "Beratung Maerz", amount: str = "1'234.50"
) -> None:
    form.title_edit.setFocus()
    qtbot.keyClicks(form.title_edit, title)
    qtbot.keyClicks(form.amount_edit, amount)


def wait_idle(qtbot: QtBot, form: PaylinkFormView) -> None:
    qtbot.waitUntil(lambda: not form.creator.busy, timeout=10_000)


def test_create_by_keyboard_sends_one_invoice_and_records_it(
    ui_locale: Callable[[str], None],
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
    db: Database,
) -> None:
    ui_locale("de_CH")  # the confirmation shows money as a German-speaking Swiss user reads it
    form = make_form(Kind.INVOICE, session)
    fill(qtbot, form)
    qtbot.keyClicks(form.customer_edits["email"], "kunde@example.ch")
    with qtbot.waitSignal(form.link_created, timeout=10_000) as created:
        qtbot.keyClick(form.amount_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = created.args[0]
    assert questions.asked == [
        "Create a paylink for CHF 1'234.50? Title: “Beratung Maerz”. The customer pays exactly "
        "CHF 1'234.50."
    ]
    assert sandbox.count("POST", "Invoice") == 1
    sent = next(r for r in sandbox.requests if r.method == "POST")
    assert sent.params["amount"] == "123450" and sent.params["currency"] == "CHF"
    assert sent.params["fields"]["email"]["defaultValue"] == "kunde@example.ch"
    assert sent.auth == "signature"
    assert record.state is RecordState.CREATED
    assert record.link and record.link.startswith(sandbox.base_url + "/pay/")
    stored = RecordStore(db).list("demo")
    assert [(r.title, r.amount_minor, r.state) for r in stored] == [
        ("Beratung Maerz", 123450, RecordState.CREATED)
    ]
    # The form is ready for the next one: emptied, with the next reference.
    assert form.title_edit.text() == "" and form.reference_edit.text() == "INV-0002"


def test_confirmation_is_asked_only_once_per_session(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
) -> None:
    form = make_form(Kind.INVOICE, session)
    for n in range(2):
        fill(qtbot, form, title=f"Invoice {n}", amount="10")
        with qtbot.waitSignal(form.link_created, timeout=10_000):
            qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert len(questions.asked) == 1
    assert sandbox.count("POST", "Invoice") == 2


def test_amount_above_the_profile_threshold_is_always_confirmed(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    questions: Questions,
    sandbox: Sandbox,
) -> None:
    from decimal import Decimal

    strict = ProfileSession(replace(session.profile, confirm_above=Decimal("500")), session.client)
    form = make_form(Kind.INVOICE, strict)
    for amount in ("10", "600", "20"):
        fill(qtbot, form, title="x", amount=amount)
        with qtbot.waitSignal(form.link_created, timeout=10_000):
            form.request_create()
    assert [q.split("?")[0] for q in questions.asked] == [
        "Create a paylink for CHF 10.00",
        "Create a paylink for CHF 600.00",
    ]


def test_declined_confirmation_sends_nothing_and_keeps_values(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    questions.answer = False
    form = make_form(Kind.INVOICE, session)
    fill(qtbot, form)
    form.request_create()
    drain(runner)  # a create sent anyway would have reached the sandbox
    assert sandbox.count("POST", "Invoice") == 0
    assert (form.title_edit.text(), form.amount_edit.text()) == ("Beratung Maerz", "1'234.50")


@pytest.mark.parametrize(
    ("widget", "text", "field", "message"),
    [
        ("amount_edit", "12.345", "amount", "CHF amounts have at most 2 decimals."),
        ("amount_edit", "0", "amount", "The amount must be more than zero."),
        ("amount_edit", "zwoelf", "amount", "Enter the amount as a number, like 1234.50."),
        (
            "vat_edit",
            "120",
            "vat_rate",
            "Enter the VAT rate as a percentage between 0 and 100, like 8.1.",
        ),
        (
            "success_edit",
            "www.example.ch",
            "success_url",
            "Enter a web address starting with https:// (or http://).",
        ),
    ],
)
def test_invalid_input_shows_its_message_and_sends_nothing(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
    runner: TaskRunner,
    drain: Drain,
    widget: str,
    text: str,
    field: str,
    message: str,
) -> None:
    form = make_form(Kind.INVOICE, session)
    qtbot.keyClicks(form.title_edit, "Invoice")
    qtbot.keyClicks(form.amount_edit, "100")
    qtbot.mouseClick(form.advanced_toggle, Qt.MouseButton.LeftButton)
    edit = getattr(form, widget)
    edit.clear()
    qtbot.keyClicks(edit, text)
    assert form.field_error(field) == message
    assert not form.create_button.isEnabled()
    assert "To create, fix:" in form.reason_label.text()
    form.request_create()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    drain(runner)  # a create sent anyway would have reached the sandbox
    assert sandbox.count("POST", "Invoice") == 0
    assert questions.asked == []


def test_bad_email_is_explained_at_the_field(
    qtbot: QtBot, make_form: FormFactory, session: ProfileSession, sandbox: Sandbox
) -> None:
    form = make_form(Kind.INVOICE, session)
    fill(qtbot, form)
    qtbot.keyClicks(form.customer_edits["email"], "max@muster")
    assert form.field_error("email") == "Enter a valid e-mail address, like name@example.ch."
    assert form.reason_label.text() == "To create, fix: E-mail."


def test_untouched_empty_form_explains_why_create_is_disabled(
    make_form: FormFactory, session: ProfileSession
) -> None:
    form = make_form(Kind.INVOICE, session)
    assert not form.create_button.isEnabled()
    assert form.reason_label.text() == "To create, fix: Title, Amount."
    assert form.field_error("title") == ""  # no shouting before the user typed anything


def test_a_second_press_cannot_send_a_second_create(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
) -> None:
    sandbox.set_fault(Fault.LATENCY, seconds=0.5, object="Invoice", method="POST")
    form = make_form(Kind.INVOICE, session)
    fill(qtbot, form)
    form.request_create()
    assert form.create_button.text() == "Creating…" and not form.create_button.isEnabled()
    form.request_create()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.title_edit.isEnabled()  # the form stays usable while it waits
    wait_idle(qtbot, form)
    assert sandbox.count("POST", "Invoice") == 1


# Only a clear rejection is "failed"; a 5xx or an HTML page after a create is "unknown"
# (tests/forms/test_unknown_create.py).
REFUSALS = [
    (
        Fault.RATE_LIMIT,
        "The platform is limiting requests from this account: wait a few minutes, then try again.",
    ),
    (Fault.ERROR_ON_200, "The platform refused the request: The request could not be processed."),
]


@pytest.mark.parametrize(("fault", "message"), REFUSALS, ids=[f.name for f, _ in REFUSALS])
def test_refusals_give_their_message_and_keep_every_value(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
    db: Database,
    fault: Fault,
    message: str,
) -> None:
    sandbox.set_fault(fault, object="Invoice", method="POST")
    form = make_form(Kind.INVOICE, session)
    fill(qtbot, form)
    qtbot.keyClicks(form.customer_edits["surname"], "Mueller")
    before = form.values()
    with qtbot.waitSignal(form.creator.failed, timeout=10_000):
        form.request_create()
    assert message in form.error_message()
    assert form.error_banner.isVisible()
    assert form.values() == before
    assert sandbox.count("POST", "Invoice") == 1  # never retried
    [record] = RecordStore(db).list("demo")
    assert record.state is RecordState.FAILED


def test_wrong_secret_says_so(
    qtbot: QtBot, make_form: FormFactory, sandbox: Sandbox, questions: Questions
) -> None:
    from app.settings.demo import demo_profile

    wrong = ProfileSession.open(demo_profile(sandbox.base_url), "not-the-secret", timeouts=(2, 3))
    form = make_form(Kind.INVOICE, wrong)
    fill(qtbot, form)
    with qtbot.waitSignal(form.creator.failed, timeout=10_000):
        form.request_create()
    assert form.error_message() == (
        "The API secret is not correct for this instance: check the secret and the "
        "authentication scheme in the instance settings."
    )


@pytest.mark.parametrize("fault", [Fault.HANG, Fault.DROP_CONNECTION, Fault.TRUNCATED_JSON])
def test_no_answer_after_sending_means_unknown_not_failed(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
    db: Database,
    fault: Fault,
) -> None:
    sandbox.set_fault(fault, seconds=5, object="Invoice", method="POST")
    form = make_form(Kind.INVOICE, session)
    fill(qtbot, form)
    before = form.values()
    with qtbot.waitSignal(form.creator.failed, timeout=15_000) as failed:
        form.request_create()
    assert failed.args[0].outcome_unknown
    assert "It may have been created" in form.error_message()
    assert form.values() == before
    assert sandbox.count("POST", "Invoice") == 1
    [record] = RecordStore(db).list("demo")
    assert record.state is RecordState.UNKNOWN


def test_details_are_one_click_away(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR, object="Invoice", method="POST", status=503)
    form = make_form(Kind.INVOICE, session)
    fill(qtbot, form)
    with qtbot.waitSignal(form.creator.failed, timeout=10_000):
        form.request_create()
    qtbot.mouseClick(form.details_button, Qt.MouseButton.LeftButton)
    box = next(
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Details"
    )
    assert "HTTP 503" in box.detailedText()  # type: ignore[attr-defined]
    box.close()


def test_page_form_creates_a_page(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
) -> None:
    form = make_form(Kind.PAGE, session)
    assert not form.vat_edit.isVisibleTo(form) and not form.expiry_combo.isVisibleTo(form)
    fill(qtbot, form, title="Mitgliederbeitrag", amount="50")
    with qtbot.waitSignal(form.link_created, timeout=10_000) as created:
        form.request_create()
    assert sandbox.count("POST", "Page") == 1 and sandbox.count("POST", "Invoice") == 0
    assert created.args[0].kind == "page"


def test_read_only_profile_cannot_create(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    questions: Questions,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    form = make_form(
        Kind.INVOICE, ProfileSession(replace(session.profile, read_only=True), session.client)
    )
    fill(qtbot, form)
    assert not form.create_button.isVisible()
    form.request_create()
    drain(runner)  # a create sent anyway would have reached the sandbox
    assert sandbox.count("POST", "Invoice") == 0 and questions.asked == []


def test_draft_is_saved_while_typing_and_restored_after_a_restart(
    qtbot: QtBot, make_form: FormFactory, session: ProfileSession
) -> None:
    first = make_form(Kind.INVOICE, session)
    fill(qtbot, first)
    qtbot.keyClicks(first.customer_edits["company"], "Muster AG")
    first.required_boxes["company"].setChecked(True)

    def saved() -> bool:  # debounced: once typing pauses
        return first.creator.load_draft().values == first.values()

    qtbot.waitUntil(saved)
    second = make_form(Kind.INVOICE, session)  # a new window on the same database
    assert second.title_edit.text() == "Beratung Maerz"
    assert second.amount_edit.text() == "1'234.50"
    assert second.customer_edits["company"].text() == "Muster AG"
    assert second.required_boxes["company"].isChecked()
    # Drafts are per profile and per form.
    assert make_form(Kind.PAGE, session).title_edit.text() == ""


def test_every_field_is_reachable_by_tab(
    qtbot: QtBot, make_form: FormFactory, session: ProfileSession
) -> None:
    form = make_form(Kind.INVOICE, session)
    fill(qtbot, form)  # Create is enabled (and so focusable) only for a valid form
    form.advanced_toggle.setChecked(True)
    seen = []
    widget = form.title_edit
    widget.setFocus()
    for _ in range(120):
        seen.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget = widget.nextInFocusChain()
    for name in (
        "title",
        "description",
        "purpose",
        "amount",
        "currency",
        "vat_rate",
        "reference",
        "expiry_preset",
        "email",
        "email_required",
        "forename",
        "surname",
        "company",
        "psp",
        "pm",
        "success_url",
        "failed_url",
        "button_text",
        "sku",
        "create",
    ):
        assert name in seen, name


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("1234,5", "1'234.50"), ("1234.50", "1'234.50"), ("12", "12.00"), ("12.345", "12.345")],
)
def test_amount_is_shown_as_money_once_typed(
    ui_locale: Callable[[str], None],
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    typed: str,
    shown: str,
) -> None:
    ui_locale("de_CH")
    form = make_form(Kind.INVOICE, session)
    form.amount_edit.setFocus()
    qtbot.keyClicks(form.amount_edit, typed)
    qtbot.keyClick(form.amount_edit, Qt.Key.Key_Tab)
    assert not form.amount_edit.hasFocus()
    assert form.amount_edit.text() == shown


def test_the_amount_shown_in_another_ui_locale_still_creates_the_same_amount(
    qtbot: QtBot, make_form: FormFactory, session: ProfileSession
) -> None:
    """Shown as the UI locale writes it (C: "1,234.50"), read back as the same money."""
    form = make_form(Kind.INVOICE, session)
    qtbot.keyClicks(form.title_edit, "Beratung")
    form.amount_edit.setFocus()
    qtbot.keyClicks(form.amount_edit, "1234.5")
    qtbot.keyClick(form.amount_edit, Qt.Key.Key_Tab)
    assert QLocale().name() == "C"  # the tests' UI locale: grouping by comma
    assert form.amount_edit.text() == "1,234.50"
    assert form.field_error("amount") == ""
    valid = form.creator.check(form.values(), date.today())[1]
    assert valid is not None and valid.amount_minor == 123450


def test_the_amount_placeholder_reads_as_a_hint_and_the_expiry_as_the_ui_locale_writes_dates(
    qtbot: QtBot,
    make_form: FormFactory,
    session: ProfileSession,
    ui_locale: Callable[[str], None],
) -> None:
    ui_locale("de_CH")
    form = make_form(Kind.INVOICE, session)
    # "e.g." says it is an example, not a value the form already holds.
    assert form.amount_edit.placeholderText() == "e.g. 120.00"
    assert form.amount_edit.text() == ""
    form.expiry_combo.setCurrentIndex(form.expiry_combo.findData("custom"))
    form.expiry_date.setDate(QDate(2026, 12, 30))
    assert form.expiry_date.text() == "30.12.2026"  # as History shows dates, four-digit year
    assert form.values().expiry == "2026-12-30"  # what goes to the API stays ISO


def test_create_tooltip_names_the_keys_as_qt_writes_them_in_german(
    qtbot: QtBot, make_form: FormFactory, session: ProfileSession
) -> None:
    from app.i18n import install_translators, remove_translators

    app = QApplication.instance()
    assert app is not None
    install_translators(app, "de")
    try:
        form = make_form(Kind.INVOICE, session)
        qtbot.keyClicks(form.title_edit, "x")
        qtbot.keyClicks(form.amount_edit, "12")
        tip = form.create_button.toolTip()
        assert "Strg+" in tip and "Ctrl" not in tip, tip
    finally:
        remove_translators(app)

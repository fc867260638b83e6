"""The History tab as a person uses it, against the sandbox."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from app.models.history import Column, StatusCategory
from app.models.history_controller import HistoryController
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.sandbox import Sandbox
from app.store.records import INTERRUPTED_NOTE, Record, RecordStore
from app.views.history import HistoryView
from app.views.history_payments import PaymentsDialog
from app.views.link_panel import LinkPanel
from tests.conftest import Drain

from .conftest import Begin, Maker, UseLocale

ViewFactory = Callable[..., HistoryView]


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def make_view(qtbot: QtBot, controller: HistoryController, opened: list[QUrl]) -> ViewFactory:
    def make(session: ProfileSession | None) -> HistoryView:
        panel = LinkPanel(url_opener=lambda url: opened.append(url) or True)
        view = HistoryView(controller, panel, auto_refresh=False)
        qtbot.addWidget(view)
        view.resize(1100, 650)
        view.set_session(session)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def test_empty_history_says_what_will_appear(
    make_view: ViewFactory, session: ProfileSession
) -> None:
    view = make_view(session)
    assert view.empty_label.isVisible()
    assert "Nothing created yet" in view.empty_title.text()
    assert view.link_panel.hint_text().startswith("Create a paylink or pick a row")


def test_search_and_status_filter_by_keyboard(
    qtbot: QtBot,
    make_view: ViewFactory,
    session: ProfileSession,
    make_paylink: Maker,
    begin: Begin,
    records: RecordStore,
    ui_locale: UseLocale,
) -> None:
    ui_locale("de_CH")  # the amount is found as it shows: CHF 1'234.50
    make_paylink("Website redesign", 123450, reference="INV-1", customer="Anna Muster")
    make_paylink("Logo", 50000, reference="INV-2")
    records.settle_unknown(begin("Consulting", reference="INV-3"), INTERRUPTED_NOTE)
    view = make_view(session)
    proxy = view.controller.proxy
    assert proxy.rowCount() == 3

    qtbot.keyClicks(view.search, "anna")
    assert proxy.rowCount() == 1
    view.search.clear()
    qtbot.keyClicks(view.search, "1'234")
    assert proxy.rowCount() == 1
    view.search.clear()
    assert proxy.rowCount() == 3

    view.status_filter.setCurrentIndex(view.status_filter.findData(StatusCategory.UNKNOWN.value))
    assert proxy.rowCount() == 1
    assert proxy.index(0, Column.STATUS).data() == (
        "May have been created – check before creating again"
    )
    qtbot.keyClicks(view.search, "logo")
    assert proxy.rowCount() == 0
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No row matches the search or the status filter."


def test_selecting_a_row_shows_its_link_and_actions_work(
    qtbot: QtBot,
    make_view: ViewFactory,
    session: ProfileSession,
    make_paylink: Maker,
    opened: list[QUrl],
) -> None:
    record = make_paylink("Website redesign", 123450)
    view = make_view(session)
    assert view.select_record(record.id)
    assert view.link_panel.link_text() == record.link
    assert view.copy_action.isEnabled()

    QGuiApplication.clipboard().clear()
    view.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == record.link
    assert view.link_panel.feedback_text() == "Link copied"

    view.open_action.trigger()
    assert opened == [QUrl(record.link)]

    with qtbot.waitSignal(view.controller.duplicate_requested) as asked:
        view.duplicate_action.trigger()
    assert asked.args[0] == "invoice" and asked.args[1]["title"] == "Website redesign"


def test_a_row_without_link_explains_why(
    make_view: ViewFactory, session: ProfileSession, begin: Begin, records: RecordStore
) -> None:
    unknown = begin("Consulting")
    records.settle_unknown(unknown, INTERRUPTED_NOTE)
    view = make_view(session)
    view.select_record(unknown)
    assert "it may have been created" in view.link_panel.hint_text()
    assert not view.copy_action.isEnabled()
    assert not view.delete_action.isEnabled()


def _answer(qtbot: QtBot, view: HistoryView, role: QMessageBox.ButtonRole | None) -> None:
    qtbot.waitUntil(lambda: view.confirm_box is not None and view.confirm_box.isVisible())
    box = view.confirm_box
    assert box is not None
    assert "Delete the paylink “Old offer” (CHF 15.00) on the server?" in box.text()
    if role is None:
        button = box.button(QMessageBox.StandardButton.Cancel)
    else:
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    button.click()


def test_delete_on_server_after_confirming_sends_one_delete(
    qtbot: QtBot,
    make_view: ViewFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    record = make_paylink("Old offer", 1500)
    view = make_view(session)
    view.select_record(record.id)
    sandbox.clear_requests()

    view.delete_action.trigger()
    _answer(qtbot, view, None)  # Cancel
    drain(runner)  # a delete sent anyway would have reached the sandbox
    assert sandbox.count("DELETE", "Invoice") == 0

    view.delete_action.trigger()
    with qtbot.waitSignal(view.controller.delete_finished, timeout=10_000):
        _answer(qtbot, view, QMessageBox.ButtonRole.AcceptRole)
    assert sandbox.count("DELETE", "Invoice") == 1
    assert view.message_text() == "“Old offer” was deleted."
    row = view.controller.model.row_of(record.id)
    assert view.controller.model.index(row, Column.STATUS).data() == "Deleted"  # type: ignore[arg-type]
    assert not view.delete_action.isEnabled()


def test_read_only_instances_hide_delete(
    make_view: ViewFactory, session: ProfileSession, make_paylink: Maker
) -> None:
    record = make_paylink("Old offer", 1500)
    read_only = dataclasses.replace(
        session, profile=dataclasses.replace(session.profile, read_only=True)
    )
    view = make_view(read_only)
    view.select_record(record.id)
    assert not view.delete_action.isVisible()
    assert view.delete_button.defaultAction() is view.delete_action
    assert view.delete_button.isHidden()
    view.set_session(session)
    assert view.delete_action.isVisible() and view.delete_action.isEnabled()
    assert view.delete_button.isVisible()


def test_refresh_button_updates_the_paid_row(
    qtbot: QtBot,
    make_view: ViewFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
) -> None:
    record = make_paylink("Website redesign", 123450)
    view = make_view(session)
    assert record.hash is not None
    sandbox.pay(record.hash)
    view.refresh_button.click()
    row = view.controller.model.row_of(record.id)
    qtbot.waitUntil(
        lambda: view.controller.model.index(row, Column.STATUS).data() == "Paid",  # type: ignore[arg-type]
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: view.refresh_button.isEnabled())
    assert view.message_text() == "Statuses are up to date (1 checked)."


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The computer's time zone is India's (UTC+5:30 all year): local time shows."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield "Asia/Kolkata"
    monkeypatch.undo()
    time.tzset()


def test_show_payments_lists_them_in_words_and_local_time(
    qtbot: QtBot,
    make_view: ViewFactory,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
    english: None,
    ui_locale: UseLocale,
    zone: str,
) -> None:
    ui_locale("de_CH")
    record = make_paylink("Website redesign", 123450, customer="kunde@example.ch")
    assert record.hash is not None
    before = datetime.now(UTC).replace(second=0, microsecond=0)
    sandbox.pay(record.hash)
    view = make_view(session)
    view.select_record(record.id)
    view.payments_action.trigger()
    dialog = view.payments_dialog(record.id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.status_label.text() == "1 payment through this link. 1 of them paid."
    assert dialog.table.item(0, 1).text() == "Paid"  # not the platform's "confirmed"
    assert dialog.table.item(0, 1).toolTip() == "confirmed"  # the platform's own word
    assert dialog.table.item(0, 2).text() == "CHF 1'234.50"
    assert dialog.table.item(0, 5).text() == "Test"  # the Demo's payments are test payments
    # The payer as the platform names them (the documented Transaction carries a contact).
    assert dialog.table.item(0, 3).text() == "Erika Muster"
    # The computer's local time, in the Swiss form (UTC+5:30 here), not UTC.
    local = ZoneInfo(zone)
    expected = {
        (before + timedelta(minutes=m)).astimezone(local).strftime("%d.%m.%Y %H:%M") for m in (0, 1)
    }
    assert dialog.table.item(0, 0).text() in expected
    assert dialog.table.horizontalHeaderItem(0).text() == "Time"
    dialog.reject()


def test_payments_name_the_customer_the_link_was_made_for_when_the_platform_names_none(
    qtbot: QtBot, english: None
) -> None:
    from app.api.models import Transaction
    from app.store.records import RecordKind, RecordState

    now = datetime.now(UTC)
    record = Record(
        id=1, profile_id="p", kind=RecordKind.INVOICE, title="Hosting", reference_id="R",
        amount_minor=100, currency="CHF", remote_id=9, hash=None, link=None,
        remote_status="confirmed", state=RecordState.CREATED, error=None,
        customer="kunde@example.ch", params_json="{}", created_at=now, updated_at=now,
    )  # fmt: skip
    dialog = PaymentsDialog(record)
    qtbot.addWidget(dialog)
    payments = [
        Transaction.parse({"id": 1, "status": "confirmed", "amount": 100}),
        Transaction.parse({"id": 2, "status": "refunded", "amount": 100}),
        Transaction.parse({"id": 3, "status": "weird-new", "amount": 100}),
    ]
    dialog.show_payments(payments)
    assert dialog.status_label.text() == "3 payments through this link. 1 of them paid."
    assert [dialog.table.item(r, 1).text() for r in range(3)] == ["Paid", "Refunded", "weird-new"]
    assert dialog.table.item(0, 3).text() == "kunde@example.ch"


def test_ctrl_c_in_the_table_copies_the_link(
    qtbot: QtBot, make_view: ViewFactory, session: ProfileSession, make_paylink: Maker
) -> None:
    record = make_paylink("Website redesign", 123450)
    view = make_view(session)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    view.select_record(record.id)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == record.link


def test_context_menu_offers_the_row_actions(
    qtbot: QtBot, make_view: ViewFactory, session: ProfileSession, make_paylink: Maker
) -> None:
    make_paylink("Website redesign", 123450)
    view = make_view(session)
    rect = view.table.visualRect(view.controller.proxy.index(0, Column.TITLE))
    view.table.customContextMenuRequested.emit(rect.center())
    menu = view.findChild(QMenu)
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions()]
    assert texts == [
        "Copy link",
        "QR / link",
        "Open",
        "Duplicate into form",
        "Payments",
        "Delete on server…",
        "",  # a separator before what every list offers
        "Copy cell",
        "Copy row",
    ]
    assert view.selected_record() is not None
    menu.close()


def test_copy_cell_and_copy_row_from_the_context_menu(
    qtbot: QtBot, make_view: ViewFactory, session: ProfileSession, make_paylink: Maker
) -> None:
    make_paylink("Website redesign", 123450, reference="INV-7")
    view = make_view(session)
    index = view.controller.proxy.index(0, Column.TITLE)
    clipboard = QGuiApplication.clipboard()

    def copy(text: str) -> str:
        clipboard.clear()
        menu = view.table.context_menu(index)
        action = next(a for a in menu.actions() if a.text() == text)
        action.trigger()
        menu.close()
        return clipboard.text()

    assert copy("Copy cell") == "Website redesign"
    row = copy("Copy row").split("\t")
    header = view.table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert len(row) == len(shown)
    assert row[Column.TITLE] == "Website redesign"
    assert row[Column.REFERENCE] == "INV-7"
    assert row[Column.AMOUNT] == view.controller.proxy.index(0, Column.AMOUNT).data()
    assert view.table.property("lastFeedback") == "Row copied"

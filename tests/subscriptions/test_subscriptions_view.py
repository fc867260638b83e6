"""The Subscriptions tab driven as a person does, against the sandbox over loopback."""

from __future__ import annotations

import csv
import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.api.models import Subscription
from app.models import subscriptions_format as fmt
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.subscriptions_controller import LoadPhase, SubscriptionsController
from app.models.subscriptions_table import STATUS_ROLE, Column
from app.sandbox import Fault, Sandbox
from app.settings.profile import Profile
from app.store.subscriptions_cache import SubscriptionCache
from app.views.subscriptions import SubscriptionsView
from app.views.subscriptions_cancel import CancelSubscriptionDialog
from tests.conftest import Drain

from .conftest import UseLocale, expected_statuses

TIMEOUT_MS = 10_000
MakeController = Callable[..., SubscriptionsController]
OpenSession = Callable[[Profile], ProfileSession]
MakeView = Callable[..., SubscriptionsView]


@pytest.fixture
def make_view(qtbot: QtBot, make_controller: MakeController) -> Iterator[MakeView]:
    def make(**kwargs: object) -> SubscriptionsView:
        view = SubscriptionsView(make_controller(**kwargs))
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        qtbot.waitExposed(view)
        return view

    yield make


@pytest.fixture
def view(make_view: MakeView) -> SubscriptionsView:
    return make_view()


def seeded(sandbox: Sandbox) -> Counter[str]:
    with sandbox.state.lock:
        return Counter(s.status for s in sandbox.state.subscriptions.values())


def show(qtbot: QtBot, view: SubscriptionsView, session: ProfileSession) -> None:
    view.set_session(session)
    qtbot.waitUntil(lambda: view.controller.state.phase is LoadPhase.DONE, timeout=TIMEOUT_MS)


def select(view: SubscriptionsView, status: str) -> int:
    """Select the first row shown with `status` ("attention": any that needs attention);
    returns its subscription id."""
    model = view.controller.model
    row = next(
        r
        for r, shown in enumerate(model.statuses)
        if shown == status or (status == "attention" and fmt.needs_attention(shown))
    )
    sub = model.subscription(row)
    assert sub.id is not None
    assert view.select_subscription(sub.id)
    assert view.selected_subscription() == sub
    return sub.id


def model_row(view: SubscriptionsView, subscription_id: int) -> int:
    row = view.controller.model.row_of(subscription_id)
    assert row is not None
    return row


def status_of(view: SubscriptionsView, subscription_id: int) -> str:
    return str(view.controller.model.index(model_row(view, subscription_id), Column.STATUS).data())


def test_loaded_list_with_chip_counts_and_progress_line(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession, sandbox: Sandbox
) -> None:
    assert view.progress_label.text() == "Choose an instance to see its subscriptions."
    show(qtbot, view, session)
    counts = fmt.chip_counts(expected_statuses(sandbox, date.today()))
    total = sum(counts.values())
    assert view.table.model().rowCount() == total
    assert view.chips["active"].text() == f"Active ({counts['active']})"
    assert view.chips["notice"].text() == f"In notice ({counts['notice']})"
    assert view.chips["overdue"].text() == f"Overdue ({counts['overdue']})"
    assert view.chips["cancelled"].text() == f"Cancelled ({counts['cancelled']})"
    assert view.chips["terminated"].text() == f"Terminated ({counts['terminated']})"
    assert view.chips[fmt.OTHER].text() == f"Other ({counts[fmt.OTHER]})"
    assert view.chips[fmt.OTHER].objectName() == "chip_other"
    assert view.progress_label.text().startswith(f"{total} subscriptions, as of ")
    assert view.retry_button.isHidden()
    assert not view.stop_button.isEnabled()


def test_search_and_chips_filter_the_table(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession, sandbox: Sandbox
) -> None:
    show(qtbot, view, session)
    model = view.controller.model
    name = model.subscriptions()[0].contact.lastname  # type: ignore[union-attr]
    assert name
    qtbot.keyClicks(view.search, name)
    expected = [i for i, h in enumerate(model.haystacks) if name.casefold() in h]
    assert view.table.model().rowCount() == len(expected) > 0
    # The chips count what the search found.
    found = Counter(model.statuses[i] for i in expected)
    assert view.chips["active"].text() == f"Active ({found['active']})"
    view.search.clear()

    counts = fmt.chip_counts(expected_statuses(sandbox, date.today()))
    qtbot.mouseClick(view.chips["cancelled"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.chips["notice"], Qt.MouseButton.LeftButton)
    assert view.table.model().rowCount() == counts["cancelled"] + counts["notice"] > 0
    qtbot.mouseClick(view.chips["cancelled"], Qt.MouseButton.LeftButton)
    assert view.table.model().rowCount() == counts["notice"]
    qtbot.mouseClick(view.chips["notice"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.chips[fmt.OTHER], Qt.MouseButton.LeftButton)
    assert view.table.model().rowCount() == counts[fmt.OTHER]
    qtbot.mouseClick(view.chips[fmt.OTHER], Qt.MouseButton.LeftButton)

    view.attention.click()
    proxy = view.table.model()
    shown = {proxy.index(r, Column.STATUS).data(STATUS_ROLE) for r in range(proxy.rowCount())}
    attention = counts["notice"] + counts["overdue"] + counts[fmt.OTHER]
    assert proxy.rowCount() == attention > 0
    assert all(fmt.needs_attention(s) for s in shown)
    assert not shown & {"active", "cancelled", "terminated"}


def test_swiss_dates_and_money_in_table_detail_and_cancel_dialog(
    qtbot: QtBot,
    make_view: MakeView,
    session: ProfileSession,
    sandbox: Sandbox,
    ui_locale: UseLocale,
) -> None:
    ui_locale("de_CH")  # what a German UI uses (app.i18n.locale_for)
    view = make_view()
    show(qtbot, view, session)
    as_of = view.progress_label.text().rsplit("as of ", 1)[1]
    assert re.fullmatch(r"\d\d:\d\d", as_of)  # loaded today: the time alone

    subscription_id = select(view, "active")
    sub = view.selected_subscription()
    assert sub is not None and sub.valid_until is not None and sub.amount is not None
    swiss_date = sub.valid_until.strftime("%d.%m.%Y")
    row = model_row(view, subscription_id)
    assert view.controller.model.index(row, Column.NEXT_PAYMENT).data() == swiss_date
    assert view.detail.values["next_payment"].text() == swiss_date
    assert view.detail.values["start"].text() == sub.start.strftime("%d.%m.%Y")  # type: ignore[union-attr]
    units, cents = divmod(sub.amount, 100)
    money = f"{sub.currency} {units:,}.{cents:02d}".replace(",", "'")
    assert view.controller.model.index(row, Column.AMOUNT).data() == money
    assert view.detail.values["amount"].text() == money

    dialog = open_cancel_dialog(qtbot, view)
    assert f"({money}, " in dialog.question.text()
    dialog.reject()

    # Sorted by the next payment, the rows are in time order, not in the order of their text.
    view.table.sortByColumn(Column.NEXT_PAYMENT, Qt.SortOrder.AscendingOrder)
    proxy = view.table.model()
    shown = [proxy.index(r, Column.NEXT_PAYMENT).data() for r in range(proxy.rowCount())]
    days = [datetime.strptime(d, "%d.%m.%Y").date() for d in shown if d]
    assert days == sorted(days)


def test_focus_search_and_escape_clears_it(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession
) -> None:
    show(qtbot, view, session)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    view.focus_search()  # what the main window's Ctrl+F calls (tests/app covers the key)
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "zzz-nothing")
    assert view.table.model().rowCount() == 0
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert view.table.model().rowCount() > 0


def open_cancel_dialog(qtbot: QtBot, view: SubscriptionsView) -> CancelSubscriptionDialog:
    assert view.detail.cancel_button.isEnabled()
    qtbot.mouseClick(view.detail.cancel_button, Qt.MouseButton.LeftButton)
    dialog = view.cancel_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_cancel_with_confirmation_sends_one_delete_and_the_row_changes(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession, sandbox: Sandbox
) -> None:
    show(qtbot, view, session)
    subscription_id = select(view, "active")
    sub = view.selected_subscription()
    assert sub is not None and sub.contact is not None
    dialog = open_cancel_dialog(qtbot, view)
    text = dialog.question.text()
    assert sub.contact.name in text
    assert (
        view.controller.model.text(view.controller.model.row_of(subscription_id), Column.AMOUNT)
        in text
    )  # type: ignore[arg-type]
    assert not dialog.cancel_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "yes please")
    assert not dialog.cancel_button.isEnabled()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.confirmation, sub.contact.name.upper())
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: status_of(view, subscription_id) == "Cancelled", timeout=TIMEOUT_MS)
    assert sandbox.count("DELETE", "Subscription") == 1
    qtbot.waitUntil(lambda: "cancelled" in view.detail.feedback.text(), timeout=TIMEOUT_MS)
    assert not view.detail.cancel_button.isEnabled()  # nothing left to cancel
    # The message names the customer, not the platform's number; no payment follows a cancel.
    assert (
        view.detail.feedback.text()
        == f"Subscription of {fmt.customer_text(sub.contact)} cancelled."
    )
    assert str(subscription_id) not in view.detail.feedback.text()
    assert view.detail.values["next_payment"].text() == "none (cancelled)"


def test_detail_shows_what_a_person_needs_and_keeps_ids_for_support(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession
) -> None:
    show(qtbot, view, session)
    subscription_id = select(view, "active")
    sub = view.selected_subscription()
    assert sub is not None and sub.contact is not None
    detail = view.detail
    assert not {"id", "uuid", "customer_id"} & detail.values.keys()
    shown = [
        detail.form.labelForField(label).text()
        for label in detail.values.values()
        if detail.form.isRowVisible(label)
    ]
    assert "Interval:" in shown and "Next payment:" in shown
    # The minimum term shows only when it is not the interval again ("monthly" twice).
    # (The documented answers have no period at all: then it does not show either.)
    assert ("Minimum term:" in shown) is bool(sub.period and sub.period != sub.payment_interval)
    assert str(subscription_id) in detail.title.toolTip()  # for support, one hover away
    longer = dataclasses.replace(sub, period="P1Y", payment_interval="P1M")
    detail.show_subscription(longer)
    assert detail.form.isRowVisible(detail.values["period"])
    assert detail.values["period"].text() != detail.values["interval"].text()


def test_cancel_by_typing_cancel_from_the_keyboard(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession, sandbox: Sandbox
) -> None:
    show(qtbot, view, session)
    subscription_id = select(view, "attention")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    dialog = view.cancel_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.confirmation, "cancel")
    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status_of(view, subscription_id) == "Cancelled", timeout=TIMEOUT_MS)
    assert sandbox.count("DELETE", "Subscription") == 1


@pytest.mark.parametrize("how", ["keep button", "escape", "enter without confirming"])
def test_cancel_aborted_sends_nothing(
    qtbot: QtBot,
    view: SubscriptionsView,
    session: ProfileSession,
    sandbox: Sandbox,
    runner: TaskRunner,
    drain: Drain,
    how: str,
) -> None:
    show(qtbot, view, session)
    subscription_id = select(view, "active")
    dialog = open_cancel_dialog(qtbot, view)
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT_MS):
        if how == "keep button":
            qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        elif how == "escape":
            qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Escape)
        else:
            qtbot.keyClicks(dialog.confirmation, "no")
            qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Return)  # Enter means "Keep"
    drain(runner)  # a cancel sent anyway would have reached the sandbox
    assert sandbox.count("DELETE", "Subscription") == 0
    assert status_of(view, subscription_id) == "Active"


def test_self_service_link_is_copied_with_feedback(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession, sandbox: Sandbox
) -> None:
    show(qtbot, view, session)
    select(view, "active")
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(view.detail.self_service_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: clipboard.text().startswith(f"{sandbox.base_url}/auth/"), timeout=TIMEOUT_MS
    )
    assert view.detail.self_service_button.property("lastFeedback") == "Self-service link copied"
    assert "works until" in view.detail.feedback.text()
    assert sandbox.count("POST", "AuthToken") == 1


def test_payment_link_is_copied(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession
) -> None:
    show(qtbot, view, session)
    select(view, "active")
    sub = view.selected_subscription()
    assert sub is not None and sub.payment_link
    qtbot.mouseClick(view.detail.payment_link_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == sub.payment_link
    assert view.detail.values["payment_link"].text() == sub.payment_link


def test_read_only_profile_hides_the_actions(
    qtbot: QtBot, view: SubscriptionsView, profile: Profile, open_session: OpenSession
) -> None:
    show(qtbot, view, open_session(dataclasses.replace(profile, read_only=True)))
    select(view, "active")
    for button in view.detail.action_buttons:
        assert button.isHidden()
    assert view.detail.values["amount"].text()  # the details are still there
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert not hasattr(view, "cancel_dialog")


def test_export_writes_visible_columns_in_view_order(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession, tmp_path: Path
) -> None:
    show(qtbot, view, session)
    header = view.table.horizontalHeader()
    view.set_column_visible(Column.EMAIL, False)
    view.set_column_visible(Column.ID, True)
    header.moveSection(header.visualIndex(Column.ID), 0)
    view.table.sortByColumn(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    qtbot.keyClicks(view.search, "a")
    columns = view.visible_columns()
    assert columns[0] is Column.ID and Column.EMAIL not in columns
    target = tmp_path / "subs.csv"
    with qtbot.waitSignal(view.controller.export_finished, timeout=TIMEOUT_MS):
        count = view.export_to(target)
    assert target.read_bytes()[:3] == b"\xef\xbb\xbf"
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    titles = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in columns]
    titles.insert(titles.index("Amount") + 1, "Currency")
    assert rows[0] == titles
    proxy = view.table.model()
    assert len(rows) - 1 == count == proxy.rowCount()
    id_col, customer_col = rows[0].index("Id"), rows[0].index("Customer")
    for r, row in enumerate(rows[1:]):
        assert row[id_col] == proxy.index(r, Column.ID).data()
        assert row[customer_col] == proxy.index(r, Column.CUSTOMER).data()
    assert "exported" in view.detail.feedback.text()


def test_page_two_failure_shows_retry_in_the_progress_line(
    qtbot: QtBot, make_view: MakeView, session: ProfileSession, sandbox: Sandbox
) -> None:
    view = make_view(max_in_flight=1)
    controller = view.controller

    def break_next_page() -> None:
        if controller.state.loaded == 10:
            controller.state_changed.disconnect(break_next_page)
            sandbox.set_fault(Fault.SERVER_ERROR, object="Subscription", method="GET", times=3)

    controller.state_changed.connect(break_next_page)
    view.set_session(session)
    qtbot.waitUntil(lambda: not view.retry_button.isHidden(), timeout=TIMEOUT_MS)
    assert view.progress_label.text().startswith("Page 2 failed: The payment platform had")
    assert "from no. 11 on are missing" in view.progress_label.text()
    assert view.table.model().rowCount() == 10
    assert not view.progress_details.isHidden()
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state.phase is LoadPhase.DONE, timeout=TIMEOUT_MS)
    assert view.retry_button.isHidden()
    assert view.table.model().rowCount() == sum(seeded(sandbox).values())


def test_saved_list_shows_at_once_with_as_of_and_offline_read_only(
    qtbot: QtBot,
    make_view: MakeView,
    session: ProfileSession,
    profile: Profile,
    open_session: OpenSession,
    sandbox: Sandbox,
    cache: SubscriptionCache,
) -> None:
    first = make_view()
    show(qtbot, first, session)
    qtbot.waitUntil(lambda: cache.load(profile.id) is not None, timeout=TIMEOUT_MS)
    first.set_session(None)

    sandbox.set_fault(Fault.SERVER_ERROR, object="Subscription", method="GET")
    view = make_view()
    view.set_session(open_session(profile))
    qtbot.waitUntil(lambda: view.table.model().rowCount() > 0, timeout=TIMEOUT_MS)
    assert "as of" in view.progress_label.text()
    qtbot.waitUntil(lambda: not view.retry_button.isHidden(), timeout=TIMEOUT_MS)
    assert view.progress_label.text().startswith("Offline: showing the saved list as of ")
    select(view, "active")
    assert not view.detail.cancel_button.isHidden()
    assert not view.detail.cancel_button.isEnabled()
    assert not view.detail.self_service_button.isEnabled()
    assert view.detail.payment_link_button.isEnabled()  # needs no network


def test_keyboard_enter_reaches_the_actions_and_state_round_trips(
    qtbot: QtBot, make_view: MakeView, session: ProfileSession
) -> None:
    view = make_view()
    show(qtbot, view, session)
    view.activateWindow()
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # into the table, first row selected
    qtbot.waitUntil(view.table.hasFocus)
    assert view.selected_subscription() is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(view.detail.self_service_button.hasFocus)
    for button in (view.refresh_button, view.stop_button, view.export_button):
        assert button.accessibleName() and button.toolTip()

    view.set_column_visible(Column.ID, True)
    view.table.sortByColumn(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    saved = view.save_state()
    other = make_view()
    assert Column.ID not in other.visible_columns()
    assert other.restore_state(saved)
    assert other.visible_columns() == view.visible_columns()


def test_search_waits_for_a_pause_in_typing_on_a_large_list(
    qtbot: QtBot, view: SubscriptionsView, make_sub: Callable[..., Subscription]
) -> None:
    from app.views.subscriptions import SEARCH_DEBOUNCE_ROWS

    model = view.controller.model
    model.set_subscriptions(
        make_sub(i, firstname="Zora" if i == 7 else "Anna") for i in range(SEARCH_DEBOUNCE_ROWS)
    )
    qtbot.keyClicks(view.search, "zor")
    assert view.controller.proxy.filter_text == ""  # not yet: typing goes on undisturbed
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 1, timeout=2000)
    assert view.controller.proxy.filter_text == "zor"
    view.search.clear()  # clearing is at once
    assert view.table.model().rowCount() == SEARCH_DEBOUNCE_ROWS


def test_the_test_live_column_stands_beside_the_status(
    qtbot: QtBot, view: SubscriptionsView, session: ProfileSession
) -> None:
    assert view.visible_columns()[:2] == [Column.STATUS, Column.MODE]
    show(qtbot, view, session)
    proxy = view.table.model()
    marks = {proxy.index(r, Column.MODE).data() for r in range(proxy.rowCount())}
    assert marks <= {"Test", "Live", "—"}

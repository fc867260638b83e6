"""Needs attention: which links and subscriptions it lists, why, and what each row's button
does; and, in the whole window, the count on its tab following the records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.application import Application
from app.models.attention import Action, Reason
from app.models.attention_controller import AttentionController, Column
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.subscriptions_controller import LoadPhase, SubscriptionsController
from app.sandbox import Sandbox
from app.settings.paths import AppPaths
from app.settings.preferences import Preferences
from app.store.records import RecordStore
from app.views.attention import AttentionView

from .conftest import MakeRecord

NOW = datetime.now().astimezone()
TODAY = NOW.date()


def days_ago(n: int) -> datetime:
    return NOW - timedelta(days=n)


@pytest.fixture
def make_controller(qtbot: QtBot) -> Iterator[Callable[[RecordStore], AttentionController]]:
    """Controllers stopped after the test: no coalesced reload may reach a closed store."""
    made: list[AttentionController] = []

    def make(records: RecordStore) -> AttentionController:
        controller = AttentionController(records, today=lambda: TODAY)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.stop()


def test_links_that_need_attention_and_why(
    qtbot: QtBot,
    make_controller: Callable[[RecordStore], AttentionController],
    records: RecordStore,
    session: ProfileSession,
    make_record: MakeRecord,
) -> None:
    fresh = make_record("Fresh", at=days_ago(2))
    old = make_record("Old and unpaid", at=days_ago(20), reference="OLD")
    expiring = make_record(
        "Expiring", at=days_ago(5), expiry=(TODAY + timedelta(days=2)).isoformat()
    )
    expired = make_record(
        "Expired", at=days_ago(10), expiry=(TODAY - timedelta(days=1)).isoformat()
    )
    long_expired = make_record(
        "Long expired", at=days_ago(90), expiry=(TODAY - timedelta(days=60)).isoformat()
    )
    doubtful = make_record("In doubt", at=days_ago(1), state="unknown")
    paid = make_record("Paid long ago", at=days_ago(30))
    records.update_remote_status(paid.id, "confirmed")

    controller = make_controller(records)
    controller.set_session(session)
    reasons = {i.record_id: i.reason for i in controller.model.items()}
    assert reasons == {
        doubtful.id: Reason.MAY_EXIST,
        expiring.id: Reason.EXPIRING,
        expired.id: Reason.EXPIRED,
        old.id: Reason.UNPAID,
    }
    assert fresh.id not in reasons and long_expired.id not in reasons and paid.id not in reasons
    # The most pressing first.
    assert [i.record_id for i in controller.model.items()] == [
        doubtful.id,
        expiring.id,
        expired.id,
        old.id,
    ]
    texts = [controller.model.index(r, Column.WHY).data() for r in range(4)]
    assert texts[0] == "May have been created: say what happened"
    assert texts[3] == "Unpaid for 20 days"
    assert texts[2] == f"Expired unpaid on {TODAY - timedelta(days=1)}"
    assert controller.count == 4

    # N is a setting: at 2 days the fresh link counts too.
    with qtbot.waitSignal(controller.count_changed) as changed:
        controller.set_unpaid_days(2)
    assert changed.args == [5]


def test_each_row_has_the_button_that_fits(
    qtbot: QtBot,
    make_controller: Callable[[RecordStore], AttentionController],
    records: RecordStore,
    session: ProfileSession,
    make_record: MakeRecord,
) -> None:
    old = make_record("Old and unpaid", at=days_ago(20), reference="OLD")
    expired = make_record(
        "Expired", at=days_ago(10), expiry=(TODAY - timedelta(days=1)).isoformat()
    )
    doubtful = make_record("In doubt", at=days_ago(1), state="unknown")
    controller = make_controller(records)
    view = AttentionView(controller)
    qtbot.addWidget(view)
    view.set_session(session)
    items = controller.model.items()
    assert [i.actions for i in items] == [
        (Action.SETTLE, Action.OPEN_HISTORY),
        (Action.OPEN_HISTORY,),  # an expired link is not sent again
        (Action.COPY_LINK, Action.OPEN_HISTORY),
    ]
    buttons = [view.row_button(r) for r in range(3)]
    assert [b.text() for b in buttons if b] == ["Settle…", "Open in History", "Copy link"]

    with qtbot.waitSignal(view.settle_requested) as settle:
        buttons[0].click()  # type: ignore[union-attr]
    assert settle.args == [doubtful.id]
    with qtbot.waitSignal(view.open_record_requested) as opened:
        buttons[1].click()  # type: ignore[union-attr]
    assert opened.args == [expired.id]
    QGuiApplication.clipboard().clear()
    buttons[2].click()  # type: ignore[union-attr]
    assert QGuiApplication.clipboard().text() == old.link
    menu = view.context_menu(items[2])
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Copy link", "Open in History", "", "Copy cell", "Copy row"]


def test_overdue_and_in_notice_subscriptions_from_the_loaded_list(
    qtbot: QtBot,
    make_controller: Callable[[RecordStore], AttentionController],
    runner: TaskRunner,
    records: RecordStore,
    session: ProfileSession,
    sandbox: Sandbox,
) -> None:
    subscriptions = SubscriptionsController(runner, None)
    controller = make_controller(records)
    view = AttentionView(controller)
    qtbot.addWidget(view)
    controller.watch_subscriptions(subscriptions.model)
    view.set_session(session)
    subscriptions.set_session(session)
    qtbot.waitUntil(lambda: subscriptions.state.phase is LoadPhase.DONE, timeout=10_000)
    qtbot.waitUntil(lambda: controller.count > 0)
    # Counted here from the sandbox's own objects: active with a past next payment is overdue,
    # active with an end still ahead is in notice.
    seeded = sandbox.state.subscriptions.values()
    overdue = {s.id for s in seeded if s.status == "active" and s.valid_until < TODAY}
    notice = {
        s.id
        for s in seeded
        if s.status == "active" and s.id not in overdue and s.end and s.end >= TODAY
    }
    items = controller.model.items()
    assert {i.subscription_id for i in items if i.reason is Reason.OVERDUE} == overdue
    assert {i.subscription_id for i in items if i.reason is Reason.IN_NOTICE} == notice
    assert overdue and notice
    assert all(i.actions == (Action.OPEN_SUBSCRIPTION,) for i in items)
    with qtbot.waitSignal(view.open_subscription_requested) as opened:
        view.row_button(0).click()  # type: ignore[union-attr]
    assert opened.args == [items[0].subscription_id]
    assert view.summary.text() == f"Links: 0 · Subscriptions: {len(overdue) + len(notice)}"


def test_nothing_to_do_says_so(
    qtbot: QtBot,
    make_controller: Callable[[RecordStore], AttentionController],
    records: RecordStore,
    session: ProfileSession,
) -> None:
    controller = make_controller(records)
    view = AttentionView(controller)
    qtbot.addWidget(view)
    view.set_session(session)
    assert controller.count == 0
    assert view.stack.currentWidget() is view.empty


# -- the whole window --------------------------------------------------------------------------


def test_the_tab_counts_and_follows_a_record_that_changes(
    qtbot: QtBot, application: Application
) -> None:
    window = application.window
    assert window is not None
    tabs = window.tabs
    index = tabs.indexOf(application._attention_tab)
    subscriptions = application.subscriptions
    qtbot.waitUntil(lambda: subscriptions.state.phase is LoadPhase.DONE, timeout=15_000)
    qtbot.waitUntil(lambda: application.attention.count > 0)
    before = application.attention.count
    assert tabs.tabText(index) == f"Needs attention ({before})"

    # A create whose answer never came: one more row, on the tab at once.
    session = application.workspace.session
    assert session is not None
    record_id = application.records.begin(
        session.profile_id, "invoice", "Lost answer", "LOST-1", 900, "CHF", "", {"title": "x"}
    )
    application.records.settle_unknown(record_id, "read timed out")
    application.history.reload()
    qtbot.waitUntil(lambda: tabs.tabText(index) == f"Needs attention ({before + 1})")

    # "Settle…" opens the form's own dialog for exactly that create.
    view = application._attention_tab.view
    assert isinstance(view, AttentionView)
    row = next(r for r, i in enumerate(view.controller.model.items()) if i.record_id == record_id)
    view.row_button(row).click()  # type: ignore[union-attr]
    dialog = application.invoice_form.unknown_dialog
    assert dialog is not None and dialog.record.id == record_id
    dialog.reject()

    # Declared not created elsewhere: the row and the count go.
    application.records.abandon(record_id)
    application.history.reload()
    qtbot.waitUntil(lambda: tabs.tabText(index) == f"Needs attention ({before})")

    # The setting is kept in the preferences.
    view.days.setValue(3)
    assert Preferences.load(application.paths).unpaid_after_days == 3


def test_open_in_history_selects_the_row(qtbot: QtBot, application: Application) -> None:
    window = application.window
    assert window is not None
    session = application.workspace.session
    assert session is not None
    record_id = application.records.begin(
        session.profile_id, "invoice", "Lost answer", "LOST-2", 900, "CHF", "", {"title": "x"}
    )
    application.records.settle_unknown(record_id, "read timed out")
    application._history_tab.build()
    application.history.reload()
    view = application._attention_tab.build()
    assert isinstance(view, AttentionView)
    qtbot.waitUntil(lambda: any(i.record_id == record_id for i in view.controller.model.items()))
    item = next(i for i in view.controller.model.items() if i.record_id == record_id)
    view.act(item, Action.OPEN_HISTORY)
    history = application._history_tab.view
    assert window.tabs.currentWidget() is application._history_tab
    assert history.selected_record().id == record_id  # type: ignore[union-attr]


def test_unpaid_days_from_a_damaged_preference_fall_back(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "cfg")
    paths.config_dir.mkdir(parents=True)
    Preferences.path(paths).write_text('{"unpaid_after_days": true}', encoding="utf-8")
    assert Preferences.load(paths).unpaid_after_days == 14
    Preferences.path(paths).write_text('{"unpaid_after_days": 0}', encoding="utf-8")
    assert Preferences.load(paths).unpaid_after_days == 14

"""A subscription that became overdue, went into notice or was cancelled since the list was last
seen whole is announced after the next load; one this app cancelled itself, or one new to the
list, is not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from app.api import statuses
from app.application import Application
from app.main import parse_args
from app.models.session import ProfileSession
from app.models.subscription_changes import SubscriptionChange
from app.models.subscriptions_controller import LoadPhase, SubscriptionsController
from app.sandbox import Fault, Sandbox
from app.views import dialogs
from app.views.notifier import PaymentNotifier

TIMEOUT_MS = 15_000


def _load(qtbot: QtBot, controller: SubscriptionsController) -> None:
    qtbot.waitUntil(lambda: controller.state.phase is LoadPhase.DONE, timeout=TIMEOUT_MS)


def _refresh(qtbot: QtBot, controller: SubscriptionsController) -> None:
    controller.refresh()
    qtbot.waitUntil(lambda: controller.state.phase is LoadPhase.LOADING)
    _load(qtbot, controller)


def _plain_active(controller: SubscriptionsController, count: int) -> list[int]:
    """Subscriptions the list shows as plainly active (not overdue, not in notice)."""
    today = controller.model.today()
    return [
        s.id
        for s in controller.model.subscriptions()
        if s.id is not None and s.display_status(today) == statuses.ACTIVE
    ][:count]


def test_changes_made_elsewhere_are_announced_after_the_next_load(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    heard: list[list[SubscriptionChange]] = []
    controller.status_changes.connect(heard.append)
    controller.set_session(session)
    _load(qtbot, controller)
    assert heard == []  # the first load has nothing to compare with

    cancelled, overdue, notice = _plain_active(controller, 3)
    today = date.today()
    state = sandbox.state
    with state.lock:  # as the dashboard would: not through this app
        state.cancel_subscription(state.subscriptions[cancelled], today)
        state.subscriptions[overdue].valid_until = today - timedelta(days=3)
        state.subscriptions[notice].end = today + timedelta(days=30)
    _refresh(qtbot, controller)

    assert len(heard) == 1
    found = {c.subscription_id: c for c in heard[0]}
    assert {i: c.status for i, c in found.items()} == {
        cancelled: statuses.CANCELLED,
        overdue: statuses.OVERDUE,
        notice: statuses.IN_NOTICE,
    }
    assert all(c.profile_id == session.profile_id for c in heard[0])
    assert found[cancelled].customer == controller.subscription(cancelled).contact.name  # type: ignore[union-attr]

    _refresh(qtbot, controller)  # nothing changed since: nothing is said
    assert len(heard) == 1


def test_a_cancel_made_here_and_a_new_subscription_are_no_news(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    heard: list[list[SubscriptionChange]] = []
    controller.status_changes.connect(heard.append)
    controller.set_session(session)
    _load(qtbot, controller)
    [mine] = _plain_active(controller, 1)
    with qtbot.waitSignal(controller.cancel_finished, timeout=TIMEOUT_MS) as done:
        assert controller.cancel(mine)
    assert done.args == [mine, "cancelled"]
    state = sandbox.state
    with state.lock:
        first = next(iter(state.subscriptions.values()))
        fields = {
            k: getattr(first, k)
            for k in (
                *("contact_id", "products", "currency", "purpose", "start"),
                *("payment_interval", "period", "cancellation_interval", "invoice_number"),
            )
        }
    added = state.add_subscription(
        **fields, valid_until=date.today() - timedelta(days=5), status="active"
    )
    _refresh(qtbot, controller)
    assert controller.subscription(added.id) is not None  # listed, overdue, but new
    assert heard == []


def test_the_saved_list_is_what_the_first_load_is_compared_with(
    qtbot: QtBot,
    make_controller: object,
    session: ProfileSession,
    sandbox: Sandbox,
) -> None:
    first = make_controller()  # type: ignore[operator]
    first.set_session(session)
    _load(qtbot, first)
    [target] = _plain_active(first, 1)
    first.set_session(None)  # the app closed; the list was saved

    with sandbox.state.lock:
        sandbox.state.cancel_subscription(sandbox.state.subscriptions[target], date.today())
    again = make_controller()  # type: ignore[operator]
    heard: list[list[SubscriptionChange]] = []
    again.status_changes.connect(heard.append)
    # The platform answers slower than the saved list is read: the saved list is on show first.
    sandbox.set_fault(Fault.LATENCY, seconds=0.5, object="Subscription")
    again.set_session(session)
    qtbot.waitUntil(lambda: again.state.from_cache, timeout=TIMEOUT_MS)
    sandbox.clear_faults()
    _load(qtbot, again)
    assert [[(c.subscription_id, c.status) for c in found] for found in heard] == [
        [(target, statuses.CANCELLED)]
    ]


def test_an_instance_with_messages_off_hears_nothing_of_its_subscriptions(
    qtbot: QtBot, english: None
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = PaymentNotifier(window, enabled=lambda profile_id: profile_id != "quiet")
    quiet = SubscriptionChange("quiet", 5, statuses.OVERDUE, "Anna Muster")
    assert not notifier.notify_subscriptions([quiet])
    assert notifier.window_text() == ""
    loud = [
        SubscriptionChange("loud", 5, statuses.OVERDUE, "Anna Muster"),
        SubscriptionChange("loud", 6, statuses.IN_NOTICE, ""),
    ]
    assert notifier.notify_subscriptions(loud)
    assert notifier.window_text() == (
        "The subscription of Anna Muster is overdue: its payment did not come. "
        "1 more subscription changed too."
    )
    assert notifier.notify_subscriptions([loud[1]])
    assert notifier.window_text() == "The subscription of subscription 6 is in notice: it will end."


@pytest.fixture
def application(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Application]:
    monkeypatch.setattr(dialogs, "ask", lambda *a, **_k: a[4](True))
    application = Application(parse_args(["--config-dir", str(tmp_path / "paydesk")]))
    window = application.build()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield application
    window.close()
    application.crash_handler.uninstall()
    from app.logs import shutdown_logging

    shutdown_logging()


def test_in_the_app_a_cancel_on_the_platform_shows_a_message_that_opens_it(
    qtbot: QtBot, application: Application
) -> None:
    window = application.window
    assert window is not None
    qtbot.waitUntil(lambda: application.sandbox is not None, timeout=TIMEOUT_MS)
    window.tabs.setCurrentWidget(application._subscriptions_tab)
    application._subscriptions_tab.build()
    controller = application.subscriptions
    qtbot.waitUntil(lambda: controller.session is not None, timeout=TIMEOUT_MS)
    _load(qtbot, controller)
    [target] = _plain_active(controller, 1)
    sandbox = application.sandbox
    assert sandbox is not None
    with sandbox.state.lock:
        sandbox.state.cancel_subscription(sandbox.state.subscriptions[target], date.today())

    window.tabs.setCurrentWidget(application.invoice_form)  # the user is elsewhere
    _refresh(qtbot, controller)
    name = controller.subscription(target).contact.name  # type: ignore[union-attr]
    assert application.notifier.window_text() == f"The subscription of {name} was cancelled."

    qtbot.mouseClick(application.notifier.bar.action_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is application._subscriptions_tab
    view = application._subscriptions_tab.view
    selected = view.selected_subscription()  # type: ignore[union-attr]
    assert selected is not None and selected.id == target
    assert application.notifier.window_text() == ""


def test_the_list_is_read_again_now_and_then_and_a_cancel_elsewhere_is_announced(
    qtbot: QtBot, make_controller: object, session: ProfileSession, sandbox: Sandbox
) -> None:
    controller = make_controller(auto_refresh_ms=300)  # type: ignore[operator]
    heard: list[list[SubscriptionChange]] = []
    controller.status_changes.connect(heard.append)
    controller.set_session(session)
    _load(qtbot, controller)
    [target] = _plain_active(controller, 1)
    shown = controller.model.rowCount()
    with sandbox.state.lock:  # the customer cancels through the self-service link
        sandbox.state.cancel_subscription(sandbox.state.subscriptions[target], date.today())

    # No click: the next look finds it, with the list on show all the while.
    qtbot.waitUntil(lambda: heard != [], timeout=TIMEOUT_MS)
    assert [(c.subscription_id, c.status) for c in heard[0]] == [(target, statuses.CANCELLED)]
    assert controller.model.rowCount() == shown

    # A load the user stopped stays stopped: the timer does not take it over.
    looks = sandbox.count("GET", "Subscription")
    controller.refresh()
    controller.stop()
    assert controller.state.phase is LoadPhase.STOPPED
    qtbot.wait(1_000)  # three turns of the timer: "nothing happens" needs the time to pass
    assert controller.state.phase is LoadPhase.STOPPED
    assert sandbox.count("GET", "Subscription") <= looks + 2  # what the stopped load had sent

    controller.set_session(None)  # no instance: no more looks
    looks = sandbox.count("GET", "Subscription")
    qtbot.wait(700)
    assert sandbox.count("GET", "Subscription") == looks

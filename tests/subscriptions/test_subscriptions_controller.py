"""The controller against the sandbox over loopback: paged loading, failures and Retry, Stop,
the rate budget, the saved list, and the actions (cancel, self-service link, export)."""

from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.models import subscriptions_format as fmt
from app.models.pump import ThrottledPump
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.subscriptions_controller import LoadPhase, LoadState, SubscriptionsController
from app.models.subscriptions_table import Column
from app.sandbox import Fault, Sandbox
from app.settings.profile import Profile
from app.store.subscriptions_cache import SubscriptionCache
from tests.conftest import Drain, FakeClock

from .conftest import expected_statuses

MakeController = Callable[..., SubscriptionsController]
OpenSession = Callable[[Profile], ProfileSession]
TIMEOUT_MS = 10_000


def seeded(sandbox: Sandbox) -> Counter[str]:
    with sandbox.state.lock:
        return Counter(s.status for s in sandbox.state.subscriptions.values())


def wait_phase(qtbot: QtBot, controller: SubscriptionsController, *phases: LoadPhase) -> None:
    qtbot.waitUntil(lambda: controller.state.phase in phases, timeout=TIMEOUT_MS)


def load(qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession) -> None:
    controller.set_session(session)
    wait_phase(qtbot, controller, LoadPhase.DONE)


def ids_in_view(controller: SubscriptionsController) -> list[int]:
    proxy = controller.proxy
    return [int(proxy.index(r, Column.ID).data()) for r in range(proxy.rowCount())]


def test_loads_every_seeded_subscription_first_page_at_once(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    total = sum(seeded(sandbox).values())
    assert total >= 40
    states: list[LoadState] = []
    controller.state_changed.connect(states.append)
    load(qtbot, controller, session)
    assert controller.model.rowCount() == total
    assert len(set(ids_in_view(controller))) == total
    # The first page was on show before the rest arrived, with progress along the way.
    # (Two pages are in flight at once: page 2, and the page 3 started when it came, may both
    # arrive before page 1 on a busy machine and wait for it.)
    loading = [s for s in states if s.phase is LoadPhase.LOADING and s.loaded]
    assert loading[0].loaded in (10, 20, 30)
    assert [s.loaded for s in loading] == sorted(s.loaded for s in loading)
    done = controller.state
    assert done.loaded == total and done.as_of is not None and done.online
    assert controller.can_act
    # Paged by offset/limit, 10 at a time (page 6 is the empty one past the end, or none).
    gets = [r for r in sandbox.requests if r.method == "GET" and r.object == "Subscription"]
    assert len(gets) in (5, 6)


def test_status_counts_match_the_sandbox(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    load(qtbot, controller, session)
    # In notice and overdue come from the dates, not from a status only the sandbox reports.
    expected = expected_statuses(sandbox, date.today())
    assert controller.proxy.status_counts() == dict(expected)
    controller.proxy.set_status_filter({"notice", "overdue"})
    assert controller.proxy.rowCount() == expected["notice"] + expected["overdue"]
    controller.proxy.set_status_filter({fmt.OTHER})
    assert controller.proxy.rowCount() == fmt.chip_counts(expected)[fmt.OTHER]


def test_failure_on_page_two_keeps_page_one_and_retry_completes(
    qtbot: QtBot, make_controller: MakeController, session: ProfileSession, sandbox: Sandbox
) -> None:
    controller = make_controller(max_in_flight=1)
    total = sum(seeded(sandbox).values())

    def break_next_page(state: LoadState) -> None:
        # Runs before the controller asks for page 2: its GET and both of the client's retries
        # get a 500.
        if state.loaded == 10 and state.phase is LoadPhase.LOADING:
            controller.state_changed.disconnect(break_next_page)
            sandbox.set_fault(Fault.SERVER_ERROR, object="Subscription", method="GET", times=3)

    controller.state_changed.connect(break_next_page)
    controller.set_session(session)
    wait_phase(qtbot, controller, LoadPhase.FAILED)
    state = controller.state
    assert controller.model.rowCount() == 10
    assert state.failed_page == 2
    assert state.missing_from == 11
    assert "internal error" in state.message
    assert state.detail
    assert sandbox.count("GET", "Subscription") == 4  # page 1, then page 2 three times

    controller.retry()
    wait_phase(qtbot, controller, LoadPhase.DONE)
    assert controller.model.rowCount() == total
    assert len(set(ids_in_view(controller))) == total


def test_stop_keeps_what_arrived_and_continue_finishes(
    qtbot: QtBot,
    make_controller: MakeController,
    session: ProfileSession,
    sandbox: Sandbox,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    controller = make_controller(max_in_flight=1)
    sandbox.set_fault(Fault.LATENCY, seconds=0.3, object="Subscription", method="GET")
    controller.set_session(session)
    qtbot.waitUntil(lambda: controller.state.loaded >= 10, timeout=TIMEOUT_MS)
    controller.stop()
    assert controller.state.phase is LoadPhase.STOPPED
    kept = controller.model.rowCount()
    assert kept >= 10
    assert controller.state.missing_from == kept + 1
    drain(runner)  # a page that was in flight has answered: dropped, not merged
    assert controller.model.rowCount() == kept
    sandbox.clear_faults()
    controller.retry()
    wait_phase(qtbot, controller, LoadPhase.DONE)
    assert controller.model.rowCount() == sum(seeded(sandbox).values())


def test_rate_budget_holds_pages_back(
    qtbot: QtBot,
    make_controller: MakeController,
    profile: Profile,
    open_session: OpenSession,
    sandbox: Sandbox,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    clock = FakeClock()
    controller = make_controller(clock=clock)
    # 20 requests per 5 minutes: a burst of 2, then one every ~16 s.
    session = open_session(dataclasses.replace(profile, rate_budget=20))
    controller.set_session(session)
    qtbot.waitUntil(lambda: controller.state.loaded == 20, timeout=TIMEOUT_MS)
    # The controller looks again (at most a second later); the clock has not moved: no token.
    pump = controller.loader.findChild(ThrottledPump)
    assert pump is not None and pump.waiting
    with qtbot.waitSignal(pump.timer.timeout, timeout=3000):
        pass
    drain(runner)  # a page it started anyway would have been asked for by now
    assert sandbox.count("GET", "Subscription") == 2
    assert controller.state.phase is LoadPhase.LOADING
    clock.now += 16
    qtbot.waitUntil(lambda: sandbox.count("GET", "Subscription") == 3, timeout=3000)
    clock.now += 600
    wait_phase(qtbot, controller, LoadPhase.DONE)


def test_a_new_session_drops_the_previous_load(
    qtbot: QtBot,
    make_controller: MakeController,
    profile: Profile,
    open_session: OpenSession,
    sandbox: Sandbox,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    controller = make_controller()
    sandbox.set_fault(Fault.LATENCY, seconds=0.2, object="Subscription", method="GET", times=2)
    controller.set_session(open_session(profile))
    controller.refresh()  # pressed twice: the first load is superseded
    other = open_session(dataclasses.replace(profile, id="other", display_name="Other"))
    controller.set_session(other)
    wait_phase(qtbot, controller, LoadPhase.DONE)
    drain(runner)  # everything of the dropped loads has answered by now, and was dropped
    total = sum(seeded(sandbox).values())
    assert controller.model.rowCount() == total
    assert controller.state.loaded == total
    assert controller.session is other


def test_saved_list_shows_at_once_and_offline_is_read_only(
    qtbot: QtBot,
    make_controller: MakeController,
    session: ProfileSession,
    open_session: OpenSession,
    profile: Profile,
    sandbox: Sandbox,
    cache: SubscriptionCache,
) -> None:
    first = make_controller()
    load(qtbot, first, session)
    total, as_of = first.model.rowCount(), first.state.as_of
    qtbot.waitUntil(lambda: cache.load(profile.id) is not None, timeout=TIMEOUT_MS)
    first.set_session(None)

    # Next start, and the platform is unreachable (every call a 500).
    sandbox.set_fault(Fault.SERVER_ERROR, object="Subscription", method="GET")
    second = make_controller()
    second.set_session(open_session(profile))
    qtbot.waitUntil(lambda: second.model.rowCount() == total, timeout=TIMEOUT_MS)
    assert second.state.from_cache
    assert second.state.as_of == as_of
    wait_phase(qtbot, second, LoadPhase.FAILED)
    assert second.model.rowCount() == total  # the saved rows stay
    assert not second.state.online
    assert not second.can_act  # read-only until the platform answers
    assert not second.cancel(ids_in_view(second)[0])
    assert sandbox.count("DELETE", "Subscription") == 0

    sandbox.clear_faults()
    second.retry()
    wait_phase(qtbot, second, LoadPhase.DONE)
    assert second.can_act
    assert not second.state.from_cache


def test_cancel_sends_one_delete_and_updates_the_row(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    load(qtbot, controller, session)
    active = next(s.id for s in controller.model.subscriptions() if s.status == "active" and s.id)
    with qtbot.waitSignal(controller.cancel_finished, timeout=TIMEOUT_MS) as finished:
        assert controller.cancel(active)
        assert not controller.cancel(active)  # already on its way: not sent twice
    assert finished.args == [active, "cancelled"]
    assert sandbox.count("DELETE", "Subscription") == 1
    row = controller.model.row_of(active)
    assert row is not None
    assert controller.model.index(row, Column.STATUS).data() == "Cancelled"
    assert controller.model.index(row, Column.END).data()


def test_cancel_without_answer_says_unknown_and_checks_the_row(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    load(qtbot, controller, session)
    active = next(s.id for s in controller.model.subscriptions() if s.status == "active" and s.id)
    sandbox.set_fault(Fault.DROP_CONNECTION, object="Subscription", method="DELETE", times=1)
    failures: list[tuple[str, str]] = []
    controller.action_failed.connect(lambda m, d: failures.append((m, d)))
    with qtbot.waitSignal(controller.cancel_finished, timeout=TIMEOUT_MS) as finished:
        controller.cancel(active)
    assert finished.args == [active, "unknown"]
    assert "not known" in failures[0][0]
    # Never retried: one DELETE; the row is checked with a GET and shows what happened.
    row = controller.model.row_of(active)
    assert row is not None
    qtbot.waitUntil(
        lambda: controller.model.index(row, Column.STATUS).data() == "Cancelled",
        timeout=TIMEOUT_MS,
    )
    assert sandbox.count("DELETE", "Subscription") == 1


def test_cancel_refused_by_the_platform_reports_the_error(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    load(qtbot, controller, session)
    target = controller.model.subscriptions()[0].id
    assert target is not None
    sandbox.set_fault(
        Fault.ERROR_ON_200,
        object="Subscription",
        method="DELETE",
        times=1,
        message="This subscription cannot be cancelled.",
    )
    with qtbot.waitSignal(controller.cancel_finished, timeout=TIMEOUT_MS) as finished:
        controller.cancel(target)
    assert finished.args == [target, "failed"]
    assert sandbox.count("DELETE", "Subscription") == 1


def test_a_500_after_a_cancel_is_unknown_not_failed(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    load(qtbot, controller, session)
    target = controller.model.subscriptions()[0].id
    assert target is not None
    sandbox.set_fault(Fault.SERVER_ERROR, object="Subscription", method="DELETE", times=1)
    with qtbot.waitSignal(controller.cancel_finished, timeout=TIMEOUT_MS) as finished:
        controller.cancel(target)
    assert finished.args == [target, "unknown"]
    assert sandbox.count("DELETE", "Subscription") == 1  # a 500 on a DELETE is not retried


def test_self_service_link_for_the_contact(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    load(qtbot, controller, session)
    sub = controller.model.subscriptions()[3]
    assert sub.id is not None and sub.contact is not None
    with qtbot.waitSignal(controller.self_service_link_ready, timeout=TIMEOUT_MS) as ready:
        assert controller.request_self_service_link(sub.id)
    subscription_id, link, expires = ready.args
    assert subscription_id == sub.id
    assert link.startswith(sandbox.base_url)
    assert expires is not None
    posts = [r for r in sandbox.requests if r.method == "POST" and r.object == "AuthToken"]
    assert len(posts) == 1


def test_read_only_profile_sends_no_actions(
    qtbot: QtBot,
    controller: SubscriptionsController,
    profile: Profile,
    open_session: OpenSession,
    sandbox: Sandbox,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    load(qtbot, controller, open_session(dataclasses.replace(profile, read_only=True)))
    target = controller.model.subscriptions()[0].id
    assert target is not None
    assert controller.read_only and not controller.can_act
    assert not controller.cancel(target)
    assert not controller.request_self_service_link(target)
    drain(runner)  # a request started anyway would have reached the sandbox
    assert sandbox.count("DELETE", "Subscription") == 0
    assert sandbox.count("POST", "AuthToken") == 0


def test_export_csv_is_the_filtered_sorted_view_with_bom(
    qtbot: QtBot,
    controller: SubscriptionsController,
    session: ProfileSession,
    tmp_path: Path,
) -> None:
    load(qtbot, controller, session)
    controller.proxy.set_status_filter({"active", fmt.OTHER})
    controller.proxy.sort(Column.AMOUNT, controller.proxy.sort_order().DescendingOrder)
    columns = [Column.CUSTOMER, Column.AMOUNT, Column.STATUS, Column.ID]
    target = tmp_path / "out.csv"
    with qtbot.waitSignal(controller.export_finished, timeout=TIMEOUT_MS) as done:
        count = controller.export_csv(target, columns)
    assert done.args == [str(target), count]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Customer", "Amount", "Currency", "Status", "Id"]
    proxy = controller.proxy
    expected = [
        [
            proxy.index(r, Column.CUSTOMER).data(),
            proxy.index(r, Column.AMOUNT).data().split(" ")[1].replace(",", ""),
            proxy.index(r, Column.AMOUNT).data().split(" ")[0],
            proxy.index(r, Column.STATUS).data(),
            proxy.index(r, Column.ID).data(),
        ]
        for r in range(proxy.rowCount())
    ]
    assert rows[1:] == expected
    assert count == proxy.rowCount() > 0


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+41 79", "@cmd", "-2"])
def test_export_neutralizes_formula_cells(value: str) -> None:
    from app.models.spreadsheet import neutralize

    assert neutralize(value) == "'" + value
    assert neutralize("Anna") == "Anna"


def test_a_confirmed_cancel_is_sent_even_if_the_profile_changes_at_once(
    qtbot: QtBot,
    controller: SubscriptionsController,
    session: ProfileSession,
    profile: Profile,
    open_session: OpenSession,
    sandbox: Sandbox,
) -> None:
    load(qtbot, controller, session)
    target = next(s.id for s in controller.model.subscriptions() if s.status == "active" and s.id)
    sandbox.set_fault(Fault.LATENCY, seconds=0.3, object="Subscription", method="DELETE")
    finished: list[object] = []
    controller.cancel_finished.connect(lambda *args: finished.append(args))
    assert controller.cancel(target)
    controller.set_session(open_session(dataclasses.replace(profile, id="other")))
    qtbot.waitUntil(lambda: sandbox.count("DELETE", "Subscription") == 1, timeout=TIMEOUT_MS)
    wait_phase(qtbot, controller, LoadPhase.DONE)
    qtbot.waitUntil(lambda: not controller.busy, timeout=TIMEOUT_MS)
    assert finished == []  # the outcome belonged to the other session's list
    with sandbox.state.lock:
        assert sandbox.state.subscriptions[target].status == "cancelled"


def test_an_ended_subscription_cannot_be_cancelled_and_nothing_is_sent(
    qtbot: QtBot, controller: SubscriptionsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    load(qtbot, controller, session)
    subs = controller.model.subscriptions()
    ended = next(s.id for s in subs if s.status in fmt.FINAL_STATUSES and s.id)
    active = next(s.id for s in subs if s.status == "active" and s.id)
    assert controller.can_cancel(active)
    assert not controller.can_cancel(ended)
    assert not controller.cancel(ended)  # enforced here too, not only by the disabled button
    assert not controller.busy  # a DELETE on its way would make it busy at once
    with qtbot.waitSignal(controller.cancel_finished, timeout=TIMEOUT_MS):
        assert controller.cancel(active)
    assert not controller.can_cancel(active)  # cancelled now
    assert sandbox.count("DELETE", "Subscription") == 1

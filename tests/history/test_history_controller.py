"""HistoryController against the sandbox over loopback: refresh, budget, delete, payments."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from app.api.models import Transaction
from app.models.history import Column
from app.models.history_controller import DeleteOutcome, HistoryController
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.sandbox import Fault, Sandbox
from app.store.records import INTERRUPTED_NOTE, RecordStore
from tests.conftest import Drain, FakeClock

from .conftest import Begin, Maker

UNKNOWN = "May have been created – check before creating again"


def _status(controller: HistoryController, record_id: int) -> str:
    row = controller.model.row_of(record_id)
    assert row is not None
    return str(controller.model.index(row, Column.STATUS).data())


def _wait_refreshed(qtbot: QtBot, controller: HistoryController) -> None:
    qtbot.waitUntil(lambda: not controller.refreshing, timeout=10_000)


def test_reload_per_profile_or_all(
    controller: HistoryController, session: ProfileSession, begin: Begin
) -> None:
    begin("Ours")
    begin("Theirs", profile_id="other")
    controller.set_session(session)
    assert controller.model.rowCount() == 1
    controller.set_all_profiles(True)
    assert controller.model.rowCount() == 2
    controller.set_session(None)
    assert controller.model.rowCount() == 2
    controller.set_all_profiles(False)
    assert controller.model.rowCount() == 0


def test_refresh_after_paying_shows_paid_and_asks_only_for_created_rows(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    sandbox: Sandbox,
    records: RecordStore,
    make_paylink: Maker,
    begin: Begin,
) -> None:
    paid = make_paylink("Website redesign", 123450)
    waiting = make_paylink("Logo", 50000)
    page = make_paylink("Donations", 2000, kind="page")
    failed = begin("Hosting")
    records.settle_failed(failed, "The API secret is not correct.")
    unknown = begin("Consulting")
    records.settle_unknown(unknown, INTERRUPTED_NOTE)
    begin("Workshop")  # still sending
    controller.set_session(session)
    assert _status(controller, paid.id) == "Waiting"

    assert paid.hash is not None
    sandbox.pay(paid.hash)
    sandbox.clear_requests()
    with qtbot.waitSignal(controller.message, timeout=10_000) as said:
        assert controller.refresh_statuses() == 3
    _wait_refreshed(qtbot, controller)

    assert said.args == ["Statuses are up to date (3 checked)."]
    assert _status(controller, paid.id) == "Paid"
    assert _status(controller, waiting.id) == "Waiting"
    assert _status(controller, unknown) == UNKNOWN
    assert records.get(paid.id).remote_status == "confirmed"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not controller.elsewhere.loading, timeout=10_000)
    assert sandbox.count("GET", "Invoice") == 2
    assert sandbox.count("GET", "Page") == 2  # the app's page, and the list of all pages
    assert {r.object_id for r in sandbox.requests} == {
        paid.remote_id,
        waiting.remote_id,
        page.remote_id,
        None,  # GET /Page/: the pages created elsewhere
    }

    # A paid paylink changes no more: the next refresh leaves it out.
    sandbox.clear_requests()
    controller.refresh_statuses()
    _wait_refreshed(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.elsewhere.loading, timeout=10_000)
    assert {r.object_id for r in sandbox.requests} == {waiting.remote_id, page.remote_id, None}


def test_visible_rows_go_first_and_two_at_most_are_in_flight(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
) -> None:
    made = [make_paylink(f"Paylink {n}") for n in range(6)]
    controller = HistoryController(runner, records)
    controller.set_session(session)
    sandbox.clear_requests()
    sandbox.set_fault(Fault.LATENCY, seconds=0.2, object="Invoice", method="GET")
    visible = [made[1].id, made[4].id]

    assert controller.refresh_statuses(visible) == 6
    assert controller.in_flight_count == 2
    assert controller.pending_count == 4
    peak = 0

    def busy() -> bool:
        nonlocal peak
        peak = max(peak, controller.in_flight_count)
        return not controller.refreshing

    qtbot.waitUntil(busy, timeout=10_000)
    assert peak == 2
    order = [r.object_id for r in sandbox.requests if r.object == "Invoice"]
    assert set(order[:2]) == {made[1].remote_id, made[4].remote_id}
    assert len(order) == 6


def test_the_rate_budget_queues_what_it_cannot_send(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
    clock: FakeClock,
) -> None:
    for n in range(3):
        make_paylink(f"Paylink {n}")
    tiny = dataclasses.replace(session, profile=dataclasses.replace(session.profile, rate_budget=1))
    controller = HistoryController(runner, records, clock=clock)
    controller.set_session(tiny)
    sandbox.clear_requests()

    controller.refresh_statuses()
    qtbot.waitUntil(lambda: controller.in_flight_count == 0, timeout=10_000)
    assert sandbox.count("GET", "Invoice") == 1
    assert controller.pending_count == 2
    assert controller.refreshing
    assert controller.pump.waiting  # the pump's timer wakes it when a token is due
    bucket = controller.bucket()
    assert bucket is not None and bucket.wait_seconds() == pytest.approx(300)

    clock.advance(150)
    controller.pump.pump()  # woken early: still nothing to spend
    assert controller.in_flight_count == 0 and controller.pending_count == 2

    clock.advance(150)
    controller.pump.pump()
    qtbot.waitUntil(lambda: controller.in_flight_count == 0, timeout=10_000)
    assert sandbox.count("GET", "Invoice") == 2
    assert controller.pending_count == 1

    controller.cancel_refresh()
    assert not controller.pump.timer.isActive() and not controller.refreshing


def test_a_rate_limit_answer_stops_the_refresh(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
) -> None:
    made = [make_paylink(f"Paylink {n}") for n in range(5)]
    controller = HistoryController(runner, records, max_in_flight=1)
    controller.set_session(session)
    sandbox.clear_requests()
    sandbox.set_fault(Fault.RATE_LIMIT, object="Invoice", method="GET")
    with qtbot.waitSignal(controller.message, timeout=10_000) as said:
        controller.refresh_statuses()
    assert sandbox.count("GET", "Invoice") == 1
    assert said.args[0].startswith("1 status(es) could not be refreshed: ")
    row = controller.model.row_of(made[0].id)
    assert row is not None


def test_delete_sends_exactly_one_delete(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    sandbox: Sandbox,
    records: RecordStore,
    make_paylink: Maker,
) -> None:
    record = make_paylink("Old offer")
    controller.set_session(session)
    sandbox.clear_requests()
    with qtbot.waitSignal(controller.delete_finished, timeout=10_000) as done:
        assert controller.delete_remote(record.id)
        assert not controller.delete_remote(record.id)  # a second press sends nothing
    assert done.args[:2] == [record.id, DeleteOutcome.DELETED.value]
    assert sandbox.count("DELETE", "Invoice") == 1
    assert records.get(record.id).remote_deleted  # type: ignore[union-attr]
    assert _status(controller, record.id) == "Deleted"
    assert not controller.can_delete(record.id)


def test_a_delete_without_answer_is_unknown_and_not_retried(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
) -> None:
    record = make_paylink("Old offer")
    controller.set_session(session)
    sandbox.clear_requests()
    sandbox.set_fault(Fault.DROP_CONNECTION, object="Invoice", method="DELETE")
    with qtbot.waitSignal(controller.delete_finished, timeout=10_000) as done:
        controller.delete_remote(record.id)
    assert done.args[1] == DeleteOutcome.UNKNOWN.value
    assert "may or may not have been deleted" in done.args[2]
    assert sandbox.count("DELETE", "Invoice") == 1
    assert _status(controller, record.id) == "Waiting"


def test_pages_and_read_only_sessions_cannot_be_deleted(
    controller: HistoryController, session: ProfileSession, sandbox: Sandbox, make_paylink: Maker
) -> None:
    paylink = make_paylink("Paylink")
    page = make_paylink("Page", kind="page")
    read_only = dataclasses.replace(
        session, profile=dataclasses.replace(session.profile, read_only=True)
    )
    controller.set_session(read_only)
    assert controller.read_only
    assert not controller.can_delete(paylink.id)
    assert not controller.delete_remote(paylink.id)
    controller.set_session(session)
    assert controller.can_delete(paylink.id)
    assert not controller.can_delete(page.id)
    assert sandbox.count("DELETE", "Invoice") == 0


def test_payments_of_a_paid_link(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
) -> None:
    record = make_paylink("Website redesign", 123450, reference="INV-77")
    controller.set_session(session)
    with qtbot.waitSignal(controller.payments_ready, timeout=10_000) as ready:
        controller.payments(record.id)
    assert ready.args == [record.id, []]

    assert record.hash is not None
    sandbox.pay(record.hash)
    with qtbot.waitSignal(controller.payments_ready, timeout=10_000) as ready:
        controller.payments(record.id)
    (payment,) = ready.args[1]
    assert isinstance(payment, Transaction)
    assert (payment.amount, payment.status, payment.reference_id) == (123450, "confirmed", "INV-77")
    assert _status(controller, record.id) == "Paid"  # the GET updated the row too


def test_payments_error_is_a_sentence(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
) -> None:
    record = make_paylink("Website redesign")
    controller.set_session(session)
    sandbox.set_fault(Fault.SERVER_ERROR, object="Invoice", method="GET")
    with qtbot.waitSignal(controller.payments_failed, timeout=10_000) as failed:
        controller.payments(record.id)
    assert failed.args[0] == record.id
    assert failed.args[1]


def test_duplicate_hands_over_the_stored_parameters(
    qtbot: QtBot, controller: HistoryController, session: ProfileSession, make_paylink: Maker
) -> None:
    record = make_paylink("Website redesign", 123450, reference="INV-9", kind="page")
    controller.set_session(session)
    with qtbot.waitSignal(controller.duplicate_requested) as asked:
        controller.duplicate(record.id)
    assert asked.args == [
        "page",
        {"title": "Website redesign", "amount": 123450, "currency": "CHF", "referenceId": "INV-9"},
    ]


def test_a_session_change_drops_the_refresh(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    sandbox: Sandbox,
    make_paylink: Maker,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    for n in range(4):
        make_paylink(f"Paylink {n}")
    controller.set_session(session)
    sandbox.set_fault(Fault.LATENCY, seconds=0.3, object="Invoice", method="GET")
    controller.refresh_statuses()
    controller.set_session(None)
    assert not controller.refreshing
    assert controller.pending_count == 0 and controller.in_flight_count == 0
    assert controller.model.rowCount() == 0
    drain(runner)  # whatever had started has answered, and was dropped
    assert sandbox.count("GET", "Invoice") <= 2
    assert controller.model.rowCount() == 0

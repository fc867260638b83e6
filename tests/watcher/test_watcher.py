"""The payment watcher against the sandbox, with a fake clock: a payment arrives and the row
follows within one poll; a rate-limit answer slows it down; offline it waits; a create in doubt is
settled by a payment with its reference; the cursor survives a restart; it keeps to its share."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.api import invoices
from app.models.payment_matching import PaidNotice
from app.models.session import ProfileSession
from app.models.watcher import BACK_OFF_FIRST, PaymentWatcher, WatchStatus
from app.sandbox import Fault, Sandbox
from app.store.records import RecordState, RecordStore
from app.store.watch import WatchStore
from tests.conftest import FakeClock

from .conftest import Maker


def first_poll(qtbot: QtBot, watcher: PaymentWatcher, session: ProfileSession) -> None:
    with qtbot.waitSignal(watcher.poll_finished, timeout=10_000):
        watcher.set_session(session)


def next_poll(qtbot: QtBot, watcher: PaymentWatcher, clock: FakeClock, seconds: float = 60) -> None:
    clock.advance(seconds)
    with qtbot.waitSignal(watcher.poll_finished, timeout=10_000):
        watcher.tick()


def list_calls(sandbox: Sandbox) -> int:
    return sum(1 for r in sandbox.requests if r.method == "GET" and r.object == "Transaction")


def test_a_payment_changes_the_row_within_one_poll_and_is_announced(
    qtbot: QtBot,
    make_watcher: object,
    make_paylink: Maker,
    sandbox: Sandbox,
    session: ProfileSession,
    records: RecordStore,
    clock: FakeClock,
) -> None:
    record = make_paylink("Workshop", 12550, reference="INV-100")
    other = make_paylink("Other", 5000, reference="INV-101")
    watcher: PaymentWatcher = make_watcher()  # type: ignore[operator]
    first_poll(qtbot, watcher, session)
    sandbox.clear_requests()

    sandbox.pay(record.link or "")
    changed: list[list[int]] = []
    notices: list[PaidNotice] = []
    watcher.records_changed.connect(changed.append)
    watcher.paid.connect(notices.append)
    next_poll(qtbot, watcher, clock)

    assert records.get(record.id).remote_status == "confirmed"  # type: ignore[union-attr]
    assert records.get(other.id).remote_status == "waiting"  # type: ignore[union-attr]
    assert [record.id] in changed
    assert [(n.record_id, n.amount_minor, n.currency) for n in notices] == [
        (record.id, 12550, "CHF")
    ]
    # The cheap way: one list call, no GET per link (both rows were read when created).
    assert list_calls(sandbox) == 1
    assert sandbox.count("GET", "Invoice") == 0

    # Seen again in the next poll's overlap: nothing new, nothing announced twice.
    next_poll(qtbot, watcher, clock)
    assert len(notices) == 1


def test_polls_come_every_minute_when_shown_and_every_five_when_hidden(
    qtbot: QtBot, make_watcher: object, sandbox: Sandbox, session: ProfileSession, clock: FakeClock
) -> None:
    shown = [True]
    watcher: PaymentWatcher = make_watcher(shown=lambda: shown[0])  # type: ignore[operator]
    first_poll(qtbot, watcher, session)
    clock.advance(59)
    watcher.tick()
    assert not watcher.polling
    next_poll(qtbot, watcher, clock, 1)
    shown[0] = False
    clock.advance(299)
    watcher.tick()
    assert not watcher.polling
    next_poll(qtbot, watcher, clock, 1)
    assert watcher.polls == 3


def test_a_rate_limit_answer_pauses_it_and_the_same_call_goes_again_later(
    qtbot: QtBot, make_watcher: object, sandbox: Sandbox, session: ProfileSession, clock: FakeClock
) -> None:
    watcher: PaymentWatcher = make_watcher()  # type: ignore[operator]
    first_poll(qtbot, watcher, session)
    sandbox.clear_requests()
    sandbox.set_fault(Fault.RATE_LIMIT, object="Transaction", times=1)
    clock.advance(60)
    watcher.tick()
    qtbot.waitUntil(lambda: watcher.status is WatchStatus.BACKING_OFF, timeout=10_000)
    assert [r.status for r in sandbox.requests] == [405]

    clock.advance(BACK_OFF_FIRST - 1)
    watcher.pump.pump()
    watcher.tick()
    assert len(sandbox.requests) == 1  # still holding off
    assert watcher.polling

    clock.advance(2)
    with qtbot.waitSignal(watcher.poll_finished, timeout=10_000):
        watcher.pump.pump()
    assert [r.status for r in sandbox.requests] == [405, 200]
    assert watcher.status is WatchStatus.IDLE


@pytest.mark.parametrize("cause", ["dropped", "stopped"])
def test_offline_it_waits_for_the_next_poll_without_retrying(
    qtbot: QtBot,
    make_watcher: object,
    make_paylink: Maker,
    sandbox: Sandbox,
    session: ProfileSession,
    records: RecordStore,
    clock: FakeClock,
    cause: str,
) -> None:
    record = make_paylink("Offline", 1000, reference="INV-7")
    watcher: PaymentWatcher = make_watcher()  # type: ignore[operator]
    first_poll(qtbot, watcher, session)
    sandbox.clear_requests()
    if cause == "dropped":
        sandbox.set_fault(Fault.DROP_CONNECTION, object="Transaction")
    else:
        sandbox.stop()
    next_poll(qtbot, watcher, clock)
    assert watcher.status is WatchStatus.OFFLINE
    sent = len(sandbox.requests)
    # The client's own retry of a GET is all that went (none reached a stopped sandbox).
    assert (1 <= sent <= 3) if cause == "dropped" else sent == 0

    clock.advance(30)  # before the next poll is due: nothing goes out
    watcher.tick()
    watcher.pump.pump()
    assert not watcher.polling and len(sandbox.requests) == sent

    if cause == "dropped":
        sandbox.clear_faults()
        sandbox.pay(record.link or "")
        next_poll(qtbot, watcher, clock, 30)
        assert watcher.status is WatchStatus.IDLE
        assert records.get(record.id).remote_status == "confirmed"  # type: ignore[union-attr]


def test_a_create_in_doubt_is_settled_by_a_payment_with_its_reference(
    qtbot: QtBot,
    make_watcher: object,
    sandbox: Sandbox,
    session: ProfileSession,
    records: RecordStore,
    clock: FakeClock,
) -> None:
    params = {"title": "Doubt", "amount": 4200, "currency": "CHF", "referenceId": "INV-55"}
    record_id = records.begin("demo", "invoice", "Doubt", "INV-55", 4200, "CHF", "", params)
    created = invoices.create(session.client, params)  # it did reach the server...
    records.settle_unknown(record_id, "no answer")  # ...but no answer came back
    watcher: PaymentWatcher = make_watcher()  # type: ignore[operator]
    first_poll(qtbot, watcher, session)
    assert records.get(record_id).state is RecordState.UNKNOWN  # type: ignore[union-attr]

    sandbox.pay(created.link or "")
    changed: list[list[int]] = []
    watcher.records_changed.connect(changed.append)
    next_poll(qtbot, watcher, clock)
    settled = records.get(record_id)
    assert settled is not None
    assert settled.state is RecordState.CREATED and settled.remote_status == "confirmed"
    assert any(record_id in ids for ids in changed)
    assert sandbox.count("POST", "Invoice") == 1  # nothing was sent again


def test_the_cursor_survives_a_restart(
    qtbot: QtBot,
    make_watcher: object,
    make_paylink: Maker,
    sandbox: Sandbox,
    session: ProfileSession,
    records: RecordStore,
    watch: WatchStore,
    clock: FakeClock,
) -> None:
    record = make_paylink("Before", 2500, reference="INV-9")
    watcher: PaymentWatcher = make_watcher()  # type: ignore[operator]
    first_poll(qtbot, watcher, session)
    sandbox.pay(record.link or "")
    next_poll(qtbot, watcher, clock)
    cursor = watch.cursor("demo")
    assert cursor is not None
    watcher.set_session(None)  # Paydesk stops

    later = make_paylink("While closed", 3000, reference="INV-10")
    sandbox.pay(later.link or "")
    sandbox.clear_requests()
    restarted: PaymentWatcher = make_watcher()  # type: ignore[operator]
    notices: list[PaidNotice] = []
    restarted.paid.connect(notices.append)
    first_poll(qtbot, restarted, session)  # not a first look: it resumes at the cursor

    since = sandbox.requests[0].params["filterDatetimeUtcGreaterThan"]
    assert since == (cursor - timedelta(minutes=10)).strftime("%Y-%m-%d %H:%M:%S")
    assert [n.record_id for n in notices] == [later.id]
    assert records.get(later.id).remote_status == "confirmed"  # type: ignore[union-attr]


def test_only_rows_nothing_matched_get_their_own_get_oldest_first_within_a_tenth(
    qtbot: QtBot,
    make_watcher: object,
    make_paylink: Maker,
    sandbox: Sandbox,
    session: ProfileSession,
    watch: WatchStore,
    clock: FakeClock,
) -> None:
    rows = [make_paylink(f"Old {n}", 1000 + n, reference=f"INV-{200 + n}") for n in range(12)]
    fresh = make_paylink("Fresh", 900, reference="INV-300")
    now = clock.utc()
    # Checked 7 to 18 hours ago (row 11 the longest ago); the fresh one was just created.
    for n, row in enumerate(rows):
        watch.mark_checked([row.id], now - timedelta(hours=7 + n))
    watcher: PaymentWatcher = make_watcher()  # type: ignore[operator]
    watcher.set_session(session)
    # The profile budget is 600 per 5 minutes: the watcher's tenth lets 6 calls go at once,
    # the list and 5 of the rows; the rest wait for its share to refill.
    qtbot.waitUntil(lambda: sandbox.count("GET", "Invoice") == 5 and watcher.pump.waiting)
    asked = [r.object_id for r in sandbox.requests if r.object == "Invoice" and r.method == "GET"]
    # Oldest check first (two go at once, so they may arrive in either order).
    assert set(asked) == {row.remote_id for row in rows[-5:]}
    assert fresh.remote_id not in asked

    # The rest follow as the watcher's share refills (about one every 5.5 s).
    for _ in range(12):
        clock.advance(6)
        watcher.pump.pump()
        if not watcher.polling:
            break
        qtbot.waitUntil(lambda: not watcher.pump.in_flight)
    qtbot.waitUntil(lambda: not watcher.polling)
    assert sandbox.count("GET", "Invoice") == 12
    checked = watch.last_checked(r.id for r in rows)
    assert all(now - checked[r.id] < timedelta(minutes=5) for r in rows)

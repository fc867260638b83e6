"""Payments and totals against the sandbox's Demo data (live and test payments, refunds,
declines), every number checked against the seeded transactions computed here on their own."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.models.payments_controller import PaymentsController, Phase
from app.models.payments_table import Column, Mode, StatusGroup
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.sandbox import Sandbox
from app.sandbox.faults import Fault
from app.sandbox.objects import Transaction as SeededPayment
from app.store.records import RecordState, RecordStore
from app.views.payments import PaymentsView
from tests.conftest import FakeClock

from .conftest import MakeRecord

NOW = datetime.now().astimezone()
TODAY = NOW.date()


def local_day(payment: SeededPayment) -> date:
    return payment.time.replace(tzinfo=UTC).astimezone().date()


def seeded(sandbox: Sandbox, first: date, last: date) -> list[SeededPayment]:
    """The sandbox's payments of these local days, up to NOW (the list's end)."""
    return [
        t
        for t in sandbox.state.transactions.values()
        if first <= local_day(t) <= last and t.time.replace(tzinfo=UTC) < NOW
    ]


def expected_totals(sandbox: Sandbox) -> dict[tuple[int, bool], dict[str, int]]:
    sums: dict[tuple[int, bool], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for t in seeded(sandbox, TODAY - timedelta(days=29), TODAY):
        if t.status != "confirmed":
            continue
        age = (TODAY - local_day(t)).days
        for window in (1, 7, 30):
            if age < window:
                sums[(window, t.mode == "TEST")][t.currency] += t.amount
    return {k: dict(v) for k, v in sums.items()}


@pytest.fixture
def controller(runner: TaskRunner, records: RecordStore) -> PaymentsController:
    return PaymentsController(runner, records, page_size=10, now=lambda: NOW)


def load(qtbot: QtBot, controller: PaymentsController, session: ProfileSession | None) -> None:
    controller.set_session(session)
    qtbot.waitUntil(lambda: controller.state.phase is Phase.DONE, timeout=15_000)


def test_lists_every_payment_of_the_last_30_days_page_by_page(
    qtbot: QtBot, controller: PaymentsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    sandbox.clear_requests()
    load(qtbot, controller, session)
    expected = seeded(sandbox, TODAY - timedelta(days=29), TODAY)
    assert len(expected) > 10  # more than one page, or the paging is not tested
    shown = controller.model.payments()
    assert sorted(p.id for p in shown) == sorted(t.id for t in expected)
    # Paged through the pump: one GET per page of 10, the last one short; nothing asked twice.
    assert sandbox.count("GET", "Transaction") == len(expected) // 10 + 1
    assert controller.state.loaded == len(expected)


def test_totals_per_currency_count_only_paid_and_keep_test_apart(
    qtbot: QtBot, controller: PaymentsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    load(qtbot, controller, session)
    totals = controller.totals
    assert totals is not None
    expected = expected_totals(sandbox)
    for window in (1, 7, 30):
        assert totals.live[window] == expected.get((window, False), {})
        assert totals.test[window] == expected.get((window, True), {})
    # The seeded data has live and test money, and refunds and declines that must not count.
    assert expected.get((30, False)) and expected.get((30, True))
    statuses = {t.status for t in seeded(sandbox, TODAY - timedelta(days=29), TODAY)}
    assert statuses - {"confirmed"}


def test_the_chart_has_one_bar_pair_per_day_live_apart_from_test(
    qtbot: QtBot, controller: PaymentsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    view = PaymentsView(controller)
    qtbot.addWidget(view)
    load(qtbot, controller, session)
    live: dict[date, int] = defaultdict(int)
    test: dict[date, int] = defaultdict(int)
    for t in seeded(sandbox, TODAY - timedelta(days=29), TODAY):
        if t.status == "confirmed" and t.currency == "CHF":
            (test if t.mode == "TEST" else live)[local_day(t)] += t.amount
    view.chart_currency.setCurrentIndex(view.chart_currency.findData("CHF"))
    days = view.chart.days()
    assert [d.day for d in days] == [TODAY - timedelta(days=29 - n) for n in range(30)]
    assert [(d.live, d.test) for d in days] == [(live[d.day], test[d.day]) for d in days]
    # The same numbers in words, for a screen reader.
    summary = view.chart.accessibleDescription()
    assert f"CHF {sum(live.values()) / 100:,.2f}" in summary
    assert f"CHF {sum(test.values()) / 100:,.2f}" in summary
    assert view.chart_summary.text() == summary


def test_the_totals_show_in_the_view(
    qtbot: QtBot, controller: PaymentsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    view = PaymentsView(controller)
    qtbot.addWidget(view)
    load(qtbot, controller, session)
    expected = expected_totals(sandbox)
    for window in (1, 7, 30):
        for test in (False, True):
            sums = expected.get((window, test), {})
            text = "\n".join(f"{c} {sums[c] / 100:,.2f}" for c in sorted(sums)) or "–"
            assert view.total_text(window, test) == text


def test_filters_status_mode_and_search(
    qtbot: QtBot, controller: PaymentsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    view = PaymentsView(controller)
    qtbot.addWidget(view)
    load(qtbot, controller, session)
    proxy = controller.proxy
    everything = proxy.rowCount()

    view.status_filter.setCurrentIndex(view.status_filter.findData(StatusGroup.PAID.value))
    assert 0 < proxy.rowCount() < everything
    assert {p.status for p in proxy.shown()} == {"confirmed"}
    assert proxy.index(0, Column.STATUS).data() == "Paid"

    view.mode_filter.setCurrentIndex(view.mode_filter.findData(Mode.TEST.value))
    assert proxy.rowCount() > 0
    assert {p.mode for p in proxy.shown()} == {"TEST"}

    view.status_filter.setCurrentIndex(0)
    view.mode_filter.setCurrentIndex(view.mode_filter.findData(Mode.LIVE.value))
    assert {p.mode for p in proxy.shown()} == {"LIVE"}

    view.mode_filter.setCurrentIndex(0)
    declined = [p for p in controller.model.payments() if p.status == "declined"]
    assert declined
    view.status_filter.setCurrentIndex(view.status_filter.findData(StatusGroup.FAILED.value))
    assert {p.id for p in proxy.shown()} >= {p.id for p in declined}

    view.status_filter.setCurrentIndex(0)
    target = controller.model.payments()[0]
    assert target.reference_id and target.contact
    qtbot.keyClicks(view.search, target.reference_id.lower())
    assert proxy.rowCount() >= 1
    assert all(p.reference_id == target.reference_id for p in proxy.shown())
    view.search.clear()
    # Accents are optional: the customer's surname typed plainly still finds the payment.
    name = target.contact.lastname or ""
    plain = name.replace("ä", "a").replace("ü", "u").replace("ö", "o").replace("é", "e")
    qtbot.keyClicks(view.search, plain)
    assert target in proxy.shown()


def test_csv_export_writes_what_the_list_shows(
    qtbot: QtBot,
    controller: PaymentsController,
    session: ProfileSession,
    tmp_path: Path,
) -> None:
    view = PaymentsView(controller)
    qtbot.addWidget(view)
    load(qtbot, controller, session)
    view.mode_filter.setCurrentIndex(view.mode_filter.findData(Mode.LIVE.value))
    shown = controller.proxy.shown()
    target = tmp_path / "payments.csv"
    with qtbot.waitSignal(controller.export_finished, timeout=5000) as done:
        view.export_to(str(target))
    assert done.args == [str(target), len(shown)]
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:5] == ["id", "time_utc", "status", "amount", "currency"]
    assert [int(r[0]) for r in rows[1:]] == [p.id for p in shown]
    first = shown[0]
    assert first.amount is not None
    assert rows[1][3] == f"{first.amount / 100:.2f}"  # a plain amount, for machines
    assert {r[5] for r in rows[1:]} == {"LIVE"}
    assert "saved" in view.progress_label.text()


def test_export_to_a_folder_that_is_gone_says_so(
    qtbot: QtBot, controller: PaymentsController, session: ProfileSession, tmp_path: Path
) -> None:
    view = PaymentsView(controller)
    qtbot.addWidget(view)
    load(qtbot, controller, session)
    target = tmp_path / "missing" / "payments.csv"
    with qtbot.waitSignal(controller.action_failed, timeout=5000):
        view.export_to(str(target))
    assert view.progress_label.text().startswith("⚠ Could not write payments.csv")
    assert not target.exists()


def test_older_days_load_on_their_own_and_the_totals_still_cover_the_last_30(
    qtbot: QtBot, controller: PaymentsController, session: ProfileSession, sandbox: Sandbox
) -> None:
    first, last = TODAY - timedelta(days=400), TODAY - timedelta(days=100)
    controller.set_session(session)
    qtbot.waitUntil(lambda: controller.state.phase is Phase.DONE, timeout=15_000)
    controller.set_range(first, last)
    qtbot.waitUntil(lambda: controller.state.phase is Phase.DONE, timeout=15_000)
    assert sorted(p.id for p in controller.model.payments()) == sorted(
        t.id for t in seeded(sandbox, first, last)
    )
    totals = controller.totals
    assert totals is not None
    assert totals.live[30] == expected_totals(sandbox).get((30, False), {})


def test_a_failed_page_keeps_what_arrived_and_retry_goes_on(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    session: ProfileSession,
    sandbox: Sandbox,
) -> None:
    # One payment a page and a clock that stands still: the budget's burst of 10 pages goes
    # out, then the pump waits, and the fault meets page 11 exactly.
    clock = FakeClock()
    controller = PaymentsController(runner, records, page_size=1, now=lambda: NOW, clock=clock)
    view = PaymentsView(controller)
    qtbot.addWidget(view)
    controller.set_session(session)
    qtbot.waitUntil(lambda: controller.model.rowCount() == 10 and controller.pump.waiting)
    # The client tries a GET three times on a 5xx before it gives up: all three fail.
    sandbox.set_fault(Fault.SERVER_ERROR, object="Transaction", times=3)
    clock.advance(1)
    controller.pump.pump()
    qtbot.waitUntil(lambda: controller.state.phase is Phase.FAILED, timeout=5000)
    assert controller.model.rowCount() == 10
    assert not view.retry_button.isHidden()
    assert "Loading stopped after 10 payments" in view.progress_label.text()
    assert sandbox.count("GET", "Transaction") == 10 + 3

    def moving() -> bool:
        clock.advance(1)
        controller.pump.pump()
        return controller.state.phase is Phase.DONE

    view.retry_button.click()
    qtbot.waitUntil(moving, timeout=10_000)
    expected = seeded(sandbox, TODAY - timedelta(days=29), TODAY)
    assert sorted(p.id for p in controller.model.payments()) == sorted(t.id for t in expected)
    # Retry went on from the page that failed: every page asked once (the last one empty), and
    # the one that failed three more times.
    assert sandbox.count("GET", "Transaction") == len(expected) + 1 + 3


def test_a_rate_limit_answer_pauses_then_the_same_page_is_asked_again(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    session: ProfileSession,
    sandbox: Sandbox,
) -> None:
    clock = FakeClock()
    controller = PaymentsController(runner, records, page_size=10, now=lambda: NOW, clock=clock)
    sandbox.set_fault(Fault.RATE_LIMIT, object="Transaction", times=1)
    controller.set_session(session)
    qtbot.waitUntil(lambda: controller.state.phase is Phase.SLOWED, timeout=5000)
    assert "slow down" in controller.state.message
    asked = sandbox.count("GET", "Transaction")
    controller.pump.pump()  # woken early: the pause holds
    assert sandbox.count("GET", "Transaction") == asked
    clock.advance(61)
    controller.pump.pump()
    qtbot.waitUntil(lambda: controller.state.phase is Phase.DONE, timeout=10_000)
    expected = seeded(sandbox, TODAY - timedelta(days=29), TODAY)
    assert controller.model.rowCount() == len(expected)


def test_a_payment_with_its_reference_settles_a_create_in_doubt(
    qtbot: QtBot,
    runner: TaskRunner,
    session: ProfileSession,
    sandbox: Sandbox,
    make_record: MakeRecord,
    records: RecordStore,
) -> None:
    # The sandbox stamps the payment with the real clock: the times here are taken now, not
    # when the module was collected (a minute of other tests before would put it out of range).
    now = datetime.now().astimezone()
    doubtful = make_record(
        "Hosting", at=now - timedelta(hours=2), reference="DOUBT-1", state="unknown"
    )
    # It was created after all, and paid: the platform shows a payment with its reference.
    paid = make_record("Hosting", at=now - timedelta(hours=2), reference="DOUBT-1")
    assert paid.link
    sandbox.pay(paid.link)
    later = datetime.now().astimezone() + timedelta(minutes=1)
    controller = PaymentsController(runner, records, now=lambda: later)
    load(qtbot, controller, session)
    settled = records.get(doubtful.id)
    assert settled is not None and settled.state is RecordState.CREATED


def test_no_instance_no_requests(
    qtbot: QtBot, controller: PaymentsController, sandbox: Sandbox
) -> None:
    view = PaymentsView(controller)
    qtbot.addWidget(view)
    sandbox.clear_requests()
    controller.set_session(None)
    assert view.progress_label.text() == "Choose an instance to see its payments."
    assert sandbox.count("GET", "Transaction") == 0
    assert view.total_text(30, False) == "–"

"""No race rewrites the past: a late status answer never overwrites a newer local state.

The real task runner and the sandbox's HANG fault interleave the calls: the GET is answered by
the platform before the DELETE (or the payment) happens, but its answer reaches the app after.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.api import errors, invoices, transactions
from app.models.history import Column
from app.models.history_controller import DeleteOutcome, HistoryController
from app.models.session import ProfileSession
from app.models.unknown_create import settle_from_payments
from app.sandbox import Fault, Sandbox
from app.store.records import RecordState, RecordStore

from .conftest import Maker

TIMEOUT_MS = 15_000


def _status(controller: HistoryController, record_id: int) -> str:
    row = controller.model.row_of(record_id)
    assert row is not None
    return str(controller.model.index(row, Column.STATUS).data())


def _get_was_answered(sandbox: Sandbox) -> bool:
    return any(r.method == "GET" and r.object == "Invoice" and r.status for r in sandbox.requests)


def test_a_refresh_answer_after_a_delete_does_not_bring_the_row_back(
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
    # The GET reads "waiting" at once, and its answer is held back for a second.
    sandbox.set_fault(Fault.HANG, object="Invoice", method="GET", seconds=1.0, times=1)
    assert controller.refresh_statuses() == 1
    qtbot.waitUntil(lambda: sandbox.count("GET", "Invoice") == 1, timeout=TIMEOUT_MS)
    # Meanwhile the user deletes the paylink; the DELETE is answered first.
    with qtbot.waitSignal(controller.delete_finished, timeout=TIMEOUT_MS) as done:
        assert controller.delete_remote(record.id)
    assert done.args[1] == DeleteOutcome.DELETED.value
    assert _status(controller, record.id) == "Deleted"
    # Then the late "waiting" arrives.
    qtbot.waitUntil(lambda: not controller.refreshing, timeout=TIMEOUT_MS)
    assert _get_was_answered(sandbox)
    stored = records.get(record.id)
    assert stored is not None and stored.remote_deleted
    assert _status(controller, record.id) == "Deleted"
    assert not controller.can_delete(record.id)  # Delete is not offered again
    assert sandbox.count("DELETE", "Invoice") == 1


def test_a_late_waiting_does_not_overwrite_a_newer_paid(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    sandbox: Sandbox,
    records: RecordStore,
    make_paylink: Maker,
) -> None:
    record = make_paylink("Workshop")
    controller.set_session(session)
    sandbox.clear_requests()
    sandbox.set_fault(Fault.HANG, object="Invoice", method="GET", seconds=1.0, times=1)
    controller.refresh_statuses()  # the slow one: reads "waiting"
    qtbot.waitUntil(lambda: sandbox.count("GET", "Invoice") == 1, timeout=TIMEOUT_MS)
    assert record.hash is not None
    sandbox.pay(record.hash)
    # A second look (History's payments) reads "confirmed" and stores it first.
    with qtbot.waitSignal(controller.payments_ready, timeout=TIMEOUT_MS):
        assert controller.payments(record.id)
    stored = records.get(record.id)
    assert stored is not None and stored.remote_status == "confirmed"
    qtbot.waitUntil(lambda: not controller.refreshing, timeout=TIMEOUT_MS)
    assert _get_was_answered(sandbox)
    stored = records.get(record.id)
    assert stored is not None and stored.remote_status == "confirmed"
    assert _status(controller, record.id) == "Paid"


def test_a_payment_with_its_reference_settles_a_create_in_doubt(
    session: ProfileSession, sandbox: Sandbox, records: RecordStore
) -> None:
    # A create whose answer came back empty, paid by the customer afterwards.
    sandbox.set_fault(Fault.WRITTEN_EMPTY, object="Invoice", method="POST", times=1)
    params = {"title": "Lost answer", "amount": 5000, "currency": "CHF", "referenceId": "INV-77"}
    doubt = records.begin(
        session.profile_id, "invoice", "Lost answer", "INV-77", 5000, "CHF", "", params
    )
    with pytest.raises(errors.OutcomeUnknownError) as info:
        invoices.create(session.client, params)
    records.settle_unknown(doubt, info.value.detail)
    with sandbox.state.lock:
        made = next(
            i for i in sandbox.state.invoices.values() if i.values["title"] == "Lost answer"
        )
    sandbox.pay(made.hash)
    # What History's payments fallback (and a watcher) reads: the transactions list.
    found = transactions.list_transactions(session.client, order="DESC", limit=100)
    settled = settle_from_payments(records, session.profile_id, found)
    assert [r.id for r in settled] == [doubt]
    record = records.get(doubt)
    assert record is not None
    assert (record.state, record.remote_status) == (RecordState.CREATED, "confirmed")
    # Read again: nothing more to settle, nothing changes.
    assert settle_from_payments(records, session.profile_id, found) == []

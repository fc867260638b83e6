"""A link's state from the record (status, expiry, payments seen), and the question asked
before a dead one goes out from the link panel."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.models.link_state import LinkState, link_info_of, link_state
from app.store.records import RecordStore
from app.store.watch import SeenPayment, WatchStore
from app.views import dialogs
from app.views.link_panel import LinkPanel

TODAY = date(2027, 3, 10)


def created(records: RecordStore, *, kind: str = "invoice", expires: str | None = None) -> int:
    params = {"title": "Rent", "amount": 10000, "currency": "CHF"}
    if expires:
        params["expirationDate"] = expires
    record_id = records.begin("demo", kind, "Rent", "INV-1", 10000, "CHF", "", params)
    records.settle_created(record_id, 4101, "abc", "http://127.0.0.1/pay/abc", "waiting")
    return record_id


@pytest.mark.parametrize(
    ("kind", "status", "expires", "paid", "expected"),
    [
        ("invoice", "waiting", None, 0, LinkState.WAITING),
        ("invoice", "confirmed", None, 0, LinkState.PAID),
        ("invoice", "waiting", None, 4000, LinkState.PARTLY_PAID),
        ("invoice", "waiting", None, 10000, LinkState.PAID),
        ("invoice", "waiting", "2027-03-09", 0, LinkState.EXPIRED),
        ("invoice", "waiting", "2027-03-10", 0, LinkState.WAITING),  # the last day still pays
        ("invoice", "confirmed", "2027-03-01", 0, LinkState.PAID),
        ("invoice", "deleted", None, 0, LinkState.DELETED),
        ("page", "active", None, 10000, LinkState.WAITING),  # a page takes many payments
        ("page", "active", "2027-01-01", 0, LinkState.EXPIRED),
    ],
)
def test_the_state_follows_status_expiry_and_payments(
    records: RecordStore,
    kind: str,
    status: str,
    expires: str | None,
    paid: int,
    expected: LinkState,
) -> None:
    record_id = created(records, kind=kind, expires=expires)
    if status == "deleted":
        records.mark_remote_deleted(record_id)
    else:
        records.update_remote_status(record_id, status)
    record = records.get(record_id)
    assert record is not None
    assert link_state(record, TODAY, paid) is expected


def test_a_row_without_a_link_has_no_state(records: RecordStore) -> None:
    record_id = records.begin("demo", "invoice", "X", "R", 100, "CHF", "", {})
    records.settle_unknown(record_id, "no answer")
    assert link_state(records.get(record_id), TODAY) is None  # type: ignore[arg-type]


def test_payments_seen_once_count_once_and_only_in_the_records_currency(
    records: RecordStore, watch: WatchStore
) -> None:
    record_id = created(records)

    def seen(transaction_id: int, amount: int, currency: str = "CHF", status: str = "confirmed"):  # type: ignore[no-untyped-def]
        return watch.record_payment(
            SeenPayment(
                "demo", transaction_id, record_id, "INV-1", status, amount, currency, "TEST", None
            )
        )

    assert seen(1, 4000).value == "new"
    assert seen(1, 4000).value == "same"
    seen(2, 999, currency="EUR")
    seen(3, 500, status="declined")
    assert watch.paid_minor(record_id, "chf") == 4000
    assert seen(3, 500, status="confirmed").value == "status changed"
    assert watch.paid_minor(record_id, "CHF") == 4500


@pytest.mark.parametrize(
    ("dead", "question"),
    [
        ("paid", "“Rent” has already been paid. Send its link to a customer anyway?"),
        (
            "deleted",
            "“Rent” was deleted on the server: its link no longer works. Send it to a customer "
            "anyway?",
        ),
        (
            "expired",
            "“Rent” has expired: its link no longer takes payments. Send it to a customer anyway?",
        ),
    ],
)
@pytest.mark.parametrize("answer", [True, False])
def test_a_dead_link_asks_before_copy_qr_and_message_and_no_means_nothing_goes_out(
    qtbot: QtBot,
    records: RecordStore,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dead: str,
    question: str,
    answer: bool,
) -> None:
    asked: list[str] = []

    def ask(parent, title, text, accept_label, on_done, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        on_done(answer)

    monkeypatch.setattr(dialogs, "ask", ask)
    record_id = created(records, expires="2000-01-01" if dead == "expired" else None)
    if dead == "deleted":
        records.mark_remote_deleted(record_id)
    elif dead == "paid":
        records.update_remote_status(record_id, "confirmed")
    panel = LinkPanel(file_chooser=lambda _parent, _suggested: str(tmp_path / "qr.png"))
    qtbot.addWidget(panel)
    record = records.get(record_id)
    assert record is not None
    panel.show_link(link_info_of(record, "de", date.today()))
    assert panel.view.state_badge.text().endswith(dead.capitalize())

    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    panel.copy_link()
    panel.copy_message()
    panel.copy_qr()
    panel.save_qr()
    assert asked == [question] * 4
    if answer:
        assert (tmp_path / "qr.png").exists()
    else:
        assert clipboard.text() == "before"
        assert not (tmp_path / "qr.png").exists()


def test_the_panel_follows_the_state_without_starting_over(
    qtbot: QtBot, records: RecordStore
) -> None:
    record_id = created(records)
    panel = LinkPanel()
    qtbot.addWidget(panel)
    record = records.get(record_id)
    assert record is not None
    panel.show_link(link_info_of(record, "de", date.today()))
    panel.set_message_language("fr")
    records.update_remote_status(record_id, "confirmed")
    record = records.get(record_id)
    assert record is not None
    panel.refresh(link_info_of(record, "de", date.today() + timedelta(days=0)))
    assert panel.view.state_badge.text() == "Paid"
    assert panel.message_language() == "fr"  # the user's choice stays

"""The payments dialog shows documented Transaction answers: the amount and currency from
wherever the answer keeps them, test or live, and a status by its own name unless it is a
paid one (only "confirmed" is)."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.api.models import Transaction
from app.store.records import RecordStore
from app.views.history_payments import PaymentsDialog

from .conftest import Begin, UseLocale

FIXTURES = Path(__file__).parents[1] / "api" / "fixtures"


def payments(name: str) -> list[Transaction]:
    answer = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return [Transaction.parse(raw) for raw in answer["data"]]


def test_documented_and_live_payments(
    qtbot: QtBot, begin: Begin, records: RecordStore, ui_locale: UseLocale, english: None
) -> None:
    ui_locale("de_CH")
    record = records.get(begin("Shop order", 100, currency="USD"))
    assert record is not None
    dialog = PaymentsDialog(record)
    qtbot.addWidget(dialog)
    shown = payments("transaction_list.json") + payments("transaction_live_variants.json")
    dialog.show_payments(shown)
    cells = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert [row[1:3] + row[4:] for row in cells] == [
        ["Authorized (not charged yet)", "CHF 92.72", "Payrexx_Payments", "Live"],
        ["Paid", "CHF 43.50", "Payrexx_Payments", "Live"],
        ["insecure", "EUR 50.00", "Payrexx_Payments", "Test"],
        ["Partly refunded", "CHF 120.00", "Twint", "Live"],
        ["Refund pending", "GBP 19.99", "—", "Live"],
    ]
    assert [row[3] for row in cells] == ["Hans Schmid", "Hans Muster", "Mia Keller", "—", "—"]
    assert dialog.status_label.text() == "5 payments through this link. 1 of them paid."

"""The payments list sorts its own rows (`OrderedListModel`): a click on a header, and pages that
arrive while it is sorted, each row at its place; the selection follows its row."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from app.api.models import Transaction
from app.models.payments_table import Column, PaymentsFilterProxy, PaymentsTableModel

FIXTURES = Path(__file__).resolve().parent.parent / "api" / "fixtures"


def _payments(count: int, seed: int, first_id: int = 1000) -> list[Transaction]:
    """The documented list answer's payment, as many times as asked, with other ids, amounts
    and times."""
    answer = json.loads((FIXTURES / "transaction_list.json").read_text(encoding="utf-8"))
    example: dict[str, Any] = answer["data"][0]
    rng = random.Random(seed)
    made = []
    for n in range(count):
        raw = dict(example)
        raw["id"] = first_id + n
        raw["amount"] = rng.randrange(100, 100_000)
        raw["time"] = f"2026-11-{rng.randrange(1, 29):02d} {rng.randrange(24):02d}:00:00"
        made.append(Transaction.parse(raw))
    return made


def _keys(model: PaymentsTableModel, column: Column) -> list[Any]:
    return [model.sort_key(row, column) for row in range(model.rowCount())]


def test_a_sort_and_the_pages_after_it_keep_every_row_in_its_place(
    qtmodeltester: ModelTester,
) -> None:
    model = PaymentsTableModel()
    proxy = PaymentsFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    model.set_payments(_payments(40, seed=1))
    chosen = QPersistentModelIndex(proxy.index(7, Column.ID))
    chosen_id = chosen.data()

    proxy.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)  # a click on the header

    assert model.sort_column() == Column.AMOUNT and proxy.sortColumn() == -1
    assert _keys(model, Column.AMOUNT) == sorted(_keys(model, Column.AMOUNT), reverse=True)
    assert chosen.data() == chosen_id  # the selection followed its row
    for page in range(3):  # the next pages of the list arrive, sorted in as they come
        model.append_payments(_payments(15, seed=10 + page, first_id=2000 + 100 * page))
        assert _keys(model, Column.AMOUNT) == sorted(_keys(model, Column.AMOUNT), reverse=True)
    assert model.rowCount() == 85 and chosen.data() == chosen_id
    shown = [p.amount for p in proxy.shown()]
    assert shown == sorted(shown, reverse=True)  # the export takes them in this order

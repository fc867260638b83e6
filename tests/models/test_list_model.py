"""The list base's `multiData`: a view asks for a cell's roles at once, with the span it used for
the cell painted before; every role must be answered again, an empty one too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelRoleData, Qt

from app.batch.mapping import Field
from app.batch.rows import RowCheck
from app.models.batch_table import BatchTableModel, Column, Row
from app.models.history import Column as HistoryColumn
from app.models.history import HistoryFilterProxy, HistoryTableModel
from app.store.records import RecordStore


def _asked(model: Any, row: int, column: int, role: Qt.ItemDataRole, stale: object) -> Any:
    cell = QModelRoleData(role)
    cell.setData(stale)  # what the span held for the cell before
    model.multiData(model.index(row, column), cell)
    return cell.data()


def test_a_cell_without_a_role_clears_what_the_last_cell_left(records: RecordStore) -> None:
    model = BatchTableModel()
    model.set_rows([Row.for_check(RowCheck(0, 2, {Field.TITLE: "Kurs", Field.AMOUNT: "12"}))])
    checked = Qt.CheckState.Checked
    assert _asked(model, 0, Column.AMOUNT, Qt.ItemDataRole.CheckStateRole, checked) is None
    assert _asked(model, 0, Column.AMOUNT, Qt.ItemDataRole.DisplayRole, "stale") == "12"

    history = HistoryTableModel()
    record_id = records.begin("demo", "invoice", "Website", "INV-1", 12000, "CHF", "", {})
    history.set_records([records.get(record_id)])  # type: ignore[list-item]
    proxy = HistoryFilterProxy()
    proxy.setSourceModel(history)
    red = Qt.GlobalColor.red
    assert _asked(proxy, 0, HistoryColumn.TITLE, Qt.ItemDataRole.ForegroundRole, red) is None
    assert _asked(proxy, 0, HistoryColumn.TITLE, Qt.ItemDataRole.DisplayRole, "x") == "Website"

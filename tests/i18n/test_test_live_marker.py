"""The test/live marker and the derived statuses read in the UI language: the list's column,
its CSV export and the payments dialog's cells."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.api.models import Subscription
from app.models.history import payment_mode_text, payment_status_text
from app.models.spreadsheet import write_csv
from app.models.subscriptions_export import export_header, export_rows, snapshot
from app.models.subscriptions_table import Column, SubscriptionTableModel


def _sub(ident: int, **fields: object) -> Subscription:
    return Subscription.parse({"id": ident, "status": "active", "invoice": {}, **fields})


@pytest.mark.parametrize(
    ("language", "header", "test", "live", "overdue", "notice"),
    [
        ("de", "Test/Live", "Test", "Live", "Überfällig", "In Kündigungsfrist"),
        ("fr", "Test/réel", "Test", "Réel", "En retard", "En préavis"),
        ("it", "Test/reale", "Test", "Reale", "Scaduto", "In disdetta"),
    ],
)
def test_marker_and_statuses_in_each_language(
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
    header: str,
    test: str,
    live: str,
    overdue: str,
    notice: str,
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    assert i18n.install_translators(app, language) == language
    model = SubscriptionTableModel(today=lambda: date(2026, 6, 15))
    model.set_subscriptions(
        [
            _sub(1, invoice={"test": 1}, valid_until="2026-06-01"),
            _sub(2, invoice={"test": 0}, end="2026-09-30"),
        ]
    )
    assert model.headerData(Column.MODE, Qt.Orientation.Horizontal) == header
    assert [model.index(r, Column.MODE).data() for r in (0, 1)] == [test, live]
    assert [model.index(r, Column.STATUS).data() for r in (0, 1)] == [overdue, notice]
    columns = [Column.ID, Column.MODE]
    rows = export_rows(snapshot(model, [0, 1]), columns)
    write_csv(tmp_path / "out.csv", export_header(columns), rows)
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(f",{header}")
    assert lines[1:] == [f"1,{test}", f"2,{live}"]
    assert payment_mode_text(True, "TEST") == test
    assert payment_mode_text(False, "LIVE") == live
    assert payment_status_text("insecure") == "insecure"  # a status shows by its own name
    assert payment_status_text("confirmed") not in ("confirmed", "Paid")

"""The CSV export: the same values whatever the UI locale shows (ISO dates, plain amounts), split
by the separator the UI language's spreadsheets expect."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from app.api.models import Subscription
from app.models.spreadsheet import csv_delimiter, write_csv
from app.models.subscriptions_export import export_header, export_rows, snapshot
from app.models.subscriptions_table import Column, SubscriptionTableModel

from .conftest import UseLocale

MakeSub = Callable[..., Subscription]


def export(make_sub: MakeSub, path: Path, delimiter: str = ",") -> list[list[str]]:
    model = SubscriptionTableModel(today=lambda: date(2026, 1, 1))
    model.set_subscriptions(
        [
            make_sub(1, amount=123450, start="2025-12-31", valid_until="2026-01-02", test=0),
            make_sub(2, status="cancelled", amount=-500, currency="JPY", end="2026-01-31", test=1),
            make_sub(3, valid_until=None, firstname="=cmd", shape="current"),
        ]
    )
    columns = list(Column)
    rows = export_rows(snapshot(model, range(model.rowCount())), columns)
    write_csv(path, export_header(columns), rows, delimiter=delimiter)
    return rows


@pytest.mark.parametrize(
    ("locale", "separator"), [("de_CH", ";"), ("fr_CH", ";"), ("it_CH", ";"), ("en_US", ",")]
)
def test_csv_values_are_the_same_in_every_ui_locale_and_the_separator_follows_it(
    make_sub: MakeSub, ui_locale: UseLocale, tmp_path: Path, locale: str, separator: str
) -> None:
    plain = export(make_sub, tmp_path / "c.csv")  # Qt's C locale: ISO dates in the table too
    ui_locale(locale)
    assert csv_delimiter() == separator
    localized = export(make_sub, tmp_path / f"{locale}.csv", csv_delimiter())
    assert localized == plain
    written = (tmp_path / f"{locale}.csv").read_bytes()
    assert written == (tmp_path / "c.csv").read_bytes().replace(b",", separator.encode())
    assert written.startswith(b"\xef\xbb\xbf")  # BOM: Excel detects UTF-8
    assert plain[0] == [
        "Active",
        "Anna Muster",
        "anna1@example.ch",
        "1234.50",
        "CHF",
        "monthly",
        "2025-12-31",
        "2026-01-02",
        "",
        "REF-00001",
        "1",
        "Live",
    ]
    assert plain[1][3:5] == ["-500", "JPY"]
    assert plain[1][8] == "2026-01-31"
    assert plain[1][11] == "Test"
    assert plain[2][1] == "'=cmd Muster"  # still neutralized
    assert plain[2][3:5] == ["29.00", "CHF"]  # the current shape: originalAmount
    assert plain[2][7] == ""  # missing values are empty cells, not the table's "—"
    assert plain[2][11] == ""

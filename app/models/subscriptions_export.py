"""The subscription list as CSV: what the view shows (filter, sort, visible columns in their
order), UTF-8 with a byte order mark so spreadsheet programs detect the encoding."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from app.models.subscriptions_table import Column, SubscriptionTableModel, header_text

# A cell starting with one of these is run as a formula by spreadsheet programs; customer names
# and references come from outside, so such cells get a leading apostrophe (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Columns whose values the app formats itself and that may legitimately start with "-".
_TRUSTED = frozenset({Column.AMOUNT, Column.ID, Column.START, Column.NEXT_PAYMENT, Column.END})


def export_header(columns: Sequence[Column]) -> list[str]:
    """Column titles; the amount becomes two columns, the number and its currency."""
    header: list[str] = []
    for column in columns:
        header.append(header_text(column))
        if column is Column.AMOUNT:
            header.append(_currency_title())
    return header


def export_rows(
    model: SubscriptionTableModel, source_rows: Sequence[int], columns: Sequence[Column]
) -> list[list[str]]:
    """The cells of `source_rows` (in that order), as `export_header` describes them."""
    rows: list[list[str]] = []
    for row in source_rows:
        cells: list[str] = []
        for column in columns:
            value = model.export_value(row, column)
            cells.append(value if column in _TRUSTED else neutralize(value))
            if column is Column.AMOUNT:
                cells.append(model.subscription(row).currency or "")
        rows.append(cells)
    return rows


def neutralize(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Write atomically (temp file + rename), so a failed export never leaves half a file."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(rows)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _currency_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SubscriptionTableModel", "Currency")

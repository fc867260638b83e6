"""History as a spreadsheet: the rows the view shows (filter, search, sort) and its visible
columns, plus the link. Values are written for machines the way the other exports write them
(ISO times, a plain amount and its currency apart); statuses and kinds in the UI's words. The file
itself is written by `app.models.spreadsheet_xlsx.write_table` (CSV or .xlsx by its name)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.api.money import from_minor
from app.models.history import (
    ELSEWHERE_KIND_TEXT,
    HEADERS,
    Column,
    kind_text,
    status_text,
)
from app.store.records import Record


def export_header(columns: Sequence[Column]) -> list[str]:
    """Column titles in the UI language; the amount is two columns, then the link."""
    header: list[str] = []
    for column in columns:
        header.append(QCoreApplication.translate("History", HEADERS[column]))
        if column is Column.AMOUNT:
            header.append(QCoreApplication.translate("History", "Currency"))
    header.append(QCoreApplication.translate("History", "Link"))
    return header


def export_rows(
    records: Sequence[Record], columns: Sequence[Column], profile_names: dict[str, str]
) -> list[list[str]]:
    """One list of cells per record, as `export_header` names them."""
    return [_row(record, columns, profile_names) for record in records]


def _row(record: Record, columns: Sequence[Column], names: dict[str, str]) -> list[str]:
    cells: list[str] = []
    for column in columns:
        match column:
            case Column.CREATED:
                moment = record.created_at
                moment = moment.astimezone() if moment.tzinfo else moment
                cells.append(moment.strftime("%Y-%m-%d %H:%M:%S"))
            case Column.KIND:
                cells.append(
                    QCoreApplication.translate("History", ELSEWHERE_KIND_TEXT)
                    if record.elsewhere
                    else kind_text(record.kind)
                )
            case Column.TITLE:
                cells.append(record.title)
            case Column.REFERENCE:
                cells.append(record.reference_id)
            case Column.CUSTOMER:
                cells.append(record.customer)
            case Column.AMOUNT:
                cells.append(str(from_minor(record.amount_minor, record.currency)))
                cells.append(record.currency)
            case Column.STATUS:
                cells.append(status_text(record))
            case Column.PROFILE:
                cells.append(names.get(record.profile_id, record.profile_id))
    cells.append(record.link or "")
    return cells

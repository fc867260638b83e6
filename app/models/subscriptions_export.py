"""The subscription list as CSV rows: what the view shows (filter, sort, visible columns in their
order). Amounts and dates are written for machines (plain decimals, ISO dates), not as the UI
locale shows them; the file itself is written by `app.models.spreadsheet`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from app.api.models import Subscription
from app.models import subscriptions_format as fmt
from app.models.spreadsheet import neutralize
from app.models.subscriptions_table import (
    DATE_COLUMNS,
    Column,
    SubscriptionTableModel,
    header_text,
)

# Columns whose values the app formats itself and that may legitimately start with "-".
_TRUSTED = frozenset({Column.AMOUNT, Column.ID})


def export_header(columns: Sequence[Column]) -> list[str]:
    """Column titles; the amount becomes two columns, the number and its currency."""
    header: list[str] = []
    for column in columns:
        header.append(header_text(column))
        if column is Column.AMOUNT:
            header.append(_currency_title())
    return header


@dataclass(frozen=True, slots=True)
class ExportSnapshot:
    """What an export needs, copied on the GUI thread (a pointer copy per row, so it is quick)
    and then turned into cells on a worker while the list goes on changing."""

    display: list[tuple[str, ...]]
    subscriptions: list[Subscription]
    rows: list[int]


def snapshot(model: SubscriptionTableModel, source_rows: Sequence[int]) -> ExportSnapshot:
    display, subscriptions = model.export_snapshot()
    return ExportSnapshot(display, subscriptions, list(source_rows))


def export_rows(snap: ExportSnapshot, columns: Sequence[Column]) -> list[list[str]]:
    """The cells of the snapshot's rows (in its order), as `export_header` describes them."""
    getters: list[Callable[[tuple[str, ...], Subscription], str]] = []
    for column in columns:
        if column is Column.AMOUNT:
            getters.append(_amount)
            getters.append(_currency)
        elif column in DATE_COLUMNS:
            getters.append(partial(_iso_date, DATE_COLUMNS[column]))
        elif column in _TRUSTED:
            getters.append(partial(_cell, column))
        else:
            getters.append(partial(_safe_cell, column))
    display, subs = snap.display, snap.subscriptions
    return [[get(display[r], subs[r]) for get in getters] for r in snap.rows]


def _cell(column: Column, display: tuple[str, ...], _sub: Subscription) -> str:
    return display[column]


def _safe_cell(column: Column, display: tuple[str, ...], _sub: Subscription) -> str:
    return neutralize(display[column])


def _iso_date(field: str, _display: tuple[str, ...], sub: Subscription) -> str:
    return fmt.date_iso(getattr(sub, field))


def _amount(_display: tuple[str, ...], sub: Subscription) -> str:
    return fmt.money_plain(sub.amount, sub.currency)


def _currency(_display: tuple[str, ...], sub: Subscription) -> str:
    return sub.currency or ""


def _currency_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SubscriptionTableModel", "Currency")

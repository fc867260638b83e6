"""The subscription list as a Qt table model, sized for 100,000 rows.

Everything a row shows is computed once, when rows arrive (`prepare_rows`, callable on a worker
thread), so `data()` is a list lookup. Money and dates show in the UI locale; sorting and the
CSV export never use those texts (dates sort as day numbers and export as ISO). Replacing the
list resets the model; a page that arrives is merged: known ids are updated in place
(`dataChanged`), new ones appended (`beginInsertRows`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QIcon

from app.api.models import Subscription
from app.i18n import QT_TRANSLATE_NOOP
from app.models import subscriptions_format as fmt
from app.models.list_model import SORT_ROLE as SORT_ROLE
from app.models.list_model import ListTableModel
from app.models.list_model import ModelIndex as AnyIndex
from app.models.locale_format import ui_format
from app.plain_text import search_text


class Column(IntEnum):
    STATUS = 0
    CUSTOMER = 1
    EMAIL = 2
    AMOUNT = 3
    INTERVAL = 4
    START = 5
    NEXT_PAYMENT = 6
    END = 7
    REFERENCE = 8
    ID = 9
    MODE = 10
    """Test or live (``invoice.test``); last so saved column layouts keep their indexes."""


HEADERS: dict[Column, str] = {
    Column.STATUS: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Status"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Customer"),
    Column.EMAIL: QT_TRANSLATE_NOOP("SubscriptionTableModel", "E-mail"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Amount"),
    Column.INTERVAL: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Interval"),
    Column.START: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Start"),
    Column.NEXT_PAYMENT: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Next payment"),
    Column.END: QT_TRANSLATE_NOOP("SubscriptionTableModel", "End"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Reference"),
    Column.ID: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Id"),
    Column.MODE: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Test/live"),
}
HEADER_TIPS: dict[Column, str] = {
    Column.NEXT_PAYMENT: QT_TRANSLATE_NOOP(
        "SubscriptionTableModel",
        "When the next payment is due (the platform's nextPayDate, else valid_until)",
    ),
    Column.MODE: QT_TRANSLATE_NOOP(
        "SubscriptionTableModel", "Test: made on the instance's test mode, no real money"
    ),
    Column.END: QT_TRANSLATE_NOOP("SubscriptionTableModel", "Set once a subscription is cancelled"),
}
assert tuple(HEADERS) == tuple(Column)

# SORT_ROLE: raw values to sort by: ints (amounts, days since year 1, ids), case-folded text.
SUBSCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2
"""The `Subscription` behind the row (any column)."""
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
"""The status shown, lower-cased: the platform's (``active``, or an unknown one as it came),
or one derived from the dates (``notice``, ``overdue``; see `app.api.statuses`)."""
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 4
"""The value written to CSV: the display text, except the amount as a plain number and dates in
ISO form."""

DATE_COLUMNS: dict[Column, str] = {
    Column.START: "start",
    Column.NEXT_PAYMENT: "next_payment",
    Column.END: "end",
}
"""The date columns and the `Subscription` field each shows."""

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubscriptionTableModel", text)


@dataclass(frozen=True, slots=True)
class PreparedRows:
    """Rows ready for the model: built by `prepare_rows`, on any thread."""

    subscriptions: list[Subscription]
    display: list[tuple[str, ...]]
    """Per row, the text of every column, in `Column` order."""
    haystacks: list[str]
    """Per row, case-folded customer, company, e-mail, reference and id, for the text filter."""
    statuses: list[str]
    due: list[int]
    """Per row, the next payment date as a proleptic ordinal; 0 when there is none."""
    row_by_id: dict[int, int] | None = None
    """Subscription id -> row, built with the rows (on the worker): for 100,000 rows this is
    most of what replacing the list would cost the GUI thread (~40 ms)."""
    status_counts: Counter[str] | None = None
    """Rows per status, counted with the rows (on the worker): the proxy's chips need them at
    once, and counting 100,000 statuses costs the GUI thread ~5 ms."""

    def __len__(self) -> int:
        return len(self.subscriptions)


def prepare_rows(
    subscriptions: Iterable[Subscription], *, today: date | None = None
) -> PreparedRows:
    """Compute every row's texts once, money and dates in the UI locale. Safe on a worker thread
    (only the locale is read; no QObject is made).

    Statuses are derived against `today` (in notice, overdue): the caller's day, so that tests
    can set it. The list is part of the UI, so it follows the UI locale, not the instance's
    document language."""
    day = today if today is not None else date.today()
    subs = list(subscriptions)
    display: list[tuple[str, ...]] = []
    haystacks: list[str] = []
    statuses: list[str] = []
    due: list[int] = []
    status_label = fmt.status_label
    interval_text = fmt.interval_text
    display_format = ui_format()  # once: its methods cache per value, and no QLocale per row
    money_text = fmt.money_text
    mode_text = fmt.mode_text
    date_text = display_format.date
    for sub in subs:
        status = sub.display_status(day)
        due_day = sub.next_payment
        contact = sub.contact
        email = (contact.email if contact else None) or ""
        customer = fmt.customer_text(contact)
        reference = sub.reference_id or ""
        ident = str(sub.id) if sub.id is not None else ""
        display.append(
            (
                status_label(status),
                customer,
                email,
                money_text(sub.amount, sub.currency, display_format),
                interval_text(sub.payment_interval),
                date_text(sub.start),
                date_text(due_day),
                date_text(sub.end),
                reference,
                ident,
                mode_text(sub.test),
            )
        )
        company = (contact.company if contact else None) or ""
        haystacks.append(search_text(f"{customer}\n{company}\n{email}\n{reference}\n{ident}"))
        statuses.append(status)
        due.append(due_day.toordinal() if due_day else 0)
    row_by_id = {s.id: i for i, s in enumerate(subs) if s.id is not None}
    return PreparedRows(subs, display, haystacks, statuses, due, row_by_id, Counter(statuses))


class SubscriptionTableModel(ListTableModel):
    """One row per subscription, columns as in `Column`.

    The lists behind the rows (`haystacks`, `statuses`, `due`, `sort_keys()`) are public for the
    filter proxy, which reads them directly instead of calling `data()` 100,000 times.
    """

    columns = Column
    context = "SubscriptionTableModel"
    headers = HEADERS
    header_tips = HEADER_TIPS
    right_aligned = frozenset({Column.AMOUNT, Column.ID})

    def __init__(
        self,
        parent: Any = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.today = today
        """The day statuses are derived against (in notice, overdue)."""
        self._subs: list[Subscription] = []
        self._display: list[tuple[str, ...]] = []
        self.haystacks: list[str] = []
        self.statuses: list[str] = []
        self.due: list[int] = []
        self._row_by_id: dict[int, int] = {}
        self._sort_keys: dict[Column, list[Any]] = {}
        self.status_counts: Counter[str] | None = None
        """Rows per status over every row when known (as prepared; None once rows change)."""
        self._icons: dict[str, QIcon] = {}

    # -- filling --------------------------------------------------------------------------------

    def prepare(self, subscriptions: Iterable[Subscription]) -> PreparedRows:
        return prepare_rows(subscriptions, today=self.today())

    def set_subscriptions(self, rows: PreparedRows | Iterable[Subscription]) -> None:
        """Replace every row. The model takes over the lists of a `PreparedRows` (no copies:
        copying 100,000 rows' lists and their id map cost the GUI thread several ms); the
        caller must not change them afterwards."""
        prepared = rows if isinstance(rows, PreparedRows) else self.prepare(rows)
        self.beginResetModel()
        self._subs = prepared.subscriptions
        self._display = prepared.display
        self.haystacks = prepared.haystacks
        self.statuses = prepared.statuses
        self.due = prepared.due
        by_id = prepared.row_by_id
        self._row_by_id = (
            by_id
            if by_id is not None
            else {s.id: i for i, s in enumerate(self._subs) if s.id is not None}
        )
        self.status_counts = prepared.status_counts
        self._sort_keys = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_subscriptions(PreparedRows([], [], [], [], []))

    def merge(self, rows: PreparedRows | Iterable[Subscription]) -> tuple[int, int]:
        """Update rows whose id is known, append the others; returns (updated, appended)."""
        prepared = rows if isinstance(rows, PreparedRows) else self.prepare(rows)
        self.status_counts = None
        updated: list[int] = []
        new: list[int] = []
        seen_new: dict[int, int] = {}
        for i, sub in enumerate(prepared.subscriptions):
            row = self._row_by_id.get(sub.id) if sub.id is not None else None
            if row is not None:
                self._replace(row, prepared, i)
                updated.append(row)
            elif sub.id is not None and sub.id in seen_new:
                new[seen_new[sub.id]] = i  # the same id twice in one batch: the later wins
            else:
                if sub.id is not None:
                    seen_new[sub.id] = len(new)
                new.append(i)
        if updated:
            self.dataChanged.emit(
                self.index(min(updated), 0), self.index(max(updated), len(Column) - 1)
            )
        if new:
            first = len(self._subs)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for offset, i in enumerate(new):
                sub = prepared.subscriptions[i]
                self._subs.append(sub)
                self._display.append(prepared.display[i])
                self.haystacks.append(prepared.haystacks[i])
                self.statuses.append(prepared.statuses[i])
                self.due.append(prepared.due[i])
                if sub.id is not None:
                    self._row_by_id[sub.id] = first + offset
            for column, keys in self._sort_keys.items():
                keys.extend(self._keys(column, first, len(self._subs)))
            self.endInsertRows()
        return len(updated), len(new)

    def retain(self, ids: set[int]) -> int:
        """Drop rows whose id is not in `ids` (gone from the platform); returns how many."""
        keep = [i for i, s in enumerate(self._subs) if s.id is None or s.id in ids]
        removed = len(self._subs) - len(keep)
        if removed:
            self.set_subscriptions(
                PreparedRows(
                    [self._subs[i] for i in keep],
                    [self._display[i] for i in keep],
                    [self.haystacks[i] for i in keep],
                    [self.statuses[i] for i in keep],
                    [self.due[i] for i in keep],
                )
            )
        return removed

    def _replace(self, row: int, prepared: PreparedRows, i: int) -> None:
        self._subs[row] = prepared.subscriptions[i]
        self._display[row] = prepared.display[i]
        self.haystacks[row] = prepared.haystacks[i]
        self.statuses[row] = prepared.statuses[i]
        self.due[row] = prepared.due[i]
        for column, keys in self._sort_keys.items():
            keys[row] = self._keys(column, row, row + 1)[0]

    # -- reading --------------------------------------------------------------------------------

    def subscriptions(self) -> list[Subscription]:
        """Every row's subscription, in model order (a copy)."""
        return list(self._subs)

    def subscription(self, row: int) -> Subscription:
        return self._subs[row]

    def row_of(self, subscription_id: int) -> int | None:
        return self._row_by_id.get(subscription_id)

    def text(self, row: int, column: Column) -> str:
        return self._display[row][column]

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's sort key for `column`, computed on first use and kept up to date."""
        col = Column(column)
        keys = self._sort_keys.get(col)
        if keys is None:
            keys = self._keys(col, 0, len(self._subs))
            self._sort_keys[col] = keys
        return keys

    def _keys(self, column: Column, start: int, stop: int) -> list[Any]:
        """Sort keys of rows start..stop-1: ints, dates as day numbers (0 when none, so first),
        case-folded text; never the localized display of a date or an amount. One comprehension
        per column, since 100,000 rows are keyed at the first sort."""
        if column is Column.STATUS:
            rank = fmt.status_sort_text
            return [rank(s) for s in self.statuses[start:stop]]
        subs = self._subs[start:stop]
        if column is Column.AMOUNT:
            money = fmt.money_sort_key
            return [money(s.amount, s.currency) for s in subs]
        if column is Column.INTERVAL:
            days = fmt.interval_days
            return [days(s.payment_interval) for s in subs]
        if column is Column.ID:
            return [s.id if s.id is not None else -1 for s in subs]
        if column is Column.NEXT_PAYMENT:
            return self.due[start:stop]
        if column in DATE_COLUMNS:
            dates = map(attrgetter(DATE_COLUMNS[column]), subs)
            return [d.toordinal() if d is not None else 0 for d in dates]
        return [d[column].casefold() for d in self._display[start:stop]]

    def export_snapshot(self) -> tuple[list[tuple[str, ...]], list[Subscription]]:
        """Copies of the row lists (pointers only) for an export on a worker thread."""
        return list(self._display), list(self._subs)

    def export_value(self, row: int, column: Column) -> str:
        if column is Column.AMOUNT:
            sub = self._subs[row]
            return fmt.money_plain(sub.amount, sub.currency)
        if column in DATE_COLUMNS:
            return fmt.date_iso(getattr(self._subs[row], DATE_COLUMNS[column]))
        return self._display[row][column]

    # -- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._subs)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = _DISPLAY) -> Any:
        """`data()` by row and column: what the proxy calls without making an index."""
        if role == _DISPLAY:
            return self._display[row][column] or fmt.MISSING
        if role == _ALIGN:
            return self._alignments[column]
        if role == _DECORATION:
            return self._status_icon(self.statuses[row]) if column == Column.STATUS else None
        if role == _TOOLTIP:
            if column == Column.STATUS:
                return fmt.status_hint(self.statuses[row])
            text = self._display[row][column]
            return text or None
        if role == _ACCESSIBLE:
            text = self._display[row][column]
            return text or QCoreApplication.translate("SubscriptionTableModel", "none")
        if role == SORT_ROLE:
            keys = self._sort_keys.get(Column(column))
            return keys[row] if keys is not None else self._keys(Column(column), row, row + 1)[0]
        if role == SUBSCRIPTION_ROLE:
            return self._subs[row]
        if role == STATUS_ROLE:
            return self.statuses[row]
        if role == EXPORT_ROLE:
            return self.export_value(row, Column(column))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return section + 1 if role == _DISPLAY else None
        return super().headerData(section, orientation, role)

    def copy_text(self, row: int, column: int) -> str:
        return self._display[row][column]

    def _status_icon(self, status: str) -> QIcon:
        icon = self._icons.get(status)
        if icon is None:
            icon = status_icon(status)
            self._icons[status] = icon
        return icon


def status_icon(status: str) -> QIcon:
    """The status's shape-coded icon (needs a QGuiApplication); a question mark when unknown."""
    from app.resources import icon

    return icon(fmt.STATUS_ICON_NAMES.get(status, fmt.UNKNOWN_ICON_NAME))


def header_text(column: Column) -> str:
    return _tr(HEADERS[column])

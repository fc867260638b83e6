"""The Payments list: every payment (Transaction) of the instance in the chosen days, as a table
model, a filter proxy (status group, test/live, search) and the rows of the CSV export.

Statuses show by the words History uses ("Paid" for ``confirmed`` only; any other by the name
the platform sent); the status filter groups them so the list answers "what failed", "what was
refunded" without knowing every spelling (API.md §4 mixes ``-`` and ``_``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from app.api import statuses
from app.api.models import Transaction
from app.api.money import from_minor
from app.i18n import QT_TRANSLATE_NOOP
from app.models.history import payment_mode_text, payment_status_text
from app.models.list_model import SORT_ROLE, ModelIndex, OrderedListModel, SortKeyProxy
from app.models.locale_format import ui_format
from app.models.spreadsheet import neutralize
from app.models.tones import Tone, tone_color
from app.plain_text import search_needle, search_text

CONTEXT = "Payments"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Column(IntEnum):
    TIME = 0
    STATUS = 1
    AMOUNT = 2
    REFERENCE = 3
    CUSTOMER = 4
    METHOD = 5
    MODE = 6
    ID = 7


HEADERS: dict[Column, str] = {
    Column.TIME: QT_TRANSLATE_NOOP("Payments", "Time"),
    Column.STATUS: QT_TRANSLATE_NOOP("Payments", "Status"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("Payments", "Amount"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("Payments", "Reference"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("Payments", "Customer"),
    Column.METHOD: QT_TRANSLATE_NOOP("Payments", "Method"),
    Column.MODE: QT_TRANSLATE_NOOP("Payments", "Test/live"),
    Column.ID: QT_TRANSLATE_NOOP("Payments", "Id"),
}


class StatusGroup(StrEnum):
    PAID = "paid"
    HELD = "held"
    REFUNDED = "refunded"
    DISPUTED = "disputed"
    FAILED = "failed"
    OPEN = "open"
    OTHER = "other"


GROUP_NAMES: dict[StatusGroup, str] = {
    StatusGroup.PAID: QT_TRANSLATE_NOOP("Payments", "Paid"),
    StatusGroup.HELD: QT_TRANSLATE_NOOP("Payments", "Authorized or reserved"),
    StatusGroup.REFUNDED: QT_TRANSLATE_NOOP("Payments", "Refunded"),
    StatusGroup.DISPUTED: QT_TRANSLATE_NOOP("Payments", "Disputed or charged back"),
    StatusGroup.FAILED: QT_TRANSLATE_NOOP("Payments", "Declined, cancelled or failed"),
    StatusGroup.OPEN: QT_TRANSLATE_NOOP("Payments", "Not finished"),
    StatusGroup.OTHER: QT_TRANSLATE_NOOP("Payments", "Other"),
}

_GROUPS: dict[str, StatusGroup] = {
    **{s: StatusGroup.PAID for s in statuses.PAID},
    **{s: StatusGroup.HELD for s in statuses.HELD},
    "refunded": StatusGroup.REFUNDED,
    "partially-refunded": StatusGroup.REFUNDED,
    "refund_pending": StatusGroup.REFUNDED,
    "chargeback": StatusGroup.DISPUTED,
    "disputed": StatusGroup.DISPUTED,
    "declined": StatusGroup.FAILED,
    "cancelled": StatusGroup.FAILED,
    "error": StatusGroup.FAILED,
    "expired": StatusGroup.FAILED,
    "insecure": StatusGroup.FAILED,
    "waiting": StatusGroup.OPEN,
    "initiated": StatusGroup.OPEN,
    "uncaptured": StatusGroup.OPEN,
}


def status_group(status: str | None) -> StatusGroup:
    return _GROUPS.get(statuses.normalize(status), StatusGroup.OTHER)


def group_name(group: StatusGroup) -> str:
    return _tr(GROUP_NAMES[group])


_TONES = {
    StatusGroup.PAID: Tone.OK,
    StatusGroup.FAILED: Tone.ERROR,
    StatusGroup.DISPUTED: Tone.ERROR,
    StatusGroup.REFUNDED: Tone.CAUTION,
}

PAYMENT_ROLE = Qt.ItemDataRole.UserRole + 2


def _local(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def customer_text(payment: Transaction) -> str:
    contact = payment.contact
    if contact is None:
        return ""
    return contact.name or contact.company or contact.email or ""


def method_text(payment: Transaction) -> str:
    return payment.brand or payment.psp or ""


class PaymentsTableModel(OrderedListModel):
    """One row per payment, in the order the user chose (the model sorts its own rows:
    `OrderedListModel`), else as loaded; filtering is the proxy's."""

    columns = Column
    context = CONTEXT
    headers = HEADERS
    right_aligned = frozenset({Column.AMOUNT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._payments: list[Transaction] = []
        self._haystacks: list[str] = []
        self._format = ui_format()

    def set_payments(self, payments: Iterable[Transaction]) -> None:
        self.beginResetModel()
        self._format = ui_format()
        self._payments = list(payments)
        self._haystacks = [self._haystack(p) for p in self._payments]
        self._forget_keys()
        if self._sort is not None:
            self._permute(self._sorted_rows())
        self.endResetModel()

    def append_payments(self, payments: Sequence[Transaction]) -> None:
        """Add a page that arrived (the rows already shown stay, selection included)."""
        if not payments:
            return
        first = len(self._payments)
        self.beginInsertRows(QModelIndex(), first, first + len(payments) - 1)
        self._payments.extend(payments)
        self._haystacks.extend(self._haystack(p) for p in payments)
        for keys in self._keys.values():
            keys.extend([None] * len(payments))
        self.endInsertRows()
        self._resort()  # sorted: the page's rows go to their places

    def payments(self) -> tuple[Transaction, ...]:
        return tuple(self._payments)

    def payment(self, row: int) -> Transaction | None:
        return self._payments[row] if 0 <= row < len(self._payments) else None

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._payments)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        payment = self.payment(index.row()) if index.isValid() else None
        if payment is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(payment, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATUS:
                return payment.status or ""
            if column == Column.TIME:
                return self._format.date_time(_local(payment.time), seconds=True)
            return self.text(payment, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            tone = _TONES.get(status_group(payment.status))
            return tone_color(tone) if tone is not None else None
        if role == SORT_ROLE:
            return self.sort_key(index.row(), column)
        if role == PAYMENT_ROLE:
            return payment
        return None

    def text(self, payment: Transaction, column: Column) -> str:
        match column:
            case Column.TIME:
                return self._format.date_time(_local(payment.time))
            case Column.STATUS:
                return payment_status_text(payment.status)
            case Column.AMOUNT:
                if payment.amount is None:
                    return ""
                return self._format.money(payment.amount, payment.currency or "")
            case Column.REFERENCE:
                return payment.reference_id or ""
            case Column.CUSTOMER:
                return customer_text(payment)
            case Column.METHOD:
                return method_text(payment)
            case Column.MODE:
                return payment_mode_text(payment.test, payment.mode)
            case Column.ID:
                return str(payment.id) if payment.id is not None else ""
        return ""

    def _row_lists(self) -> list[list[Any]]:
        return [self._payments, self._haystacks]

    def _make_sort_key(self, row: int, column: int) -> Any:
        return self._sort_key(self._payments[row], Column(column))

    def _sort_key(self, payment: Transaction, column: Column) -> Any:
        match column:
            case Column.TIME:
                moment = _local(payment.time)
                return (moment.timestamp() if moment else 0.0, payment.id or 0)
            case Column.AMOUNT:
                value = (
                    from_minor(payment.amount, payment.currency or "")
                    if payment.amount is not None
                    else 0
                )
                return (payment.currency or "", value)
            case Column.ID:
                return payment.id or 0
            case _:
                return self.text(payment, column).casefold()

    def _haystack(self, payment: Transaction) -> str:
        contact = payment.contact
        parts = [
            payment.reference_id or "",
            customer_text(payment),
            (contact.email or "") if contact else "",
            (contact.company or "") if contact else "",
            method_text(payment),
            payment.status or "",
            str(payment.id or ""),
        ]
        if payment.amount is not None:
            parts.append(self._format.money(payment.amount, payment.currency or ""))
            parts.append(str(from_minor(payment.amount, payment.currency or "")))
        return search_text("\n".join(parts))


class Mode(StrEnum):
    ALL = "all"
    LIVE = "live"
    TEST = "test"


class PaymentsFilterProxy(SortKeyProxy):
    """Status group, test/live and search (every word must appear)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group: StatusGroup | None = None
        self._mode = Mode.ALL
        self._terms: tuple[str, ...] = ()

    def set_group(self, group: StatusGroup | None) -> None:
        if group != self._group:
            self.beginFilterChange()
            self._group = group
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_mode(self, mode: Mode) -> None:
        if mode != self._mode:
            self.beginFilterChange()
            self._mode = mode
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        terms = tuple(search_needle(text).split())
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def shown(self) -> list[Transaction]:
        """The payments as the list shows them (filtered and sorted)."""
        model = self.sourceModel()
        assert isinstance(model, PaymentsTableModel)
        rows = (self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount()))
        return [p for p in (model.payment(r) for r in rows) if p is not None]

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PaymentsTableModel)
        payment = model.payment(source_row)
        if payment is None:
            return False
        if self._group is not None and status_group(payment.status) is not self._group:
            return False
        if self._mode is Mode.TEST and payment.test is not True:
            return False
        if self._mode is Mode.LIVE and payment.test is True:
            return False
        if self._terms:
            haystack = model.haystack(source_row)
            return all(term in haystack for term in self._terms)
        return True


# -- CSV export: values for machines (ISO time in UTC, plain amounts, the raw status) -------------

EXPORT_HEADER = (
    "id",
    "time_utc",
    "status",
    "amount",
    "currency",
    "mode",
    "reference",
    "customer",
    "email",
    "method",
)


def export_rows(payments: Sequence[Transaction]) -> list[list[str]]:
    rows = []
    for p in payments:
        moment = _local(p.time)
        rows.append(
            [
                str(p.id or ""),
                moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if moment else "",
                p.status or "",
                str(from_minor(p.amount, p.currency or "")) if p.amount is not None else "",
                p.currency or "",
                p.mode or "",
                neutralize(p.reference_id or ""),
                neutralize(customer_text(p)),
                neutralize((p.contact.email or "") if p.contact else ""),
                method_text(p),
            ]
        )
    return rows

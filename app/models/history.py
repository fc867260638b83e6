"""History: every paylink and payment page this app created, as a table model and a filter proxy.

The rows come from the local record (`app.store.records`); `HistoryController` (in
`history_controller.py`, re-exported here) loads them and keeps their statuses fresh. Amounts and
times show in the UI locale (`locale_format`); the columns sort by value, never by that text.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)

from app.api import statuses
from app.api.money import from_minor
from app.i18n import QT_TRANSLATE_NOOP
from app.models.list_model import SORT_ROLE, ModelIndex, OrderedListModel, SortKeyProxy
from app.models.locale_format import ui_format
from app.models.tones import Tone, tone_color
from app.plain_text import search_needle, search_text
from app.store.records import NOT_CREATED_NOTE, Record, RecordKind, RecordState

_CONTEXT = "History"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class Column(IntEnum):
    CREATED = 0
    KIND = 1
    TITLE = 2
    REFERENCE = 3
    CUSTOMER = 4
    AMOUNT = 5
    STATUS = 6
    PROFILE = 7


HEADERS: dict[Column, str] = {
    Column.CREATED: QT_TRANSLATE_NOOP("History", "Created"),
    Column.KIND: QT_TRANSLATE_NOOP("History", "Kind"),
    Column.TITLE: QT_TRANSLATE_NOOP("History", "Title"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("History", "Reference"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("History", "Customer"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("History", "Amount"),
    Column.STATUS: QT_TRANSLATE_NOOP("History", "Status"),
    Column.PROFILE: QT_TRANSLATE_NOOP("History", "Instance"),
}


class StatusCategory(StrEnum):
    """What the status filter offers; every row falls in exactly one."""

    WAITING = "waiting"
    PAID = "paid"
    OTHER = "other"  # authorized, reserved, or a status the app does not know
    SENDING = "sending"
    UNKNOWN = "unknown"
    FAILED = "failed"
    DELETED = "deleted"


CATEGORY_NAMES: dict[StatusCategory, str] = {
    StatusCategory.WAITING: QT_TRANSLATE_NOOP("History", "Waiting"),
    StatusCategory.PAID: QT_TRANSLATE_NOOP("History", "Paid"),
    StatusCategory.OTHER: QT_TRANSLATE_NOOP("History", "Authorized, reserved, other"),
    StatusCategory.SENDING: QT_TRANSLATE_NOOP("History", "Sending"),
    StatusCategory.UNKNOWN: QT_TRANSLATE_NOOP("History", "May have been created"),
    StatusCategory.FAILED: QT_TRANSLATE_NOOP("History", "Failed"),
    StatusCategory.DELETED: QT_TRANSLATE_NOOP("History", "Deleted"),
}


def category_name(category: StatusCategory) -> str:
    return _tr(CATEGORY_NAMES[category])


_REMOTE_TEXT: dict[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("History", "Waiting"),
    "confirmed": QT_TRANSLATE_NOOP("History", "Paid"),
    "authorized": QT_TRANSLATE_NOOP("History", "Authorized (not charged yet)"),
    "reserved": QT_TRANSLATE_NOOP("History", "Reserved"),
    "deleted": QT_TRANSLATE_NOOP("History", "Deleted"),
    # A payment page takes payments while it is active.
    "active": QT_TRANSLATE_NOOP("History", "Active"),
    "inactive": QT_TRANSLATE_NOOP("History", "Inactive"),
}

# A payment (Transaction) by its status: `app.api.statuses` decides which are paid (only
# "confirmed"); every other status, "insecure" and the refunds included, shows by its name.
_PAYMENT_TEXT: dict[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("History", "Waiting"),
    "confirmed": QT_TRANSLATE_NOOP("History", "Paid"),
    "authorized": QT_TRANSLATE_NOOP("History", "Authorized (not charged yet)"),
    "reserved": QT_TRANSLATE_NOOP("History", "Reserved"),
    "cancelled": QT_TRANSLATE_NOOP("History", "Cancelled"),
    "declined": QT_TRANSLATE_NOOP("History", "Declined"),
    "error": QT_TRANSLATE_NOOP("History", "Error"),
    "refunded": QT_TRANSLATE_NOOP("History", "Refunded"),
    "partially-refunded": QT_TRANSLATE_NOOP("History", "Partly refunded"),
    "refund_pending": QT_TRANSLATE_NOOP("History", "Refund pending"),
    "chargeback": QT_TRANSLATE_NOOP("History", "Charged back"),
}
_MODE_TEXT: dict[bool, str] = {
    True: QT_TRANSLATE_NOOP("History", "Test"),
    False: QT_TRANSLATE_NOOP("History", "Live"),
}


def payment_status_text(status: str | None) -> str:
    """ "Paid" for a confirmed payment; any status not known here exactly as the platform sent
    it ("insecure", "partially-refunded")."""
    known = _PAYMENT_TEXT.get(statuses.normalize(status))
    return _tr(known) if known else (status or "")


def payment_mode_text(test: bool | None, mode: str | None) -> str:
    """ "Test" or "Live" from ``mode``; an unexpected mode as it came."""
    return _tr(_MODE_TEXT[test]) if test is not None else (mode or "")


UNKNOWN_TEXT = QT_TRANSLATE_NOOP("History", "May have been created – check before creating again")
SENDING_TEXT = QT_TRANSLATE_NOOP("History", "Sending…")
FAILED_TEXT = QT_TRANSLATE_NOOP("History", "Failed: %s")
NOT_CREATED_TEXT = QT_TRANSLATE_NOOP("History", "Not created (checked by you)")
ELSEWHERE_KIND_TEXT = QT_TRANSLATE_NOOP("History", "Page, created elsewhere")
ELSEWHERE_TOOLTIP = QT_TRANSLATE_NOOP(
    "History",
    "A payment page of this instance that Paydesk did not create (in the dashboard or another "
    "program). You can copy, open and duplicate it here; change or delete it where it was made.",
)

# Statuses after which a paylink changes no more: not worth a request on refresh.
FINAL_INVOICE_STATUSES = frozenset({"confirmed", "deleted"})


def status_category(record: Record) -> StatusCategory:
    if record.state is RecordState.SENDING:
        return StatusCategory.SENDING
    if record.state is RecordState.UNKNOWN:
        return StatusCategory.UNKNOWN
    if record.state is RecordState.FAILED:
        return StatusCategory.FAILED
    status = (record.remote_status or "waiting").lower()
    if record.remote_deleted:
        return StatusCategory.DELETED
    if status in ("waiting", "active"):
        return StatusCategory.WAITING
    if statuses.is_paid(status):
        return StatusCategory.PAID
    return StatusCategory.OTHER


def status_text(record: Record) -> str:
    """The status as the user reads it: local state first, then what the API last said."""
    if record.state is RecordState.SENDING:
        return _tr(SENDING_TEXT)
    if record.state is RecordState.UNKNOWN:
        return _tr(UNKNOWN_TEXT)
    if record.state is RecordState.FAILED and record.error == NOT_CREATED_NOTE:
        return _tr(NOT_CREATED_TEXT)
    if record.state is RecordState.FAILED:
        return _tr(FAILED_TEXT) % (
            record.error or QCoreApplication.translate("History", "no answer recorded")
        )
    status = record.remote_status or "waiting"
    known = _REMOTE_TEXT.get(status.lower())
    return _tr(known) if known else status


def kind_text(kind: RecordKind | str) -> str:
    return (
        QCoreApplication.translate("History", "Page")
        if kind == RecordKind.PAGE
        else QCoreApplication.translate("History", "Paylink")
    )


def is_refreshable(record: Record) -> bool:
    """Created on the server and still able to change."""
    if record.state is not RecordState.CREATED or record.remote_id is None:
        return False
    if record.elsewhere:  # the list that brought it also brings its status
        return False
    if record.remote_deleted:
        return False
    status = (record.remote_status or "").lower()
    return not (record.kind is RecordKind.INVOICE and status in FINAL_INVOICE_STATUSES)


class Roles(IntEnum):
    SORT = SORT_ROLE  # a value that sorts this column naturally
    RECORD = Qt.ItemDataRole.UserRole + 2  # the `Record`
    RECORD_ID = Qt.ItemDataRole.UserRole + 3
    SEARCH = Qt.ItemDataRole.UserRole + 4  # the row's searchable text, case-folded
    CATEGORY = Qt.ItemDataRole.UserRole + 5  # `StatusCategory` value


STATUS_TONES: dict[StatusCategory, Tone] = {
    StatusCategory.PAID: Tone.OK,
    StatusCategory.FAILED: Tone.ERROR,
    StatusCategory.UNKNOWN: Tone.CAUTION,
}


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_UNANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
    )
)
_COLUMNS = len(Column)
PREPARE_SLICE_SECONDS = 0.004
# What each column but Status shows (`HistoryTableModel._display`): a row whose other fields
# changed repaints only its Status cell.
_SHOWN_FIELDS: dict[Column, tuple[str, ...]] = {
    Column.CREATED: ("created_at",),
    Column.KIND: ("kind", "elsewhere"),
    Column.TITLE: ("title",),
    Column.REFERENCE: ("reference_id",),
    Column.CUSTOMER: ("customer",),
    Column.AMOUNT: ("amount_minor", "currency"),
    Column.PROFILE: ("profile_id",),
}


class HistoryTableModel(OrderedListModel):
    """One row per `Record`, in the order the user chose (`OrderedListModel.sort`: the model
    sorts its own rows; the proxy only filters), else as the store gave them."""

    columns = Column
    context = _CONTEXT
    headers = HEADERS
    right_aligned = frozenset({Column.AMOUNT})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []
        # Per row, made when first asked and dropped when the row changes: the shown texts
        # (a repaint asks for them) and the search text (each keystroke of a search); the sort
        # keys are kept by the base.
        self._texts: list[tuple[str, ...] | None] = []
        self._search: list[str | None] = []
        self._rows: dict[int, int] = {}  # record id -> row
        self._profile_names: dict[str, str] = {}
        self._notes: dict[int, str] = {}
        # The UI locale is chosen once per process; taken here so no cell makes a QLocale.
        self._format = ui_format()
        # After a load, the search texts are made in the idle moments of the event loop, a few
        # milliseconds at a time: the first keystroke of a search then finds them made (making
        # 10,000 of them on that keystroke took 150 ms).
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.timeout.connect(self._prepare_search)
        self._prepared = 0  # the rows before this one have their search text

    # -- contents ---------------------------------------------------------------------------------

    def set_records(self, records: Iterable[Record], *, new_texts: bool = False) -> None:
        """Show ``records``. The same rows again (a reload that found what was shown) update
        in place, row by row, instead of a reset (which relayouts and filters every row).
        ``new_texts``: the UI language changed, every text is made again."""
        records = list(records)
        same_rows = len(records) == len(self._records) and all(
            record.id in self._rows for record in records
        )
        if same_rows and not new_texts and ui_format() is self._format:
            for record in records:
                self.update_record(record)
            return
        self.beginResetModel()
        self._format = ui_format()  # the UI locale as it is now (tests switch it)
        self._records = records
        self._forget_rows()
        if self._sort is not None:
            self._permute(self._sorted_rows())
        else:
            self._reindex()
        self._notes = {k: v for k, v in self._notes.items() if k in self._rows}
        self.endResetModel()

    # -- rows -------------------------------------------------------------------------------------

    def update_record(self, record: Record) -> bool:
        """Replace the row of ``record.id``; False if it is not shown."""
        row = self._rows.get(record.id)
        if row is None:
            return False
        old = self._records[row]
        if record == old:
            return True
        self._records[row] = record
        self._texts[row] = self._search[row] = None
        self._forget_keys(row)
        # Only the columns that changed: a proxy sorted by another column (History's, by date)
        # then keeps the row where it is instead of sorting it in again. The status cell's
        # tone, tooltip and category follow the whole record: it always counts as changed.
        changed = [Column.STATUS] + [
            column
            for column, fields in _SHOWN_FIELDS.items()
            if any(getattr(record, name) != getattr(old, name) for name in fields)
        ]
        if self.sort_column() in changed:
            row = self._move_to_place(row)
        self.dataChanged.emit(self.index(row, min(changed)), self.index(row, max(changed)))
        return True

    def insert_record(self, record: Record, row: int = 0) -> None:
        """Add ``record`` at ``row``, or at its place when the rows are sorted."""
        if record.id in self._rows:
            self.update_record(record)
            return
        column = self.sort_column()
        if column >= 0:
            row = self._place_of(self._sort_key(record, Column(column)), range(self.rowCount()))
        self._insert_row(max(0, min(row, len(self._records))), [record, None, None])

    def remove_record(self, record_id: int) -> bool:
        row = self._rows.get(record_id)
        if row is None:
            return False
        self._notes.pop(record_id, None)
        self._remove_row(row)
        return True

    def set_note(self, record_id: int, note: str | None) -> None:
        """A passing remark on a row (why its refresh failed), shown in the status tooltip."""
        if note:
            self._notes[record_id] = note
        else:
            self._notes.pop(record_id, None)
        row = self._rows.get(record_id)
        if row is not None:
            index = self.index(row, Column.STATUS)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])

    def note(self, record_id: int) -> str | None:
        return self._notes.get(record_id)

    def set_profile_names(self, names: dict[str, str]) -> None:
        self._profile_names = dict(names)
        self._forget_rows()
        if self._records:
            top = self.index(0, Column.PROFILE)
            bottom = self.index(len(self._records) - 1, Column.PROFILE)
            self.dataChanged.emit(top, bottom)

    def records(self) -> Sequence[Record]:
        return tuple(self._records)

    def record(self, record_id: int) -> Record | None:
        row = self._rows.get(record_id)
        return None if row is None else self._records[row]

    def record_at(self, row: int) -> Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int) -> int | None:
        return self._rows.get(record_id)

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        # Called for every role of every visible cell at each repaint (seven roles a cell, through
        # the proxy): the roles a row never answers leave first, and the shown texts are made once
        # per version of the row (`_texts`). An invalid index has row -1; the model is flat.
        if role in _UNANSWERED:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= column < _COLUMNS):
            return None
        if role == _DISPLAY:
            return self._row_texts(row)[column]
        if role == _ALIGN:
            return self._alignments[column]
        record = self._records[row]
        if role == _FOREGROUND:
            if column != Column.STATUS:
                return None
            tone = STATUS_TONES.get(status_category(record))
            return tone_color(tone) if tone is not None else None
        if role == _TOOLTIP:
            return self._tooltip(record, Column(column))
        if role == Roles.SORT:
            return self.sort_key(row, column)
        if role == Roles.RECORD:
            return record
        if role == Roles.RECORD_ID:
            return record.id
        if role == Roles.SEARCH:
            return self.search_text_at(row)
        if role == Roles.CATEGORY:
            return status_category(record).value
        return None

    def _forget_rows(self) -> None:
        count = len(self._records)
        self._texts = [None] * count
        self._search = [None] * count
        self._forget_keys()
        self._prepared = 0
        self._prepare.start(0)

    # -- OrderedListModel -----------------------------------------------------------------------

    def _row_lists(self) -> list[list[Any]]:
        return [self._records, self._texts, self._search]

    def _make_sort_key(self, row: int, column: int) -> Any:
        return self._sort_key(self._records[row], Column(column))

    def _rows_reordered(self) -> None:
        self._reindex()

    def search_text_at(self, row: int) -> str:
        """The row's searchable text (`Roles.SEARCH`), kept once made."""
        text = self._search[row]
        if text is None:
            text = self._search[row] = self._search_text(self._records[row])
        return text

    def _prepare_search(self) -> None:
        deadline = time.perf_counter() + PREPARE_SLICE_SECONDS
        row, search, count = self._prepared, self._search, len(self._search)
        while row < count:
            if search[row] is None:
                search[row] = self._search_text(self._records[row])
            row += 1
            if row % 32 == 0 and time.perf_counter() >= deadline:
                break
        self._prepared = row
        if row < count:
            self._prepare.start(0)  # the rest after the event loop had its turn

    def category_at(self, row: int) -> str:
        """The row's `StatusCategory` value (`Roles.CATEGORY`)."""
        return status_category(self._records[row]).value

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            record = self._records[row]
            texts = self._texts[row] = tuple(self._display(record, c) for c in Column)
        return texts

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(role): QByteArray(role.name.lower().encode()) for role in Roles})
        return names

    # -- helpers ----------------------------------------------------------------------------------

    def _reindex(self) -> None:
        self._rows = {record.id: row for row, record in enumerate(self._records)}

    def money(self, record: Record) -> str:
        """The amount as the UI shows it: ``CHF 1'234.50`` in de_CH."""
        return self._format.money(record.amount_minor, record.currency)

    def _display(self, record: Record, column: Column) -> str:
        match column:
            case Column.CREATED:
                return self._format.date_time(_local(record.created_at))
            case Column.KIND:
                return _tr(ELSEWHERE_KIND_TEXT) if record.elsewhere else kind_text(record.kind)
            case Column.TITLE:
                return record.title
            case Column.REFERENCE:
                return record.reference_id
            case Column.CUSTOMER:
                return record.customer
            case Column.AMOUNT:
                return self.money(record)
            case Column.STATUS:
                return status_text(record)
            case Column.PROFILE:
                return self._profile_names.get(record.profile_id, record.profile_id)

    def _tooltip(self, record: Record, column: Column) -> str | None:
        if column == Column.STATUS:
            lines = [status_text(record)]
            if record.state is RecordState.UNKNOWN and record.error:
                lines.append(record.error)
            note = self._notes.get(record.id)
            if note:
                lines.append(note)
            return "\n".join(lines)
        if column == Column.KIND and record.elsewhere:
            return _tr(ELSEWHERE_TOOLTIP)
        if column in (Column.TITLE, Column.CUSTOMER, Column.REFERENCE):
            return self._display(record, column) or None
        if column == Column.CREATED:
            return self._format.date_time(_local(record.created_at), seconds=True)
        return None

    def _sort_key(self, record: Record, column: Column) -> Any:
        match column:
            case Column.CREATED:
                return (record.created_at.timestamp(), record.id)
            case Column.AMOUNT:
                return (from_minor(record.amount_minor, record.currency), record.currency)
            case _:
                return self._display(record, column).casefold()

    def _search_text(self, record: Record) -> str:
        plain = str(from_minor(record.amount_minor, record.currency))
        parts = (record.title, record.reference_id, record.customer, self.money(record), plain)
        return search_text("\n".join(parts))


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo else moment


class HistoryFilterProxy(SortKeyProxy):
    """Search (every word must appear in title, reference, customer or amount) and status.
    Sorting is the model's (`OrderedListModel`): this proxy only filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()
        self._categories: frozenset[str] | None = None

    def set_search(self, text: str) -> None:
        terms = tuple(search_needle(text).split())
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status_filter(
        self, categories: StatusCategory | Iterable[StatusCategory] | None
    ) -> None:
        """Show only rows in these categories (None: every row)."""
        if categories is None:
            wanted = None
        elif isinstance(categories, StatusCategory):
            wanted = frozenset({categories.value})
        else:
            wanted = frozenset(c.value for c in categories)
        if wanted != self._categories:
            self.beginFilterChange()
            self._categories = wanted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def record_at(self, row: int) -> Record | None:
        index = self.index(row, 0)
        value = index.data(Roles.RECORD) if index.isValid() else None
        return value if isinstance(value, Record) else None

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        # Asked for every row at each keystroke of a search: the model's kept texts, read
        # directly (no index, no trip through Qt).
        model = self.sourceModel()
        assert isinstance(model, HistoryTableModel)
        if self._categories is not None and model.category_at(source_row) not in self._categories:
            return False
        if self._terms:
            haystack = model.search_text_at(source_row)
            return all(term in haystack for term in self._terms)
        return True

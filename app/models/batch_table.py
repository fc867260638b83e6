"""The batch preview and results as a table: one row per line of the file, the form's sentence
on every bad cell, a check box to leave a row out, and after Create each row's state and link.

Rows arrive in chunks (`append`), so a 10,000-line file never holds the GUI thread for long.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.batch.mapping import Field
from app.batch.rows import RowCheck
from app.i18n import QT_TRANSLATE_NOOP
from app.models.list_model import ListTableModel
from app.models.list_model import ModelIndex as Index
from app.store.records import Record, RecordState


class Column(IntEnum):
    TITLE = 0
    AMOUNT = 1
    CURRENCY = 2
    REFERENCE = 3
    FORENAME = 4
    SURNAME = 5
    COMPANY = 6
    EMAIL = 7
    LANGUAGE = 8
    EXPIRY = 9
    VAT_RATE = 10
    PURPOSE = 11
    STATE = 12
    LINK = 13


FIELD_OF: dict[Column, Field] = {
    c: Field(c.name.lower()) for c in Column if c.name.lower() in Field._value2member_map_
}
COLUMN_OF: dict[Field, Column] = {f: c for c, f in FIELD_OF.items()}


HEADERS: dict[Column, str] = {
    Column.TITLE: QT_TRANSLATE_NOOP("BatchTableModel", "Title"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("BatchTableModel", "Amount"),
    Column.CURRENCY: QT_TRANSLATE_NOOP("BatchTableModel", "Currency"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("BatchTableModel", "Reference"),
    Column.FORENAME: QT_TRANSLATE_NOOP("BatchTableModel", "First name"),
    Column.SURNAME: QT_TRANSLATE_NOOP("BatchTableModel", "Last name"),
    Column.COMPANY: QT_TRANSLATE_NOOP("BatchTableModel", "Company"),
    Column.EMAIL: QT_TRANSLATE_NOOP("BatchTableModel", "E-mail"),
    Column.LANGUAGE: QT_TRANSLATE_NOOP("BatchTableModel", "Language"),
    Column.EXPIRY: QT_TRANSLATE_NOOP("BatchTableModel", "Expiry"),
    Column.VAT_RATE: QT_TRANSLATE_NOOP("BatchTableModel", "VAT rate"),
    Column.PURPOSE: QT_TRANSLATE_NOOP("BatchTableModel", "Purpose"),
    Column.STATE: QT_TRANSLATE_NOOP("BatchTableModel", "State"),
    Column.LINK: QT_TRANSLATE_NOOP("BatchTableModel", "Link"),
}


def header_text(column: Column) -> str:
    return QCoreApplication.translate("BatchTableModel", HEADERS[column])


def field_name(name: Field) -> str:
    column = COLUMN_OF.get(name)
    return (
        header_text(column)
        if column is not None
        else QCoreApplication.translate("BatchTableModel", "Description")
    )


# The roles `data` answers: a repaint asks each cell for seven, so the others return at once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ACCESSIBLE_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_ROLES = frozenset({_DISPLAY, _EDIT, _CHECK_STATE, _TOOLTIP, _BACKGROUND, _ACCESSIBLE_DESCRIPTION})
_COLUMNS = len(Column)

_BAD_BRUSH = QBrush(QColor(255, 220, 220))
_FLAGGED_BRUSH = QBrush(QColor(255, 243, 205))

# Per column, a row that can still change: its cells edited, the title's box (in or out) ticked.
_READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = tuple(
    _READ_ONLY_FLAGS
    | (Qt.ItemFlag.ItemIsUserCheckable if column is Column.TITLE else Qt.ItemFlag.NoItemFlags)
    | (Qt.ItemFlag.ItemIsEditable if column in FIELD_OF else Qt.ItemFlag.NoItemFlags)
    for column in Column
)


@dataclass(slots=True)
class Row:
    check: RowCheck
    included: bool
    record: Record | None = None
    sent: bool = False

    @classmethod
    def for_check(cls, check: RowCheck) -> Row:
        """A row of a preview: in the batch unless it is bad or flagged (already created,
        repeated in the file); the user can put it in or leave it out."""
        return cls(check, included=check.valid and not check.flags)


@dataclass(frozen=True)
class Summary:
    """What the batch window says under its table."""

    to_create: int
    bad: int  # rows with problems
    flagged: int  # already created, or repeated in the file
    totals: dict[str, int]  # minor units per currency of the rows to create
    links: bool  # some row has its link (results to export, QR codes, e-mails)

    @classmethod
    def of(cls, rows: Iterable[Row]) -> Summary:
        tally = Tally()
        for row in rows:
            tally.add(row)
        return tally.summary()


class Tally:
    """A `Summary` made a row at a time (the checking slices add each row as they make it)."""

    def __init__(self) -> None:
        self.to_create = self.bad = self.flagged = 0
        self.sums: dict[str, int] = defaultdict(int)
        self.links = False

    def add(self, row: Row) -> None:
        check = row.check
        if check.errors:
            self.bad += 1
        if check.flags:
            self.flagged += 1
        if row.included and check.form is not None:  # valid: it has its form
            self.to_create += 1
            self.sums[check.form.currency] += check.form.amount_minor
        if row.record is not None and row.record.link:
            self.links = True

    def summary(self) -> Summary:
        totals = dict(sorted(self.sums.items()))
        return Summary(self.to_create, self.bad, self.flagged, totals, self.links)


def state_text(row: Row) -> str:
    record = row.record
    if record is not None:
        if record.state is RecordState.CREATED:
            return QCoreApplication.translate("BatchTableModel", "Created")
        if record.state is RecordState.SENDING:
            return QCoreApplication.translate("BatchTableModel", "Sending…")
        if record.state is RecordState.UNKNOWN:
            return QCoreApplication.translate(
                "BatchTableModel", "May have been created: check before sending it again"
            )
        return QCoreApplication.translate("BatchTableModel", "Not created: %s") % (
            record.error or ""
        )
    if row.check.errors:
        first = next(iter(row.check.errors.values()))
        more = len(row.check.errors) - 1
        return first + (
            QCoreApplication.translate("BatchTableModel", " (+%d more)") % more if more else ""
        )
    if row.check.flags:
        return next(iter(row.check.flags.values()))
    if row.sent:
        return QCoreApplication.translate("BatchTableModel", "Waiting to be sent")
    return (
        QCoreApplication.translate("BatchTableModel", "Ready")
        if row.included
        else QCoreApplication.translate("BatchTableModel", "Left out")
    )


class BatchTableModel(ListTableModel):
    columns = Column
    context = "BatchTableModel"
    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._editable = True
        # Set by the controller: it checks the row again and says what changed (see setData).
        self.on_edit: Callable[[int, Field, str], None] = lambda row, name, value: None
        self.on_include: Callable[[int, bool], None] = lambda row, included: None

    # -- contents -------------------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def set_rows(self, rows: list[Row]) -> None:
        """Every row at once: one reset, so the view lays out and repaints once (each insert
        would repaint the whole table again)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def append(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[Row]:
        return self._rows

    def row_at(self, index: int) -> Row:
        return self._rows[index]

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def row_changed(self, index: int) -> None:
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, index, index)

    def all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(self._rows):
            return str(self._rows[section].check.line)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._editable and not self._rows[index.row()].sent:
            return _EDITABLE_FLAGS[index.column()]
        return _READ_ONLY_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every visible cell at each repaint: the roles no cell has
        # leave first, and the column stays a number (no enum made per call).
        if role not in _ROLES:
            return None
        row_number, column = index.row(), index.column()
        if not (0 <= row_number < len(self._rows) and 0 <= column < _COLUMNS):
            return None
        row = self._rows[row_number]
        name = FIELD_OF.get(column)  # type: ignore[call-overload]
        if role in (_DISPLAY, _EDIT):
            if name is not None:
                return row.check.cells.get(name, "")
            if column == Column.STATE:
                return state_text(row)
            return row.record.link if row.record is not None and row.record.link else ""
        if role == _CHECK_STATE:
            if column != Column.TITLE:
                return None
            return Qt.CheckState.Checked if row.included else Qt.CheckState.Unchecked
        errors = row.check.errors
        if role == _TOOLTIP:
            if name is not None and name in errors:
                return errors[name]
            if column == Column.STATE:
                return state_text(row)
        if role == _BACKGROUND:
            if name is not None and name in errors:
                return _BAD_BRUSH
            if column == Column.STATE and (errors or row.check.flags) and row.record is None:
                return _BAD_BRUSH if errors else _FLAGGED_BRUSH
        if role == _ACCESSIBLE_DESCRIPTION and name in errors:
            return errors[name]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A fixed cell or a row put in or left out: the controller (``on_edit``,
        ``on_include``) checks the row again and says what changed."""
        if not index.isValid() or not self._editable:
            return False
        row = self._rows[index.row()]
        if row.sent:
            return False
        column = Column(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column is Column.TITLE:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.on_include(index.row(), checked)
            return True
        name = FIELD_OF.get(column)
        if role == Qt.ItemDataRole.EditRole and name is not None:
            self.on_edit(index.row(), name, str(value))
            return True
        return False

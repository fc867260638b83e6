"""One base for the app's list models (History, Subscriptions, Payments, Needs attention, a batch).

A list model names its columns with an `IntEnum`, their titles with ``QT_TRANSLATE_NOOP`` in its
translation context, and which columns hold numbers (right-aligned); `ListTableModel` turns that
into the header (title in the UI language, tooltip, alignment), the cells' alignment, the flags
of a read-only row, and the text the views copy. What a cell shows stays the subclass's
(`rowCount`, `data`). Sorting reads `SORT_ROLE`: a value that sorts the column by its meaning
(numbers, dates as numbers, case-folded text), never by the localized text; `SortKeyProxy`
sorts by it. (Electrum's ``MyTreeView`` and its models are the example.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts the column by its meaning; every list model answers it."""

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def fill_roles(
    data: Callable[[ModelIndex, int], Any],
    index: ModelIndex,
    span: QModelRoleDataSpan | QModelRoleData,
) -> None:
    """`multiData` from a model's `data`: every role of ``span`` asked in Python."""
    cells = (
        [span]
        if isinstance(span, QModelRoleData)
        else cast("Sequence[QModelRoleData]", span)  # the stubs miss its __getitem__
    )
    for cell in cells:
        # Every role, None too: the view hands in the span of the cell painted before.
        cell.setData(data(index, cell.role()))


class ListTableModel(QAbstractTableModel):
    """A flat, read-only table: subclasses set the class attributes and implement `rowCount`
    and `data` (for `_ALIGN` they return `alignment(column)`)."""

    columns: ClassVar[type[IntEnum]]
    """The column enum: its values are the model's column numbers, 0 up."""
    context: ClassVar[str]
    """The translation context of `headers` and `header_tips`."""
    headers: ClassVar[Mapping[Any, str]]
    """Each column's title, marked with ``QT_TRANSLATE_NOOP(context, ...)``."""
    header_tips: ClassVar[Mapping[Any, str]] = {}
    """A column title's tooltip, where the title alone says too little."""
    right_aligned: ClassVar[frozenset[Any]] = frozenset()
    """The columns that hold numbers (amounts, ids): right-aligned, header included."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Per column, looked up by `data()` of 100,000 rows: a list index, no set or enum work.
        self._alignments = [
            RIGHT if column in self.right_aligned else LEFT for column in self.columns
        ]

    def header_text(self, column: int) -> str:
        """The column's title in the UI language."""
        return QCoreApplication.translate(self.context, self.headers[column])

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return self._alignments[column]

    def sort_key(self, row: int, column: int) -> Any:
        """What `SortKeyProxy` sorts ``column`` by (`SORT_ROLE`); a model may keep them."""
        return self.data(self.index(row, column), SORT_ROLE)

    def copy_text(self, row: int, column: int) -> str:
        """What Copy takes from a cell: the text it shows."""
        value = self.data(self.index(row, column), _DISPLAY)
        return "" if value is None else str(value)

    # -- QAbstractItemModel ---------------------------------------------------------------------

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._alignments)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._alignments):
            return None
        if role == _DISPLAY:
            return self.header_text(section)
        if role == _TOOLTIP:
            tip = self.header_tips.get(section)
            return QCoreApplication.translate(self.context, tip) if tip else None
        if role == _ALIGN:
            return self._alignments[section]
        return None

    def multiData(
        self, index: ModelIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        # A view's delegate asks for seven roles of each cell it paints; Qt's own answer is a
        # trip from C++ into Python for each. Here it is one trip a cell.
        fill_roles(self.data, index, roleDataSpan)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        # Asked for every visible cell at each repaint: one constant, no flag arithmetic.
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


class OrderedListModel(ListTableModel):
    """A list model that sorts its own rows (History, Payments): Python's `sorted()` over kept
    sort keys takes 3 ms for 10,000 rows, where `QSortFilterProxyModel` compares them through
    Python ~130,000 times (0.9 s), and again for each row a search lets back in. A row that
    changes or comes is moved or put to its place; persistent indexes (the selection) follow.
    `SortKeyProxy` hands a sort over to such a model and then only filters.

    A subclass keeps a value per row in Python lists (`_row_lists`: the items first, then what
    it keeps for them, None where not made yet), makes a row's key (`_make_sort_key`: never
    None) and rebuilds what it maps by row after a reorder (`_rows_reordered`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None  # (column, order); None: as given
        self._keys: dict[int, list[Any]] = {}  # per column sorted by: each row's key or None

    # -- what a subclass gives --------------------------------------------------------------------

    def _row_lists(self) -> list[list[Any]]:
        """The lists holding one value per row, in row order."""
        raise NotImplementedError

    def _make_sort_key(self, row: int, column: int) -> Any:
        raise NotImplementedError

    def _rows_reordered(self) -> None:
        """Rows moved: rebuild what maps items to rows."""

    # -- keys ---------------------------------------------------------------------------------

    def sort_key(self, row: int, column: int) -> Any:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [None] * self.rowCount()
        key = keys[row]
        if key is None:
            key = keys[row] = self._make_sort_key(row, column)
        return key

    def _all_row_lists(self) -> list[list[Any]]:
        return [*self._row_lists(), *self._keys.values()]

    def _forget_keys(self, row: int | None = None) -> None:
        """Drop the kept keys of ``row`` (it changed), or of every row."""
        if row is None:
            self._keys = {}
            return
        for keys in self._keys.values():
            keys[row] = None

    # -- order --------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``; -1 leaves them where they are. Stable: equal keys
        keep their order."""
        if not 0 <= column < self.columnCount():
            self._sort = None
            return
        self._sort = (column, order)
        self._resort()

    def sort_column(self) -> int:
        return -1 if self._sort is None else self._sort[0]

    def _resort(self) -> None:
        """Put every row in the order chosen (after `sort`, or rows appended in bulk)."""
        if self._sort is None:
            return
        order = self._sorted_rows()
        if order == list(range(len(order))):
            return
        # Without arguments: PySide 6.11 crashed converting a parents list and a hint here.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved_to = [0] * len(order)
        for new_row, old_row in enumerate(order):
            moved_to[old_row] = new_row
        self._permute(order)
        self.changePersistentIndexList(
            persistent, [self.index(moved_to[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _permute(self, order: list[int]) -> None:
        """Rows in ``order`` (old row numbers); inside a reset or a layout change."""
        for values in self._all_row_lists():
            values[:] = [values[row] for row in order]
        self._rows_reordered()

    def _descending(self) -> bool:
        return self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder

    def _sorted_rows(self) -> list[int]:
        assert self._sort is not None
        column = self._sort[0]
        keys = [self.sort_key(row, column) for row in range(self.rowCount())]
        rows = range(len(keys))
        try:
            return sorted(rows, key=keys.__getitem__, reverse=self._descending())
        except TypeError:  # keys of different types (a list that mixes them): as text
            return sorted(rows, key=lambda row: str(keys[row]), reverse=self._descending())

    def _in_order(self, first: Any, second: Any) -> bool:
        """Whether a row keyed ``first`` may stand above one keyed ``second``."""
        try:
            return not (second > first) if self._descending() else not (second < first)
        except TypeError:
            a, b = str(first), str(second)
            return not (b > a) if self._descending() else not (b < a)

    def _place_of(self, key: Any, rows: range) -> int:
        """Where a row keyed ``key`` goes among ``rows`` (in order): after its equals."""
        assert self._sort is not None
        column = self._sort[0]
        lo, hi = rows.start, rows.stop
        while lo < hi:
            mid = (lo + hi) // 2
            if self._in_order(self.sort_key(mid, column), key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _move_to_place(self, row: int) -> int:
        """Move ``row`` (its sort key changed) to its place; returns its row now. A move, not
        a removal: persistent indexes (the selection) stay on it."""
        if self._sort is None:
            return row
        column, count = self._sort[0], self.rowCount()
        key = self.sort_key(row, column)
        if row > 0 and not self._in_order(self.sort_key(row - 1, column), key):
            target = self._place_of(key, range(0, row))
        elif row < count - 1 and not self._in_order(key, self.sort_key(row + 1, column)):
            target = self._place_of(key, range(row + 1, count))
        else:
            return row
        # Qt counts the destination before the move: the row it goes above.
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target):
            return row
        new_row = target if target < row else target - 1
        for values in self._all_row_lists():
            values.insert(new_row, values.pop(row))
        self._rows_reordered()
        self.endMoveRows()
        return new_row

    def _insert_row(self, row: int, values: list[Any]) -> None:
        """Insert one row (``values``: one per `_row_lists` list) at ``row``."""
        self.beginInsertRows(QModelIndex(), row, row)
        for target, value in zip(self._row_lists(), values, strict=True):
            target.insert(row, value)
        for keys in self._keys.values():
            keys.insert(row, None)
        self._rows_reordered()
        self.endInsertRows()

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        for values in self._all_row_lists():
            del values[row]
        self._rows_reordered()
        self.endRemoveRows()


class SortKeyProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`, and again as rows change. Keys of different types (a list that
    mixes them) compare as text rather than fail."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def multiData(
        self, index: ModelIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        # Qt's own answer calls this proxy's `data` for each of a cell's seven roles, which maps
        # the index and calls the source's `data`: three trips from C++ into Python a role.
        # Here it is one trip a cell.
        fill_roles(self.sourceModel().data, self.mapToSource(index), roleDataSpan)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A model that sorts its own rows does it far faster; this proxy then only filters.
        model = self.sourceModel()
        if isinstance(model, OrderedListModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        # A sort compares each row ~log2(n) times: the keys straight from a list model (which
        # may keep them), not through two `data` calls by way of Qt.
        model = self.sourceModel()
        if isinstance(model, ListTableModel):
            a = model.sort_key(left.row(), left.column())
            b = model.sort_key(right.row(), right.column())
        else:
            a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

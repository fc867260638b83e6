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

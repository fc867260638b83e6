"""One base for the app's lists: the table every list tab shows (History, Subscriptions,
Payments, Needs attention), set up once.

Whole rows are selected, nothing is edited in place, rows alternate and never wrap, there are no
row numbers and every row has the same height (room for a status pill; a view over 100,000 rows
must not measure each one). Column widths are never narrower than the column's title in the UI
language (`set_column_widths`). The context menu holds the owner's row actions
(`add_row_actions`), then Copy cell and Copy row. (Electrum's ``MyTreeView`` is the example.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from app.views.clipboard import copy_text
from app.views.style import StatusPillDelegate, TextOf, ToneOf

ColumnNumber = TypeVar("ColumnNumber", bound=int)

ROW_PADDING = 14
"""Added to the font's height: room around the status pills."""


class ListTable(QTableView):
    """``add_row_actions(menu, index)``, when set, adds the row's own actions to its context
    menu (the row under the pointer is current by then)."""

    def __init__(self, parent: QWidget | None = None, *, name: str, object_name: str = "") -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        self.horizontalHeader().setHighlightSections(False)
        self.add_row_actions: Callable[[QMenu, QModelIndex], None] | None = None
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def set_column_widths(self, widths: Mapping[ColumnNumber, int]) -> None:
        """Each column at least this wide, and never narrower than its title in the UI language
        with its sort arrow ("Nächste Zahlung" does not fit the English width)."""
        header = self.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def set_status_column(
        self, column: int, tone_of: ToneOf, text_of: TextOf | None = None
    ) -> StatusPillDelegate:
        """Draw ``column`` as status pills (`StatusPillDelegate`)."""
        delegate = StatusPillDelegate(tone_of, text_of, self)
        self.setItemDelegateForColumn(column, delegate)
        return delegate

    # -- copy ----------------------------------------------------------------------------------

    def cell_text(self, index: QModelIndex) -> str:
        value = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        return "" if value is None else str(value)

    def row_text(self, index: QModelIndex) -> str:
        """The row's shown columns in their on-screen order, separated by tabs (a spreadsheet
        pastes them into cells)."""
        header = self.horizontalHeader()
        columns = (header.logicalIndex(v) for v in range(header.count()))
        return "\t".join(
            self.cell_text(index.siblingAtColumn(c))
            for c in columns
            if not header.isSectionHidden(c)
        )

    def copy_cell(self, index: QModelIndex) -> None:
        copy_text(self, self.cell_text(index), self.tr("Cell"))

    def copy_row(self, index: QModelIndex) -> None:
        copy_text(self, self.row_text(index), self.tr("Row"))

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for the row of ``index``: its own actions, then Copy cell and Copy row."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.add_row_actions is not None:
            self.add_row_actions(menu, index)
            if not menu.isEmpty():
                menu.addSeparator()
        # The rows may move (a refresh, a page) while the menu is open: copy what is there then.
        kept = QPersistentModelIndex(index)

        def at() -> QModelIndex:
            model = self.model()
            return model.index(kept.row(), kept.column()) if kept.isValid() else QModelIndex()

        cell = QAction(self.tr("Copy cell"), menu)
        cell.triggered.connect(lambda: self.copy_cell(at()))
        row = QAction(self.tr("Copy row"), menu)
        row.triggered.connect(lambda: self.copy_row(at()))
        menu.addActions([cell, row])
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.context_menu(index).popup(self.viewport().mapToGlobal(pos))

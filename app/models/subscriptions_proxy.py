"""Filter and sort over the subscription table, fast enough for 100,000 rows.

Why not `QSortFilterProxyModel`: measured with PySide6 6.12 on 100,000 rows, re-filtering through a
Python `filterAcceptsRow` took 116-157 ms (one Python call per row), and its sort, which calls the
Python `data()` twice per comparison, took 18 s. Here the mapping is a Python list of source rows,
filtered with one comprehension over precomputed case-folded haystacks and sorted with `sorted()`
over precomputed keys; Qt calls into Python only for the rows on screen.

Filter changes and sorts are announced as a layout change with persistent indexes moved (so the
selection follows its row); rows appended to the source while unsorted become row inserts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import compress, repeat
from operator import contains
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.models import subscriptions_format as fmt
from app.models.subscriptions_table import Column, SubscriptionTableModel
from app.plain_text import search_needle

AnyIndex = QModelIndex | QPersistentModelIndex


class SubscriptionFilterProxy(QAbstractProxyModel):
    """Free text over customer, company, e-mail, reference and id; a status set (`fmt.OTHER`
    stands for every status Paydesk does not know); "needs attention" (in notice, overdue, or
    an unknown status). The statuses are the model's, derived from the dates when it prepared
    its rows."""

    counts_changed = Signal()
    """`status_counts()` changed."""
    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._src: SubscriptionTableModel | None = None
        self._rows: list[int] = []  # proxy row -> source row
        self._inverse: dict[int, int] | None = None
        self._order: list[int] | None = None  # every source row, sorted; None: source order
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._text = ""
        self._statuses: frozenset[str] = frozenset()
        self._attention = False
        # The rows that pass the text and attention filters (before the status filter).
        self._matched: list[int] = []
        self._counts: Counter[str] = Counter()
        # Results for the texts typed on the way to the current one (and back): a further
        # character only searches the rows its prefix found, a backspace is a lookup.
        self._chain: dict[str, tuple[list[int], Counter[str]]] = {}
        self._identity: list[int] = []  # 0..n-1, shared so derived lists share int objects
        self._all_counts: Counter[str] | None = None  # status counts over every source row
        self._mask: list[bool] | None = None  # attention per source row
        # For a full scan, per row of `_all_rows()`: its haystack, and per status a bit mask of
        # the rows holding it (built at the first full scan after the rows or order changed).
        self._scan: tuple[list[int], list[str], dict[str, int]] | None = None
        self._connections: list[QObject.Connection] = []  # type: ignore[name-defined]

    # -- filter settings ------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._text

    def set_filter_text(self, text: str) -> None:
        needle = search_needle(text.strip())
        if needle == self._text:
            return
        self._text = needle
        self._refilter()

    @property
    def status_filter(self) -> frozenset[str]:
        return self._statuses

    def set_status_filter(self, statuses: Iterable[str]) -> None:
        """Show only these statuses (as the model holds them, e.g. ``notice``; `fmt.OTHER` for
        every unknown one); empty shows all."""
        chosen = frozenset(fmt.normalize_status(s) for s in statuses)
        if chosen == self._statuses:
            return
        self._statuses = chosen
        self._refilter(keep_matched=True)

    @property
    def needs_attention(self) -> bool:
        return self._attention

    def set_needs_attention(self, on: bool) -> None:
        if on == self._attention:
            return
        self._attention = on
        self._chain = {}
        self._refilter()

    def status_counts(self) -> dict[str, int]:
        """Rows per status among those the text and attention filters let through (the status
        filter itself is left out, so each chip says what choosing it would show)."""
        return dict(self._counts)

    def total_matched(self) -> int:
        return len(self._matched)

    # -- mapping helpers ------------------------------------------------------------------------

    def source_row(self, row: int) -> int:
        return self._rows[row]

    def source_rows(self) -> list[int]:
        """The source rows in view order (a copy)."""
        return list(self._rows)

    def proxy_row(self, source_row: int) -> int | None:
        if self._inverse is None:
            self._inverse = {r: i for i, r in enumerate(self._rows)}
        return self._inverse.get(source_row)

    # -- QAbstractProxyModel --------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        if model is not None and not isinstance(model, SubscriptionTableModel):
            raise TypeError("SubscriptionFilterProxy works on a SubscriptionTableModel")
        self.beginResetModel()
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        # Qt takes a null model (it detaches); PySide6's stub does not allow None.
        super().setSourceModel(model)  # type: ignore[arg-type]
        self._src = model
        if model is not None:
            self._connections = [
                model.modelAboutToBeReset.connect(self.beginResetModel),
                model.modelReset.connect(self._source_reset),
                model.rowsInserted.connect(self._source_rows_inserted),
                model.dataChanged.connect(self._source_data_changed),
                model.rowsAboutToBeRemoved.connect(self._source_about_to_restructure),
                model.rowsRemoved.connect(self._source_reset),
                model.layoutAboutToBeChanged.connect(self._source_about_to_restructure),
                model.layoutChanged.connect(self._source_reset),
                model.headerDataChanged.connect(self.headerDataChanged),
            ]
        self._recompute_all()
        self.endResetModel()

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if self._src is None or not proxy_index.isValid():
            return QModelIndex()
        return self._src.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self.proxy_row(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:  # QObject.parent()
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: AnyIndex) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._src is None else len(Column)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows) and self._src is not None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._src is None or not index.isValid():
            return None
        return self._src.cell(self._rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._src is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return self._src.headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if self._src is None or not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._src.flags(self._src.index(self._rows[index.row()], index.column()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` (-1: the source's order). Stable, so equal keys keep source order."""
        self._sort_column = column
        self._sort_order = order
        if self._src is None:
            return
        self._order = self._sorted_order()
        self._refilter(same_set=True)

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- computing ------------------------------------------------------------------------------
    #
    # Each filter step is compress() over map()s of list lookups: the per-row work stays in C,
    # which makes a step over 100,000 rows a few milliseconds instead of tens.

    def _sorted_order(self) -> list[int] | None:
        assert self._src is not None
        if not 0 <= self._sort_column < len(Column):
            return None
        keys = self._src.sort_keys(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # reverse=True keeps equal keys in their original order, as a stable descending sort should.
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def _all_rows(self) -> list[int]:
        if self._order is not None:
            return self._order
        n = self._src.rowCount() if self._src is not None else 0
        if len(self._identity) != n:
            if len(self._identity) < n:
                self._identity.extend(range(len(self._identity), n))
            else:
                self._identity = list(range(n))
        return self._identity

    def _match(self, candidates: list[int], *, attention: bool = True) -> list[int]:
        """Rows among `candidates` that pass the text and attention filters, in their order."""
        assert self._src is not None
        rows = candidates
        if self._text:
            # operator.contains is a C function: ~2.5x faster per row than str.__contains__.
            found = map(contains, map(self._src.haystacks.__getitem__, rows), repeat(self._text))
            rows = list(compress(rows, found))
        if self._attention and attention:
            mask = self._attention_mask()
            rows = list(compress(rows, map(mask.__getitem__, rows)))
        # Never hand out `candidates` itself (the order, or the shared 0..n-1 list): they grow
        # and change on their own.
        return list(rows) if rows is candidates else rows

    def _attention_mask(self) -> list[bool]:
        """Per source row: in notice, overdue, or a status Paydesk does not know."""
        assert self._src is not None
        statuses = self._src.statuses
        mask = self._mask
        if mask is None:
            mask = self._mask = list(map(fmt.needs_attention, statuses))
        elif len(mask) < len(statuses):  # rows appended since
            mask.extend(map(fmt.needs_attention, statuses[len(mask) :]))
        return mask

    def _by_status(self, matched: list[int]) -> list[int]:
        if not self._statuses:
            return list(matched)  # never alias `_matched`: the two lists change separately
        assert self._src is not None
        wanted = set(self._statuses)
        if fmt.OTHER in wanted:
            wanted.update(s for s in set(self._src.statuses) if not fmt.is_known(s))
        chosen = wanted.__contains__
        return list(compress(matched, map(chosen, map(self._src.statuses.__getitem__, matched))))

    def _count(self, matched: list[int]) -> Counter[str]:
        assert self._src is not None
        statuses = self._src.statuses
        if len(matched) == len(statuses):  # every row: often the case for one letter
            if self._all_counts is None:
                # Counted on the worker with the rows, when they were replaced as a whole.
                counted = self._src.status_counts
                self._all_counts = Counter(statuses) if counted is None else counted
            return self._all_counts
        return Counter(map(statuses.__getitem__, matched))

    def _recompute_all(self) -> None:
        """Rebuild everything from the source (inside a reset)."""
        self._inverse = None
        self._mask = None
        self._all_counts = None
        self._scan = None
        self._identity = []
        if self._src is None:
            self._order, self._matched, self._rows = None, [], []
            self._chain = {}
            self._set_counts(Counter())
            return
        self._order = self._sorted_order()
        self._rematch()
        self._rows = self._by_status(self._matched)

    def _rematch(self) -> None:
        """Match every row again (the rows, their order or their data changed)."""
        matched = self._match(self._all_rows())
        self._matched = matched
        counts = self._count(matched)
        self._chain = {self._text: (matched, counts)}
        self._set_counts(counts)

    def _refilter(self, *, keep_matched: bool = False, same_set: bool = False) -> None:
        """Apply the filters. `keep_matched`: only the status filter changed. `same_set`: only
        the order changed (a sort)."""
        if self._src is None:
            self.filter_changed.emit()
            return
        text = self._text
        if same_set or not self._chain:
            self._rematch()
        elif not (keep_matched and text in self._chain):
            found = self._chain.get(text)
            if found is None:
                prefixes = [k for k in self._chain if k in text]
                if prefixes:
                    base = self._chain[max(prefixes, key=len)][0]
                    matched = self._match(base, attention=False)  # base passed attention
                    found = (matched, self._count(matched))
                elif self._attention:
                    matched = self._match(self._all_rows())
                    found = (matched, self._count(matched))
                else:
                    found = self._full_scan()
            # Keep the texts on the way to this one and those that extend it (a backspace
            # and typing it again are both lookups); drop the rest.
            self._chain = {k: v for k, v in self._chain.items() if k in text or text in k}
            self._chain[text] = found
            self._matched = found[0]
            self._set_counts(found[1])
        self._relayout(self._by_status(self._matched))
        self.filter_changed.emit()

    def _full_scan(self) -> tuple[list[int], Counter[str]]:
        """The text filter over every row, with its status counts: one C-level pass over the
        haystacks (no per-row lookup), the counts as popcounts of bit masks (a Counter over
        100,000 statuses took ~6 ms; this ~1 ms)."""
        assert self._src is not None
        rows = self._all_rows()
        scan = self._scan
        if scan is None or scan[0] is not rows or len(scan[1]) != len(rows):
            scan = self._scan = self._scan_tables(rows)
        found = bytes(map(contains, scan[1], repeat(self._text)))
        matched = list(compress(rows, found))
        if len(matched) == len(rows):
            return matched, self._count(matched)
        bits = int.from_bytes(found, "little")
        counts = Counter({s: n for s, mask in scan[2].items() if (n := (bits & mask).bit_count())})
        return matched, counts

    def _scan_tables(self, rows: list[int]) -> tuple[list[int], list[str], dict[str, int]]:
        assert self._src is not None
        haystacks, statuses = self._src.haystacks, self._src.statuses
        if rows is self._identity:
            in_order = haystacks  # the same rows in the same order: no copy
        else:
            in_order = list(map(haystacks.__getitem__, rows))
            statuses = list(map(statuses.__getitem__, rows))
        code = {s: i for i, s in enumerate(set(statuses), start=1)}
        if len(code) > 255:  # not a status list any more; every mask would be a pass of its own
            code = {}
        codes = bytes(map(code.__getitem__, statuses)) if code else b""
        masks = {}
        for status, n in code.items():
            table = bytes(1 if i == n else 0 for i in range(256))
            masks[status] = int.from_bytes(codes.translate(table), "little")
        return rows, in_order, masks

    def _set_counts(self, counts: Counter[str]) -> None:
        if counts != self._counts:
            self._counts = counts
            self.counts_changed.emit()

    def _relayout(self, rows: list[int]) -> None:
        """Show `rows`, moving persistent indexes (the selection, the current row) with them."""
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = self._rows
        sources = [old_rows[i.row()] if 0 <= i.row() < len(old_rows) else -1 for i in old]
        self._rows = rows
        self._inverse = None
        if old:
            new: list[QModelIndex] = []
            for index, source in zip(old, sources, strict=True):
                row = self.proxy_row(source) if source >= 0 else None
                new.append(QModelIndex() if row is None else self.createIndex(row, index.column()))
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- following the source -------------------------------------------------------------------

    def _source_reset(self, *_: object) -> None:
        self._recompute_all()
        self.endResetModel()

    def _source_about_to_restructure(self, *_: object) -> None:
        # The source only ever resets, appends and updates; anything else is taken as a reset.
        self.beginResetModel()

    def _source_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        assert self._src is not None
        if parent.isValid():
            return
        if first != self._src.rowCount() - (last - first + 1):
            # Not an append: start over rather than shift every mapped row.
            self.beginResetModel()
            self._recompute_all()
            self.endResetModel()
            return
        self._all_counts = None
        self._scan = None
        added = self._all_rows()[first:] if self._order is None else list(range(first, last + 1))
        matched_new = self._match(added)
        statuses = self._src.statuses
        counts = Counter(self._counts)
        counts.update(map(statuses.__getitem__, matched_new))
        if self._order is not None:
            # Sorted: put the new rows in place (timsort merges the two sorted runs in one pass).
            keys = self._src.sort_keys(self._sort_column)
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            self._order = sorted([*self._order, *added], key=keys.__getitem__, reverse=descending)
            self._matched = self._match(self._order)
            self._chain = {self._text: (self._matched, counts)}
            self._set_counts(counts)
            self._relayout(self._by_status(self._matched))
            return
        self._matched = [*self._matched, *matched_new]
        self._chain = {self._text: (self._matched, counts)}
        self._set_counts(counts)
        visible = self._by_status(matched_new)
        if visible:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(visible) - 1)
            self._rows.extend(visible)
            if self._inverse is not None:
                self._inverse.update((r, start + i) for i, r in enumerate(visible))
            self.endInsertRows()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None
    ) -> None:
        assert self._src is not None
        changed = range(top_left.row(), bottom_right.row() + 1)
        self._mask = None
        self._all_counts = None
        self._scan = None
        if self._order is not None:
            self._order = self._sorted_order()
        self._rematch()
        self._relayout(self._by_status(self._matched))
        shown = [p for p in (self.proxy_row(r) for r in changed) if p is not None]
        if shown:
            self.dataChanged.emit(
                self.index(min(shown), top_left.column()),
                self.index(max(shown), bottom_right.column()),
                roles or [],
            )

"""The Needs attention tab's controller and table model: rows from `app.models.attention`,
recomputed (coalesced) whenever the records or the subscription list change, and once in a while
so that a link crosses its N days, or a subscription its due date, without a click.

No request of its own: the watcher, History and Subscriptions keep what it reads current.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.models import attention
from app.models.attention import AttentionItem, Reason
from app.models.list_model import ListTableModel, ModelIndex
from app.models.locale_format import ui_format
from app.models.session import ProfileSession
from app.models.tones import Tone, tone_color
from app.store.records import RecordStore

if TYPE_CHECKING:
    from app.models.history import HistoryTableModel

# Changes arrive in bursts (a page of subscriptions, a refresh of many rows): one recount each.
COALESCE_MS = 50
# Days pass while the window is open: look again this often even when nothing changed.
RECHECK_MS = 10 * 60 * 1000


class Column(IntEnum):
    WHY = 0
    TITLE = 1
    REFERENCE = 2
    AMOUNT = 3
    ACTION = 4


HEADERS: dict[Column, str] = {
    Column.WHY: QT_TRANSLATE_NOOP("Attention", "Why"),
    Column.TITLE: QT_TRANSLATE_NOOP("Attention", "Title or customer"),
    Column.REFERENCE: QT_TRANSLATE_NOOP("Attention", "Reference"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("Attention", "Amount"),
    Column.ACTION: QT_TRANSLATE_NOOP("Attention", "What to do"),
}

ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # after the lists' SORT_ROLE (this list has no sort)

_TONES: dict[Reason, Tone] = {
    Reason.MAY_EXIST: Tone.CAUTION,
    Reason.OVERDUE: Tone.ERROR,
    Reason.EXPIRED: Tone.ERROR,
    Reason.EXPIRING: Tone.CAUTION,
}


class AttentionTableModel(ListTableModel):
    """One row per `AttentionItem`, most pressing first (the order is the meaning: no sort)."""

    columns = Column
    context = "Attention"
    headers = HEADERS
    right_aligned = frozenset({Column.AMOUNT})

    def __init__(self, parent: QObject | None = None, *, today: Callable[[], date]) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []
        self._today = today

    def set_items(self, items: Sequence[AttentionItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> tuple[AttentionItem, ...]:
        return tuple(self._items)

    def item(self, row: int) -> AttentionItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.WHY:
            tone = _TONES.get(item.reason)
            return tone_color(tone) if tone is not None else None
        if role == ITEM_ROLE:
            return item
        return None

    def text(self, item: AttentionItem, column: Column) -> str:
        fmt = ui_format()
        match column:
            case Column.WHY:
                text = attention.reason_text(item, self._today(), fmt.date)
                if item.test:
                    text += " · " + QCoreApplication.translate("Attention", "Test")
                return text
            case Column.TITLE:
                return item.title
            case Column.REFERENCE:
                return item.reference
            case Column.AMOUNT:
                if item.amount_minor is None or not item.currency:
                    return ""
                return fmt.money(item.amount_minor, item.currency)
            case Column.ACTION:
                return attention.action_text(item.actions[0]) if item.actions else ""
        return ""


class AttentionController(QObject):
    count_changed = Signal(int)
    unpaid_days_changed = Signal(int)

    def __init__(
        self,
        records: RecordStore,
        parent: QObject | None = None,
        *,
        unpaid_days: int = attention.DEFAULT_UNPAID_DAYS,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._history: HistoryTableModel | None = None
        self._today = today
        self._unpaid_days = clamp_days(unpaid_days)
        self._session: ProfileSession | None = None
        self._subscriptions: Any = None  # a SubscriptionTableModel: .subscriptions(), .statuses
        self._count = 0
        self._stopped = False
        self.model = AttentionTableModel(self, today=today)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self.reload)
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.reload)
        self._recheck.start()

    # -- inputs ---------------------------------------------------------------------------------

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    def set_session(self, session: ProfileSession | None) -> None:
        self._session = session
        self.reload()

    @property
    def unpaid_days(self) -> int:
        return self._unpaid_days

    def set_unpaid_days(self, days: int) -> None:
        days = clamp_days(days)
        if days != self._unpaid_days:
            self._unpaid_days = days
            self.reload()
            self.unpaid_days_changed.emit(days)

    def watch_subscriptions(self, model: QAbstractItemModel) -> None:
        """Follow a `SubscriptionTableModel`: its rows (saved list, then fresh pages) feed the
        subscription rows here."""
        self._subscriptions = model
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self.schedule_reload)
        self.schedule_reload()

    def watch(self, model: HistoryTableModel) -> None:
        """Look again whenever ``model`` (History's, which shows the records) changes, and read
        the records from it: it holds them already, so a look costs the GUI thread no database
        read (which would wait for the watcher's writes)."""
        self._history = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self.schedule_reload)

    def schedule_reload(self, *_: object) -> None:
        if not self._stopped:
            self._coalesce.start()

    def stop(self) -> None:
        """Read nothing more (the store is closing)."""
        self._stopped = True
        self._coalesce.stop()
        self._recheck.stop()

    # -- output ---------------------------------------------------------------------------------

    @property
    def count(self) -> int:
        return self._count

    def reload(self) -> None:
        self._coalesce.stop()
        if self._stopped:
            return
        today = self._today()
        items: list[AttentionItem] = []
        if self._session is not None:
            profile_id = self._session.profile_id
            if self._history is not None:
                rows = [r for r in self._history.records() if r.profile_id == profile_id]
            else:
                rows = self._records.list(profile_id)
            items += attention.link_items(rows, today, self._unpaid_days)
        if self._subscriptions is not None:
            items += attention.subscription_items(
                self._subscriptions.subscriptions(), self._subscriptions.statuses
            )
        items = attention.ordered(items)
        if items != list(self.model.items()):
            self.model.set_items(items)
        if len(items) != self._count:
            self._count = len(items)
            self.count_changed.emit(self._count)


def clamp_days(days: int) -> int:
    return max(attention.MIN_UNPAID_DAYS, min(attention.MAX_UNPAID_DAYS, int(days)))


def tab_title(count: int) -> str:
    """ "Needs attention (5)"; without a number when nothing needs it."""
    if count:
        return QCoreApplication.translate("MainWindow", "Needs attention (%d)") % count
    return QCoreApplication.translate("MainWindow", "Needs attention")

"""The Needs attention tab: one list of the links and subscriptions to look at, each row with the
button that fits (copy the link again, settle a create in doubt, open it where it lives)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import attention
from app.models.attention import Action, AttentionItem
from app.models.attention_controller import ITEM_ROLE, AttentionController, Column
from app.models.session import ProfileSession
from app.views.clipboard import copy_text
from app.views.list_table import ListTable


class AttentionView(QWidget):
    open_record_requested = Signal(int)
    """Show this record in History."""
    open_subscription_requested = Signal(int)
    settle_requested = Signal(int)
    """Open the dialog that settles this create in doubt."""

    def __init__(self, controller: AttentionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionView")
        self.controller = controller

        self.days = QSpinBox(self)
        self.days.setObjectName("unpaidDays")
        self.days.setRange(attention.MIN_UNPAID_DAYS, attention.MAX_UNPAID_DAYS)
        self.days.setValue(controller.unpaid_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Unpaid after"))
        days_label = QLabel(self.tr("Show links unpaid after"), self)
        days_label.setBuddy(self.days)
        self.summary = QLabel(self)
        self.summary.setObjectName("attentionSummary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(days_label)
        top.addWidget(self.days)

        self.table = ListTable(self, name=self.tr("Needs attention"))
        self.table.setModel(controller.model)
        self.table.add_row_actions = self._add_row_actions
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.set_column_widths(
            {Column.WHY: 320, Column.REFERENCE: 110, Column.AMOUNT: 110, Column.ACTION: 170}
        )

        self.empty = QLabel(self.tr("Nothing needs attention: every link is paid or waiting."))
        self.empty.setObjectName("attentionEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.days.valueChanged.connect(controller.set_unpaid_days)
        controller.unpaid_days_changed.connect(self._days_changed)
        controller.model.modelReset.connect(self._rows_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self._rows_changed()

    # -- public ---------------------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        self.controller.set_session(session)

    def row_button(self, row: int) -> QPushButton | None:
        widget = self.table.indexWidget(self.controller.model.index(row, Column.ACTION))
        return widget if isinstance(widget, QPushButton) else None

    def act(self, item: AttentionItem, action: Action) -> None:
        match action:
            case Action.COPY_LINK:
                if item.link:
                    copy_text(self, item.link, self.tr("Link"))
            case Action.OPEN_HISTORY:
                if item.record_id is not None:
                    self.open_record_requested.emit(item.record_id)
            case Action.SETTLE:
                if item.record_id is not None:
                    self.settle_requested.emit(item.record_id)
            case Action.OPEN_SUBSCRIPTION:
                if item.subscription_id is not None:
                    self.open_subscription_requested.emit(item.subscription_id)

    # -- helpers --------------------------------------------------------------------------------

    def _days_changed(self, days: int) -> None:
        if self.days.value() != days:
            self.days.setValue(days)

    def _rows_changed(self) -> None:
        model = self.controller.model
        for row, item in enumerate(model.items()):
            if not item.actions:
                continue
            action = item.actions[0]
            button = QPushButton(attention.action_text(action), self.table)
            button.setObjectName(f"attention-{action.value}")
            button.setAccessibleName(f"{attention.action_text(action)}: {item.title}")
            button.clicked.connect(lambda _c=False, i=item, a=action: self.act(i, a))
            self.table.setIndexWidget(model.index(row, Column.ACTION), button)
        count = model.rowCount()
        self.stack.setCurrentWidget(self.table if count else self.empty)
        links = sum(1 for i in model.items() if i.record_id is not None)
        self.summary.setText(
            self.tr("Links: %d · Subscriptions: %d") % (links, count - links) if count else ""
        )

    def _item_at(self, index: QModelIndex) -> AttentionItem | None:
        value = index.siblingAtColumn(0).data(ITEM_ROLE) if index.isValid() else None
        return value if isinstance(value, AttentionItem) else None

    def _double_clicked(self, index: QModelIndex) -> None:
        item = self._item_at(index)
        if item is None:
            return
        opening = (Action.OPEN_HISTORY, Action.OPEN_SUBSCRIPTION)
        action = next((a for a in item.actions if a in opening), None)
        if action is not None:
            self.act(item, action)

    def _add_row_actions(self, menu: QMenu, index: QModelIndex) -> None:
        item = self._item_at(index)
        if item is None:
            return
        for action in item.actions:
            menu.addAction(attention.action_text(action), partial(self.act, item, action))

    def context_menu(self, item: AttentionItem) -> QMenu:
        """The menu of ``item``'s row: its actions, then Copy cell and Copy row."""
        row = self.controller.model.items().index(item)
        return self.table.context_menu(self.controller.model.index(row, 0))

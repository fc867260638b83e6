"""The Subscriptions tab: the list with search, status chips and "needs attention", a progress
line for the paged load, the detail pane, and the row actions (hidden for read-only profiles).

Everything it shows comes from `SubscriptionsController`; it holds no rules of its own beyond
turning the controller's state into words.
"""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.api.models import Subscription
from app.models import subscriptions_format as fmt
from app.models.folders import FileKind, FolderMemory
from app.models.locale_format import ui_datetime, ui_time
from app.models.session import ProfileSession
from app.models.subscriptions_controller import LoadPhase, LoadState, SubscriptionsController
from app.models.subscriptions_table import (
    STATUS_ROLE,
    SUBSCRIPTION_ROLE,
    Column,
    header_text,
    status_icon,
)
from app.models.tones import Tone
from app.plain_text import file_stem
from app.resources import icon
from app.views import dialogs, subscriptions_cancel
from app.views.clipboard import copy_text
from app.views.list_table import ListTable
from app.views.style import ModelIndex
from app.views.subscriptions_detail import SubscriptionDetail

# From this many rows on, the search waits for a pause in typing before it filters, so typing
# never waits for the list (a full search of 100,000 rows takes about 20 ms; see the benchmark).
SEARCH_DEBOUNCE_ROWS = 20_000
SEARCH_DEBOUNCE_MS = 150

# Shown by default; the others can be switched on from the header's context menu.
HIDDEN_BY_DEFAULT = (Column.START, Column.END, Column.ID)
COLUMN_WIDTHS = {
    Column.STATUS: 95,
    Column.CUSTOMER: 175,
    Column.EMAIL: 170,
    Column.AMOUNT: 90,
    Column.INTERVAL: 85,
    Column.START: 90,
    Column.NEXT_PAYMENT: 100,
    Column.END: 90,
    Column.REFERENCE: 90,
    Column.ID: 60,
    Column.MODE: 60,
}


_PILL_TONES = {fmt.ACTIVE: Tone.OK, fmt.IN_NOTICE: Tone.CAUTION, fmt.OVERDUE: Tone.ERROR}


def _pill_tone(index: ModelIndex) -> Tone | None:
    return _PILL_TONES.get(index.data(STATUS_ROLE))


def _time_text(moment: datetime | None) -> str:
    """Local time in the UI locale; the time alone when it is today."""
    if moment is None:
        return ""
    local = moment.astimezone()
    if local.date() == date.today():
        return ui_time(local)
    return ui_datetime(local)


class SubscriptionsView(QWidget):
    def __init__(
        self,
        controller: SubscriptionsController,
        parent: QWidget | None = None,
        *,
        folders: FolderMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._folders = folders or FolderMemory()
        self.setObjectName("subscriptionsView")
        self._selected_id: int | None = None
        self._state = controller.state
        self._build_toolbar()
        self._build_progress_line()
        self._build_table()
        self.detail = SubscriptionDetail(self)
        self._action_tips = {
            b: b.toolTip() for b in (self.detail.self_service_button, self.detail.cancel_button)
        }

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([860, 330])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar)
        layout.addLayout(self._progress)
        layout.addWidget(splitter, 1)

        self._connect()
        self._set_tab_order()
        self._show_state(controller.state)
        self._show_counts()
        self._update_actions()

    # -- building -------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("subscriptionSearch")
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )  # "Strg+F" in German, as Qt writes it in the menus
        self.search.setPlaceholderText(self.tr("Customer, e-mail, reference or id (%s)") % find)
        self.search.setAccessibleName(self.tr("Search subscriptions"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)  # the chips keep their whole words
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_search)

        self.chips: dict[str, QToolButton] = {}
        for status in fmt.CHIPS:
            chip = QToolButton(self)
            chip.setObjectName("chip_other" if status == fmt.OTHER else f"chip_{status}")
            chip.setCheckable(True)
            chip.setIcon(status_icon(status))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if status == fmt.OTHER:
                chip.setToolTip(
                    self.tr(
                        "Show only subscriptions whose status Paydesk does not know (shown as "
                        "the platform sent it)"
                    )
                )
            else:
                chip.setToolTip(
                    self.tr("Show only “%s” subscriptions (choose several to combine)")
                    % fmt.status_label(status)
                )
            self.chips[status] = chip
        self.attention = QToolButton(self)
        self.attention.setObjectName("needsAttention")
        self.attention.setCheckable(True)
        self.attention.setIcon(icon("status-failed"))
        self.attention.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.attention.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.attention.setText(self.tr("Needs attention"))
        self.attention.setToolTip(
            self.tr(
                "In notice, overdue (active with the next payment in the past), or a status "
                "Paydesk does not know"
            )
        )

        self.refresh_button = self._tool_button("refresh", self.tr("Refresh"), "refreshButton")
        self.refresh_button.setToolTip(self.tr("Load the list again from the platform (F5)"))
        self.stop_button = self._tool_button("stop", self.tr("Stop"), "stopButton")
        self.stop_button.setToolTip(self.tr("Stop loading; what has arrived stays"))
        self.export_button = self._tool_button("save", self.tr("Export CSV…"), "exportButton")
        self.export_button.setToolTip(
            self.tr("Save the list as shown (search, chips, sort and columns) as a CSV file")
        )
        self.columns_button = QToolButton(self)
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))
        self.columns_button.setAccessibleName(self.tr("Choose columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # The search on its own line, the chips below it: seven chips keep their whole words
        # at the smallest window in every language.
        chips = QHBoxLayout()
        chips.setSpacing(6)
        for chip in self.chips.values():
            chips.addWidget(chip)
        chips.addWidget(self.attention)
        chips.addStretch(1)
        bar = QVBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search)
        bar.addLayout(chips)
        self._toolbar = bar

    def _tool_button(self, icon_name: str, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _build_progress_line(self) -> None:
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLine")
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(self.tr("Continue loading from the first missing page"))
        self.progress_details = QPushButton(self.tr("Details…"), self)
        self.progress_details.setObjectName("progressDetailsButton")
        self.progress_details.setToolTip(self.tr("Show what the platform answered"))
        line = QHBoxLayout()
        line.addWidget(self.progress_label, 1)
        line.addWidget(self.retry_button)
        line.addWidget(self.progress_details)
        line.addSpacing(12)
        for button in (self.refresh_button, self.stop_button, self.export_button):
            line.addWidget(button)
        line.addWidget(self.columns_button)
        self._progress = line

    def _build_table(self) -> None:
        table = ListTable(self, name=self.tr("Subscriptions"), object_name="subscriptionTable")
        table.setModel(self.controller.proxy)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.set_status_column(Column.STATUS, _pill_tone)
        table.add_row_actions = self._add_row_actions
        metrics = table.fontMetrics()
        widths = dict(COLUMN_WIDTHS)
        # The longest status in the UI language fits its pill ("In Kündigungsfrist").
        widths[Column.STATUS] = (
            max(metrics.horizontalAdvance(fmt.status_label(s)) for s in fmt.KNOWN_STATUSES)
            + 2 * 8
            + 36
        )
        table.set_column_widths(widths)
        for column in HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        # Test or live beside the status, though it is the model's last column.
        header.moveSection(header.visualIndex(Column.MODE), Column.STATUS + 1)
        table.installEventFilter(self)
        self.table = table
        self.columns_menu = QMenu(self)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.columns_button.setMenu(self.columns_menu)

    def _connect(self) -> None:
        c = self.controller
        self.search.textChanged.connect(self._search_changed)
        for chip in self.chips.values():
            chip.toggled.connect(self._chips_changed)
        self.attention.toggled.connect(c.proxy.set_needs_attention)
        self.refresh_button.clicked.connect(c.refresh)
        self.stop_button.clicked.connect(c.stop)
        self.retry_button.clicked.connect(c.retry)
        self.progress_details.clicked.connect(self._show_load_details)
        self.export_button.clicked.connect(self.choose_export_file)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.self_service_button.clicked.connect(self.copy_self_service_link)
        self.detail.payment_link_button.clicked.connect(self.copy_payment_link)
        self.detail.cancel_button.clicked.connect(self.ask_cancel)
        self.detail.error_details_button.clicked.connect(self._show_action_details)

        c.state_changed.connect(self._show_state)
        c.session_changed.connect(self._session_changed)
        c.proxy.counts_changed.connect(self._show_counts)
        c.proxy.modelReset.connect(self._restore_selection)
        c.proxy.layoutChanged.connect(self._selection_moved)
        c.model.dataChanged.connect(self._rows_changed)
        c.notice.connect(self._notice)
        c.action_failed.connect(self._action_failed)
        c.self_service_link_ready.connect(self._self_service_link_ready)
        # Bound methods, not lambdas: Qt disconnects them when this view is deleted.
        c.cancel_finished.connect(self._cancel_finished)
        c.busy_changed.connect(self._busy_changed)
        c.export_finished.connect(self._export_finished)

        # Ctrl+F is the main window's (Edit > Find), which calls focus_search(); a second
        # binding here would make Qt treat the shortcut as ambiguous and fire neither.
        refresh = QAction(self.tr("Refresh subscriptions"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(c.refresh)
        self.addAction(refresh)
        self.search.installEventFilter(self)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search,
            *self.chips.values(),
            self.attention,
            self.retry_button,
            self.progress_details,
            self.refresh_button,
            self.stop_button,
            self.export_button,
            self.columns_button,
            self.table,
            *self.detail.action_buttons,
            self.detail.error_details_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- public ---------------------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        """For the main window: follows the selected instance."""
        self.controller.set_session(session)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_columns(self) -> list[Column]:
        """The columns shown, in the order the user sees them."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [Column(c) for c in logical if not header.isSectionHidden(c)]

    def set_column_visible(self, column: Column, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and len(self.visible_columns()) <= 1:
            return  # keep at least one column
        header.setSectionHidden(column, not visible)

    def save_state(self) -> bytes:
        """Column order, widths, visibility and sort, for the main window to keep."""
        return bytes(self.table.horizontalHeader().saveState().data())

    def restore_state(self, state: bytes) -> bool:
        return self.table.horizontalHeader().restoreState(QByteArray(state))

    def selected_subscription(self) -> Subscription | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        sub = index.data(SUBSCRIPTION_ROLE)
        return sub if isinstance(sub, Subscription) else None

    def select_subscription(self, subscription_id: int) -> bool:
        source = self.controller.model.row_of(subscription_id)
        row = self.controller.proxy.proxy_row(source) if source is not None else None
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.controller.proxy.index(row, 0))
        return True

    def export_to(self, path: Path | str) -> int:
        """Export what the table shows to `path`; returns the number of rows."""
        self.detail.show_feedback(self.tr("Exporting…"))
        return self.controller.export_csv(path, self.visible_columns())

    def choose_export_file(self) -> QFileDialog:
        """Ask where to save the CSV (a non-blocking dialog), then export."""
        session = self.controller.session
        stem = file_stem("subscriptions", session.profile_id if session else "", str(date.today()))
        suggested = self._folders.suggest(FileKind.EXPORT, stem + ".csv")
        dialog = QFileDialog(self, self.tr("Export subscriptions"), suggested)
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self._folders.remember(FileKind.EXPORT, path))
        dialog.fileSelected.connect(self.export_to)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- actions --------------------------------------------------------------------------------

    def copy_self_service_link(self) -> None:
        sub = self.selected_subscription()
        if sub is None or sub.id is None:
            return
        if self.controller.request_self_service_link(sub.id):
            self.detail.show_feedback(self.tr("Creating the customer's login link…"))

    def copy_payment_link(self) -> None:
        sub = self.selected_subscription()
        if sub is None or not sub.payment_link:
            return
        copy_text(self.detail.payment_link_button, sub.payment_link, self.tr("Payment link"))
        self.detail.show_feedback(self.tr("Payment link copied."))

    def ask_cancel(self) -> None:
        sub = self.selected_subscription()
        if sub is None or sub.id is None or not self.controller.can_act:
            return
        if self.controller.is_cancelling(sub.id):
            return
        subscription_id = sub.id

        def done(confirmed: bool) -> None:
            if confirmed and self.controller.cancel(subscription_id):
                self.detail.show_feedback(self.tr("Cancelling subscription %d…") % subscription_id)
                self._update_actions()

        self.cancel_dialog = subscriptions_cancel.ask_cancel(self, sub, done)

    # -- following the controller ---------------------------------------------------------------

    def _session_changed(self) -> None:
        self._selected_id = None
        self.detail.show_subscription(None)
        self.detail.show_feedback("")
        self._update_actions()

    def _show_state(self, state: LoadState) -> None:
        self._state = state
        self.progress_label.setText(self._state_text(state))
        failed = state.phase is LoadPhase.FAILED
        stopped = state.phase is LoadPhase.STOPPED
        self.retry_button.setVisible(failed or stopped)
        self.retry_button.setText(self.tr("Retry") if failed else self.tr("Continue"))
        self.progress_details.setVisible(failed and bool(state.detail))
        loading = state.phase is LoadPhase.LOADING
        self.stop_button.setEnabled(loading)
        self.refresh_button.setEnabled(self.controller.session is not None)
        self._update_actions()

    def _state_text(self, state: LoadState) -> str:
        if self.controller.session is None:
            return self.tr("Choose an instance to see its subscriptions.")
        as_of = _time_text(state.as_of)
        count = (
            self.tr("%d of ~%d") % (state.loaded, state.expected)
            if state.expected
            else str(state.loaded)
        )
        if state.phase is LoadPhase.LOADING:
            if state.from_cache and as_of:
                return self.tr("Refreshing… %s (the rest as of %s)") % (count, as_of)
            return self.tr("Loading… %s") % count
        if state.phase is LoadPhase.DONE:
            return self.tr("%d subscriptions, as of %s") % (state.loaded, as_of)
        missing = (
            self.tr("Subscriptions from no. %d on are missing.") % state.missing_from
            if state.missing_from
            else ""
        )
        if state.phase is LoadPhase.STOPPED:
            return self.tr("Stopped after %s. %s") % (count, missing)
        if state.phase is LoadPhase.FAILED:
            text = self.tr("Page %d failed: %s %s") % (
                state.failed_page or 1,
                state.message,
                missing,
            )
            if not state.online and state.from_cache and as_of:
                text = (
                    self.tr("Offline: showing the saved list as of %s, read-only.") % as_of
                    + " "
                    + text
                )
            return text
        return ""

    def _show_counts(self) -> None:
        counts = fmt.chip_counts(self.controller.proxy.status_counts())
        for status, chip in self.chips.items():
            label = fmt.status_label(status)
            n = counts[status]
            chip.setText(self.tr("%s (%d)") % (label, n))
            chip.setAccessibleName(self.tr("%s: %d subscriptions") % (label, n))

    def _search_changed(self, text: str) -> None:
        if self.controller.model.rowCount() >= SEARCH_DEBOUNCE_ROWS and text:
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.controller.proxy.set_filter_text(text)

    def apply_search(self) -> None:
        """Filter by the search text now (also what the pause in typing triggers)."""
        self._search_timer.stop()
        self.controller.proxy.set_filter_text(self.search.text())

    def _chips_changed(self) -> None:
        chosen = {status for status, chip in self.chips.items() if chip.isChecked()}
        self.controller.proxy.set_status_filter(chosen)

    def _update_actions(self) -> None:
        read_only = self.controller.read_only
        sub = self.detail.subscription
        can_act = self.controller.can_act
        for button in self.detail.action_buttons:
            button.setHidden(read_only)
        offline_tip = self.tr("Not available until the platform answers: refresh the list.")
        for button, tip in self._action_tips.items():
            button.setToolTip(tip if can_act or read_only else offline_tip)
        self.detail.self_service_button.setEnabled(sub is not None and can_act)
        self.detail.payment_link_button.setEnabled(sub is not None and bool(sub.payment_link))
        cancellable = sub is not None and sub.id is not None and self.controller.can_cancel(sub.id)
        self.detail.cancel_button.setEnabled(cancellable)
        self.export_button.setEnabled(self.controller.model.rowCount() > 0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        sub = current.data(SUBSCRIPTION_ROLE) if current.isValid() else None
        sub = sub if isinstance(sub, Subscription) else None
        new_id = sub.id if sub is not None else None
        if new_id != self._selected_id:
            self.detail.show_feedback("")
        self._selected_id = new_id
        self.detail.show_subscription(sub, current.data(STATUS_ROLE) if sub is not None else None)
        self._update_actions()

    def _selection_moved(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            self._current_changed(QModelIndex(), QModelIndex())
        self._update_actions()

    def _restore_selection(self) -> None:
        if self._selected_id is not None and self.select_subscription(self._selected_id):
            return
        self._current_changed(QModelIndex(), QModelIndex())

    def _rows_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if self._selected_id is None:
            return
        row = self.controller.model.row_of(self._selected_id)
        if row is not None and top_left.row() <= row <= bottom_right.row():
            model = self.controller.model
            self.detail.show_subscription(model.subscription(row), model.statuses[row])
            self._update_actions()

    def _cancel_finished(self, _subscription_id: int, _outcome: str) -> None:
        self._update_actions()

    def _busy_changed(self, _busy: bool) -> None:
        self._update_actions()

    def _notice(self, text: str) -> None:
        self.detail.show_feedback(text)

    def _action_failed(self, message: str, detail: str) -> None:
        self.detail.show_feedback(message, error=True)
        self._action_detail = (message, detail)
        self.detail.error_details_button.setVisible(bool(detail))
        self._update_actions()

    def _self_service_link_ready(
        self, subscription_id: int, link: str, expires: datetime | None
    ) -> None:
        copy_text(self.detail.self_service_button, link, self.tr("Self-service link"))
        sub = self.controller.subscription(subscription_id)
        who = fmt.customer_text(sub.contact) if sub is not None else ""
        who = who or self.tr("subscription %d") % subscription_id
        if expires is not None:
            text = self.tr("Self-service link for %s copied; it works until %s.") % (
                who,
                _time_text(expires),
            )
        else:
            text = self.tr("Self-service link for %s copied.") % who
        self.detail.show_feedback(text)

    def _export_finished(self, path: str, rows: int) -> None:
        self.detail.show_feedback(self.tr("%d subscriptions exported to %s.") % (rows, path))

    def _show_load_details(self) -> None:
        dialogs.show_details(
            self, self.tr("Loading subscriptions"), self._state.message, self._state.detail
        )

    def _show_action_details(self) -> None:
        message, detail = getattr(self, "_action_detail", ("", ""))
        dialogs.show_details(self, self.tr("Subscriptions"), message, detail)

    # -- menus and keys -------------------------------------------------------------------------

    def _fill_columns_menu(self, menu: QMenu | None = None) -> QMenu:
        menu = menu or self.columns_menu
        menu.clear()
        header = self.table.horizontalHeader()
        visible = self.visible_columns()
        for column in Column:
            action = menu.addAction(header_text(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(not (len(visible) == 1 and column in visible))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        menu = self._fill_columns_menu(QMenu(self))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _add_row_actions(self, menu: QMenu, _index: QModelIndex) -> None:
        """The detail panel's actions (copy links, cancel); a read-only list only copies."""
        if self.selected_subscription() is None or self.controller.read_only:
            return
        for button in self.detail.action_buttons:
            action = menu.addAction(button.icon(), button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_subscription():
                    self._focus_first_action()
                    return True
                cancel = self.detail.cancel_button
                if key == Qt.Key.Key_Delete and cancel.isEnabled() and not cancel.isHidden():
                    self.ask_cancel()
                    return True
            elif watched is self.search:
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
                to_table = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                if key in to_table:
                    self.apply_search()
                if key in to_table and self.controller.proxy.rowCount():
                    if self.selected_subscription() is None:
                        self.table.selectRow(0)
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return super().eventFilter(watched, event)

    def _focus_first_action(self) -> None:
        for button in self.detail.action_buttons:
            if button.isVisible() and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

"""The History tab: every paylink and payment page created, with search, filter and row actions.

The table shows `HistoryController.proxy`; the selected row's link is in the side `LinkPanel`.
Row actions (buttons and context menu): copy link, show QR/link, open, duplicate into the form,
delete on the server (confirmed, hidden for read-only instances), show payments.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.folders import FileKind, FolderMemory
from app.models.history import (
    STATUS_TONES,
    Column,
    Roles,
    StatusCategory,
    category_name,
    kind_text,
)
from app.models.history_controller import DeleteOutcome, HistoryController
from app.models.session import ProfileSession
from app.models.tones import Tone
from app.plain_text import file_stem
from app.store.records import Record, RecordKind, RecordState
from app.views import dialogs
from app.views.history_payments import PaymentsDialog
from app.views.link_panel import LinkPanel
from app.views.list_table import ListTable
from app.views.style import ModelIndex

# Long states read as their category in the pill; the whole sentence is in the tooltip.
_SHORT_STATES = (StatusCategory.FAILED, StatusCategory.UNKNOWN, StatusCategory.SENDING)


def _pill_tone(index: ModelIndex) -> Tone | None:
    value = index.data(Roles.CATEGORY)
    return STATUS_TONES.get(StatusCategory(value)) if value else None


def _pill_text(index: ModelIndex) -> str:
    value = index.data(Roles.CATEGORY)
    if value and StatusCategory(value) in _SHORT_STATES:
        return category_name(StatusCategory(value))
    return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


# Showing the tab refreshes statuses at most this often on its own.
AUTO_REFRESH_SECONDS = 60.0


def _icon(name: str, theme: str) -> QIcon:
    try:
        from app.resources import icon

        return icon(name)
    except (FileNotFoundError, ImportError):
        return QIcon.fromTheme(theme)


class HistoryView(QWidget):
    create_requested = Signal()
    """The empty state's "Create a paylink" button."""

    def __init__(
        self,
        controller: HistoryController,
        link_panel: LinkPanel | Callable[[], LinkPanel] | None = None,
        parent: QWidget | None = None,
        *,
        auto_refresh: bool = True,
        folders: FolderMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._folders = folders or FolderMemory()
        self._auto_refresh = auto_refresh
        self._last_auto_refresh: float | None = None
        self._selected_id: int | None = None
        self._payments: dict[int, PaymentsDialog] = {}
        self.confirm_box: QMessageBox | None = None
        if link_panel is None:
            panel = LinkPanel()
        elif isinstance(link_panel, LinkPanel):
            panel = link_panel
        else:
            panel = link_panel()
        self.link_panel = panel

        self._build()
        self._connect()
        self._on_session_changed()
        self._update_empty_state()

    # -- public -----------------------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        """For the main window: follows the selected instance."""
        if session is not self.controller.session:
            self._set_message("", "")  # what was said was about the last instance's rows
        self.controller.set_session(session)
        if session is not None and self.isVisible():
            self._maybe_auto_refresh(force=True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_record(self) -> Record | None:
        if self._selected_id is None:
            return None
        return self.controller.record(self._selected_id)

    def select_record(self, record_id: int) -> bool:
        row = self.controller.model.row_of(record_id)
        if row is None:
            return False
        index = self.controller.proxy.mapFromSource(self.controller.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def visible_record_ids(self) -> list[int]:
        """Rows on screen now, top to bottom: refreshed first."""
        proxy = self.controller.proxy
        if proxy.rowCount() == 0 or not self.table.isVisible():
            return []
        top = self.table.rowAt(0)
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        if top < 0:
            return []
        if bottom < 0:
            bottom = proxy.rowCount() - 1
        return [int(proxy.index(row, 0).data(Roles.RECORD_ID)) for row in range(top, bottom + 1)]

    def refresh_statuses(self) -> int:
        self._last_auto_refresh = time.monotonic()
        return self.controller.refresh_statuses(self.visible_record_ids())

    def message_text(self) -> str:
        return self.message_label.text()

    def confirm(
        self, title: str, text: str, accept_text: str, on_accept: Callable[[], None]
    ) -> None:
        """Ask before something that cannot be undone; ``on_accept`` runs only on yes.

        Goes through `dialogs.ask` (non-blocking, tests replace it), with Cancel as the default
        button since the action is destructive; the open box is ``confirm_box``.
        """

        def done(accepted: bool) -> None:
            self.confirm_box = None
            if accepted:
                on_accept()

        box = dialogs.ask(self, title, text, accept_text, done)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        if cancel is not None:
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setIcon(QMessageBox.Icon.Warning)
        self.confirm_box = box

    def visible_columns(self) -> list[Column]:
        """The columns the table shows, in their order on screen."""
        header = self.table.horizontalHeader()
        shown = [c for c in Column if not self.table.isColumnHidden(c)]
        return sorted(shown, key=header.visualIndex)

    def export_to(self, path: Path | str) -> int:
        """Save what the table shows (rows, order, columns, plus the link); returns the rows."""
        self._set_message(self.tr("Exporting…"), "")
        return self.controller.export(path, self.visible_columns())

    def choose_export_file(self) -> QFileDialog:
        """Ask where to save (CSV or Excel, a non-blocking dialog), then export."""
        session = self.controller.session
        profile = "" if self.controller.all_profiles or session is None else session.profile_id
        stem = file_stem("history", profile, str(date.today()))
        dialog = QFileDialog(
            self, self.tr("Export History"), self._folders.suggest(FileKind.EXPORT, stem + ".csv")
        )
        dialog.setObjectName("historyExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        csv_filter = self.tr("CSV files (*.csv)")
        dialog.setNameFilters([csv_filter, self.tr("Excel workbooks (*.xlsx)")])
        dialog.setDefaultSuffix("csv")
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("csv" if chosen == csv_filter else "xlsx")
        )
        dialog.fileSelected.connect(lambda path: self._folders.remember(FileKind.EXPORT, path))
        dialog.fileSelected.connect(self.export_to)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- actions ----------------------------------------------------------------------------------

    def copy_link(self) -> None:
        if self._show_selected():
            self.link_panel.copy_link()

    def show_link(self) -> None:
        if self._show_selected():
            if not self.link_panel.isVisibleTo(self):
                self.link_panel.show()
                total = sum(self.splitter.sizes())
                self.splitter.setSizes([max(total - 360, 200), 360])
            sizes = self.splitter.sizes()
            if sizes[-1] == 0:
                self.splitter.setSizes([max(sizes[0] - 360, 200), 360])
            self.link_panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_link(self) -> None:
        if self._show_selected():
            self.link_panel.open_link()

    def duplicate(self) -> None:
        if self._selected_id is not None:
            self.controller.duplicate(self._selected_id)

    def delete_on_server(self) -> None:
        record = self.selected_record()
        if record is None or not self.controller.can_delete(record.id):
            return
        record_id = record.id
        self.confirm(
            self.tr("Delete on the server?"),
            self.tr(
                "Delete the paylink “%s” (%s) on the server?\n\nIts link stops working for the "
                "customer. This cannot be undone; the row stays in History."
            )
            % (record.title, self.controller.model.money(record)),
            self.tr("Delete on server"),
            lambda: self._delete_confirmed(record_id),
        )

    def show_payments(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        dialog = self._payments.get(record.id)
        if dialog is None:
            dialog = PaymentsDialog(record, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            record_id = record.id
            dialog.destroyed.connect(lambda *_: self._payments.pop(record_id, None))
            self._payments[record.id] = dialog
        if not self.controller.payments(record.id):
            dialog.show_error(self.tr("this row has no paylink on the server."), "")
        dialog.open()

    def payments_dialog(self, record_id: int) -> PaymentsDialog | None:
        return self._payments.get(record_id)

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, reference, customer, amount"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search History"))

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for category in StatusCategory:
            self.status_filter.addItem(category_name(category), category.value)

        self.all_profiles = QCheckBox(self.tr("All instances"), self)
        self.all_profiles.setToolTip(self.tr("Show what was created with every instance"))

        self.refresh_button = QPushButton(
            _icon("refresh", "view-refresh"), self.tr("Refresh statuses"), self
        )
        self.refresh_button.setToolTip(
            self.tr("Ask the server for the current status of the rows, visible ones first")
        )

        self.export_button = QPushButton(_icon("save", "document-save"), self.tr("Export…"), self)
        self.export_button.setObjectName("historyExport")
        self.export_button.setToolTip(
            self.tr("Save the rows as the list shows them, with their links (CSV or Excel)")
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.all_profiles)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)

        self.table = ListTable(self, name=self.tr("History"))
        self.table.setModel(self.controller.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
        self.table.add_row_actions = self._add_row_actions
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.status_delegate = self.table.set_status_column(Column.STATUS, _pill_tone, _pill_text)
        metrics = self.table.fontMetrics()
        longest_status = max(
            (category_name(c) for c in StatusCategory if c is not StatusCategory.OTHER),
            key=metrics.horizontalAdvance,
        )
        # The title takes what is left; the others start narrow (tooltips hold the full text).
        self.table.set_column_widths(
            {
                Column.CREATED: metrics.horizontalAdvance("31.12.2026 23:59") + 16,
                # "Paylink" and "Zahlungsseite" whole; "created elsewhere" in its tooltip.
                Column.KIND: max(metrics.horizontalAdvance(kind_text(k)) for k in RecordKind) + 16,
                Column.REFERENCE: 90,
                Column.CUSTOMER: 104,
                Column.AMOUNT: metrics.horizontalAdvance("CHF 12'345.00") + 14,
                Column.STATUS: metrics.horizontalAdvance(longest_status) + 2 * 8 + 36,
                Column.PROFILE: 90,
            }
        )
        header.setMinimumSectionSize(40)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.create_first_button = QPushButton(self.tr("Create a paylink"), self)
        self.create_first_button.setObjectName("createFirst")
        self.create_first_button.setProperty("primary", True)
        self.create_first_button.clicked.connect(self.create_requested)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_title = QLabel(empty)
        self.empty_title.setObjectName("historyEmptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = self.empty_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.empty_title.setFont(title_font)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.create_first_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self._empty_page = empty
        self._table_stack = QStackedWidget(self)
        self._table_stack.addWidget(self.table)
        self._table_stack.addWidget(empty)

        self.copy_action = self._action("copy", "edit-copy", self.tr("Copy link"), self.copy_link)
        self.copy_action.setToolTip(self.tr("Copy the selected row's payment link"))
        self.show_action = self._action(
            "qr", "view-barcode-qr", self.tr("QR / link"), self.show_link
        )
        self.show_action.setToolTip(self.tr("Show the QR code and link of the selected row"))
        self.open_action = self._action(
            "open-external", "internet-web-browser", self.tr("Open"), self.open_link
        )
        self.open_action.setToolTip(self.tr("Open the payment page in your web browser"))
        self.duplicate_action = self._action(
            "", "edit-copy", self.tr("Duplicate into form"), self.duplicate
        )
        self.duplicate_action.setToolTip(
            self.tr("Fill the form with this row's values to create a new one")
        )
        self.payments_action = self._action(
            "", "view-list-details", self.tr("Payments"), self.show_payments
        )
        self.payments_action.setToolTip(self.tr("Show the payments made through this link"))
        self.delete_action = self._action(
            "stop", "edit-delete", self.tr("Delete on server…"), self.delete_on_server
        )
        self.delete_action.setToolTip(
            self.tr("Delete the paylink on the server so its link stops working")
        )
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.copy_action)

        actions = QHBoxLayout()
        self._action_buttons: list[QToolButton] = []
        for action in self._row_actions():
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(action.text().rstrip("…"))
            self._action_buttons.append(button)
            actions.addWidget(button)
        self.delete_button = self._action_buttons[-1]
        actions.addStretch(1)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.details_button.setToolTip(self.tr("Show what the server answered"))
        self.details_button.hide()
        self._detail = ""
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.details_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._table_stack, 1)
        left_layout.addLayout(actions)
        left_layout.addLayout(message_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.link_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.link_panel.setMinimumWidth(280)
        # The table has the room: the link panel opens when asked for (QR / link, a double
        # click) and closes again when no row is selected.
        self.link_panel.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _action(self, icon_name: str, theme: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(
            _icon(icon_name, theme) if icon_name else QIcon.fromTheme(theme), text, self
        )
        action.triggered.connect(slot)
        return action

    def _row_actions(self) -> list[QAction]:
        return [
            self.copy_action,
            self.show_action,
            self.open_action,
            self.duplicate_action,
            self.payments_action,
            self.delete_action,
        ]

    def _connect(self) -> None:
        c = self.controller
        self.search.textChanged.connect(self._on_search)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter)
        self.all_profiles.toggled.connect(c.set_all_profiles)
        self.refresh_button.clicked.connect(self.refresh_statuses)
        self.export_button.clicked.connect(self.choose_export_file)
        self.table.doubleClicked.connect(lambda _i: self.show_link())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.details_button.clicked.connect(self._show_details)

        proxy = c.proxy
        proxy.modelReset.connect(self._after_reset)
        proxy.rowsInserted.connect(self._update_empty_state)
        proxy.rowsRemoved.connect(self._update_empty_state)
        proxy.layoutChanged.connect(self._update_empty_state)
        c.model.dataChanged.connect(self._on_data_changed)

        c.session_changed.connect(self._on_session_changed)
        c.refresh_running.connect(self._on_refresh_running)
        # Bound methods, not lambdas: Qt disconnects them when this view is deleted (a language
        # change builds a new view over the same controller).
        c.message.connect(self._on_controller_message)
        c.delete_finished.connect(self._on_delete_finished)
        c.payments_ready.connect(self._on_payments_ready)
        c.payments_failed.connect(self._on_payments_failed)
        c.export_finished.connect(self._on_export_finished)
        c.export_failed.connect(self._set_message)

    # -- reactions --------------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.controller.proxy.set_search(text)
        self._update_empty_state()

    def _on_status_filter(self, _index: int) -> None:
        value = self.status_filter.currentData()
        self.controller.proxy.set_status_filter(None if value is None else StatusCategory(value))
        self._update_empty_state()

    def _on_session_changed(self) -> None:
        c = self.controller
        self.delete_action.setVisible(not c.read_only)
        self.delete_button.setVisible(not c.read_only)  # it does not follow its action
        self.table.setColumnHidden(Column.PROFILE, not c.all_profiles)
        self.all_profiles.blockSignals(True)
        self.all_profiles.setChecked(c.all_profiles)
        self.all_profiles.blockSignals(False)
        self.refresh_button.setEnabled(c.session is not None)
        self._update_actions()
        self._update_empty_state()

    def _on_refresh_running(self, running: bool) -> None:
        self.refresh_button.setEnabled(not running and self.controller.session is not None)
        self.refresh_button.setText(
            self.tr("Refreshing…") if running else self.tr("Refresh statuses")
        )

    def _after_reset(self) -> None:
        self._update_empty_state()
        if self._selected_id is None or not self.select_record(self._selected_id):
            self._set_selected(None)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(Roles.RECORD_ID) if current.isValid() else None
        self._set_selected(int(value) if value is not None else None)

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        row = self.controller.model.row_of(self._selected_id) if self._selected_id else None
        if row is not None and top.row() <= row <= bottom.row():
            self._update_actions()
            if self.link_panel.info is None:
                self._show_selected()
            elif self._selected_id is not None:
                info = self.controller.link_info(self._selected_id)
                if info is not None:
                    self.link_panel.refresh(info)  # its state, live

    def _set_selected(self, record_id: int | None) -> None:
        self._selected_id = record_id
        self._show_selected()
        self._update_actions()

    def _show_selected(self) -> bool:
        """Put the selected row's link in the panel; False (with a hint) if it has none."""
        record = self.selected_record()
        if record is None:
            self.link_panel.clear()
            self.link_panel.hide()
            return False
        info = self.controller.link_info(record.id)
        if info is not None:
            if self.link_panel.info != info:
                self.link_panel.show_link(info)
            return True
        if record.state is RecordState.FAILED:
            hint = self.tr("“%s” was not created, so it has no link.") % record.title
        elif record.state is RecordState.UNKNOWN:
            hint = (
                self.tr(
                    "No answer came back when “%s” was sent: it may have been created. Check the "
                    "platform's dashboard before creating it again."
                )
                % record.title
            )
        else:
            hint = self.tr("“%s” is being sent…") % record.title
        self.link_panel.clear(hint)
        return False

    def _update_actions(self) -> None:
        record = self.selected_record()
        has_link = record is not None and bool(record.link)
        for action in (self.copy_action, self.show_action, self.open_action):
            action.setEnabled(has_link)
        self.duplicate_action.setEnabled(record is not None)
        self.payments_action.setEnabled(
            record is not None and self.controller.can_show_payments(record.id)
        )
        self.delete_action.setEnabled(record is not None and self.controller.can_delete(record.id))

    def _update_empty_state(self, *_: object) -> None:
        c = self.controller
        self.export_button.setEnabled(c.proxy.rowCount() > 0)
        if c.proxy.rowCount() > 0:
            self._table_stack.setCurrentWidget(self.table)
            return
        first = False
        if c.model.rowCount() > 0:
            title = self.tr("No match")
            text = self.tr("No row matches the search or the status filter.")
        elif c.session is None and not c.all_profiles:
            title = self.tr("No instance")
            text = self.tr("Choose an instance to see what was created with it.")
        else:
            first = not c.read_only
            title = self.tr("Nothing created yet")
            text = self.tr("Paylinks and payment pages you create appear here.")
        self.empty_title.setText(title)
        self.empty_label.setText(text)
        self.create_first_button.setVisible(first)
        self._table_stack.setCurrentWidget(self._empty_page)

    def _add_row_actions(self, menu: QMenu, _index: QModelIndex) -> None:
        for action in self._row_actions():
            if action.isVisible():
                menu.addAction(action)

    def _delete_confirmed(self, record_id: int) -> None:
        if self.controller.delete_remote(record_id):
            self._set_message(self.tr("Deleting on the server…"), "")
        self._update_actions()

    def _on_delete_finished(self, record_id: int, outcome: str, text: str, detail: str) -> None:
        self._set_message(text, "" if outcome == DeleteOutcome.DELETED else detail)
        self._update_actions()

    def _on_payments_ready(self, record_id: int, payments: list[object]) -> None:
        dialog = self._payments.get(record_id)
        if dialog is not None:
            dialog.show_payments(payments)  # type: ignore[arg-type]

    def _on_payments_failed(self, record_id: int, message: str, detail: str) -> None:
        dialog = self._payments.get(record_id)
        if dialog is not None:
            dialog.show_error(message, detail)

    def _on_export_finished(self, path: str, rows: int) -> None:
        self._set_message(self.tr("%d rows saved to %s.") % (rows, path), "")

    def _on_controller_message(self, text: str) -> None:
        self._set_message(text, "")

    def _set_message(self, text: str, detail: str) -> None:
        self.message_label.setText(text)
        self._detail = detail
        self.details_button.setVisible(bool(detail))

    def _show_details(self) -> None:
        dialogs.show_details(self, self.tr("Details"), self.message_label.text(), self._detail)

    def _maybe_auto_refresh(self, *, force: bool = False) -> None:
        if not self._auto_refresh or self.controller.session is None:
            return
        last = self._last_auto_refresh
        if force or last is None or time.monotonic() - last >= AUTO_REFRESH_SECONDS:
            self.refresh_statuses()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._maybe_auto_refresh()

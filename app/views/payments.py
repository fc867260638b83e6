"""The Payments tab: totals per currency (today, 7 and 30 days, live apart from test), a small
chart of the last 30 days, and the list of every payment of the chosen days with status,
test/live and text filters and a CSV export. Everything comes from `PaymentsController`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import payments_totals
from app.models.folders import FileKind, FolderMemory
from app.models.locale_format import ui_format
from app.models.payments_controller import PaymentsController, PaymentsState, Phase
from app.models.payments_table import Column, Mode, StatusGroup, group_name
from app.models.payments_totals import Day, Sums, Totals
from app.models.session import ProfileSession
from app.plain_text import file_stem
from app.views import dialogs
from app.views.list_table import ListTable
from app.views.payments_chart import DailyChart


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PaymentsView(QWidget):
    def __init__(
        self,
        controller: PaymentsController,
        folders: FolderMemory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsView")
        self.controller = controller
        self._folders = folders
        self._detail = ""
        self._build()
        controller.state_changed.connect(self._show_state)
        controller.totals_changed.connect(self._show_totals)
        controller.export_finished.connect(self._export_finished)
        controller.action_failed.connect(self._action_failed)
        self._show_state(controller.state)
        self._show_totals(controller.totals)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        first, last = self.controller.date_range
        self.first_date = QDateEdit(_qdate(first), self)
        self.first_date.setObjectName("paymentsFrom")
        self.last_date = QDateEdit(_qdate(last), self)
        self.last_date.setObjectName("paymentsTo")
        fmt = ui_format().date_format
        for edit, name in ((self.first_date, self.tr("From")), (self.last_date, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(fmt)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._range_changed)
        from_label = QLabel(self.tr("From"), self)
        from_label.setBuddy(self.first_date)
        to_label = QLabel(self.tr("to"), self)
        to_label.setBuddy(self.last_date)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("paymentsStatus")
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for group in StatusGroup:
            self.status_filter.addItem(group_name(group), group.value)
        self.status_filter.currentIndexChanged.connect(self._status_changed)

        self.mode_filter = QComboBox(self)
        self.mode_filter.setObjectName("paymentsMode")
        self.mode_filter.setAccessibleName(self.tr("Test or live"))
        self.mode_filter.addItem(self.tr("Live and test"), Mode.ALL.value)
        self.mode_filter.addItem(self.tr("Live only"), Mode.LIVE.value)
        self.mode_filter.addItem(self.tr("Test only"), Mode.TEST.value)
        self.mode_filter.currentIndexChanged.connect(self._mode_changed)

        self.search = QLineEdit(self)
        self.search.setObjectName("paymentsSearch")
        self.search.setPlaceholderText(self.tr("Search reference, customer, amount"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search payments"))
        self.search.textChanged.connect(self.controller.proxy.set_search)

        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("paymentsRefresh")
        self.refresh_button.clicked.connect(self.controller.refresh)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("paymentsExport")
        self.export_button.setToolTip(self.tr("Save the payments as the list shows them (CSV)"))
        self.export_button.clicked.connect(self.choose_export_file)

        tools = QHBoxLayout()
        tools.addWidget(from_label)
        tools.addWidget(self.first_date)
        tools.addWidget(to_label)
        tools.addWidget(self.last_date)
        tools.addWidget(self.status_filter)
        tools.addWidget(self.mode_filter)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.export_button)

        # Totals: a grid of Today / 7 days / 30 days by Live / Test.
        self.totals_frame = QFrame(self)
        self.totals_frame.setObjectName("paymentsTotals")
        self.totals_frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.totals_frame)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(16)
        heads = (self.tr("Today"), self.tr("7 days"), self.tr("30 days"))
        for col, text in enumerate(heads, start=1):
            head = QLabel(f"<b>{text}</b>", self.totals_frame)
            grid.addWidget(head, 0, col, Qt.AlignmentFlag.AlignRight)
        self.total_labels: dict[tuple[int, bool], QLabel] = {}
        rows = ((False, self.tr("Paid, live")), (True, self.tr("Paid, test")))
        for row, (test, text) in enumerate(rows, start=1):
            grid.addWidget(QLabel(text, self.totals_frame), row, 0, Qt.AlignmentFlag.AlignTop)
            for col, window in enumerate(payments_totals.WINDOWS, start=1):
                label = QLabel("–", self.totals_frame)
                label.setObjectName(f"total-{'test' if test else 'live'}-{window}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, col)
                self.total_labels[(window, test)] = label

        self.chart = DailyChart(self)
        self.chart_currency = QComboBox(self)
        self.chart_currency.setObjectName("chartCurrency")
        self.chart_currency.setAccessibleName(self.tr("Currency of the chart"))
        self.chart_currency.currentIndexChanged.connect(self._show_chart)
        self.chart_summary = QLabel(self)
        self.chart_summary.setObjectName("chartSummary")
        self.chart_summary.setWordWrap(True)
        legend = QLabel(self.tr("Last 30 days, per day: ■ live, ▨ test"), self)
        chart_box = QVBoxLayout()
        chart_head = QHBoxLayout()
        chart_head.addWidget(legend, 1)
        chart_head.addWidget(self.chart_currency)
        chart_box.addLayout(chart_head)
        chart_box.addWidget(self.chart)
        chart_box.addWidget(self.chart_summary)

        summary = QHBoxLayout()
        summary.addWidget(self.totals_frame)
        summary.addLayout(chart_box, 1)

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("paymentsProgress")
        self.progress_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("paymentsRetry")
        self.retry_button.clicked.connect(self.controller.retry)
        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.clicked.connect(self._show_details)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label, 1)
        progress.addWidget(self.retry_button)
        progress.addWidget(self.details_button)

        self.table = ListTable(self, name=self.tr("Payments"), object_name="paymentsTable")
        # Qt's extended selection, as this list always had; the other lists select one row.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.controller.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.TIME, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.table.set_column_widths(
            {
                Column.TIME: 130,
                Column.STATUS: 130,
                Column.AMOUNT: 110,
                Column.REFERENCE: 110,
                Column.METHOD: 90,
                Column.MODE: 60,
                Column.ID: 60,
            }
        )

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(summary)
        layout.addLayout(progress)
        layout.addWidget(self.table, 1)

    # -- public ---------------------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        self.controller.set_session(session)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def total_text(self, window: int, test: bool) -> str:
        return self.total_labels[(window, test)].text()

    def export_to(self, path: str) -> int:
        self.progress_label.setText(self.tr("Exporting…"))
        return self.controller.export_csv(path)

    def choose_export_file(self) -> QFileDialog:
        session = self.controller.session
        first, last = self.controller.date_range
        stem = file_stem("payments", session.profile_id if session else "", str(first), str(last))
        name = stem + ".csv"
        suggested = self._folders.suggest(FileKind.EXPORT, name) if self._folders else name
        dialog = QFileDialog(self, self.tr("Export payments"), suggested)
        dialog.setObjectName("paymentsExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        if self._folders is not None:
            folders = self._folders
            dialog.fileSelected.connect(lambda path: folders.remember(FileKind.EXPORT, path))
        dialog.fileSelected.connect(self.export_to)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- reacting -------------------------------------------------------------------------------

    def _range_changed(self, _day: QDate) -> None:
        self.controller.set_range(_pydate(self.first_date.date()), _pydate(self.last_date.date()))

    def _status_changed(self, index: int) -> None:
        value = self.status_filter.itemData(index)
        self.controller.proxy.set_group(StatusGroup(value) if value else None)

    def _mode_changed(self, index: int) -> None:
        self.controller.proxy.set_mode(Mode(self.mode_filter.itemData(index)))

    def _show_state(self, state: PaymentsState) -> None:
        self._detail = state.detail
        self.progress_label.setText(self._state_text(state))
        self.retry_button.setVisible(state.phase is Phase.FAILED)
        self.details_button.setVisible(bool(state.detail))
        self.refresh_button.setEnabled(self.controller.session is not None)
        self.export_button.setEnabled(self.controller.session is not None)

    def _state_text(self, state: PaymentsState) -> str:
        if self.controller.session is None:
            return self.tr("Choose an instance to see its payments.")
        match state.phase:
            case Phase.LOADING:
                return self.tr("Loading payments… %d so far") % state.loaded
            case Phase.SLOWED:
                return state.message
            case Phase.DONE:
                return self.tr("%d payments in these days.") % state.loaded
            case Phase.FAILED:
                return self.tr("Loading stopped after %d payments: %s") % (
                    state.loaded,
                    state.message,
                )
        return ""

    def _sums_text(self, sums: Sums) -> str:
        if not sums:
            return "–"
        money = ui_format().money
        return "\n".join(money(sums[c], c) for c in sorted(sums))

    def _show_totals(self, totals: Totals | None) -> None:
        for (window, test), label in self.total_labels.items():
            if totals is None:
                label.setText("…" if self.controller.session is not None else "–")
                continue
            sums = (totals.test if test else totals.live)[window]
            label.setText(self._sums_text(sums))
        self.chart_currency.blockSignals(True)
        self.chart_currency.clear()
        if totals is not None:
            for currency in totals.currencies():
                self.chart_currency.addItem(currency, currency)
            chosen = self.controller.chart_currency()
            self.chart_currency.setCurrentIndex(max(0, self.chart_currency.findData(chosen)))
        self.chart_currency.setVisible(self.chart_currency.count() > 1)
        self.chart_currency.blockSignals(False)
        self._show_chart()

    def _show_chart(self, *_: object) -> None:
        currency = self.chart_currency.currentData()
        if not currency:
            self.chart.set_days([], self.tr("No paid payments in the last 30 days."))
            self.chart_summary.setText(self.chart.accessibleDescription())
            return
        days = self.controller.chart(currency)
        summary = self.chart_summary_text(days, currency)
        self.chart.set_days(days, summary)
        self.chart_summary.setText(summary)

    def chart_summary_text(self, days: list[Day], currency: str) -> str:
        money = ui_format().money
        live = sum(d.live for d in days)
        test = sum(d.test for d in days)
        best = max(days, key=lambda d: d.live, default=None)
        text = self.tr("%s: %s live and %s test in 30 days.") % (
            currency,
            money(live, currency),
            money(test, currency),
        )
        if best is not None and best.live > 0:
            text += " " + self.tr("Best day: %s with %s.") % (
                ui_format().date(best.day),
                money(best.live, currency),
            )
        return text

    def _export_finished(self, path: str, rows: int) -> None:
        self.progress_label.setText(self.tr("%d payments saved to %s.") % (rows, path))

    def _action_failed(self, message: str, detail: str) -> None:
        self._detail = detail
        self.progress_label.setText("⚠ " + message)
        self.details_button.setVisible(bool(detail))

    def _show_details(self) -> None:
        dialogs.show_details(self, self.tr("Details"), self.progress_label.text(), self._detail)

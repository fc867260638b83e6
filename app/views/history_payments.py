"""The small dialog listing the payments made through one paylink or payment page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.api.models import Transaction
from app.models.history import payment_mode_text, payment_status_text
from app.models.locale_format import ui_format
from app.store.records import Record


class PaymentsDialog(QDialog):
    """Opened with `open()` while the payments load; `show_payments` or `show_error` fills it.
    Amounts and times show in the UI locale, times in the computer's time zone."""

    def __init__(self, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = record.id
        self._record = record
        self.setWindowTitle(self.tr("Payments – %s") % record.title)
        self.resize(640, 320)

        layout = QVBoxLayout(self)
        self.status_label = QLabel(self.tr("Loading payments…"), self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Status"),
                self.tr("Amount"),
                self.tr("Payer"),
                self.tr("Provider"),
                self.tr("Test/live"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Payments"))
        self.table.hide()
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_payments(self, payments: list[Transaction]) -> None:
        display = ui_format()
        self.table.setRowCount(len(payments))
        for row, payment in enumerate(payments):
            currency = payment.currency or self._record.currency
            amount = display.money(payment.amount, currency) if payment.amount is not None else ""
            payer = ""
            if payment.contact is not None:
                payer = payment.contact.name or payment.contact.email or ""
            # Who the link was made for, when the platform names no payer.
            payer = payer or self._record.customer
            cells = [
                display.date_time(payment.time.astimezone()) if payment.time else "",
                payment_status_text(payment.status),
                amount,
                payer,
                payment.psp or "",
                payment_mode_text(payment.test, payment.mode),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text or "—")
                if column == 1 and payment.status:
                    item.setToolTip(payment.status)  # the platform's own word
                self.table.setItem(row, column, item)
        if payments:
            paid = sum(1 for p in payments if p.paid)
            self.status_label.setText(
                self.tr("%n payment(s) through this link.", "", len(payments))
                + " "
                + self.tr("%n of them paid.", "", paid)
            )
            self.table.show()
        else:
            self.status_label.setText(self.tr("No payments yet."))
            self.table.hide()

    def show_error(self, message: str, detail: str) -> None:
        self.status_label.setText(self.tr("The payments could not be loaded: %s") % message)
        self.status_label.setToolTip(detail)
        self.table.hide()

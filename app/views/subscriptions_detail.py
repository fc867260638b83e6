"""The detail pane beside the subscription list: every field of the selected subscription, its
customer, the paylink that created it, and the row's actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.api.models import Subscription
from app.i18n import QT_TRANSLATE_NOOP
from app.models import subscriptions_format as fmt
from app.resources import icon


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    # Ignored: a long e-mail or link must not widen the pane; it wraps where it can, and the
    # whole value is in the tooltip.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(40)
    return label


_TITLES = {
    "mister": QT_TRANSLATE_NOOP("SubscriptionDetail", "Mr"),
    "miss": QT_TRANSLATE_NOOP("SubscriptionDetail", "Ms"),
    "misses": QT_TRANSLATE_NOOP("SubscriptionDetail", "Mrs"),
}


def _with_title(title: str | None, name: str) -> str:
    """ "mister", "Anna Muster" -> "Mr Anna Muster"; an unknown title is shown as it came."""
    known = _TITLES.get((title or "").strip().lower())
    shown = QCoreApplication.translate("SubscriptionDetail", known) if known else title
    return " ".join(p for p in (shown, name) if p)


class SubscriptionDetail(QFrame):
    """Shows one `Subscription` (or a hint when none is selected). The buttons are public so the
    view wires them; this widget only displays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionDetail")
        self.subscription: Subscription | None = None

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("detailStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.empty_hint = QLabel(self.tr("Select a subscription to see its details."), self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)

        fields = QWidget(self)
        self.form = QFormLayout(fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        for key, title in (
            ("mode", self.tr("Test/live")),
            ("amount", self.tr("Amount")),
            ("discount", self.tr("Discount")),
            ("refunded", self.tr("Refunded")),
            ("vat", self.tr("VAT")),
            ("interval", self.tr("Interval")),
            ("start", self.tr("Start")),
            ("next_payment", self.tr("Next payment")),
            ("end", self.tr("End")),
            ("first_cancel", self.tr("First cancel date")),
            ("cancelled_on", self.tr("Cancelled on")),
            # The minimum term: shown only when it says more than the interval does.
            ("period", self.tr("Minimum term")),
            ("cancellation", self.tr("Notice period")),
            ("reference", self.tr("Reference")),
            ("invoice", self.tr("Invoice no.")),
            ("customer", self.tr("Customer")),
            ("company", self.tr("Company")),
            ("address", self.tr("Address")),
            ("country", self.tr("Country")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("payment_link", self.tr("Paylink")),
        ):
            value = _value_label(fields, f"detail_{key}")
            self.values[key] = value
            self.form.addRow(title + ":", value)
        # The platform's ids are for support, not for reading: in the title's tooltip.
        self.values["payment_link"].setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )

        self.self_service_button = QPushButton(
            icon("copy"), self.tr("Copy self-service link"), self
        )
        self.self_service_button.setObjectName("copySelfServiceButton")
        self.self_service_button.setToolTip(
            self.tr(
                "Create a login link for this customer to manage their subscription, and copy it"
            )
        )
        self.payment_link_button = QPushButton(icon("copy"), self.tr("Copy payment link"), self)
        self.payment_link_button.setObjectName("copyPaymentLinkButton")
        self.payment_link_button.setToolTip(self.tr("Copy the link of the paylink behind it"))
        self.cancel_button = QPushButton(self.tr("Cancel subscription…"), self)
        self.cancel_button.setObjectName("cancelSubscriptionButton")
        self.cancel_button.setToolTip(
            self.tr("Stop this subscription on the platform (asks for confirmation) — Del")
        )
        self.feedback = QLabel(self)
        self.feedback.setObjectName("detailFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_details_button = QPushButton(self.tr("Details…"), self)
        self.error_details_button.setObjectName("actionDetailsButton")
        self.error_details_button.hide()

        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.status)
        body_layout.addWidget(fields)
        body_layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.empty_hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.self_service_button)
        layout.addWidget(self.payment_link_button)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.feedback)
        layout.addWidget(self.error_details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._scroll = scroll
        self.show_subscription(None)

    @property
    def action_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.self_service_button, self.payment_link_button, self.cancel_button

    def show_subscription(self, sub: Subscription | None, status: str | None = None) -> None:
        """Show `sub`; `status` is the one the list shows (derived from the dates), else the
        reported one."""
        self.subscription = sub
        self.empty_hint.setVisible(sub is None)
        self._scroll.setVisible(sub is not None)
        if sub is None:
            return
        contact = sub.contact
        if status is None:
            status = fmt.normalize_status(sub.status)
        self.title.setText(
            fmt.customer_text(contact) or (contact.email if contact else None) or f"#{sub.id}"
        )
        self.status.setText(fmt.status_hint(status))
        ids = [self.tr("Id %s") % sub.id] if sub.id is not None else []
        if contact is not None and contact.id is not None:
            ids.append(self.tr("contact %s") % contact.id)
        if sub.uuid:
            ids.append(sub.uuid)
        self.title.setToolTip(" · ".join(ids))
        address = ""
        if contact is not None:
            place = " ".join(p for p in (contact.zip, contact.place) if p)
            address = ", ".join(p for p in (contact.street, place) if p)
        values = {
            "mode": fmt.mode_text(sub.test),
            "amount": fmt.money_text(sub.amount, sub.currency),
            "discount": self._discount_text(sub),
            "refunded": fmt.money_text(sub.refunded_amount or None, sub.currency),
            "vat": self.tr("%s %%") % sub.vat_rate if sub.vat_rate is not None else "",
            "interval": fmt.interval_text(sub.payment_interval),
            "start": fmt.date_text(sub.start),
            # A cancelled subscription takes no further payment, whatever date it still carries.
            "next_payment": "" if status == fmt.CANCELLED else fmt.date_text(sub.next_payment),
            "end": fmt.date_text(sub.end),
            "first_cancel": fmt.date_text(sub.first_cancel_date),
            "cancelled_on": fmt.date_text(sub.cancelled_date),
            "period": (
                fmt.interval_text(sub.period)
                if sub.period and sub.period != sub.payment_interval
                else ""
            ),
            "cancellation": fmt.interval_text(sub.cancellation_interval),
            "reference": sub.reference_id or "",
            "invoice": sub.invoice_number or "",
            "customer": _with_title(contact.title, contact.name) if contact else "",
            "company": (contact.company if contact else None) or "",
            "address": address,
            "country": contact.country_text if contact else "",
            "phone": (contact.phone if contact else None) or "",
            "email": (contact.email if contact else None) or "",
            "payment_link": sub.payment_link or "",
        }
        for key, text in values.items():
            self.values[key].setText(text or "—")
            self.values[key].setToolTip(text)
        self._show_row("period", bool(values["period"]))
        if status == fmt.CANCELLED:
            self.values["next_payment"].setText(self.tr("none (cancelled)"))
        self.payment_link_button.setEnabled(bool(sub.payment_link))

    def _discount_text(self, sub: Subscription) -> str:
        """ "CHF 3.00 (10 %, TREUE10)": whichever parts the answer has."""
        discount = sub.discount
        if discount is None:
            return ""
        parts = [fmt.money_text(discount.amount, sub.currency)] if discount.amount else []
        extra = [self.tr("%s %%") % discount.percentage] if discount.percentage else []
        extra += [discount.code] if discount.code else []
        if extra:
            parts.append(f"({', '.join(extra)})" if parts else ", ".join(extra))
        return " ".join(parts)

    def _show_row(self, key: str, shown: bool) -> None:
        self.form.setRowVisible(self.values[key], shown)

    def show_feedback(self, text: str, *, error: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("error", error)
        self.error_details_button.setVisible(False)

"""The confirmation before a subscription is cancelled: it names the customer, amount and interval
and asks the user to type the customer's name (or "cancel"), since a cancel cannot be undone.

The view asks through `ask_cancel`, which tests (or a future policy) can replace; the dialog opens
with `open()` and reports through `finished`, never a blocking `exec()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api.models import Subscription
from app.models import subscriptions_format as fmt


def customer_name(subscription: Subscription) -> str:
    """The name the user is asked to type: the person, else the company, else the e-mail."""
    contact = subscription.contact
    if contact is None:
        return ""
    return contact.name or contact.company or contact.email or ""


class CancelSubscriptionDialog(QDialog):
    def __init__(self, subscription: Subscription, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subscription = subscription
        self.setObjectName("cancelSubscriptionDialog")
        self.setWindowTitle(self.tr("Cancel subscription"))
        self.setModal(True)
        self._name = customer_name(subscription)
        amount = fmt.money_text(subscription.amount, subscription.currency)
        interval = fmt.interval_text(subscription.payment_interval)
        who = self._name or self.tr("subscription %s") % subscription.id
        price = ", ".join(part for part in (amount, interval) if part)

        self.question = QLabel(self)
        self.question.setObjectName("cancelQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setText(
            self.tr(
                "Cancel the subscription of %s (%s)?\n\nThe platform stops charging the customer. "
                "This cannot be undone from Paydesk."
            )
            % (who, price or self.tr("no amount"))
        )
        if self._name:
            prompt = self.tr("To confirm, type the customer's name (%s) or “cancel”:") % self._name
        else:
            prompt = self.tr("To confirm, type “cancel”:")
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.confirmation = QLineEdit(self)
        self.confirmation.setObjectName("cancelConfirmation")
        self.confirmation.setAccessibleName(self.tr("Confirmation"))
        self.prompt.setBuddy(self.confirmation)

        self.buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Keep subscription"), self)
        self.cancel_button = QPushButton(self.tr("Cancel subscription"), self)
        self.cancel_button.setObjectName("confirmCancelButton")
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setEnabled(False)
        self.keep_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self._confirm)
        self.confirmation.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.prompt)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.buttons)
        self.confirmation.setFocus()
        self.setMinimumWidth(420)

    def confirmed_text(self, text: str) -> bool:
        typed = " ".join(text.split()).casefold()
        if not typed:
            return False
        accepted = {"cancel", self.tr("cancel").casefold()}
        if self._name:
            accepted.add(" ".join(self._name.split()).casefold())
        return typed in accepted

    def _check(self, text: str) -> None:
        # Enter presses the default button: "Keep" until the confirmation is typed.
        confirmed = self.confirmed_text(text)
        self.cancel_button.setEnabled(confirmed)
        self.cancel_button.setDefault(confirmed)
        self.keep_button.setDefault(not confirmed)

    def _confirm(self) -> None:
        if self.cancel_button.isEnabled():
            self.accept()


def ask_cancel(
    parent: QWidget,
    subscription: Subscription,
    on_done: Callable[[bool], None],
) -> CancelSubscriptionDialog:
    """Open the confirmation; `on_done(True)` once the user confirmed, `False` otherwise."""
    dialog = CancelSubscriptionDialog(subscription, parent)

    def finished(result: int) -> None:
        on_done(result == QDialog.DialogCode.Accepted)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog

"""Tells the user a payment arrived: a message from the system tray (Qt's own
`QSystemTrayIcon`), or, where the desktop has no tray, the same message in a bar of the window.
Clicking the message (or the bar's Open) asks for the row (`open_requested`).

Whether an instance notifies is its profile's ``notify_payments``; the caller says (``enabled``).
Subscription events (overdue, in notice, cancelled) come through `notify_text` once the
subscription list tells them apart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QToolBar,
    QWidget,
)

from app.models.locale_format import ui_money
from app.models.payment_matching import PaidNotice

MESSAGE_MS = 10_000


class NoticeBar(QFrame):
    """The message in the window, non-modal: Open shows the row, Dismiss hides the bar."""

    open_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("paymentNoticeText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("paymentNoticeOpen")
        self.open_button.setToolTip(self.tr("Show this row in History"))
        self.open_button.clicked.connect(self.open_clicked)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("paymentNoticeDismiss")
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.dismiss_button)


class PaymentNotifier(QObject):
    open_requested = Signal(str, int)
    """(profile id, record id): show this row (History tab, row selected)."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        enabled: Callable[[str], bool] = lambda _profile_id: True,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._enabled = enabled
        self._last: PaidNotice | None = None
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self.tray = QSystemTrayIcon(icon or window.windowIcon(), self)
            self.tray.setToolTip("Paydesk")
            self.tray.messageClicked.connect(self.open_last)
            self.tray.activated.connect(lambda _reason: self._raise())
            self.tray.show()
        self.bar = NoticeBar(window)
        self._toolbar = QToolBar(window)
        self._toolbar.setObjectName("paymentNoticeToolbar")
        self._toolbar.setMovable(False)
        self._toolbar.addWidget(self.bar)
        window.addToolBarBreak()
        window.addToolBar(self._toolbar)
        self._toolbar.hide()
        self.bar.open_clicked.connect(self.open_last)
        self.bar.dismiss_button.clicked.connect(self._toolbar.hide)

    @property
    def last(self) -> PaidNotice | None:
        return self._last

    def notify(self, notice: PaidNotice) -> bool:
        """Announce a payment unless its instance has notifications off. True if shown."""
        if not self._enabled(notice.profile_id):
            return False
        if notice.amount_minor is not None:
            text = self.tr("“%s” was paid: %s.") % (
                notice.title,
                ui_money(notice.amount_minor, notice.currency),
            )
        else:
            text = self.tr("“%s” was paid.") % notice.title
        self._last = notice
        self.notify_text(self.tr("Payment received"), text)
        return True

    def notify_text(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        else:
            self.bar.text.setText(text)
            self._toolbar.show()

    def window_text(self) -> str:
        """The message shown in the window ("" while the bar is hidden)."""
        return "" if self._toolbar.isHidden() else self.bar.text.text()

    def open_last(self) -> None:
        notice = self._last
        self._toolbar.hide()
        if notice is not None:
            self._raise()
            self.open_requested.emit(notice.profile_id, notice.record_id)

    def _raise(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

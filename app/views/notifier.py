"""Tells the user a payment arrived: a message from the system tray (Qt's own
`QSystemTrayIcon`), or, where the desktop has no tray, the same message in the window's status
bar (a one-line `NoticeBar` of a fixed height: its coming moves nothing the user is about to
click). Clicking the message (or the bar's Open) asks for the row (`open_requested`).

Payments come in bursts (a poll that finds a hundred): the first is said at once, the rest of a
burst in one message when `BURST_MS` has passed ("12 more payments arrived…"), never one
message each.

Whether an instance notifies is its profile's ``notify_payments``; the caller says (``enabled``).
A subscription that became overdue, went into notice or was cancelled is announced the same way
(`notify_subscriptions`); clicking opens it in Subscriptions (`subscription_requested`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from app.api import statuses
from app.models.locale_format import ui_money
from app.models.payment_matching import PaidNotice
from app.models.subscription_changes import SubscriptionChange
from app.models.tones import Tone, tone_color
from app.views.notice_bar import NoticeBar
from app.views.style import PILL_TINT, blend

MESSAGE_MS = 10_000
BURST_MS = 3_000
"""After a payment message, the next waits this long and says every payment since."""


class PaymentNotifier(QObject):
    open_requested = Signal(str, int)
    """(profile id, record id): show this row (History tab, row selected)."""
    subscription_requested = Signal(str, int)
    """(profile id, subscription id): show it (Subscriptions tab, row selected)."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        enabled: Callable[[str], bool] = lambda _profile_id: True,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        icon: QIcon | None = None,
        burst_ms: int = BURST_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._enabled = enabled
        self._last: PaidNotice | SubscriptionChange | None = None
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self.tray = QSystemTrayIcon(icon or window.windowIcon(), self)
            self.tray.setToolTip("Paydesk")
            self.tray.messageClicked.connect(self.open_last)
            self.tray.activated.connect(lambda _reason: self._raise())
            self.tray.show()
        self.bar = NoticeBar(window, compact=True)
        self.bar.setObjectName("paymentNotice")
        self.bar.set_action(self.tr("Open"), self.tr("Show this row in History"))
        self.bar.action_clicked.connect(self.open_last)
        palette = self.bar.palette()
        base = palette.color(QPalette.ColorRole.Window)
        palette.setColor(
            QPalette.ColorRole.Window, blend(base, tone_color(Tone.OK, palette), PILL_TINT)
        )
        self.bar.setPalette(palette)
        self.bar.setAutoFillBackground(True)
        status = window.statusBar()
        status.addPermanentWidget(self.bar)
        # The status bar is as tall as the notice from the start: its coming relayouts nothing.
        status.setMinimumHeight(max(status.minimumHeight(), self.bar.sizeHint().height()))
        self._burst: list[PaidNotice] = []
        self._burst_timer = QTimer(self)
        self._burst_timer.setSingleShot(True)
        self._burst_timer.setInterval(burst_ms)
        self._burst_timer.timeout.connect(self._end_burst)

    @property
    def last(self) -> PaidNotice | SubscriptionChange | None:
        return self._last

    def notify(self, notice: PaidNotice) -> bool:
        """Announce a payment unless its instance has notifications off. True if it will be
        said: at once, or with the rest of its burst."""
        if not self._enabled(notice.profile_id):
            return False
        if self._burst_timer.isActive():
            self._burst.append(notice)
            return True
        self._say_paid([notice])
        return True

    def _end_burst(self) -> None:
        notices, self._burst = self._burst, []
        if notices:
            self._say_paid(notices)

    def _say_paid(self, notices: list[PaidNotice]) -> None:
        notice = notices[-1]
        if notice.amount_minor is not None:
            money = ui_money(notice.amount_minor, notice.currency)
            text = self.tr("“%s” was paid: %s.") % (notice.title, money)
        else:
            text = self.tr("“%s” was paid.") % notice.title
        if len(notices) > 1:
            text = self.tr("%n payment(s) arrived.", "", len(notices)) + " " + text
        self._last = notice
        self.bar.set_action(self.tr("Open"), self.tr("Show this row in History"))
        self.notify_text(self.tr("Payment received"), text)
        self._burst_timer.start()

    def notify_subscriptions(self, found: list[SubscriptionChange]) -> bool:
        """Announce subscriptions that became overdue, went into notice or were cancelled,
        unless their instance has notifications off. One message; it opens the first."""
        if not found or not self._enabled(found[0].profile_id):
            return False
        first = found[0]
        who = first.customer or self.tr("subscription %d") % first.subscription_id
        if first.status == statuses.OVERDUE:
            text = self.tr("The subscription of %s is overdue: its payment did not come.") % who
        elif first.status == statuses.IN_NOTICE:
            text = self.tr("The subscription of %s is in notice: it will end.") % who
        else:
            text = self.tr("The subscription of %s was cancelled.") % who
        if len(found) > 1:
            text += " " + self.tr("%n more subscription(s) changed too.", "", len(found) - 1)
        self._last = first
        self.bar.set_action(self.tr("Open"), self.tr("Show this subscription in Subscriptions"))
        self.notify_text(self.tr("Subscription changed"), text)
        return True

    def notify_text(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        else:
            self.bar.replace(text)

    def window_text(self) -> str:
        """The message shown in the window ("" while the bar is hidden)."""
        return "\n".join(self.bar.notices())

    def open_last(self) -> None:
        notice = self._last
        self.bar.dismiss()
        if isinstance(notice, SubscriptionChange):
            self._raise()
            self.subscription_requested.emit(notice.profile_id, notice.subscription_id)
        elif notice is not None:
            self._raise()
            self.open_requested.emit(notice.profile_id, notice.record_id)

    def _raise(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

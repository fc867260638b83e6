"""The watcher in the real window on the Demo instance: a newcomer pays a link on the sandbox's
payment page and, within one poll, the row, the link panel and the message in the window follow;
the message opens the row; a dead link asks before it goes out."""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.application import Application
from app.models.history import Column
from app.models.payment_matching import PaidNotice
from app.views.notifier import PaymentNotifier


def test_a_demo_payment_reaches_the_row_the_panel_and_the_window_within_a_poll(
    qtbot: QtBot, application: Application, questions: list[str]
) -> None:
    window = application.window
    assert window is not None
    watcher = application.watcher
    qtbot.waitUntil(lambda: watcher.session is not None and not watcher.polling, timeout=10_000)
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the window says it

    form = application.invoice_form
    form.title_edit.setFocus()
    qtbot.keyClicks(form.title_edit, "Hosting 2027")
    qtbot.keyClicks(form.amount_edit, "240")
    with qtbot.waitSignal(form.link_created, timeout=10_000):
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    panel = window.link_panel
    assert panel.view.state_badge.text() == "Waiting for payment"
    questions.clear()  # the create's own confirmation
    panel.copy_link()
    assert questions == []  # a live link goes out without a question

    # The customer presses "Pay (simulated)" on the payment page.
    [record] = application.records.list("demo")
    assert requests.post(record.link or "", timeout=5).status_code == 200
    with qtbot.waitSignal(watcher.poll_finished, timeout=10_000):
        assert watcher.poll_now()

    assert application.notifier.window_text() == "“Hosting 2027” was paid: CHF 240.00."
    assert panel.view.state_badge.text() == "Paid"
    history = application.history
    row = history.model.row_of(record.id)
    assert history.model.index(row, Column.STATUS).data() == "Paid"

    panel.copy_link()
    assert questions == [
        "“Hosting 2027” has already been paid. Send its link to a customer anyway?"
    ]

    # The message opens the row: History tab, the row selected.

    qtbot.mouseClick(application.notifier.bar.action_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is application._history_tab
    view = application._history_tab.view
    assert view is not None
    qtbot.waitUntil(lambda: view.selected_record() is not None)
    assert view.selected_record().id == record.id  # type: ignore[attr-defined, union-attr]
    assert application.notifier.window_text() == ""


def test_an_instance_with_payment_messages_off_stays_quiet(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = PaymentNotifier(window, enabled=lambda profile_id: profile_id != "quiet")
    notice = PaidNotice("quiet", 1, "Rent", 100000, "CHF", "invoice")
    assert not notifier.notify(notice)
    assert notifier.window_text() == ""
    assert notifier.notify(PaidNotice("loud", 2, "Rent", 100000, "CHF", "invoice"))
    assert notifier.window_text() == "“Rent” was paid: CHF 1,000.00."


@pytest.mark.qt_log_ignore(
    # The offscreen platform has no tray; it says so when one is made anyway.
    r"^QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    r"^This plugin does not support raise\(\)",
)
def test_with_a_tray_the_message_comes_from_the_tray_and_clicking_it_opens_the_row(
    qtbot: QtBot,
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = PaymentNotifier(window, tray_available=lambda: True)
    assert notifier.tray is not None
    notifier.notify(PaidNotice("demo", 7, "Rent", 5000, "CHF", "invoice"))
    assert notifier.window_text() == ""  # the tray said it
    with qtbot.waitSignal(notifier.open_requested) as opened:
        notifier.tray.messageClicked.emit()
    assert opened.args == ["demo", 7]


def test_a_burst_of_payments_is_one_message_and_moves_nothing_in_the_window(
    qtbot: QtBot, english: None
) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("content"))
    qtbot.addWidget(window)
    window.resize(800, 500)
    notifier = PaymentNotifier(window, tray_available=lambda: False, burst_ms=200)
    window.show()
    qtbot.waitExposed(window)
    content = window.centralWidget().geometry()
    status_height = window.statusBar().height()

    assert notifier.notify(PaidNotice("demo", 1, "Rent March", 12000, "CHF", "invoice"))
    assert notifier.window_text() == "“Rent March” was paid: CHF 120.00."  # the first at once
    for n in range(2, 13):
        assert notifier.notify(PaidNotice("demo", n, f"Rent {n}", 10000, "CHF", "invoice"))
    assert notifier.window_text() == "“Rent March” was paid: CHF 120.00."  # the rest wait
    qtbot.waitUntil(lambda: "11 payments arrived." in notifier.window_text(), timeout=2_000)
    assert notifier.window_text() == "11 payments arrived. “Rent 12” was paid: CHF 100.00."
    assert notifier.bar.isVisible()
    # The notice sits in the status bar, as tall as it was: nothing the user was about to click
    # moved when it came.
    assert window.centralWidget().geometry() == content
    assert window.statusBar().height() == status_height

    with qtbot.waitSignal(notifier.open_requested) as opened:
        qtbot.mouseClick(notifier.bar.action_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["demo", 12]  # the newest of the burst
    assert notifier.window_text() == ""
    assert not notifier.bar.isVisible()

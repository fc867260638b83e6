"""The whole window, built by the real composition root, used as a person would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.application import Application
from app.main import parse_args
from app.settings.profile import Profile
from app.store.records import RecordState
from app.views.instances_dialog import InstancesDialog

REPO = Path(__file__).resolve().parents[2]


def create_invoice(qtbot: QtBot, application: Application, title: str = "Hosting 2027") -> None:
    form = application.invoice_form
    form.title_edit.setFocus()
    qtbot.keyClicks(form.title_edit, title)
    qtbot.keyClicks(form.amount_edit, "240")
    with qtbot.waitSignal(form.link_created, timeout=10_000):
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_opens_on_the_demo_instance_with_a_visible_badge(application: Application) -> None:
    window = application.window
    assert window is not None
    assert window.profile_combo.currentText() == "Demo"
    assert window.demo_badge.isVisible()
    assert not window.read_only_badge.isVisible()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:4] == ["Paylink", "Payment page", "History", "Subscriptions"]
    # Needs attention carries its count once the subscription list is in: "(12)" on the Demo.
    assert titles[4].startswith("Needs attention")
    assert titles[5] == "Payments"
    assert window.windowTitle() == "Paydesk – Demo"
    assert application.invoice_form.reference_edit.text() == "INV-0001"


def test_ctrl_number_switches_tabs(qtbot: QtBot, application: Application) -> None:
    window = application.window
    assert window is not None
    for key, index in ((Qt.Key.Key_3, 2), (Qt.Key.Key_4, 3), (Qt.Key.Key_2, 1), (Qt.Key.Key_1, 0)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index


def test_create_shows_the_link_and_ctrl_shift_c_copies_it(
    qtbot: QtBot, application: Application
) -> None:
    create_invoice(qtbot, application)
    window = application.window
    assert window is not None
    link = window.link_panel.link_text()
    assert link.startswith(application.sandbox.base_url + "/pay/")  # type: ignore[union-attr]
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == link
    assert "copied" in window.statusBar().currentMessage()
    # History has the row.
    history = application.history
    assert history.model.rowCount() == 1
    assert application.sandbox.count("POST", "Invoice") == 1  # type: ignore[union-attr]


def test_paying_shows_as_paid_after_a_refresh(qtbot: QtBot, application: Application) -> None:
    create_invoice(qtbot, application)
    [record] = application.records.list("demo")
    # What the customer's browser does on the payment page: the "Pay (simulated)" button.
    page = requests.get(record.link or "", timeout=5)
    assert "Pay (simulated)" in page.text and "CHF 240.00" in page.text
    assert requests.post(record.link or "", timeout=5).status_code == 200
    application.history.refresh_statuses()
    qtbot.waitUntil(
        lambda: application.records.list("demo")[0].remote_status == "confirmed", timeout=10_000
    )


def test_switching_to_a_read_only_instance_hides_create(
    qtbot: QtBot, application: Application
) -> None:
    shop = Profile(
        id="shop", display_name="Shop", instance="shop", base_domain="okepay.info", read_only=True
    )
    application.repository.save(shop)
    application.secrets.set("shop", "shop-secret")
    application.workspace.reload()
    window = application.window
    assert window is not None
    assert [window.profile_combo.itemText(i) for i in range(window.profile_combo.count())] == [
        "Demo",
        "Shop",
    ]
    window.select_profile("shop")
    assert window.windowTitle() == "Paydesk – Shop"  # at once; the session follows its secret
    qtbot.waitUntil(lambda: application.workspace.session is not None)
    qtbot.waitUntil(lambda: not window.demo_badge.isVisible())  # the tool bar lays out lazily
    qtbot.waitUntil(window.read_only_badge.isVisible)
    assert not application.invoice_form.create_button.isVisible()
    assert window.windowTitle() == "Paydesk – Shop"


def test_manage_instances_opens_the_dialog_the_application_builds(
    qtbot: QtBot, application: Application
) -> None:
    window = application.window
    assert window is not None
    window.manage_action.trigger()
    dialog = window.findChild(InstancesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.keys() == ["demo"]
    assert dialog.tester.base_url is None  # tests go to https://api.<base domain>
    assert dialog.secrets_label.text() == application.secrets.status_text
    window.manage_action.trigger()  # raises the open one
    assert window.findChildren(InstancesDialog) == [dialog]
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()


def test_an_instance_without_a_secret_says_what_to_do(
    qtbot: QtBot, application: Application
) -> None:
    application.repository.save(Profile(id="club", display_name="Club", instance="club"))
    application.workspace.reload()
    window = application.window
    assert window is not None
    window.select_profile("club")
    qtbot.waitUntil(lambda: window.banner_text() != "")
    assert application.workspace.session is None
    assert window.banner_text() == (
        "⚠ No API secret is stored for “Club”: enter it in Manage instances."
    )
    assert not application.invoice_form.isEnabled()


def test_the_last_instance_and_drafts_survive_a_restart(
    qtbot: QtBot, config_dir: Path, application: Application
) -> None:
    qtbot.keyClicks(application.invoice_form.title_edit, "Half typed")
    window = application.window
    assert window is not None
    window.close()
    again = Application(parse_args(["--config-dir", str(config_dir)]))
    second = again.build()
    qtbot.addWidget(second)
    try:
        assert again.invoice_form.title_edit.text() == "Half typed"
        assert again.workspace.selected_id == "demo"
    finally:
        second.close()
        again.crash_handler.uninstall()


def test_diagnostics_name_versions_and_never_the_secret(application: Application) -> None:
    text = application.diagnostics()
    assert "Paydesk" in text and "Qt" in text and "instance demo" in text
    assert "demo-secret" not in text


CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.application import Application
    from app.main import parse_args
    from app.sandbox import Fault
    from app.views import dialogs
    dialogs.ask = lambda *a, **k: a[4](True)
    application = Application(parse_args(["--config-dir", sys.argv[1]]))
    window = application.build()
    window.show()
    application.sandbox.set_fault(Fault.HANG, object="Invoice", method="POST", seconds=60)
    form = application.invoice_form
    form.title_edit.setText("Killed mid-create")
    form.title_edit.textEdited.emit("Killed mid-create")
    form.amount_edit.setText("99.90")
    form.amount_edit.textEdited.emit("99.90")

    def create_until_sent():  # Create as soon as the form can; the sandbox holds the answer
        if application.sandbox.count("POST", "Invoice"):
            poke.stop()
            print("SENT", flush=True)
        elif not form.creator.busy and form.create_button.isEnabled():
            form.request_create()

    poke = QTimer(interval=10, timeout=create_until_sent)
    poke.start()
    QTimer.singleShot(20_000, lambda: poke.isActive() and print("NOT SENT", flush=True))
    sys.exit(QApplication.exec())  # until the test kills it
    """
)


@pytest.mark.slow
def test_a_process_killed_mid_create_restores_the_draft_and_shows_unknown(
    qtbot: QtBot, config_dir: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(config_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "SENT", child.stderr.read() if child.stderr else ""
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()

    application = Application(parse_args(["--config-dir", str(config_dir)]))
    window = application.build()
    qtbot.addWidget(window)
    window.show()
    try:
        form = application.invoice_form
        assert (form.title_edit.text(), form.amount_edit.text()) == ("Killed mid-create", "99.90")
        [record] = application.records.list("demo")
        assert record.state is RecordState.UNKNOWN
        history = application.history
        texts = [history.model.index(0, col).data() for col in range(history.model.columnCount())]
        assert any("May have been created" in str(t) for t in texts), texts
        # The window says so, once, with the choices; the restored draft cannot be sent again.
        assert window.interrupted_text_shown().startswith(
            "? Paydesk was stopped while it was creating “Killed mid-create” (CHF 99.90, "
            f"reference {record.reference_id}): it may have been created."
        )
        assert not form.create_button.isEnabled()
        form.request_create()
        qtbot.mouseClick(
            window.findChild(QPushButton, "interruptedResolve"), Qt.MouseButton.LeftButton
        )
        dialog = form.unknown_dialog
        assert dialog is not None and dialog.isVisible()
        assert application.sandbox is not None
        assert application.sandbox.count("POST", "Invoice") == 0  # a fresh Demo: nothing sent
        qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    finally:
        window.close()
        application.crash_handler.uninstall()

    again = Application(parse_args(["--config-dir", str(config_dir)]))
    second = again.build()
    qtbot.addWidget(second)
    second.show()
    try:
        assert second.interrupted_text_shown() == ""  # said once; the form still remembers
        assert again.invoice_form.creator.pending is not None
        assert not again.invoice_form.create_button.isEnabled()
    finally:
        second.close()
        again.crash_handler.uninstall()


def test_ctrl_f_focuses_the_search_of_the_open_list(qtbot: QtBot, application: Application) -> None:
    window = application.window
    assert window is not None
    application.finish_build()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    subscriptions = window.tabs.currentWidget()
    qtbot.waitUntil(
        lambda: (
            subscriptions.focusWidget() is not None
            and subscriptions.focusWidget().objectName() == "subscriptionSearch"
        )
    )


def _choose_language(qtbot: QtBot, application: Application, code: str) -> None:
    old = application.window
    assert old is not None
    action = next(a for a in old.language_menu.actions() if a.data() == code)
    action.trigger()
    qtbot.waitUntil(lambda: application.window is not old)
    new = application.window
    assert new is not None
    qtbot.waitUntil(new.isActiveWindow)  # shortcuts work in the new window at once


def _visible_texts(application: Application) -> dict[str, object]:
    window = application.window
    assert window is not None
    history = application.window.tabs.widget(2).view  # type: ignore[union-attr]
    subscriptions = application.window.tabs.widget(3).view  # type: ignore[union-attr]
    return {
        # The first four: the Needs attention tab's title carries a count.
        "tabs": [window.tabs.tabText(i) for i in range(4)],
        "menus": [a.text() for a in window.menuBar().actions()],
        "header": window.header.title.text(),
        "create": application.invoice_form.create_button.text(),
        "history": [
            history.all_profiles.text(),
            history.table.model().headerData(2, Qt.Orientation.Horizontal),
        ],
        "subscriptions": [
            subscriptions.refresh_button.text(),
            subscriptions.table.model().headerData(1, Qt.Orientation.Horizontal),
        ],
        # The rows' words too, made when the rows arrived (the chip of the active ones).
        "active": sorted(
            {
                str(subscriptions.controller.model.index(row, 0).data())
                for row in range(subscriptions.controller.model.rowCount())
            }
        )[:1],
    }


def test_choosing_a_language_applies_at_once_and_keeps_what_was_typed(
    qtbot: QtBot, application: Application, config_dir: Path
) -> None:
    from app.i18n import remove_translators
    from app.settings.paths import AppPaths
    from app.settings.preferences import Preferences

    window = application.window
    assert window is not None
    names = [a.text() for a in window.language_menu.actions()]
    assert names == ["System language", "English", "Deutsch", "Français", "Italiano"]
    application.finish_build()
    create_invoice(qtbot, application, "Gartenpflege Maerz")
    form = application.invoice_form
    qtbot.keyClicks(form.title_edit, "Halbtag")
    qtbot.keyClicks(form.amount_edit, "99.50")
    window.tabs.setCurrentIndex(2)
    history = window.tabs.widget(2).view  # type: ignore[attr-defined]
    qtbot.keyClicks(history.search, "garten")
    link = window.link_panel.link_text()
    assert _visible_texts(application)["tabs"] == [
        "Paylink",
        "Payment page",
        "History",
        "Subscriptions",
    ]
    try:
        _choose_language(qtbot, application, "de")
        texts = _visible_texts(application)
        assert texts == {
            "tabs": ["Paylink", "Zahlungsseite", "Verlauf", "Abonnemente"],
            "menus": ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"],
            "header": "Verlauf — Demo",
            "create": "Paylink erstellen",
            "history": ["Alle Instanzen", "Titel"],
            "subscriptions": ["Aktualisieren", "Kunde"],
            "active": ["Aktiv"],
        }
        window = application.window
        assert window is not None and window.isVisible()
        assert window.tabs.currentIndex() == 2  # the open tab stays open
        form = application.invoice_form
        assert (form.title_edit.text(), form.amount_edit.text()) == ("Halbtag", "99.50")
        history = window.tabs.widget(2).view  # type: ignore[attr-defined]
        assert history.search.text() == "garten"
        assert history.controller.proxy.rowCount() == 1  # the search still filters
        assert window.link_panel.link_text() == link  # the last link is still beside the form
        assert "Deutsch" in window.statusBar().currentMessage()
        assert Preferences.load(AppPaths.under(config_dir)).ui_language == "de"

        _choose_language(qtbot, application, "fr")
        texts = _visible_texts(application)
        assert texts["tabs"] == ["Paylink", "Page de paiement", "Historique", "Abonnements"]
        assert texts["menus"][0] == "&Fichier"
        assert texts["create"] == "Créer le paylink"
        assert texts["active"] == ["Actif"]
        form = application.invoice_form
        assert (form.title_edit.text(), form.amount_edit.text()) == ("Halbtag", "99.50")
        # Still works after two rebuilds: a create goes through the new form.
        assert application.window is not None
        application.window.tabs.setCurrentIndex(0)
        form.title_edit.setFocus()  # as a click into the field does
        form.title_edit.clear()
        qtbot.keyClicks(form.title_edit, "Nach dem Wechsel")
        with qtbot.waitSignal(form.link_created, timeout=10_000):
            qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert [r.title for r in application.records.list("demo")][:1] == ["Nach dem Wechsel"]
    finally:
        remove_translators(application.qt)


def test_the_link_panel_gets_room_next_to_the_form(qtbot: QtBot, application: Application) -> None:
    window = application.window
    assert window is not None
    application.finish_build()  # the wide list tabs exist and must not squeeze the panel
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= 380)
    assert window.tabs.minimumSizeHint().width() < 600


def test_history_follows_an_instance_switch_at_once(qtbot: QtBot, application: Application) -> None:
    """The new instance's rows show at once, without toggling "All instances", and the last
    instance's status line goes."""
    create_invoice(qtbot, application, "Demo row")
    shop = Profile(id="shop", display_name="Shop", instance="shop", base_domain="okepay.info")
    application.repository.save(shop)
    application.secrets.set("shop", "shop-secret")
    application.records.begin("shop", "invoice", "Shop row", "S-1", 500, "CHF", "", {})
    application.workspace.reload()
    window = application.window
    assert window is not None
    window.tabs.setCurrentIndex(2)
    view = window.tabs.currentWidget().view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.controller.model.rowCount() == 1)
    titles = lambda: [  # noqa: E731
        view.controller.proxy.index(r, 2).data() for r in range(view.controller.proxy.rowCount())
    ]
    assert titles() == ["Demo row"]
    view.message_label.setText("2 statuses could not be refreshed")
    window.select_profile("shop")
    qtbot.waitUntil(lambda: titles() == ["Shop row"])
    assert view.message_label.text() == ""
    window.select_profile("demo")
    qtbot.waitUntil(lambda: titles() == ["Demo row"])


def test_the_header_says_where_you_are_and_an_empty_history_says_what_to_do(
    qtbot: QtBot, application: Application
) -> None:
    window = application.window
    assert window is not None
    assert window.header.title.text() == "Paylink — Demo"
    assert window.header.description.text().startswith("A paylink is a payment link for one")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.header.title.text() == "History — Demo"
    history = window.tabs.widget(2).view  # type: ignore[attr-defined]
    assert history.empty_title.text() == "Nothing created yet"
    assert history.create_first_button.isVisible()
    qtbot.mouseClick(history.create_first_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is application.invoice_form
    assert window.header.title.text() == "Paylink — Demo"
    qtbot.waitUntil(application.invoice_form.title_edit.hasFocus)
    # Once there is a row, the table shows instead.
    create_invoice(qtbot, application, "First one")
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: history.table.isVisible())
    assert not history.create_first_button.isVisible()

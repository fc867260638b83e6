"""Switching instances never waits for the keychain: the window shows the switch at once, the
tabs get the session when the secret arrives, and the last choice wins."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring.core
import keyring.errors
import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.application import Application
from app.models.session import ProfileSession
from app.settings.memory_keyring import MemoryKeyring
from app.settings.profile import Profile


class GatedKeyring(MemoryKeyring):
    """A keychain that answers a read only once the test opens the gate (a locked one asking
    for its password, a slow D-Bus), or fails it with `error`."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.gate.set()
        self.reads = 0
        self.error: Exception | None = None

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        if not self.gate.wait(timeout=30):
            raise TimeoutError("the test never opened the gate")
        if self.error is not None:
            raise self.error
        return super().get_password(service, username)


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch) -> Iterator[GatedKeyring]:
    backend = GatedKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    yield backend
    backend.gate.set()  # a read still waiting must end, or the runner's shutdown waits for it


@pytest.fixture
def switchable(keychain: GatedKeyring, application: Application) -> Application:
    """The application with two more instances, each with its secret in the keychain."""
    for profile_id, name in (("shop", "Shop"), ("club", "Club")):
        application.repository.save(
            Profile(
                id=profile_id, display_name=name, instance=profile_id, base_domain="okepay.info"
            )
        )
        application.secrets.set(profile_id, f"{profile_id}-secret")
    application.workspace.reload()
    return application


def test_the_switch_shows_at_once_and_the_session_follows_the_secret(
    qtbot: QtBot, switchable: Application, keychain: GatedKeyring
) -> None:
    window = switchable.window
    assert window is not None
    keychain.gate.clear()  # the keychain takes its time
    ticks: list[int] = []
    meter = QTimer(window, interval=10)
    meter.timeout.connect(lambda: ticks.append(1))
    meter.start()

    window.select_profile("shop")

    assert window.windowTitle() == "Paydesk – Shop"
    assert window.profile_combo.currentText() == "Shop"
    assert switchable.workspace.session is None and switchable.workspace.opening
    assert not switchable.invoice_form.isEnabled()  # no create can go to the last instance
    qtbot.waitUntil(lambda: "Reading the API secret of “Shop”" in window.activity_label.text())
    qtbot.waitUntil(lambda: len(ticks) >= 10)  # the event loop runs while the read waits
    assert switchable.workspace.session is None and keychain.reads == 1

    keychain.gate.set()
    qtbot.waitUntil(lambda: switchable.workspace.session is not None)
    meter.stop()
    session = switchable.workspace.session
    assert session is not None and session.profile_id == "shop"
    assert switchable.invoice_form.isEnabled()
    assert window.banner_text() == ""


def test_switching_twice_quickly_ends_on_the_last_choice(
    qtbot: QtBot, switchable: Application, keychain: GatedKeyring
) -> None:
    window = switchable.window
    assert window is not None
    sessions: list[str | None] = []

    def record(session: ProfileSession | None) -> None:
        sessions.append(session.profile_id if session else None)

    switchable.workspace.session_changed.connect(record)
    keychain.gate.clear()
    window.select_profile("shop")
    window.select_profile("club")
    assert window.windowTitle() == "Paydesk – Club"
    keychain.gate.set()
    qtbot.waitUntil(lambda: sessions[-1:] == ["club"])
    assert "shop" not in sessions  # the read for Shop was dropped, its session never opened
    assert switchable.workspace.selected_id == "club"
    assert window.profile_combo.currentText() == "Club"


def test_the_demo_opens_at_once_and_drops_a_pending_read(
    qtbot: QtBot, switchable: Application, keychain: GatedKeyring
) -> None:
    window = switchable.window
    assert window is not None
    sessions: list[str | None] = []
    switchable.workspace.session_changed.connect(
        lambda session: sessions.append(session.profile_id if session else None)
    )
    keychain.gate.clear()
    window.select_profile("shop")
    window.select_profile("demo")
    session = switchable.workspace.session
    assert session is not None and session.profile_id == "demo"  # its secret is known
    assert not switchable.workspace.opening
    keychain.gate.set()
    qtbot.waitUntil(lambda: switchable.runner.active_count == 0)
    assert sessions == [None, "demo"]
    assert switchable.workspace.session is session


def test_a_locked_keychain_says_so_in_the_window(
    qtbot: QtBot, switchable: Application, keychain: GatedKeyring
) -> None:
    window = switchable.window
    assert window is not None
    keychain.error = keyring.errors.KeyringLocked("locked")
    window.select_profile("club")
    qtbot.waitUntil(lambda: window.banner_text() != "")
    assert window.banner_text() == "⚠ The system keychain is locked: unlock it and try again."
    assert switchable.workspace.session is None
    assert window.windowTitle() == "Paydesk – Club"

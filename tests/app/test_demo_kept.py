"""The Demo keeps its state between starts: the real Application, started again and again on one
config dir, finds what was created and cancelled, and its links keep working."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests
from pytestqt.qtbot import QtBot

from app.application import Application
from app.main import parse_args
from app.settings.demo import DEMO_STATE_FILE_NAME
from app.views import dialogs
from tests.app.test_application import create_invoice

Asked = list[dict[str, Any]]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Every Reset Demo confirmation (accepted unless the test puts ``{"no": True}`` first);
    any other confirmation (a create's) is accepted."""
    questions: Asked = []

    def ask(parent: Any, title: str, text: str, accept: str, on_done: Any, **kw: Any) -> None:
        if accept != "Reset Demo":
            on_done(True)
            return
        questions.append({"title": title, "text": text, "accept": accept, **kw})
        on_done("no" not in questions[0])

    monkeypatch.setattr(dialogs, "ask", ask)
    return questions


@contextmanager
def running(qtbot: QtBot, config_dir: Path) -> Iterator[Application]:
    """One start of the app (after its first paint: the Demo sandbox runs) and its close."""
    application = Application(parse_args(["--config-dir", str(config_dir)]))
    window = application.build()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # Ctrl+Enter needs the window active
    try:
        assert application.sandbox is not None and application.sandbox.running
        yield application
    finally:
        window.close()  # the close hook stops the sandbox: its last changes are written
        application.crash_handler.uninstall()
        from app.logs import shutdown_logging

        shutdown_logging()


def _active_subscription(qtbot: QtBot, application: Application) -> int:
    subscriptions = application.subscriptions
    qtbot.waitUntil(lambda: subscriptions.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: not subscriptions.loading, timeout=10_000)
    return next(s.id for s in subscriptions.model.subscriptions() if s.status == "active" and s.id)


def test_a_paylink_and_a_cancelled_subscription_survive_restarts(
    qtbot: QtBot, tmp_path: Path, asked: Asked
) -> None:
    config_dir = tmp_path / "paydesk"
    with running(qtbot, config_dir) as first:
        create_invoice(qtbot, first, "Hosting 2027")
        [record] = first.records.list("demo")
        port = first.sandbox.port  # type: ignore[union-attr]
        cancelled = _active_subscription(qtbot, first)
        with qtbot.waitSignal(first.subscriptions.cancel_finished, timeout=10_000) as done:
            assert first.subscriptions.cancel(cancelled)
        assert done.args == [cancelled, "cancelled"]

    with running(qtbot, config_dir) as second:
        assert second.sandbox is not None
        assert second.sandbox.port == port  # free again: the same address as last time
        [again] = second.records.list("demo")
        assert again.link == record.link
        page = requests.get(again.link or "", timeout=5)
        assert page.status_code == 200 and "Hosting 2027" in page.text
        # History's refresh finds the paylink: no "does not exist".
        with qtbot.waitSignal(second.history.message, timeout=10_000) as said:
            assert second.history.refresh_statuses() == 1
        assert said.args == ["Statuses are up to date (1 checked)."]
        # The cancelled subscription is still cancelled, as the list shows it.
        subscriptions = second.subscriptions
        qtbot.waitUntil(lambda: subscriptions.subscription(cancelled) is not None, timeout=10_000)
        qtbot.waitUntil(lambda: not subscriptions.loading, timeout=10_000)
        shown = subscriptions.subscription(cancelled)
        assert shown is not None and shown.status == "cancelled"

    # Someone else took the port meanwhile: the Demo moves and its links follow it.
    blocker = socket.create_server(("127.0.0.1", port))
    try:
        with running(qtbot, config_dir) as third:
            assert third.sandbox is not None and third.sandbox.port != port
            [moved] = third.records.list("demo")
            assert moved.link == f"{third.sandbox.base_url}/pay/{record.hash}"
            assert requests.get(moved.link, timeout=5).status_code == 200
            assert third.preferences.demo_port == third.sandbox.port
    finally:
        blocker.close()
    assert not asked  # nothing needed a confirmation


def test_only_the_demos_links_follow_it(qtbot: QtBot, tmp_path: Path) -> None:
    config_dir = tmp_path / "paydesk"
    with running(qtbot, config_dir) as first:
        port = first.sandbox.port  # type: ignore[union-attr]
        old = f"http://127.0.0.1:{port}/pay/abc"
        shop = first.records.begin("shop", "invoice", "T", "R", 100, "CHF", "", {})
        first.records.settle_created(shop, 1, "abc", old, "waiting")
    blocker = socket.create_server(("127.0.0.1", port))
    try:
        with running(qtbot, config_dir) as second:
            kept = second.records.get(shop)
            assert kept is not None and kept.link == old
    finally:
        blocker.close()


def test_reset_demo_asks_then_goes_back_to_the_seed(
    qtbot: QtBot, tmp_path: Path, asked: Asked
) -> None:
    config_dir = tmp_path / "paydesk"
    with running(qtbot, config_dir) as app:
        window = app.window
        assert window is not None and window.reset_demo_action.isVisible()
        create_invoice(qtbot, app, "Hosting 2027")
        [record] = app.records.list("demo")
        cancelled = _active_subscription(qtbot, app)
        with qtbot.waitSignal(app.subscriptions.cancel_finished, timeout=10_000):
            app.subscriptions.cancel(cancelled)

        window.reset_demo_action.trigger()
        qtbot.waitUntil(lambda: "reset" in window.statusBar().currentMessage(), timeout=10_000)
        [question] = asked
        assert question["accept"] == "Reset Demo"
        assert "rows in History are removed too (1)" in question["informative"]
        assert "other instances are not touched" in question["informative"]
        assert window.statusBar().currentMessage() == (
            "The Demo was reset. Rows removed from History: 1."
        )
        assert app.records.list("demo") == []
        assert app.history.model.rowCount() == 0
        assert requests.get(record.link or "", timeout=5).status_code == 404
        subscriptions = app.subscriptions
        qtbot.waitUntil(lambda: subscriptions.subscription(cancelled) is not None, timeout=10_000)
        shown = subscriptions.subscription(cancelled)
        assert shown is not None and shown.status == "active"
    # And the reset is what the next start finds.
    with running(qtbot, config_dir) as after:
        assert after.sandbox is not None
        assert after.sandbox.state.subscriptions[cancelled].status == "active"


def test_reset_demo_declined_changes_nothing(qtbot: QtBot, tmp_path: Path, asked: Asked) -> None:
    asked.append({"no": True})
    with running(qtbot, tmp_path / "paydesk") as app:
        create_invoice(qtbot, app)
        assert app.window is not None
        app.window.reset_demo_action.trigger()
        assert len(asked) == 2
        assert len(app.records.list("demo")) == 1
        assert app.sandbox is not None and app.sandbox.count("POST", "Invoice") == 1


def test_reset_demo_is_offered_only_on_the_demo(qtbot: QtBot, tmp_path: Path) -> None:
    from app.settings.profile import Profile

    with running(qtbot, tmp_path / "paydesk") as app:
        app.repository.save(Profile(id="shop", display_name="Shop", instance="shop"))
        app.secrets.set("shop", "shop-secret")
        app.workspace.reload()
        assert app.window is not None
        app.window.select_profile("shop")
        assert not app.window.reset_demo_action.isVisible()


@pytest.mark.parametrize("damage", [b"{half a fi", b"\x00\x01binary", b'{"schema": 1}'])
def test_a_damaged_demo_state_starts_afresh_with_a_note(
    qtbot: QtBot, tmp_path: Path, damage: bytes, asked: Asked
) -> None:
    config_dir = tmp_path / "paydesk"
    state_file = config_dir / "data" / DEMO_STATE_FILE_NAME
    state_file.parent.mkdir(parents=True)
    state_file.write_bytes(damage)
    with running(qtbot, config_dir) as app:
        assert app.window is not None
        [note] = [n for n in app.window.notices() if "Demo" in n]
        assert "starts afresh" in note
        [kept] = [p for p in state_file.parent.iterdir() if ".broken-" in p.name]
        assert str(kept) in note and kept.read_bytes() == damage
        create_invoice(qtbot, app)  # the Demo works
    assert state_file.stat().st_size > 1000  # and a readable state is kept again

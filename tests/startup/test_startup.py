"""Start-up in two steps: the first window imports and starts only what its first frame shows;
the Demo sandbox and the History and Subscriptions tabs follow right after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.first_paint import FirstPaint
from app.views.lazy_tab import LazyTab

REPO = Path(__file__).resolve().parents[2]

NOT_FOR_THE_FIRST_WINDOW = (
    "requests",
    "urllib3",
    "keyring",
    "segno",
    "csv",
    "importlib.metadata",
    "http.server",
    "app.sandbox",
    "app.views.history",
    "app.views.subscriptions",
    "app.models.subscriptions_export",
    # Loaded on first use: the API calls and their models (first create), the link view (first
    # link), the error dialog (first problem), QtNetwork (the instance socket, after the paint).
    "app.api.invoices",
    "app.api.models",
    "app.views.link_view",
    "app.views.qr",
    "app.views.error_dialog",
    "PySide6.QtNetwork",
)


def _child_env(tmp_path: Path) -> dict[str, str]:
    """A child process as isolated as the tests: offscreen, its own home, no keychain."""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=str(REPO),
    )
    return env


FIRST_WINDOW = textwrap.dedent(
    """
    import sys
    from app.application import Application
    from app.main import parse_args

    application = Application(parse_args(["--config-dir", sys.argv[1]]))
    window = application.build(defer=True)
    heavy = [name for name in sys.argv[2:] if name in sys.modules]
    assert not heavy, f"the first window imported {heavy}"
    assert application.sandbox is None
    assert window.profile_combo.currentText() == "Demo"
    assert application.workspace.session is not None  # the Demo is selected at once
    assert window.page_tab.view is None  # the payment-page form comes after the first paint
    assert window.link_panel.hint_text()  # the hint; the link view is built for the first link

    application.finish_build()
    assert application.sandbox is not None and application.sandbox.running
    assert application.sandbox.base_url == application.workspace.session.profile.base_url
    assert all(tab.view is not None for tab in application._lazy_tabs)
    assert window.page_form.kind.value == "page"
    window.close()
    print("OK")
    """
)


def test_the_first_window_imports_only_what_it_shows(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(tmp_path / "cfg"), *NOT_FOR_THE_FIRST_WINDOW],
        capture_output=True,
        text=True,
        timeout=120,
        env=_child_env(tmp_path),
        cwd=tmp_path,
    )
    assert run.returncode == 0 and run.stdout.strip() == "OK", run.stdout + run.stderr


@pytest.mark.slow
def test_self_check_from_source_creates_a_paylink_after_the_deferred_start(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "app", "--self-check", "--config-dir", str(tmp_path / "cfg")],
        capture_output=True,
        text=True,
        timeout=120,
        env=_child_env(tmp_path),
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("self-check: created http://127.0.0.1:"), run.stdout


@pytest.mark.slow
def test_the_benchmark_switch_reports_the_first_paint_then_ready_and_exits(
    tmp_path: Path,
) -> None:
    env = {**_child_env(tmp_path), "PAYDESK_EXIT_AFTER_FIRST_PAINT": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "app", "--config-dir", str(tmp_path / "cfg")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.split() == ["first-paint", "ready"]


def test_first_paint_calls_back_once_after_the_window_painted(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QLabel("content"))
    qtbot.addWidget(window)
    calls: list[bool] = []
    FirstPaint(window, lambda: calls.append(window.isVisible()))
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    window.update()
    window.repaint()
    # A second call would come one event-loop turn after a paint: two turns later, it has.
    turns: list[int] = []

    def turn() -> None:
        turns.append(len(turns))
        if len(turns) < 2:
            QTimer.singleShot(0, turn)

    QTimer.singleShot(0, turn)
    qtbot.waitUntil(lambda: len(turns) == 2)
    assert calls == [True]


class _View(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.sessions: list[object] = []
        self.searched = 0

    def set_session(self, session: object) -> None:
        self.sessions.append(session)

    def focus_search(self) -> None:
        self.searched += 1


def _lazy(qtbot: QtBot) -> tuple[QTabWidget, LazyTab, list[_View]]:
    built: list[_View] = []

    def factory() -> QWidget:
        built.append(_View())
        return built[-1]

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    lazy = LazyTab(factory)
    tabs.addTab(lazy, "Lazy")
    return tabs, lazy, built


def test_a_lazy_tab_builds_its_view_when_first_shown_and_passes_the_session_on(
    qtbot: QtBot,
) -> None:
    tabs, lazy, built = _lazy(qtbot)
    lazy.set_session("s1")
    tabs.show()
    assert built == [] and lazy.view is None
    tabs.setCurrentWidget(lazy)
    assert len(built) == 1 and lazy.view is built[0]
    assert built[0].sessions == ["s1"]
    lazy.set_session("s2")
    tabs.setCurrentIndex(0)
    tabs.setCurrentWidget(lazy)
    assert len(built) == 1 and built[0].sessions == ["s1", "s2"]


def test_a_lazy_tab_builds_on_request_and_on_search(qtbot: QtBot) -> None:
    _tabs, lazy, built = _lazy(qtbot)
    lazy.focus_search()
    assert len(built) == 1 and built[0].searched == 1
    assert built[0].sessions == []  # no session was handed in, none is made up
    assert lazy.build() is built[0]

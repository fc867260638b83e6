"""The whole application, built by the real composition root, in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.application import Application
from app.main import parse_args
from app.views import dialogs


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "paydesk"


@pytest.fixture
def application(
    qtbot: QtBot, config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Application]:
    monkeypatch.setattr(dialogs, "ask", lambda *a, on_done=None, **k: (on_done or a[4])(True))
    application = Application(parse_args(["--config-dir", str(config_dir)]))
    window = application.build()
    # Not qtbot.addWidget: a language change replaces (and deletes) the window; the one open at
    # the end is closed below.
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield application
    window = application.window or window  # a language change replaces the window
    qtbot.addWidget(window)  # deleted after the test, as every widget a test made
    window.close()  # runs the close hook: drafts, preferences, runner, sandbox, database
    application.crash_handler.uninstall()
    from app.logs import shutdown_logging

    shutdown_logging()

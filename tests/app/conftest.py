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
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield application
    window.close()  # runs the close hook: drafts, preferences, runner, sandbox, database
    application.crash_handler.uninstall()
    from app.logs import shutdown_logging

    shutdown_logging()

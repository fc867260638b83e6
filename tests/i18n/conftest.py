"""Shared helpers for the translation tests: the catalogs as parsed data, the Qt tools, and a
guard that leaves every other test in English."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from app import i18n
from app.application import Application
from app.main import parse_args
from app.models import subscriptions_format
from app.settings.paths import AppPaths
from app.settings.preferences import Preferences
from app.views import dialogs

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = tuple(c for c in i18n.UI_LANGUAGES if c != i18n.SOURCE_LANGUAGE)  # translated ones


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    """One text, or one per plural form for a numerus message."""
    numerus: bool
    unfinished: bool


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"paydesk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"paydesk_{language}.qm"


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    assert root.tag == "TS", path
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    numerus=numerus,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


def qt_tool(name: str) -> list[str]:
    """The command of a PySide6 tool (``lrelease``, ``lupdate``) from the running environment."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    # The console scripts are thin wrappers around this module.
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {name}; {name}()"]


def app_sources() -> list[str]:
    """What ``make translations-update`` hands to lupdate."""
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "app").rglob("*.py"))


def forget_cached_texts() -> None:
    """The subscription list caches its formatted texts (status names, intervals) for speed. The
    app picks its language once per process; these tests switch, so the caches must go too."""
    for value in vars(subscriptions_format).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Whatever a test installs, the next test starts in English with the default locale."""
    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    if app is not None:
        i18n.remove_translators(app)
    QLocale.setDefault(locale)
    forget_cached_texts()


@pytest.fixture
def open_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], Application]]:
    """Start Paydesk with ``ui_language`` set in its preferences, as a user's choice would."""
    monkeypatch.setattr(dialogs, "ask", lambda *a, on_done=None, **k: (on_done or a[4])(True))
    started: list[Application] = []

    def start(language: str) -> Application:
        forget_cached_texts()
        config = tmp_path / f"config-{language}"
        paths = AppPaths.resolve(config)
        paths.config_dir.mkdir(parents=True)
        Preferences(ui_language=language).save(paths)
        application = Application(parse_args(["--config-dir", str(config)]))
        started.append(application)
        window = application.build()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return application

    yield start
    for application in reversed(started):
        if application.window is not None:
            application.window.close()
        application.crash_handler.uninstall()
    from app.logs import shutdown_logging

    shutdown_logging()  # the translators go in conftest's english_afterwards

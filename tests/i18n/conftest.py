"""Shared helpers for the translation tests: the catalogs as parsed data, the Qt tools, and a
guard that leaves every other test in English."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app import i18n
from app.models import subscriptions_format

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("de", "fr", "it")


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

"""Shared test harness: every test runs headless, with config, data, logs and home in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

# Before anything imports Qt: headless, and the same (English) locale on every machine, so a
# developer on a German desktop sees the same results as CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user location at tmp_path so no test touches the real home."""
    home = tmp_path / "home"
    for sub in ("config", "data", "state", "cache"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("PAYDESK_CONFIG_DIR", str(tmp_path / "paydesk"))
    return home


@pytest.fixture(autouse=True)
def in_memory_keyring(monkeypatch: pytest.MonkeyPatch) -> KeyringBackend:
    """Make keyring's global backend a fresh in-memory one so no test touches a real keychain.

    Tests that need a real Secret Service (marker `keychain`) start a private one and hand its
    backend to SecretStore explicitly. Should anything re-run keyring's detection, it finds only
    the fail backend, and no test can reach the user's session bus.
    """
    import keyring.core

    from app.settings.memory_keyring import MemoryKeyring

    backend = MemoryKeyring()
    # monkeypatch restores keyring's private "not chosen yet" state exactly after the test.
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    return backend


# The API sandbox on a free loopback port, fresh for each test (appended with the sandbox).
from collections.abc import Callable, Iterator  # noqa: E402

from app.sandbox import Sandbox  # noqa: E402


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A running sandbox with demo data: instance "demo", secret "test-secret-0123"."""
    with Sandbox(instance="demo", secret="test-secret-0123", port=0) as sb:
        yield sb


_LOOPBACK_NAMES = {"127.0.0.1", "::1", "localhost", "", None}


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may reach beyond 127.0.0.1: resolving any other name fails at once, as if offline.

    A profile pointing at a real platform domain therefore gets "the name could not be resolved",
    deterministically, and nothing is ever sent to it (not even a DNS query).
    """
    import socket

    real_getaddrinfo = socket.getaddrinfo

    def guarded(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = host.decode() if isinstance(host, bytes) else host
        if name not in _LOOPBACK_NAMES and not str(name).startswith("127."):
            raise socket.gaierror(socket.EAI_NONAME, f"{name}: blocked by the test harness")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As in the app (app/gc_thread.py): the garbage collector runs on the GUI thread only, so
    a cycle holding QObjects is never freed on a worker thread mid-test (a random segfault)."""
    from app import gc_thread

    collector = gc_thread.install(qapp)  # type: ignore[arg-type]
    yield
    collector.collect_due()


@pytest.fixture(autouse=True)
def c_locale_afterwards() -> Iterator[None]:
    """Every test starts and ends with Qt's default locale as the test process began ("C",
    from LC_ALL=C.UTF-8): a test that starts the application installs the UI locale
    (app.i18n), and money and dates shown in later tests must not depend on test order."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())
    yield
    from PySide6.QtCore import QCoreApplication

    from app.i18n import remove_translators

    app = QCoreApplication.instance()
    if app is not None:  # nor its catalogs (English has one too: its plural forms)
        remove_translators(app)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def english(qapp: object, c_locale_afterwards: None) -> None:
    """The English catalog, as an English UI has it: it holds the plural forms ("1 payment",
    "3 payments"); `c_locale_afterwards` removes it after the test."""
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "en")


@pytest.fixture
def ui_locale(c_locale_afterwards: None) -> Callable[[str], None]:
    """``ui_locale("de_CH")`` makes that the UI locale, as `app.i18n` does at start-up (undone
    by `c_locale_afterwards` after the test)."""
    from PySide6.QtCore import QLocale

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    return use

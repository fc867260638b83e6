"""Shared test harness: every test runs headless, with config, data, logs and home in tmp_path."""

from __future__ import annotations

import gc
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
from datetime import UTC, datetime, timedelta  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from app.sandbox import Sandbox  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from app.application import Application
    from app.models.runner import TaskRunner
    from app.models.session import ProfileSession
    from app.store.database import Database
    from app.store.records import RecordStore

SANDBOX_SECRET = "test-secret-0123"
"""The secret of the `sandbox` fixture's instance "demo" (import it: ``from tests.conftest import
SANDBOX_SECRET``)."""


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A running sandbox with demo data: instance "demo", secret `SANDBOX_SECRET`."""
    with Sandbox(instance="demo", secret=SANDBOX_SECRET, port=0) as sb:
        yield sb


@pytest.fixture
def empty_sandbox() -> Iterator[Sandbox]:
    """A running sandbox without demo data (lists start empty), as `sandbox` otherwise."""
    with Sandbox(instance="demo", secret=SANDBOX_SECRET, port=0, seed=False) as sb:
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
    gc.unfreeze()  # an application the test built froze what it made; the next test starts clean
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
    from app.models import subscriptions_format

    subscriptions_format.clear_caches()  # words cached in the test's language (as a switch does)
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


# -- time ------------------------------------------------------------------------------------


class FakeClock:
    """Monotonic seconds the test moves by hand (budgets, back-off, poll intervals), and the
    wall time that moves with them (`utc`). Not the store's timestamp clock: that one hands out
    datetimes (tests/store's `StoreClock`)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self._start = datetime.now(UTC)

    def __call__(self) -> float:
        return self.now

    def utc(self) -> datetime:
        return self._start + timedelta(seconds=self.now - 1000.0)

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# -- the store, the runner, a session ----------------------------------------------------------


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "paydesk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    from app.store.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def records(db: Database) -> RecordStore:
    from app.store.records import RecordStore

    return RecordStore(db)


@pytest.fixture
def runner(qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[TaskRunner]:
    """The task runner, shut down after the test (every worker finished, or the test fails)."""
    from app.models.runner import TaskRunner

    # Set up first what its tasks use, so that it shuts down (waiting for workers that settle
    # records or wait for an answer) before the database closes and the sandbox stops, whatever
    # order the test names them in. Only those the test uses anyway: a runner alone needs neither.
    for used in ("db", "sandbox"):
        if used in request.fixturenames:
            request.getfixturevalue(used)
    task_runner = TaskRunner()
    yield task_runner
    assert task_runner.shutdown(10_000), "background tasks still running at teardown"
    task_runner.deleteLater()


Drain = Callable[..., None]
"""The `drain` fixture: ``drain(runner)``, ``drain(runner, timeout_ms=...)``."""


@pytest.fixture
def drain(qtbot: QtBot) -> Drain:
    """``drain(runner)``: wait until no worker of the runner runs any more, then deliver what
    they sent to this thread. After it, every answer that was on its way has arrived (or was
    dropped): a check that something did *not* arrive can fail when it would have."""
    from PySide6.QtCore import QCoreApplication

    def wait(runner: TaskRunner, timeout_ms: int = 10_000) -> None:
        # The runner has no blocking wait of its own (the GUI never waits); its pool has.
        pool = runner._pool
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=timeout_ms)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()

    return wait


@pytest.fixture
def session(sandbox: Sandbox) -> Iterator[ProfileSession]:
    """A session on the sandbox's Demo profile, with short timeouts."""
    from app.models.session import ProfileSession
    from app.settings.demo import demo_profile

    opened = ProfileSession.open(demo_profile(sandbox.base_url), SANDBOX_SECRET, timeouts=(2, 3))
    yield opened
    opened.close()


# -- the whole application -----------------------------------------------------------------------


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stands in for ``dialogs.ask``: records each question's text and says yes."""
    from app.views import dialogs

    asked: list[str] = []

    def ask(parent, title, text, accept_label, on_done, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        on_done(True)

    monkeypatch.setattr(dialogs, "ask", ask)
    return asked


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "paydesk"


@pytest.fixture
def application(qtbot: QtBot, config_dir: Path, questions: list[str]) -> Iterator[Application]:
    """Paydesk built by the real composition root in `config_dir`, its window shown and active;
    every question is answered yes (`questions` records them)."""
    from app.application import Application
    from app.logs import shutdown_logging
    from app.main import parse_args

    application = Application(parse_args(["--config-dir", str(config_dir)]))
    window = application.build()
    # Not qtbot.addWidget yet: a language change replaces (and deletes) the window; the one open
    # at the end is closed below.
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield application
    window = application.window or window  # a language change replaces the window
    qtbot.addWidget(window)  # deleted after the test, as every widget a test made
    window.close()  # runs the close hook: drafts, preferences, runner, sandbox, database
    application.crash_handler.uninstall()
    shutdown_logging()

"""Paydesk starts on anything: each damaged file is moved aside, named in the window, and the
window opens, through the real start-up path (`Application`, and `python -m app` in a process)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.application import Application
from app.main import parse_args
from app.settings.paths import AppPaths
from app.store.database import open_database
from app.store.drafts import DraftStore
from app.store.records import RecordStore

REPO = Path(__file__).resolve().parents[2]
DEEP = "[" * 100_000 + "]" * 100_000
HUGE_NUMBER = '{"schema": 1, "display_name": "Shop", "instance": "shop", "n": ' + "7" * 5000 + "}"
VALID_PROFILE = json.dumps({"schema": 1, "display_name": "Shop", "instance": "shop"})

JSON_DAMAGE: dict[str, bytes] = {
    "random bytes": bytes(range(256)) * 8,
    "truncated": VALID_PROFILE.encode()[: len(VALID_PROFILE) // 2],
    "empty": b"",
    "wrong type": b'["a", "list", "not", "an", "object"]',
    "5000-digit number": HUGE_NUMBER.encode(),
    "100000-deep nesting": DEEP.encode(),
    "invalid UTF-8": b'{"display_name": "Z\xfcrich \xff\xfe"}',
}


def _records_db(path: Path, count: int = 300) -> None:
    db = open_database(path)
    records = RecordStore(db)
    for i in range(count):
        records.begin(
            "demo", "invoice", f"Hosting {i} " + "x" * 200, f"INV-{i}", 100, "CHF", "", {}
        )
    db.close()


def _damage_db(kind: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        _records_db(path)
        data = bytearray(path.read_bytes())
        if kind == "random bytes":
            data = bytearray(os.urandom(len(data)))
        elif kind == "truncated":
            data = data[: len(data) // 2 + 1000]
        elif kind == "page corrupted":
            page = 4096
            middle = len(data) // page // 2
            data[middle * page : (middle + 1) * page] = os.urandom(page)
        path.write_bytes(bytes(data))

    return damage


DB_DAMAGE = ("random bytes", "truncated", "page corrupted")


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[Callable[[Path], Application]]:
    started: list[Application] = []

    def run(config_dir: Path) -> Application:
        application = Application(parse_args(["--config-dir", str(config_dir)]))
        window = application.build()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        started.append(application)
        return application

    yield run
    for application in started:
        assert application.window is not None
        application.window.close()
        application.crash_handler.uninstall()
    from app.logs import shutdown_logging

    shutdown_logging()


def _notices(application: Application) -> list[str]:
    assert application.window is not None
    assert application.window.notice_bar.isVisible()
    return application.window.notices()


@pytest.mark.parametrize("kind", JSON_DAMAGE)
def test_damaged_preferences_are_moved_aside_named_and_the_window_opens(
    start: Callable[[Path], Application], tmp_path: Path, kind: str
) -> None:
    config_dir = tmp_path / "cfg"
    paths = AppPaths.under(config_dir)
    paths.config_dir.mkdir(parents=True)
    (paths.config_dir / "preferences.json").write_bytes(JSON_DAMAGE[kind])

    application = start(config_dir)

    [moved] = paths.config_dir.glob("preferences.json.broken-*")
    assert moved.read_bytes() == JSON_DAMAGE[kind]  # kept for the user, byte for byte
    [notice] = _notices(application)
    assert notice == (
        f"The preferences file was damaged and has been moved aside to {moved}; "
        "Paydesk starts with the default preferences."
    )
    assert application.window is not None and application.window.isVisible()
    assert notice in application.log_file.read_text("utf-8")


@pytest.mark.parametrize("kind", JSON_DAMAGE)
def test_a_damaged_profile_is_moved_aside_named_and_the_window_opens(
    start: Callable[[Path], Application], tmp_path: Path, kind: str
) -> None:
    config_dir = tmp_path / "cfg"
    paths = AppPaths.under(config_dir)
    paths.instances_dir.mkdir(parents=True)
    (paths.instances_dir / "shop.json").write_bytes(JSON_DAMAGE[kind])

    application = start(config_dir)

    [moved] = paths.instances_dir.glob("shop.json.broken-*")
    assert moved.read_bytes() == JSON_DAMAGE[kind]
    assert _notices(application) == [
        f"The instance file shop.json could not be used and has been moved aside to {moved}; "
        "Manage instances says why."
    ]
    assert application.window is not None
    assert application.window.profile_combo.currentText() == "Demo"


@pytest.mark.parametrize("kind", DB_DAMAGE)
def test_a_damaged_database_is_moved_aside_and_what_can_be_read_is_kept(
    start: Callable[[Path], Application], tmp_path: Path, kind: str
) -> None:
    config_dir = tmp_path / "cfg"
    db_path = AppPaths.under(config_dir).data_dir / "paydesk.sqlite3"
    _damage_db(kind)(db_path)
    damaged = db_path.read_bytes()

    application = start(config_dir)

    [moved] = db_path.parent.glob("paydesk.sqlite3.broken-*")
    assert moved.read_bytes() == damaged  # set aside untouched
    kept = application.records.list("demo")
    [notice] = _notices(application)
    if kind == "random bytes":
        assert kept == []
        assert notice == (
            f"The local database was damaged and has been moved aside to {moved}; nothing in it "
            "could be read, so Paydesk starts with an empty one."
        )
    else:
        # What SQLite can still read is kept: rows before the damage, and (for one bad page in
        # the middle) rows after it as well.
        assert 0 < len(kept) < 300 or kind == "page corrupted"
        assert notice == (
            f"The local database was damaged and has been moved aside to {moved}; the "
            f"{len(kept)} entries that could still be read were kept."
        )
        titles = {record.title.split(" ")[1] for record in kept}
        assert "0" in titles
        if kind == "page corrupted":
            assert "299" in titles and len(kept) < 300
    # The fresh database works: the form can create.
    assert application.workspace.session is not None
    assert application.invoice_form.isEnabled()


def test_an_empty_database_file_is_a_new_database_not_damage(
    start: Callable[[Path], Application], tmp_path: Path
) -> None:
    db_path = AppPaths.under(tmp_path / "cfg").data_dir / "paydesk.sqlite3"
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    application = start(tmp_path / "cfg")
    assert application.window is not None and application.window.notices() == []
    assert list(db_path.parent.glob("*.broken-*")) == []


@pytest.mark.parametrize(
    "values_json",
    [
        '{"title": "half',
        "[1, 2, 3]",
        DEEP,
        '{"title": 5, "amount": "1"}',
        '{"purposes": {"de": 1}}',
    ],
    ids=["truncated JSON", "not an object", "too deep", "a number as title", "a bad purpose"],
)
def test_a_draft_that_cannot_be_restored_is_dropped_with_a_note_once(
    start: Callable[[Path], Application], tmp_path: Path, values_json: str
) -> None:
    config_dir = tmp_path / "cfg"
    db = open_database(AppPaths.under(config_dir).data_dir / "paydesk.sqlite3")
    DraftStore(db).save("demo", "invoice", {"title": "placeholder"})
    with db.transaction() as conn:
        conn.execute("UPDATE drafts SET values_json = ?", (values_json,))
    db.close()

    application = start(config_dir)

    assert _notices(application) == [
        "The unsent paylink typed last time could not be restored and was dropped."
    ]
    assert application.invoice_form.title_edit.text() == ""
    assert application.drafts.load("demo", "invoice") is None  # dropped: no note next time
    application.window.close()  # type: ignore[union-attr]
    again = start(config_dir)
    assert again.window is not None and again.window.notices() == []


def _child_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    home = tmp_path / "home"
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


@pytest.mark.slow
def test_python_m_app_starts_on_the_worst_of_everything_at_once(tmp_path: Path) -> None:
    """A 5,000-digit preferences file, a 100,000-deep profile, a database of random bytes and an
    unreadable draft, all at once: `--self-check` opens the window on the Demo and creates."""
    config_dir = tmp_path / "cfg"
    paths = AppPaths.under(config_dir)
    paths.instances_dir.mkdir(parents=True)
    (paths.config_dir / "preferences.json").write_bytes(JSON_DAMAGE["5000-digit number"])
    (paths.instances_dir / "shop.json").write_bytes(JSON_DAMAGE["100000-deep nesting"])
    (paths.instances_dir / "club.json").write_bytes(JSON_DAMAGE["invalid UTF-8"])
    _damage_db("random bytes")(paths.data_dir / "paydesk.sqlite3")

    run = subprocess.run(
        [sys.executable, "-m", "app", "--self-check", "--config-dir", str(config_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_child_env(tmp_path),
        cwd=tmp_path,
    )

    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("self-check: created http://127.0.0.1:"), run.stdout
    assert "Traceback" not in run.stderr, run.stderr
    log = (paths.log_dir / "paydesk.log").read_text("utf-8")
    assert log.count("has been moved aside to") == 4, log
    for name in ("preferences.json", "shop.json", "club.json", "paydesk.sqlite3"):
        assert len(list(config_dir.rglob(f"{name}.broken-*"))) == 1, name
    # The fresh database holds the self-check's paylink.
    conn = sqlite3.connect(paths.data_dir / "paydesk.sqlite3")
    try:
        assert conn.execute("SELECT count(*) FROM records WHERE state = 'created'").fetchone() == (
            1,
        )
    finally:
        conn.close()

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store import Database, DatabaseError, open_database
from app.store import database as database_module


def test_open_creates_directories_in_wal_mode_at_current_schema(db_path: Path) -> None:
    assert not db_path.parent.exists()
    with open_database(db_path) as db:
        assert db_path.is_file()
        assert db.journal_mode() == "wal"
        assert db.schema_version() == database_module.SCHEMA_VERSION >= 1


def test_reopen_keeps_data_and_does_not_migrate_again(db_path: Path) -> None:
    with open_database(db_path) as db, db.transaction() as conn:
        conn.execute("INSERT INTO drafts VALUES ('p', 'invoice', '{}', 'now')")
    with open_database(db_path) as db, db.read() as conn:
        assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


def test_file_from_a_newer_paydesk_is_refused(db_path: Path) -> None:
    with open_database(db_path) as db, db.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {database_module.SCHEMA_VERSION + 1}")
    with pytest.raises(DatabaseError, match="newer than this Paydesk"):
        open_database(db_path)


def test_failed_migration_leaves_the_previous_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()
    broken = (*database_module.MIGRATIONS, ("CREATE TABLE extra (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr(database_module, "MIGRATIONS", broken)
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", len(broken))
    with pytest.raises(sqlite3.OperationalError):
        open_database(db_path)
    monkeypatch.undo()
    with open_database(db_path) as db, db.read() as conn:
        assert db.schema_version() == database_module.SCHEMA_VERSION
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables


def test_new_migration_is_applied_on_open(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).close()
    extended = (*database_module.MIGRATIONS, ("CREATE TABLE extra (x)",))
    monkeypatch.setattr(database_module, "MIGRATIONS", extended)
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", len(extended))
    with open_database(db_path) as db, db.read() as conn:
        assert db.schema_version() == len(extended)
        conn.execute("SELECT x FROM extra")


def test_transaction_rolls_back_when_the_block_raises(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO drafts VALUES ('p', 'invoice', '{}', 'now')")
        raise RuntimeError("boom")
    with db.read() as conn:
        assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_closed_database_says_so(db: Database) -> None:
    db.close()
    db.close()  # idempotent
    with pytest.raises(DatabaseError, match="closed"), db.read():
        pass


def test_salvage_knows_every_table_of_the_schema(tmp_path: Path) -> None:
    """A table missing from salvage's list would be lost whole from a damaged database."""
    import sqlite3

    from app.store.database import open_database
    from app.store.salvage import TABLES

    db = open_database(tmp_path / "fresh.sqlite3")
    db.close()
    with sqlite3.connect(tmp_path / "fresh.sqlite3") as conn:
        names = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("sqlite_")
        }
    assert names == set(TABLES)

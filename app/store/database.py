"""The SQLite file behind the local record: opening, pragmas, migrations, thread-safe access.

One connection per `Database`, guarded by a lock. Every statement is short (a row or a JSON blob),
so the GUI thread never waits long for a worker, and one connection avoids the questions that
per-thread connections raise (who closes a pool thread's connection, and when).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)

# Each entry migrates from user_version == index to index + 1. Append only; never edit a shipped
# entry, because a user's file may already be at that version.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """
        CREATE TABLE records (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id     TEXT    NOT NULL,
            kind           TEXT    NOT NULL CHECK (kind IN ('invoice', 'page')),
            title          TEXT    NOT NULL,
            reference_id   TEXT    NOT NULL,
            amount_minor   INTEGER NOT NULL,
            currency       TEXT    NOT NULL,
            customer       TEXT    NOT NULL,
            params_json    TEXT    NOT NULL,
            state          TEXT    NOT NULL
                CHECK (state IN ('sending', 'created', 'failed', 'unknown')),
            remote_id      INTEGER,
            hash           TEXT,
            link           TEXT,
            remote_status  TEXT,
            error          TEXT,
            created_at     TEXT    NOT NULL,
            updated_at     TEXT    NOT NULL
        )
        """,
        "CREATE INDEX records_profile_created ON records (profile_id, created_at)",
        "CREATE INDEX records_state ON records (state)",
        """
        CREATE TABLE drafts (
            profile_id   TEXT NOT NULL,
            form         TEXT NOT NULL,
            values_json  TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            PRIMARY KEY (profile_id, form)
        )
        """,
        """
        CREATE TABLE reference_counters (
            profile_id  TEXT    NOT NULL,
            prefix      TEXT    NOT NULL,
            last        INTEGER NOT NULL,
            PRIMARY KEY (profile_id, prefix)
        )
        """,
        """
        CREATE TABLE subscription_cache (
            profile_id  TEXT PRIMARY KEY,
            rows_json   TEXT NOT NULL,
            fetched_at  TEXT NOT NULL
        )
        """,
    ),
    # 2: the payment watcher's own state (app/store/watch.py).
    (
        """
        CREATE TABLE watch_cursors (
            profile_id  TEXT PRIMARY KEY,
            since       TEXT NOT NULL,
            looked_at   TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE watch_checks (
            record_id   INTEGER PRIMARY KEY,
            checked_at  TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE watch_payments (
            profile_id      TEXT    NOT NULL,
            transaction_id  INTEGER NOT NULL,
            record_id       INTEGER,
            reference_id    TEXT    NOT NULL,
            status          TEXT    NOT NULL,
            amount_minor    INTEGER,
            currency        TEXT    NOT NULL,
            mode            TEXT    NOT NULL,
            paid_at         TEXT,
            seen_at         TEXT    NOT NULL,
            PRIMARY KEY (profile_id, transaction_id)
        )
        """,
        "CREATE INDEX watch_payments_record ON watch_payments (record_id)",
    ),
    # 3: batches of creates from a spreadsheet (app.store.batches) and the column mapping
    # remembered per instance.
    (
        """
        CREATE TABLE batches (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id  TEXT    NOT NULL,
            source      TEXT    NOT NULL,
            created_at  TEXT    NOT NULL
        )
        """,
        """
        CREATE TABLE batch_rows (
            batch_id    INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
            row_number  INTEGER NOT NULL,
            form_json   TEXT    NOT NULL,
            record_id   INTEGER,
            PRIMARY KEY (batch_id, row_number)
        )
        """,
        "CREATE INDEX batch_rows_record ON batch_rows (record_id)",
        """
        CREATE TABLE batch_mappings (
            profile_id    TEXT PRIMARY KEY,
            mapping_json  TEXT NOT NULL
        )
        """,
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)

PRIVATE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

# Another copy of the app (or a crash-recovery check) may hold the write lock for a moment.
_BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """The database file cannot be used (for example it was written by a newer Paydesk)."""


class DamagedDatabaseError(DatabaseError):
    """The file is not an SQLite database, or SQLite found it damaged: set it aside and salvage
    what can be read (`app.store.salvage`)."""


class Database:
    """A connection to the local store, usable from any thread.

    Use `transaction()` for writes and `read()` for queries; both hold the lock for the duration of
    the `with` block, so keep the block short and never wait on another thread inside it.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._conn = connection
        self._lock = threading.RLock()
        self._closed = False

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        with self._lock:
            conn = self._connection()
            # IMMEDIATE takes the write lock up front, so a read-then-write (counter, state
            # transition) cannot be interleaved with another process's write.
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, for queries (each statement sees a consistent snapshot)."""
        with self._lock:
            yield self._connection()

    def schema_version(self) -> int:
        with self.read() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def journal_mode(self) -> str:
        with self.read() as conn:
            return str(conn.execute("PRAGMA journal_mode").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        if self._closed:
            raise DatabaseError(f"the database {self.path} is closed")
        return self._conn


def open_database(path: Path) -> Database:
    """Open (creating it and its directory if needed) and migrate the store at `path`.

    Raises `DamagedDatabaseError` when the file is not a database or SQLite finds it damaged.
    """
    path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    # 0600 before SQLite writes the first byte; its -wal and -shm files take the same mode.
    os.close(os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), PRIVATE_MODE))
    if (path.stat().st_mode & 0o777) != PRIVATE_MODE:
        os.chmod(path, PRIVATE_MODE)
    # isolation_level=None: no implicit transactions; `Database.transaction` says where they are.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        if mode.lower() != "wal":
            raise DatabaseError(f"cannot switch {path} to WAL mode (got {mode!r})")
        # FULL: a `sending` row must be on disk before the request leaves, even on power loss.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        _check_integrity(conn, path)
        db = Database(path, conn)
        _migrate(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_damage(exc):
            raise DamagedDatabaseError(f"{path} is damaged: {exc}") from exc
        raise
    except BaseException:
        conn.close()
        raise
    return db


def is_damage(exc: sqlite3.Error) -> bool:
    """True for "not a database" and "malformed": the file's content, not a lock or the disk."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return type(exc) is sqlite3.DatabaseError  # OperationalError (locked, no space) is not


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick check (b-tree structure, every page reachable once): a damaged page is found
    at start, where the file can be set aside, not later in the middle of a create."""
    rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    verdict = str(rows[0][0]) if rows else "no answer"
    if verdict != "ok":
        raise DamagedDatabaseError(f"{path} is damaged: {verdict}")


def _migrate(db: Database) -> None:
    with db.transaction() as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"{db.path} has schema version {version}, newer than this Paydesk understands "
                f"({SCHEMA_VERSION}); use a newer Paydesk or another data directory"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            log.info("migrating %s to schema version %d", db.path, target)
            for statement in MIGRATIONS[target - 1]:
                conn.execute(statement)
            # user_version is transactional: a failed migration leaves the old number behind.
            conn.execute(f"PRAGMA user_version = {target}")

"""Copying what can still be read out of a damaged database file into a fresh one.

SQLite's own `.recover` is a command of the shell, not of the library, so this does the part
Paydesk needs: for each of its tables, every row SQLite can still read, in rowid order; past a
damaged page, the scan jumps ahead (rowid seeks touch only the pages on their way) and goes on.
Rows go into the fresh database through its constraints, so a garbled row is left out rather than
carried over. The damaged file itself is only read.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.store.database import Database

log = logging.getLogger(__name__)

TABLES: tuple[str, ...] = (
    "records",
    "drafts",
    "reference_counters",
    "subscription_cache",
    "watch_cursors",
    "watch_checks",
    "watch_payments",
    "batches",
    "batch_rows",
    "batch_mappings",
)
"""Paydesk's tables, in the order their rows are copied."""

_MAGIC = b"SQLite format 3\x00"
_MAX_ROWID = 2**63 - 1
_MAX_PROBES = 64


def salvage(source: Path, target: Database) -> int:
    """Copy the readable rows of `source` (a damaged Paydesk database) into `target`; returns
    how many were kept. Never raises for what it finds in `source`, and never changes it: the
    rows are read from a private copy (with its write-ahead log, if one was moved along)."""
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=target.path.parent) as scratch:
        copy = Path(scratch) / "damaged.sqlite3"
        try:
            shutil.copyfile(source, copy)
            wal = source.with_name(source.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            _fit_header_to_file(copy)
            conn = sqlite3.connect(copy)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except (OSError, sqlite3.Error) as exc:
            log.warning("%s cannot be opened to recover rows from it: %s", source, exc)
            return 0
        kept = 0
        try:
            for table in TABLES:
                kept += _copy_table(conn, table, target)
        finally:
            conn.close()
    return kept


def _fit_header_to_file(path: Path) -> None:
    """A truncated file still claims its old page count, and SQLite then refuses even its first
    page: make the header claim the pages that are there (whole pages; a torn last one is
    padded and read as damaged)."""
    with path.open("r+b") as stream:
        header = stream.read(100)
        if len(header) < 100 or not header.startswith(_MAGIC):
            return
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512 or page_size & (page_size - 1):
            return
        size = stream.seek(0, 2)
        pages = -(-size // page_size)
        if size % page_size:
            stream.write(bytes(pages * page_size - size))
        if int.from_bytes(header[28:32], "big") > pages:
            stream.seek(28)
            stream.write(pages.to_bytes(4, "big"))


def _copy_table(conn: sqlite3.Connection, table: str, target: Database) -> int:
    try:
        source_columns = {str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.Error as exc:
        log.warning("table %s cannot be read: %s", table, exc)
        return 0
    with target.read() as fresh:
        target_columns = [str(row[1]) for row in fresh.execute(f'PRAGMA table_info("{table}")')]
    columns = [c for c in target_columns if c in source_columns]
    if not columns:
        return 0
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    kept = 0
    with target.transaction() as fresh:
        for row in _readable_rows(conn, table, names):
            try:
                kept += fresh.execute(insert, row).rowcount
            except sqlite3.Error as exc:  # a garbled row fails a constraint: leave it out
                log.info("a row of %s was not kept: %s", table, exc)
    return kept


def _readable_rows(
    conn: sqlite3.Connection, table: str, names: str
) -> Iterator[tuple[object, ...]]:
    scan = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid'
    after = -_MAX_ROWID - 1
    gap = 1
    while True:
        progressed = False
        try:
            for row in conn.execute(scan, (after,)):
                rowid = row[0]
                if not isinstance(rowid, int) or rowid <= after:
                    # A garbled page can hand out rows out of order: it is damage too, and
                    # following it could go round in circles.
                    raise sqlite3.DatabaseError(f"rowid {rowid!r} out of order")
                after = rowid
                progressed = True
                yield tuple(row[1:])
            return
        except sqlite3.Error as exc:
            log.info("%s: unreadable after rowid %d: %s", table, after, exc)
        # A scan that failed at once, again: the row right after `after` is the damaged one.
        gap = 1 if progressed else gap * 2
        resume = _next_readable(conn, table, after, gap)
        if resume is None:
            return
        after = resume - 1


def _next_readable(conn: sqlite3.Connection, table: str, after: int, gap: int) -> int | None:
    """The first rowid SQLite can seek to beyond a damaged stretch, probing ever further."""
    probe = f'SELECT rowid FROM "{table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1'
    step = gap
    for _ in range(_MAX_PROBES):
        start = after + step
        if start > _MAX_ROWID:
            return None
        try:
            row = conn.execute(probe, (start,)).fetchone()
        except sqlite3.Error:
            step *= 2
            continue
        return None if row is None else int(row[0])
    return None

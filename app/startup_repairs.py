"""Damaged files found at start: moved aside, what could be read kept, the user told once.

Paydesk starts on anything: a damaged preferences file, profile file or database is renamed to
``<name>.broken-<time>`` beside where it was (never deleted: the user or support may want it),
the app carries on without it, and one sentence per file says in the window what happened and
where the file went (`StartupRepairs.notes`). The log keeps the same sentences in English.
Qt-free: the composition root (`app.application`) runs these before the window exists.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, Sentence
from app.settings.atomic import move_aside
from app.settings.profiles import ProfileProblem
from app.store.database import DamagedDatabaseError, Database, open_database
from app.store.salvage import salvage

log = logging.getLogger(__name__)

CONTEXT = "StartupRepairs"

_SQLITE_SIDE_FILES = ("-wal", "-shm")


class StartupRepairs:
    """Collects what was repaired at start; `notes` are the sentences for the window."""

    def __init__(self) -> None:
        self.notes: list[Sentence] = []

    def note(self, template: str, *values: object) -> None:
        sentence = Sentence(CONTEXT, template, values)
        log.warning("%s", sentence.english)
        self.notes.append(sentence)

    # -- the database ---------------------------------------------------------------------------

    def open_database(self, path: Path) -> Database:
        """The store at `path`; a damaged one is set aside and its readable rows carried over
        into a fresh one."""
        try:
            return open_database(path)
        except DamagedDatabaseError as exc:
            log.warning("%s", exc)
        aside = move_aside(path)
        _move_side_files(path, aside)
        db = open_database(path)
        kept = salvage(aside, db)
        if kept:
            self.note(
                QT_TRANSLATE_NOOP(
                    "StartupRepairs",
                    "The local database was damaged and has been moved aside to %s; the %d "
                    "entries that could still be read were kept.",
                ),
                aside,
                kept,
            )
        else:
            self.note(
                QT_TRANSLATE_NOOP(
                    "StartupRepairs",
                    "The local database was damaged and has been moved aside to %s; nothing in "
                    "it could be read, so Paydesk starts with an empty one.",
                ),
                aside,
            )
        return db

    # -- settings files -------------------------------------------------------------------------

    def preferences_moved(self, moved_to: Iterable[Path]) -> None:
        for target in moved_to:
            self.note(
                QT_TRANSLATE_NOOP(
                    "StartupRepairs",
                    "The preferences file was damaged and has been moved aside to %s; Paydesk "
                    "starts with the default preferences.",
                ),
                target,
            )

    def profiles_moved(self, problems: Iterable[ProfileProblem]) -> None:
        """Profile files moved aside (why is in Manage instances, which lists the problems)."""
        for problem in problems:
            if problem.moved_to is None:
                continue  # left in place (a newer Paydesk's file, or unreadable): not repaired
            self.note(
                QT_TRANSLATE_NOOP(
                    "StartupRepairs",
                    "The instance file %s could not be used and has been moved aside to %s; "
                    "Manage instances says why.",
                ),
                problem.path.name,
                problem.moved_to,
            )


def _move_side_files(path: Path, aside: Path) -> None:
    """The write-ahead log belongs to its database: it goes with it, or a fresh file at `path`
    would read the old one's pages. The shared-memory index is rebuilt from it, so it goes."""
    for suffix in _SQLITE_SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if not side.exists():
            continue
        if suffix == "-wal":
            side.rename(aside.with_name(aside.name + suffix))
        else:
            with contextlib.suppress(FileNotFoundError):
                side.unlink()

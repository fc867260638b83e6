"""Fixtures for batches: the controller wired to a fresh store and the sandbox."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.models.batch_controller import BatchController
from app.models.rate_budget import RateBudgets
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.sandbox import Sandbox
from app.settings.demo import demo_profile
from app.store.batches import BatchStore
from app.store.database import Database
from app.store.records import RecordStore
from app.store.references import ReferenceCounter


@pytest.fixture
def session(sandbox: Sandbox) -> Iterator[ProfileSession]:
    # A budget that does not slow the tests down; bench_batch.py measures the pace.
    profile = dataclasses.replace(demo_profile(sandbox.base_url), rate_budget=100_000)
    opened = ProfileSession.open(profile, sandbox.secret, timeouts=(2, 3))
    yield opened
    opened.close()


ControllerFactory = Callable[..., BatchController]


@pytest.fixture
def make_controller(runner: TaskRunner, db: Database) -> ControllerFactory:
    def make(session: ProfileSession | None, **kwargs: object) -> BatchController:
        records = RecordStore(db)
        controller = BatchController(
            runner,
            records,
            BatchStore(db, records),
            ReferenceCounter(db),
            RateBudgets(),
            **kwargs,  # type: ignore[arg-type]
        )
        controller.set_session(session)
        return controller

    return make


def members_csv(path: Path, count: int, *, bad: set[int] = frozenset(), prefix: str = "M") -> Path:  # type: ignore[assignment]
    """A semicolon file as Excel writes it in Switzerland: BOM, Windows line ends, German
    headers; rows in ``bad`` carry an amount the form refuses."""
    lines = ["Titel;Vorname;Name;E-Mail;Betrag;Referenz;Sprache"]
    for n in range(count):
        amount = "zwölf" if n in bad else f"{100 + n % 7}.50"
        lines.append(
            f"Jahresbeitrag;Anna;Müller {n};anna{n}@example.ch;{amount};{prefix}-{n:04d};de"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path

"""Fixtures for the payment watcher: a store in tmp_path, the runner, a sandbox session, a fake
clock for both its timers and its wall time, and paylinks made the way the forms make them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from app.api import invoices, pages
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.watcher import PaymentWatcher
from app.store.database import Database
from app.store.records import Record, RecordStore
from app.store.watch import WatchStore

if TYPE_CHECKING:
    from tests.conftest import FakeClock  # the root `clock` fixture's type


@pytest.fixture
def watch(db: Database, clock: FakeClock) -> WatchStore:
    return WatchStore(db, clock=clock.utc)


@pytest.fixture
def make_watcher(
    runner: TaskRunner, records: RecordStore, watch: WatchStore, clock: FakeClock
) -> Iterator[Any]:
    made: list[PaymentWatcher] = []

    def make(**kwargs: Any) -> PaymentWatcher:
        kwargs.setdefault("heartbeat_ms", 60_000)  # the tests tick by hand
        watcher = PaymentWatcher(runner, records, watch, clock=clock, now=clock.utc, **kwargs)
        made.append(watcher)
        return watcher

    yield make
    for watcher in made:
        watcher.set_session(None)


@dataclass
class Maker:
    """Creates paylinks on the sandbox and records them the way the forms do."""

    session: ProfileSession
    records: RecordStore

    def __call__(
        self,
        title: str,
        amount: int = 12550,
        *,
        kind: str = "invoice",
        reference: str = "INV-1",
        extra: dict[str, Any] | None = None,
    ) -> Record:
        params: dict[str, Any] = {
            "title": title,
            "amount": amount,
            "currency": "CHF",
            "referenceId": reference,
            **(extra or {}),
        }
        record_id = self.records.begin(
            self.session.profile_id, kind, title, reference, amount, "CHF", "", params
        )
        create = invoices.create if kind == "invoice" else pages.create
        paylink = create(self.session.client, params)
        assert paylink.id is not None
        self.records.settle_created(
            record_id, paylink.id, paylink.hash, paylink.link, paylink.status
        )
        record = self.records.get(record_id)
        assert record is not None
        return record


@pytest.fixture
def make_paylink(session: ProfileSession, records: RecordStore) -> Maker:
    return Maker(session, records)

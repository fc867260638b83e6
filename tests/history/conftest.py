"""Fixtures for History: a store in tmp_path, the runner, the sandbox session, paylinks in it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from app.api import invoices, pages
from app.models.history_controller import HistoryController
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.store.records import Record, RecordStore


@pytest.fixture
def controller(runner: TaskRunner, records: RecordStore) -> HistoryController:
    return HistoryController(runner, records)


@dataclass
class Maker:
    """Creates paylinks and pages on the sandbox and records them the way the forms do."""

    session: ProfileSession
    records: RecordStore

    def __call__(
        self,
        title: str,
        amount: int = 12550,
        *,
        kind: str = "invoice",
        reference: str = "INV-1",
        customer: str = "",
        currency: str = "CHF",
    ) -> Record:
        params: dict[str, Any] = {
            "title": title,
            "amount": amount,
            "currency": currency,
            "referenceId": reference,
        }
        record_id = self.records.begin(
            self.session.profile_id, kind, title, reference, amount, currency, customer, params
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


Begin = Callable[..., int]


@pytest.fixture
def begin(records: RecordStore) -> Begin:
    """A local row only (no request), for the states that never reached the server."""

    def make(
        title: str,
        amount: int = 1000,
        *,
        profile_id: str = "demo",
        kind: str = "invoice",
        reference: str = "R-1",
        customer: str = "",
        currency: str = "CHF",
    ) -> int:
        params = {"title": title, "amount": amount, "currency": currency}
        return records.begin(profile_id, kind, title, reference, amount, currency, customer, params)

    return make


UseLocale = Callable[[str], None]
"""The root conftest's `ui_locale` fixture."""

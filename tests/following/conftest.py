"""Fixtures for Needs attention and Payments: the runner, a store in tmp_path, a session on the
sandbox (seeded with the Demo's payments: live and test, refunds, declines), and records made
the way the forms make them, at a chosen time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from app.api import invoices
from app.models.session import ProfileSession
from app.store.database import Database
from app.store.records import Record, RecordStore

MakeRecord = Callable[..., Record]


@pytest.fixture
def make_record(db: Database, session: ProfileSession) -> MakeRecord:
    """A paylink created on the sandbox and recorded as the form records it, ``at`` a given time
    (the store's clock); ``state="unknown"`` stops after sending (no answer came)."""

    def make(
        title: str,
        *,
        at: datetime,
        amount: int = 5000,
        reference: str = "R-1",
        expiry: str | None = None,
        state: str = "created",
    ) -> Record:
        store = RecordStore(db, clock=lambda: at.astimezone(UTC))
        params: dict[str, Any] = {
            "title": title,
            "amount": amount,
            "currency": "CHF",
            "referenceId": reference,
        }
        if expiry:
            params["expirationDate"] = expiry
        record_id = store.begin(
            session.profile_id, "invoice", title, reference, amount, "CHF", "", params
        )
        if state == "unknown":
            store.settle_unknown(record_id, "read timed out")
        else:
            paylink = invoices.create(session.client, params)
            assert paylink.id is not None
            store.settle_created(record_id, paylink.id, paylink.hash, paylink.link, paylink.status)
        record = store.get(record_id)
        assert record is not None
        return record

    return make

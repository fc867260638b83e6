"""Settling creates in doubt in the store, and the guards that keep late answers out."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from app.store import Database, InvalidTransition, RecordState, RecordStore
from app.store.records import NOT_CREATED_NOTE

from .test_records import begin

if TYPE_CHECKING:
    from .conftest import StoreClock


@pytest.fixture
def store(db: Database, store_clock: StoreClock) -> RecordStore:
    return RecordStore(db, clock=store_clock)


def created(store: RecordStore, **overrides: object) -> int:
    record_id = begin(store, **overrides)
    store.settle_created(record_id, 7, "h", "https://shop.example/?payment=h", "waiting")
    return record_id


def test_updated_at_strictly_grows_even_when_the_clock_stands_still(store: RecordStore) -> None:
    record_id = created(store)  # the fake clock does not move
    stamps = []
    for status in ("waiting", "confirmed", "confirmed"):
        store.update_remote_status(record_id, status)
        record = store.get(record_id)
        assert record is not None
        stamps.append(record.updated_at)
    assert stamps == sorted(set(stamps))


def test_a_late_status_is_dropped_and_deleted_stays_deleted(
    store: RecordStore, store_clock: StoreClock
) -> None:
    record_id = created(store)
    record = store.get(record_id)
    assert record is not None
    seen = record.updated_at  # a GET starts here
    assert store.update_remote_status(record_id, "confirmed")  # something newer lands first
    assert not store.update_remote_status(record_id, "waiting", seen=seen)
    assert store.get(record_id).remote_status == "confirmed"  # type: ignore[union-attr]
    assert store.mark_remote_deleted(record_id)
    assert not store.update_remote_status(record_id, "waiting")  # even without `seen`
    assert store.get(record_id).remote_deleted  # type: ignore[union-attr]


def test_abandon_only_an_unknown_row(store: RecordStore) -> None:
    record_id = begin(store)
    with pytest.raises(InvalidTransition):
        store.abandon(record_id)  # still sending
    store.settle_unknown(record_id, "no answer")
    store.abandon(record_id)
    record = store.get(record_id)
    assert record is not None
    assert (record.state, record.error) == (RecordState.FAILED, NOT_CREATED_NOTE)
    with pytest.raises(InvalidTransition):
        store.abandon(record_id)  # twice: the second finds it settled
    with pytest.raises(InvalidTransition):
        store.settle_created(record_id, 1, None, None, None)  # never backwards


def test_unresolved_is_the_newest_unknown_of_profile_and_kind(
    store: RecordStore, store_clock: StoreClock
) -> None:
    old = begin(store, reference_id="INV-1")
    store.settle_unknown(old, "x")
    store_clock.advance()
    new = begin(store, reference_id="INV-2")
    store.settle_unknown(new, "x")
    page = begin(store, kind="page")
    store.settle_unknown(page, "x")
    assert store.unresolved("shop", "invoice").id == new  # type: ignore[union-attr]
    assert store.unresolved("shop", "page").id == page  # type: ignore[union-attr]
    assert store.unresolved("other", "invoice") is None
    store.abandon(new)
    assert store.unresolved("shop", "invoice").id == old  # type: ignore[union-attr]


def test_settle_by_reference_takes_exactly_one_open_row(
    store: RecordStore, store_clock: StoreClock
) -> None:
    one = begin(store, reference_id="INV-5")
    store.settle_unknown(one, "x")
    paid_at = store_clock.now + timedelta(minutes=1)
    assert store.settle_by_reference("other", "INV-5", paid_at=paid_at) is None
    assert store.settle_by_reference("shop", "", paid_at=paid_at) is None
    # A payment older than the row cannot be its payment.
    assert (
        store.settle_by_reference("shop", "INV-5", paid_at=store_clock.now - timedelta(days=1))
        is None
    )
    settled = store.settle_by_reference("shop", "INV-5", paid_at=paid_at, remote_status="confirmed")
    assert settled is not None
    assert (settled.id, settled.state, settled.remote_status) == (
        one,
        RecordState.CREATED,
        "confirmed",
    )
    # Two open rows with one reference: ambiguous, both stay open for the user.
    a, b = begin(store, reference_id="INV-6"), begin(store, reference_id="INV-6")
    store.settle_unknown(a, "x")
    store.settle_unknown(b, "x")
    assert store.settle_by_reference("shop", "INV-6", paid_at=paid_at) is None
    assert {store.get(a).state, store.get(b).state} == {RecordState.UNKNOWN}  # type: ignore[union-attr]


def test_recover_interrupted_records_returns_the_rows(store: RecordStore) -> None:
    sending = begin(store)
    done = created(store)
    [record] = store.recover_interrupted_records()
    assert (record.id, record.state) == (sending, RecordState.UNKNOWN)
    assert store.recover_interrupted_records() == []
    assert store.get(done).state is RecordState.CREATED  # type: ignore[union-attr]

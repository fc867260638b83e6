from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from app.store import (
    Database,
    InvalidTransition,
    RecordKind,
    RecordNotFound,
    RecordState,
    RecordStore,
    open_database,
)
from app.store.records import INTERRUPTED_NOTE

if TYPE_CHECKING:
    from .conftest import StoreClock

REPO_ROOT = Path(__file__).resolve().parents[2]
PARAMS: dict[str, Any] = {"title": "Beitrag", "amount": 123450, "currency": "CHF", "vatRate": None}


def begin(store: RecordStore, profile_id: str = "shop", **overrides: Any) -> int:
    args: dict[str, Any] = {
        "profile_id": profile_id,
        "kind": "invoice",
        "title": "Jahresbeitrag",
        "reference_id": "INV-0001",
        "amount_minor": 123450,
        "currency": "CHF",
        "customer": "Anna Muster <anna@example.com>",
        "params": PARAMS,
    }
    args.update(overrides)
    return store.begin(**args)


@pytest.fixture
def store(db: Database, store_clock: StoreClock) -> RecordStore:
    return RecordStore(db, clock=store_clock)


def test_begin_is_committed_as_sending_before_it_returns(
    store: RecordStore, db_path: Path, store_clock: StoreClock
) -> None:
    record_id = begin(store)
    # Another connection (another process, after a crash) already sees the row.
    other = sqlite3.connect(db_path)
    try:
        state = other.execute("SELECT state FROM records WHERE id = ?", (record_id,)).fetchone()
    finally:
        other.close()
    assert state == ("sending",)

    record = store.get(record_id)
    assert record is not None
    assert record.state is RecordState.SENDING
    assert record.kind is RecordKind.INVOICE
    assert record.kind == "invoice"
    assert (record.profile_id, record.title, record.reference_id) == (
        "shop",
        "Jahresbeitrag",
        "INV-0001",
    )
    assert (record.amount_minor, record.currency) == (123450, "CHF")
    assert record.customer == "Anna Muster <anna@example.com>"
    assert record.params == PARAMS
    assert (record.remote_id, record.hash, record.link, record.remote_status) == (None,) * 4
    assert record.error is None
    assert record.created_at == record.updated_at == store_clock.now
    assert record.created_at.tzinfo == UTC


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("kind", "paylink", ValueError),
        ("amount_minor", 12.5, TypeError),
        ("amount_minor", True, TypeError),
        ("params", {"amount": float("nan")}, ValueError),
        ("params", {"amount": object()}, TypeError),
    ],
)
def test_begin_refuses_bad_input_and_writes_nothing(
    store: RecordStore, field: str, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        begin(store, **{field: value})
    assert store.list() == []


def test_sending_to_created(store: RecordStore, store_clock: StoreClock) -> None:
    record_id = begin(store, kind="page")
    store_clock.advance()
    link = "https://shop.example.com/?payment=abc123"
    store.settle_created(record_id, 42, "abc123", link, "waiting")
    record = store.get(record_id)
    assert record is not None
    assert record.state is RecordState.CREATED
    assert record.kind is RecordKind.PAGE
    assert (record.remote_id, record.hash, record.link, record.remote_status) == (
        42,
        "abc123",
        link,
        "waiting",
    )
    assert record.error is None
    assert record.updated_at == store_clock.now > record.created_at


def test_sending_to_failed(store: RecordStore) -> None:
    record_id = begin(store)
    store.settle_failed(record_id, "The API refused the amount.")
    record = store.get(record_id)
    assert record is not None
    assert record.state is RecordState.FAILED
    assert record.error == "The API refused the amount."
    assert record.remote_id is None


def test_sending_to_unknown_then_resolved_by_hand(store: RecordStore) -> None:
    record_id = begin(store)
    store.settle_unknown(record_id, "timed out after 30 s")
    record = store.get(record_id)
    assert record is not None
    assert (record.state, record.error) == (RecordState.UNKNOWN, "timed out after 30 s")

    store.settle_created(record_id, 7, "h", "https://x.example/?payment=h", None)
    record = store.get(record_id)
    assert record is not None
    assert (record.state, record.error, record.remote_id) == (RecordState.CREATED, None, 7)


def test_unknown_can_also_be_resolved_as_failed(store: RecordStore) -> None:
    record_id = begin(store)
    store.settle_unknown(record_id, "connection dropped")
    store.settle_failed(record_id, "not on the server")
    record = store.get(record_id)
    assert record is not None
    assert (record.state, record.error) == (RecordState.FAILED, "not on the server")


def _settle(store: RecordStore, record_id: int, target: RecordState) -> None:
    if target is RecordState.CREATED:
        store.settle_created(record_id, 1, "h", "https://x.example", "waiting")
    elif target is RecordState.FAILED:
        store.settle_failed(record_id, "error")
    else:
        store.settle_unknown(record_id, "detail")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (RecordState.CREATED, RecordState.CREATED),
        (RecordState.CREATED, RecordState.FAILED),
        (RecordState.CREATED, RecordState.UNKNOWN),
        (RecordState.FAILED, RecordState.CREATED),
        (RecordState.FAILED, RecordState.FAILED),
        (RecordState.FAILED, RecordState.UNKNOWN),
        (RecordState.UNKNOWN, RecordState.UNKNOWN),
    ],
)
def test_settled_records_refuse_other_transitions(
    store: RecordStore, first: RecordState, second: RecordState
) -> None:
    record_id = begin(store)
    _settle(store, record_id, first)
    before = store.get(record_id)
    with pytest.raises(InvalidTransition):
        _settle(store, record_id, second)
    assert store.get(record_id) == before


@pytest.mark.parametrize("target", [RecordState.CREATED, RecordState.FAILED, RecordState.UNKNOWN])
def test_settling_a_missing_record_raises(store: RecordStore, target: RecordState) -> None:
    with pytest.raises(RecordNotFound):
        _settle(store, 999, target)


def test_remote_status_updates_and_remote_delete(
    store: RecordStore, store_clock: StoreClock
) -> None:
    record_id = begin(store)
    store.settle_created(record_id, 5, "h", "https://x.example", "waiting")
    store_clock.advance()
    assert store.update_remote_status(record_id, "confirmed") is True
    record = store.get(record_id)
    assert record is not None
    assert (record.remote_status, record.remote_deleted) == ("confirmed", False)
    assert record.updated_at == store_clock.now

    assert store.mark_remote_deleted(record_id) is True
    record = store.get(record_id)
    assert record is not None
    assert record.remote_deleted
    assert record.state is RecordState.CREATED  # the local history keeps it


@pytest.mark.parametrize("state", [RecordState.SENDING, RecordState.FAILED, RecordState.UNKNOWN])
def test_remote_status_needs_a_created_record(store: RecordStore, state: RecordState) -> None:
    record_id = begin(store)
    if state is not RecordState.SENDING:
        _settle(store, record_id, state)
    with pytest.raises(InvalidTransition):
        store.update_remote_status(record_id, "confirmed")
    with pytest.raises(InvalidTransition):
        store.mark_remote_deleted(record_id)


def test_remote_status_for_a_locally_deleted_record_is_ignored(store: RecordStore) -> None:
    assert store.update_remote_status(999, "confirmed") is False
    assert store.mark_remote_deleted(999) is False


def test_recover_interrupted_turns_only_sending_into_unknown(store: RecordStore) -> None:
    sending_a = begin(store)
    sending_b = begin(store, profile_id="club")
    created = begin(store)
    store.settle_created(created, 1, "h", "https://x.example", "waiting")
    failed = begin(store)
    store.settle_failed(failed, "no")

    assert store.recover_interrupted() == 2
    assert store.recover_interrupted() == 0
    states = {r.id: (r.state, r.error) for r in store.list()}
    assert states[sending_a] == (RecordState.UNKNOWN, INTERRUPTED_NOTE)
    assert states[sending_b] == (RecordState.UNKNOWN, INTERRUPTED_NOTE)
    assert states[created] == (RecordState.CREATED, None)
    assert states[failed] == (RecordState.FAILED, "no")


def test_list_is_newest_first_per_profile_or_all(
    store: RecordStore, store_clock: StoreClock
) -> None:
    ids = []
    for profile_id in ("shop", "club", "shop", "club"):
        ids.append(begin(store, profile_id=profile_id))
        store_clock.advance()
    assert [r.id for r in store.list()] == ids[::-1]
    assert [r.id for r in store.list("shop")] == [ids[2], ids[0]]
    assert [r.id for r in store.list("club")] == [ids[3], ids[1]]
    assert store.list("nobody") == []


def test_same_timestamp_still_lists_newest_first(store: RecordStore) -> None:
    ids = [begin(store) for _ in range(3)]
    assert [r.id for r in store.list()] == ids[::-1]


def test_delete_local(store: RecordStore) -> None:
    record_id = begin(store)
    with pytest.raises(InvalidTransition, match="still being sent"):
        store.delete_local(record_id)
    store.settle_failed(record_id, "no")
    assert store.delete_local(record_id) is True
    assert store.get(record_id) is None
    assert store.delete_local(record_id) is False
    # ids are never reused, so a late answer cannot land on another row
    assert begin(store) > record_id


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_process_killed_while_sending_leaves_sending_then_unknown(db_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from app.store import RecordStore, open_database

        store = RecordStore(open_database(Path({str(db_path)!r})))
        record_id = store.begin("shop", "invoice", "Killed", "INV-0009", 500, "CHF",
                                "anna@example.com", {{"amount": 500}})
        print(record_id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    record_id = int(result.stdout.strip())

    with open_database(db_path) as db:
        store = RecordStore(db)
        record = store.get(record_id)
        assert record is not None
        assert (record.state, record.title, record.params) == (
            RecordState.SENDING,
            "Killed",
            {"amount": 500},
        )
        assert store.recover_interrupted() == 1
        record = store.get(record_id)
        assert record is not None
        assert (record.state, record.error) == (RecordState.UNKNOWN, INTERRUPTED_NOTE)


def _write_concurrently(stores: list[RecordStore], per_thread: int) -> list[int]:
    start = threading.Barrier(len(stores))
    ids: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(store: RecordStore, n: int) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                record_id = begin(store, profile_id=f"p{n}", reference_id=f"R{n}-{i}")
                store.settle_created(record_id, i, "h", "https://x.example", "waiting")
                with lock:
                    ids.append(record_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s, n)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    return ids


def test_two_threads_sharing_one_database_lose_no_rows(store: RecordStore) -> None:
    ids = _write_concurrently([store, store], per_thread=200)
    assert len(set(ids)) == 400
    records = store.list()
    assert {r.id for r in records} == set(ids)
    assert all(r.state is RecordState.CREATED for r in records)
    assert {r.reference_id for r in records} == {f"R{n}-{i}" for n in (0, 1) for i in range(200)}


def test_two_connections_in_two_threads_lose_no_rows(db_path: Path) -> None:
    with open_database(db_path) as first, open_database(db_path) as second:
        ids = _write_concurrently([RecordStore(first), RecordStore(second)], per_thread=100)
        assert len(set(ids)) == 200
        assert {r.id for r in RecordStore(first).list()} == set(ids)


def _created(store: RecordStore, profile_id: str, link: str, remote_id: int = 7) -> int:
    record_id = begin(store, profile_id)
    store.settle_created(record_id, remote_id, "abc", link, "waiting")
    return record_id


def test_rewrite_links_moves_only_that_profiles_links_of_that_address(
    store: RecordStore,
) -> None:
    demo = _created(store, "demo", "http://127.0.0.1:40001/pay/abc")
    other_port = _created(store, "demo", "http://127.0.0.1:400011/pay/def")
    shop = _created(store, "shop", "http://127.0.0.1:40001/pay/abc")
    sending = begin(store, "demo")
    before = store.get(demo)
    assert store.rewrite_links("demo", "http://127.0.0.1:40001", "http://127.0.0.1:5000") == 1
    after = store.get(demo)
    assert after is not None and before is not None
    assert after.link == "http://127.0.0.1:5000/pay/abc"
    assert after.updated_at == before.updated_at  # not a change of the row's state
    assert (store.get(other_port) or after).link == "http://127.0.0.1:400011/pay/def"
    assert (store.get(shop) or after).link == "http://127.0.0.1:40001/pay/abc"
    assert (store.get(sending) or after).link is None


def test_delete_profile_keeps_other_profiles_and_rows_being_sent(store: RecordStore) -> None:
    _created(store, "demo", "http://127.0.0.1:1/pay/a")
    failed = begin(store, "demo")
    store.settle_failed(failed, "no")
    sending = begin(store, "demo")
    shop = _created(store, "shop", "https://x.example/?payment=a")
    assert store.count("demo") == 3
    assert store.delete_profile("demo") == 2
    assert [r.id for r in store.list("demo")] == [sending]
    assert store.get(shop) is not None

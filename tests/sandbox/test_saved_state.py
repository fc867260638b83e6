"""The Demo's sandbox keeps its objects between runs: written after each change, read at start,
a damaged file moved aside and the seed used instead."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from app.sandbox import Sandbox
from app.sandbox.saved import StateDamaged, restore, to_bytes
from app.sandbox.state import SandboxState
from app.settings.demo import DemoStateFile
from tests.conftest import SANDBOX_SECRET as SECRET
from tests.sandbox.conftest import Wire

TODAY = date(2026, 3, 14)


def _sandbox(store: DemoStateFile) -> Sandbox:
    return Sandbox(instance="demo", secret=SECRET, today=TODAY, store=store)


def test_the_seed_survives_a_round_trip_unchanged() -> None:
    seeded = Sandbox(secret=SECRET, today=TODAY).state
    copy = SandboxState()
    restore(copy, to_bytes(seeded))
    assert to_bytes(copy) == to_bytes(seeded)
    assert copy.next_ids() == seeded.next_ids()
    assert copy.invoices == seeded.invoices and copy.subscriptions == seeded.subscriptions
    assert copy.transactions == seeded.transactions and copy.contacts == seeded.contacts


def test_what_a_client_did_is_there_after_a_restart(tmp_path: Path, invoice: dict) -> None:
    store = DemoStateFile(tmp_path)
    with _sandbox(store) as first:
        wire = Wire(first.base_url, SECRET)
        # PHP sends maps with int keys (purpose per language id) and nested field maps.
        created = wire.send(
            "POST", "Invoice", {**invoice, "purpose": {1: "Velo", 2: "Vélo"}}
        ).json()["data"][0]
        subscription_id = next(iter(first.state.subscriptions))
        assert wire.send("DELETE", "Subscription", {}, subscription_id).status_code == 200
        first.pay(created["link"])
        token = wire.send("POST", "AuthToken", {"userId": next(iter(first.state.contacts))}).json()[
            "data"
        ][0]
        before = to_bytes(first.state)
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600

    with _sandbox(store) as second:
        wire = Wire(second.base_url, SECRET)
        answer = wire.get("Invoice", {}, created["id"]).json()["data"][0]
        assert answer["status"] == "confirmed"
        subscription = wire.get("Subscription", {}, subscription_id).json()["data"][0]
        assert subscription["status"] == "cancelled"
        assert token["authToken"] in second.state.auth_tokens
        assert to_bytes(second.state) == before
        # New ids go on from where the last run stopped: never a second object with one id.
        again = wire.send("POST", "Invoice", invoice).json()["data"][0]
        assert again["id"] == created["id"] + 1
        # The link works on this run's port.
        assert (
            requests.get(f"{second.base_url}/pay/{created['hash']}", timeout=5).status_code == 200
        )


def test_changes_are_written_shortly_after_not_only_at_stop(
    qtbot: QtBot, tmp_path: Path, invoice: dict
) -> None:
    store = DemoStateFile(tmp_path)
    with _sandbox(store) as running:
        qtbot.waitUntil(lambda: store.read() is not None, timeout=5000)  # the saver thread's seed
        seeded = store.read()
        assert seeded is not None
        Wire(running.base_url, SECRET).send("POST", "Invoice", invoice)
        qtbot.waitUntil(lambda: store.read() != seeded, timeout=5000)
        copy = SandboxState()
        restore(copy, store.read() or b"")
        assert any(p.title == "Reparatur Velo" for p in copy.invoices.values())


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b"\xff\xfe",
        b"[]",
        b'{"schema": 99}',
        b'{"schema": 1, "next_ids": {}, "invoices": [{"$object": "Nope", "fields": {}}]}',
        b'{"schema": 1, "next_ids": {}, "invoices": [], "pages": [], "contacts": [], '
        b'"subscriptions": [], "transactions": [{"$date": "2026-13-45"}], "auth_tokens": []}',
        b"[" * 100_000,
    ],
    ids=["empty", "not-json", "not-utf8", "list", "newer", "unknown-class", "bad-date", "deep"],
)
def test_a_damaged_state_is_moved_aside_and_the_seed_used(tmp_path: Path, damage: bytes) -> None:
    store = DemoStateFile(tmp_path)
    store.path.write_bytes(damage)
    with _sandbox(store) as sandbox:
        assert sandbox.moved_aside is not None
        moved = Path(sandbox.moved_aside)
        assert moved.read_bytes() == damage  # kept for the user, never overwritten
        assert len(sandbox.state.invoices) > 0  # the seed
    restored = SandboxState()
    restore(restored, store.read() or b"")  # a readable state was written in its place
    assert restored.invoices.keys() == sandbox.state.invoices.keys()


def test_a_failed_restore_leaves_the_state_as_it_was() -> None:
    state = SandboxState()
    state.add_contact(firstname="A", lastname="B", email="a@b.example")
    with pytest.raises(StateDamaged):
        restore(state, b'{"schema": 1, "next_ids": {}}')
    assert len(state.contacts) == 1


def test_reset_goes_back_to_the_seed_and_is_saved(tmp_path: Path, invoice: dict) -> None:
    store = DemoStateFile(tmp_path)
    with _sandbox(store) as sandbox:
        seeded = to_bytes(sandbox.state)
        wire = Wire(sandbox.base_url, SECRET)
        created = wire.send("POST", "Invoice", invoice).json()["data"][0]
        sandbox.reset(TODAY)
        assert to_bytes(sandbox.state) == seeded
        assert wire.get("Invoice", {}, created["id"]).status_code == 404
    restored = SandboxState()
    restore(restored, store.read() or b"")
    assert to_bytes(restored) == seeded

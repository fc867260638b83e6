from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.store import ReferenceCounter, open_database

if TYPE_CHECKING:
    from .conftest import StoreClock


def test_peek_does_not_use_a_number_take_does(db_path: Path) -> None:
    with open_database(db_path) as db:
        refs = ReferenceCounter(db)
        assert refs.peek("shop", "INV-") == "INV-0001"
        assert refs.peek("shop", "INV-") == "INV-0001"
        assert refs.next_reference("shop", "INV-") == "INV-0001"
        assert refs.take("shop", "INV-") == "INV-0001"
        assert refs.peek("shop", "INV-") == "INV-0002"
        assert refs.next_reference("shop", "INV-", take=True) == "INV-0002"
        assert refs.take("shop", "INV-") == "INV-0003"


def test_counter_is_per_profile_and_prefix_and_survives_reopen(db_path: Path) -> None:
    with open_database(db_path) as db:
        refs = ReferenceCounter(db)
        refs.take("shop", "INV-")
        refs.take("shop", "INV-")
        refs.take("shop", "PG-")
        assert refs.take("club", "INV-") == "INV-0001"
    with open_database(db_path) as db:
        refs = ReferenceCounter(db)
        assert refs.take("shop", "INV-") == "INV-0003"
        assert refs.peek("shop", "PG-") == "PG-0002"
        assert refs.peek("club", "INV-") == "INV-0002"


def test_year_placeholder_restarts_each_year(db_path: Path, store_clock: StoreClock) -> None:
    store_clock.now = datetime(2026, 6, 1, tzinfo=UTC)
    with open_database(db_path) as db:
        refs = ReferenceCounter(db, clock=store_clock)
        assert refs.take("shop", "INV-{year}-") == "INV-2026-0001"
        assert refs.take("shop", "INV-{year}-") == "INV-2026-0002"
        store_clock.now = datetime(2027, 6, 1, tzinfo=UTC)
        assert refs.take("shop", "INV-{year}-") == "INV-2027-0001"


def test_claim_moves_past_a_typed_reference_only_forward(db_path: Path) -> None:
    with open_database(db_path) as db:
        refs = ReferenceCounter(db)
        refs.claim("shop", "INV-", "INV-0007")
        assert refs.peek("shop", "INV-") == "INV-0008"
        refs.claim("shop", "INV-", "INV-0003")  # older number: counter stays
        refs.claim("shop", "INV-", "Order 99")  # not this pattern: ignored
        refs.claim("shop", "INV-", "INV-12x")
        assert refs.peek("shop", "INV-") == "INV-0008"
        refs.claim("shop", "INV-", refs.peek("shop", "INV-"))  # the suggestion was sent
        assert refs.peek("shop", "INV-") == "INV-0009"


def test_counter_grows_past_its_padding(db_path: Path) -> None:
    with open_database(db_path) as db:
        refs = ReferenceCounter(db)
        refs.claim("shop", "R", "R9999")
        assert refs.take("shop", "R") == "R10000"

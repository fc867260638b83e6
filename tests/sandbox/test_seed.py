"""The demo data: deterministic, realistic, covering every status a list can show."""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.sandbox import Sandbox, render

ANCHOR = date(2025, 3, 14)


def _rendered(sandbox: Sandbox) -> list[object]:
    state = sandbox.state
    return [
        [render.subscription(state, s) for s in state.subscriptions.values()],
        [render.transaction(state, t) for t in state.transactions.values()],
        [render.paylink(state, p) for p in (*state.invoices.values(), *state.pages.values())],
    ]


def test_the_seed_is_deterministic() -> None:
    first = Sandbox(seed=True, today=ANCHOR)
    second = Sandbox(seed=True, today=ANCHOR)
    assert _rendered(first) == _rendered(second)


def test_at_least_forty_subscriptions_over_all_four_statuses() -> None:
    state = Sandbox(today=ANCHOR).state
    assert len(state.subscriptions) >= 40
    statuses = Counter(s.status for s in state.subscriptions.values())
    assert set(statuses) == {"active", "in_notice", "cancelled", "failed"}


def test_subscriptions_are_consistent_with_their_status() -> None:
    for s in Sandbox(today=ANCHOR).state.subscriptions.values():
        assert s.start <= ANCHOR
        if s.status == "active":
            assert s.end is None and s.valid_until > ANCHOR
        elif s.status == "in_notice":
            assert s.end is not None and s.end > ANCHOR
        elif s.status == "cancelled":
            assert s.end is not None and s.start < s.end <= ANCHOR
        else:
            assert s.end is None and s.valid_until <= ANCHOR


def test_amounts_in_chf_and_eur_with_several_intervals() -> None:
    state = Sandbox(today=ANCHOR).state
    assert {s.currency for s in state.subscriptions.values()} == {"CHF", "EUR"}
    assert len({s.payment_interval for s in state.subscriptions.values()}) >= 3
    assert all(s.amount > 0 for s in state.subscriptions.values())


def test_contacts_look_real_and_use_reserved_mail_domains() -> None:
    state = Sandbox(today=ANCHOR).state
    contacts = list(state.contacts.values())
    assert len({c.lastname for c in contacts}) >= 30
    assert any(c.company for c in contacts)
    assert {c.country for c in contacts} >= {"CH", "DE", "FR"}
    assert all(c.email.endswith(".example") and c.email.isascii() for c in contacts)


def test_paylinks_and_pages_some_paid() -> None:
    state = Sandbox(today=ANCHOR).state
    statuses = Counter(p.status for p in state.invoices.values())
    assert statuses["waiting"] >= 2 and statuses["confirmed"] >= 2
    assert len(state.pages) >= 3
    assert any(p.transaction_ids for p in state.pages.values())
    assert all(t.time.date() <= ANCHOR for t in state.transactions.values())


def test_no_seed_starts_empty() -> None:
    state = Sandbox(seed=False).state
    assert not (state.invoices or state.pages or state.subscriptions or state.transactions)

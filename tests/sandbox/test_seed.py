"""The demo data: deterministic, realistic, covering every status and every state a list can
show (in notice and overdue told by the dates, as on the platform)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.sandbox import Sandbox, render
from app.sandbox.objects import Subscription

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


def derived(s: Subscription) -> str:
    """What a person reads off a subscription's status and dates on ``ANCHOR`` (API.md §4)."""
    if s.status != "active":
        return s.status
    if s.end is not None and s.end > ANCHOR:
        return "in notice"
    if s.valid_until < ANCHOR:
        return "overdue"
    return "active"


def test_only_the_documented_statuses_and_every_derived_state() -> None:
    state = Sandbox(today=ANCHOR).state
    assert len(state.subscriptions) >= 40
    subscriptions = state.subscriptions.values()
    assert {s.status for s in subscriptions} == {"active", "cancelled", "terminated"}
    counts = Counter(derived(s) for s in subscriptions)
    assert set(counts) == {"active", "in notice", "overdue", "cancelled", "terminated"}
    assert min(counts.values()) >= 3


def test_subscriptions_are_consistent_with_what_they_show() -> None:
    state = Sandbox(today=ANCHOR).state
    for s in state.subscriptions.values():
        assert s.start <= ANCHOR
        shown = derived(s)
        payments = sorted(
            (t for t in state.transactions.values() if t.subscription_id == s.id),
            key=lambda t: t.time,
        )
        if shown == "active":
            assert s.end is None and s.valid_until >= ANCHOR
        elif shown == "in notice":
            assert s.valid_until > ANCHOR
        elif shown == "overdue":
            assert s.end is None and s.valid_until < ANCHOR
            assert payments[-1].status == "declined"  # the missed payment
        elif shown == "cancelled":
            assert s.end is not None and s.start < s.end <= ANCHOR
        else:  # terminated after a declined payment
            assert s.end is not None and s.valid_until <= s.end < ANCHOR
            assert payments[-1].status == "declined"


def test_demo_data_has_test_and_live_rows() -> None:
    state = Sandbox(today=ANCHOR).state
    assert {s.test for s in state.subscriptions.values()} == {True, False}
    assert {t.mode for t in state.transactions.values()} == {"LIVE", "TEST"}
    for t in state.transactions.values():
        linked = state.subscriptions.get(t.subscription_id or 0)
        if linked is not None:
            assert t.mode == ("TEST" if linked.test else "LIVE")


def test_products_with_quantities_a_discount_and_refunds() -> None:
    state = Sandbox(today=ANCHOR).state
    subscriptions = list(state.subscriptions.values())
    assert any(p.quantity > 1 for s in subscriptions for p in s.products)
    discounted = [s for s in subscriptions if s.discount is not None]
    assert discounted
    for s in discounted:
        assert s.amount == sum(p.price * p.quantity for p in s.products) - s.discount.amount
    assert any(s.refunded_amount > 0 for s in subscriptions)
    statuses = Counter(t.status for t in state.transactions.values())
    assert {"confirmed", "declined", "refunded", "partially-refunded"} <= set(statuses)


def test_every_status_is_documented() -> None:
    state = Sandbox(today=ANCHOR).state
    documented = set(
        [
            "waiting",
            "confirmed",
            "cancelled",
            "declined",
            "authorized",
            "reserved",
            "refunded",
            "refund_pending",
            "partially-refunded",
            "chargeback",
            "error",
            "uncaptured",
            "initiated",
            "disputed",
            "expired",
            "insecure",
        ]
    )
    assert {t.status for t in state.transactions.values()} <= documented
    assert {p.status for p in state.invoices.values()} <= {"waiting", "confirmed"}


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

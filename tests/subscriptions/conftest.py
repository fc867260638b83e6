"""Fixtures for the Subscriptions tab: subscription factories, and a controller wired to the
sandbox over loopback through the real task runner and a store in tmp_path."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.api.models import Subscription
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.subscriptions_controller import SubscriptionsController
from app.sandbox import Sandbox
from app.settings.demo import demo_profile
from app.settings.profile import Profile
from app.store.database import Database
from app.store.subscriptions_cache import SubscriptionCache

MakeSub = Callable[..., Subscription]


def raw_subscription(
    ident: int,
    *,
    status: str = "active",
    amount: int = 2900,
    currency: str = "CHF",
    interval: str = "P1M",
    start: str = "2025-01-15",
    valid_until: str | None = "2099-02-15",
    end: str | None = None,
    firstname: str = "Anna",
    lastname: str = "Muster",
    company: str | None = None,
    email: str | None = None,
    reference: str | None = None,
    contact_id: int | None = None,
    payment_link: str | None = None,
    test: int | None = None,
    shape: str = "legacy",
    **extra: Any,
) -> dict[str, Any]:
    """A Subscription answer. `shape` "legacy" has ``invoice.amount`` (the documented update
    example); "current" has ``originalAmount`` and ``products`` instead (the list example).
    `extra` adds top-level fields (``nextPayDate``, ``firstCancelDate``...)."""
    invoice: dict[str, Any] = {
        "number": f"N{ident}",
        "currency": currency,
        "referenceId": reference if reference is not None else f"REF-{ident:05d}",
        "paymentLink": payment_link,
    }
    if shape == "current":
        invoice["products"] = [{"name": "Plan", "price": amount, "quantity": 1, "vatRate": "8.10"}]
        invoice["originalAmount"] = amount
    else:
        invoice["amount"] = amount
    if test is not None:
        invoice["test"] = test
    return {
        **extra,
        "id": ident,
        "uuid": f"uuid-{ident}",
        "status": status,
        "start": start,
        "end": end,
        "valid_until": valid_until,
        "paymentInterval": interval,
        "invoice": invoice,
        "contact": {
            "id": contact_id if contact_id is not None else 1000 + ident,
            "firstname": firstname,
            "lastname": lastname,
            "company": company,
            "email": email if email is not None else f"{firstname.lower()}{ident}@example.ch",
        },
    }


@pytest.fixture
def make_sub() -> MakeSub:
    def make(ident: int, **fields: Any) -> Subscription:
        return Subscription.parse(raw_subscription(ident, **fields))

    return make


# -- against the sandbox ----------------------------------------------------------------------


@pytest.fixture
def cache(db: Database) -> SubscriptionCache:
    return SubscriptionCache(db)


@pytest.fixture
def profile(sandbox: Sandbox) -> Profile:
    return demo_profile(sandbox.base_url)


@pytest.fixture
def open_session(sandbox: Sandbox) -> Iterator[Callable[[Profile], ProfileSession]]:
    sessions: list[ProfileSession] = []

    def open_(profile: Profile) -> ProfileSession:
        session = ProfileSession.open(profile, sandbox.secret)
        sessions.append(session)
        return session

    yield open_
    for session in sessions:
        session.close()


@pytest.fixture
def session(profile: Profile, open_session: Callable[[Profile], ProfileSession]) -> ProfileSession:
    return open_session(profile)


@pytest.fixture
def make_controller(
    runner: TaskRunner, cache: SubscriptionCache
) -> Iterator[Callable[..., SubscriptionsController]]:
    made: list[SubscriptionsController] = []

    def make(**kwargs: Any) -> SubscriptionsController:
        kwargs.setdefault("page_size", 10)
        controller = SubscriptionsController(runner, kwargs.pop("cache", cache), **kwargs)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.set_session(None)


@pytest.fixture
def controller(
    make_controller: Callable[..., SubscriptionsController],
) -> SubscriptionsController:
    return make_controller()


def expected_statuses(sandbox: Sandbox, today: date) -> Counter[str]:
    """The statuses the list should show for the sandbox's subscriptions, worked out from the
    dates the plain way (API.md §4): an active one is overdue when its next payment is past, in
    notice when it has an end today or later; any other status as reported."""
    shown: Counter[str] = Counter()
    with sandbox.state.lock:
        for sub in sandbox.state.subscriptions.values():
            status = sub.status
            due = getattr(sub, "next_pay_date", None) or sub.valid_until
            if isinstance(due, int):
                due = datetime.fromtimestamp(due, UTC).date()
            if status == "active" and due is not None and due < today:
                status = "overdue"
            elif status == "active" and sub.end is not None and sub.end >= today:
                status = "notice"
            shown[status] += 1
    return shown


UseLocale = Callable[[str], None]
"""The root conftest's `ui_locale` fixture."""

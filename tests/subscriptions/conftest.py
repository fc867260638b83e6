"""Fixtures for the Subscriptions tab: subscription factories, and a controller wired to the
sandbox over loopback through the real task runner and a store in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.api.models import Subscription
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.subscriptions_controller import SubscriptionsController
from app.sandbox import Sandbox
from app.settings.demo import demo_profile
from app.settings.profile import Profile
from app.store.database import Database, open_database
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
) -> dict[str, Any]:
    return {
        "id": ident,
        "uuid": f"uuid-{ident}",
        "status": status,
        "start": start,
        "end": end,
        "valid_until": valid_until,
        "paymentInterval": interval,
        "invoice": {
            "number": f"N{ident}",
            "amount": amount,
            "currency": currency,
            "referenceId": reference if reference is not None else f"REF-{ident:05d}",
            "paymentLink": payment_link,
        },
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

SECRET = "test-secret-0123"  # the `sandbox` fixture's secret (tests/conftest.py)


@pytest.fixture
def runner(sandbox: Sandbox) -> Iterator[TaskRunner]:
    """Depends on the sandbox so that it shuts down (waiting for its threads) first."""
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(), "background tasks still running at teardown"
    runner.deleteLater()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "data" / "paydesk.sqlite3")
    yield db
    db.close()


@pytest.fixture
def cache(database: Database) -> SubscriptionCache:
    return SubscriptionCache(database)


@pytest.fixture
def profile(sandbox: Sandbox) -> Profile:
    return demo_profile(sandbox.base_url)


@pytest.fixture
def open_session() -> Iterator[Callable[[Profile], ProfileSession]]:
    sessions: list[ProfileSession] = []

    def open_(profile: Profile) -> ProfileSession:
        session = ProfileSession.open(profile, SECRET)
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


UseLocale = Callable[[str], None]
"""The root conftest's `ui_locale` fixture."""

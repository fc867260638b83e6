"""Fixtures for the Subscriptions tab: subscription factories and (later) a controller wired to
the sandbox."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.api.models import Subscription

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

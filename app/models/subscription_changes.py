"""What a load of the subscription list changed that a person wants to hear about: a
subscription that became overdue, went into notice or was cancelled since the list was last seen
whole. Statuses are the ones the list shows (`Subscription.display_status`: *overdue* and *in
notice* derived from the dates, the rest as the platform reports them)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from app.api import statuses
from app.api.models import Subscription
from app.models.subscriptions_format import NO_VALUE, customer_text

ANNOUNCED = (statuses.OVERDUE, statuses.IN_NOTICE, statuses.CANCELLED)
"""The statuses a subscription is announced for when it comes into them."""


@dataclass(frozen=True, slots=True)
class SubscriptionChange:
    profile_id: str
    subscription_id: int
    status: str
    """One of `ANNOUNCED`."""
    customer: str
    """Who it is for, as the list names them ("" when the platform names nobody)."""


def status_map(subscriptions: Iterable[Subscription], today: date) -> dict[int, str]:
    """Subscription id -> the status the list shows."""
    return {s.id: s.display_status(today) for s in subscriptions if s.id is not None}


def changes(
    profile_id: str,
    before: Mapping[int, str],
    after: Iterable[Subscription],
    today: date,
) -> list[SubscriptionChange]:
    """The subscriptions of ``after`` that came into an announced status. One that was not in
    ``before`` is new to the list, not a change: it is not announced."""
    found: list[SubscriptionChange] = []
    for sub in after:
        if sub.id is None or sub.id not in before:
            continue
        status = sub.display_status(today)
        if status in ANNOUNCED and before[sub.id] != status:
            who = customer_text(sub.contact)
            found.append(
                SubscriptionChange(profile_id, sub.id, status, "" if who == NO_VALUE else who)
            )
    return found

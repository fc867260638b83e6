"""``Subscription``: list (paged), get, update, cancel (DELETE), create."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from app.api.calls import first
from app.api.client import ApiClient
from app.api.models import Subscription


def list_subscriptions(
    client: ApiClient,
    *,
    offset: int = 0,
    limit: int = 10,
    order: Literal["ASC", "DESC"] | None = None,
) -> list[Subscription]:
    params: dict[str, Any] = {"offset": offset, "limit": limit}
    if order is not None:
        params["orderByStartDate"] = order
    return [
        Subscription.parse(item) for item in client.request("GET", "Subscription", params=params)
    ]


def get(client: ApiClient, subscription_id: int) -> Subscription:
    return Subscription.parse(
        first(client.request("GET", "Subscription", subscription_id), "subscription")
    )


def update(client: ApiClient, subscription_id: int, params: Mapping[str, Any]) -> Subscription:
    data = client.request("PUT", "Subscription", subscription_id, params)
    return Subscription.parse(first(data, "subscription"))


def cancel(client: ApiClient, subscription_id: int) -> Subscription | None:
    """Cancel by ``DELETE``; returns the subscription as the platform now reports it, if it did."""
    data = client.request("DELETE", "Subscription", subscription_id)
    return Subscription.parse(data[0]) if data else None


def create(client: ApiClient, params: Mapping[str, Any]) -> Subscription:
    return Subscription.parse(
        first(client.request("POST", "Subscription", params=params), "subscription")
    )

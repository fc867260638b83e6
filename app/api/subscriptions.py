"""``Subscription``: list (paged), get, update, cancel (DELETE), create."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from app.api.calls import first, write
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
    return write(
        client,
        "PUT",
        "Subscription",
        lambda data: Subscription.parse(first(data, "subscription")),
        subscription_id,
        params,
    )


def cancel(client: ApiClient, subscription_id: int) -> Subscription | None:
    """Cancel by ``DELETE``; returns the subscription as the platform now reports it, if it did."""
    return write(
        client,
        "DELETE",
        "Subscription",
        lambda data: Subscription.parse(data[0]) if data else None,
        subscription_id,
    )


def create(client: ApiClient, params: Mapping[str, Any]) -> Subscription:
    return write(
        client,
        "POST",
        "Subscription",
        lambda data: Subscription.parse(first(data, "subscription")),
        params=params,
    )

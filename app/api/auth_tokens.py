"""``AuthToken``: the customer's self-service login link for their subscriptions."""

from __future__ import annotations

from app.api.calls import first, write
from app.api.client import ApiClient
from app.api.models import AuthToken


def create(client: ApiClient, user_id: int) -> AuthToken:
    return write(
        client,
        "POST",
        "AuthToken",
        lambda data: AuthToken.parse(first(data, "login link")),
        params={"userId": user_id},
    )

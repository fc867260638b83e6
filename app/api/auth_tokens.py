"""``AuthToken``: the customer's self-service login link for their subscriptions."""

from __future__ import annotations

from app.api.calls import first
from app.api.client import ApiClient
from app.api.models import AuthToken


def create(client: ApiClient, user_id: int) -> AuthToken:
    return AuthToken.parse(
        first(client.request("POST", "AuthToken", params={"userId": user_id}), "login link")
    )

"""``SignatureCheck``: the cheapest call that proves instance, secret and scheme are right."""

from __future__ import annotations

from app.api.client import ApiClient


def check(client: ApiClient) -> None:
    """Returns when the platform accepted the credentials; raises a typed ``ApiError`` otherwise."""
    client.request("GET", "SignatureCheck")

"""``Page``: create, get, list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.api.calls import created, first, write
from app.api.client import ApiClient
from app.api.models import Paylink


def create(client: ApiClient, params: Mapping[str, Any]) -> Paylink:
    return write(client, "POST", "Page", lambda data: created(data, "payment page"), params=params)


def get(client: ApiClient, page_id: int) -> Paylink:
    return Paylink.parse(first(client.request("GET", "Page", page_id), "payment page"))


def list_pages(client: ApiClient, offset: int = 0, limit: int | None = None) -> list[Paylink]:
    """The instance's payment pages, wherever they were created; ``offset``/``limit`` page
    through them (without ``limit``, the platform's default)."""
    params: dict[str, Any] = {}
    if offset:
        params["offset"] = offset
    if limit is not None:
        params["limit"] = limit
    return [Paylink.parse(item) for item in client.request("GET", "Page", params=params or None)]

"""``Invoice`` (the dashboard's "Paylink"): create, get, delete. There is no list call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.api.calls import created, first, write
from app.api.client import ApiClient
from app.api.models import Paylink


def create(client: ApiClient, params: Mapping[str, Any]) -> Paylink:
    return write(client, "POST", "Invoice", lambda data: created(data, "paylink"), params=params)


def get(client: ApiClient, invoice_id: int) -> Paylink:
    return Paylink.parse(first(client.request("GET", "Invoice", invoice_id), "paylink"))


def delete(client: ApiClient, invoice_id: int) -> None:
    write(client, "DELETE", "Invoice", lambda _data: None, invoice_id)

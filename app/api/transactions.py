"""``Transaction``: what was paid. List with date filters, get one."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from app.api.calls import first
from app.api.client import ApiClient
from app.api.models import Transaction


def _utc(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def list_transactions(
    client: ApiClient,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    mine_only: bool | None = None,
    order: Literal["ASC", "DESC"] | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[Transaction]:
    params: dict[str, Any] = {
        "filterDatetimeUtcGreaterThan": _utc(since) if since else None,
        "filterDatetimeUtcLessThan": _utc(until) if until else None,
        "filterMyTransactionsOnly": mine_only,
        "orderByTime": order,
        "offset": offset,
        "limit": limit,
    }
    return [Transaction.parse(item) for item in client.request("GET", "Transaction", params=params)]


def get(client: ApiClient, transaction_id: int) -> Transaction:
    return Transaction.parse(first(client.request("GET", "Transaction", transaction_id), "payment"))

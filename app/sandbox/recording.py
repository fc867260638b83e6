"""Every request the sandbox received, for tests to assert on ("exactly one create was sent")."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RecordedRequest:
    method: str
    path: str
    object: str | None  # "Invoice", ...; None for the payment page and other non-API paths
    object_id: int | None
    version: str | None  # "1.0" ... as sent, valid or not
    params: dict[Any, Any]  # decoded as the server reads them, minus instance and ApiSignature
    raw_query: str
    raw_body: bytes
    auth: str | None  # the scheme presented: "signature", "api-key" or None
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 0  # the status answered; 0 while in flight or when no answer was completed


class RequestLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RecordedRequest] = []

    def add(self, request: RecordedRequest) -> None:
        with self._lock:
            self._items.append(request)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def count(self, method: str, object_name: str | None) -> int:
        with self._lock:
            return sum(
                1 for r in self._items if r.method == method.upper() and r.object == object_name
            )

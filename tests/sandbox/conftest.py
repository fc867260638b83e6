"""Speaking to the sandbox over loopback the way the real wire looks, built by hand from the
project's encoder (not the app's client): RFC 3986 on the wire, PHP's RFC 1738 form signed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import requests

from app.api.signing import Params, api_signature, urlencode_3986, wire_query
from app.sandbox import Sandbox

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
TIMEOUT = 5


@dataclass
class Wire:
    base_url: str
    secret: str
    instance: str = "demo"
    version: str = "v1.0"

    def url(self, object_name: str, object_id: int | None = None, query: str = "") -> str:
        url = f"{self.base_url}/{self.version}/{object_name}/{object_id or 0}/"
        return f"{url}?{query}" if query else url

    def signed(self, params: Params, *, secret: str | None = None) -> str:
        """``params`` for the wire, followed by their ApiSignature."""
        signature = urlencode_3986(api_signature(params, secret or self.secret))
        rendered = wire_query(params)
        return f"{rendered}&ApiSignature={signature}" if rendered else f"ApiSignature={signature}"

    def get(
        self,
        object_name: str,
        params: Params | None = None,
        object_id: int | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        query = f"{self.signed(params or {})}&instance={self.instance}"
        return requests.get(self.url(object_name, object_id, query), timeout=TIMEOUT, **kwargs)

    def send(
        self,
        method: str,
        object_name: str,
        params: Params,
        object_id: int | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        """POST / PUT / DELETE: a signed form body, only ``instance`` in the query."""
        return requests.request(
            method,
            self.url(object_name, object_id, f"instance={self.instance}"),
            data=self.signed(params).encode("ascii"),
            headers=FORM,
            timeout=TIMEOUT,
            **kwargs,
        )

    def raw(
        self,
        method: str,
        path_and_query: str,
        body: bytes | str | None = None,
        headers: dict[str, str] | None = None,
    ) -> requests.Response:
        return requests.request(
            method,
            self.base_url + path_and_query,
            data=body,
            headers=headers or {},
            timeout=TIMEOUT,
        )


@pytest.fixture
def wire(sandbox: Sandbox) -> Wire:
    return Wire(sandbox.base_url, sandbox.secret)


@pytest.fixture
def empty_wire(empty_sandbox: Sandbox) -> Wire:
    return Wire(empty_sandbox.base_url, empty_sandbox.secret)


@pytest.fixture
def invoice() -> dict[str, Any]:
    """The parameters of a typical paylink create."""
    return {
        "title": "Reparatur Velo",
        "description": "Service und neue Bremsen",
        "referenceId": "R-2024-040",
        "purpose": "Velo Service",
        "amount": 12550,
        "currency": "CHF",
        "vatRate": "8.1",
        "pm": ["visa", "twint"],
    }

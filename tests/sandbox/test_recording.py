"""Every request is recorded, rejected ones included, so tests can count what was sent."""

from __future__ import annotations

from typing import Any

import requests

from app.sandbox import Sandbox


def test_every_request_is_recorded_with_what_the_server_read(
    sandbox: Sandbox, wire: Any, invoice: dict[str, Any]
) -> None:
    wire.send("POST", "Invoice", invoice)
    [record] = sandbox.requests
    assert (record.method, record.path, record.object, record.object_id) == (
        "POST",
        "/v1.0/Invoice/0/",
        "Invoice",
        None,
    )
    assert record.version == "1.0"
    assert record.auth == "signature"
    assert record.status == 200
    assert record.raw_query == "instance=demo"
    assert record.raw_body.startswith(b"title=Reparatur%20Velo")
    assert record.params["amount"] == "12550"
    assert record.params["pm"] == {0: "visa", 1: "twint"}
    assert "ApiSignature" not in record.params and "instance" not in record.params
    assert record.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_rejected_requests_are_recorded_too(sandbox: Sandbox, wire: Any) -> None:
    wire.raw("GET", "/v1.0/SignatureCheck/?instance=demo", headers={"X-API-KEY": "wrong"})
    wire.raw("GET", "/v9.9/Invoice/5/?instance=demo")
    first, second = sandbox.requests
    assert (first.auth, first.status) == ("api-key", 403)
    assert (second.object, second.object_id, second.status, second.auth) == (
        "Invoice",
        5,
        404,
        None,
    )


def test_count_and_clear(sandbox: Sandbox, wire: Any, invoice: dict[str, Any]) -> None:
    wire.send("POST", "Invoice", invoice)
    wire.get("Subscription")
    assert sandbox.count("POST", "Invoice") == 1
    assert sandbox.count("GET", "Invoice") == 0
    assert sandbox.count("get", "Subscription") == 1
    sandbox.clear_requests()
    assert sandbox.requests == []
    assert sandbox.count("POST", "Invoice") == 0


def test_the_payment_page_is_recorded_without_an_object(sandbox: Sandbox) -> None:
    requests.get(sandbox.base_url + "/pay/deadbeef", timeout=5)
    [record] = sandbox.requests
    assert record.object is None and record.status == 404

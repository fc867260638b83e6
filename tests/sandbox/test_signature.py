"""The sandbox checks ApiSignature as the real server does: decode what arrived, drop instance
and ApiSignature, re-render PHP's way, compare. Each way a client gets it wrong is rejected."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from app.api.signing import (
    api_signature,
    render,
    sign_string,
    urlencode_3986,
    wire_query,
)
from app.sandbox import Sandbox

SECRET_ERROR = {"status": "error", "message": "The API secret is not correct."}
VECTORS = json.loads((Path(__file__).parent.parent / "api" / "signature_vectors.json").read_text())


def _post(wire: Any, body: str, object_name: str = "Invoice") -> requests.Response:
    return wire.raw(
        "POST",
        f"/v1.0/{object_name}/?instance=demo",
        body.encode("utf-8"),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )


def test_a_correct_signature_is_accepted(wire: Any, invoice: dict[str, Any]) -> None:
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 200
    assert response.json()["status"] == "success"


def test_a_wrong_secret_is_rejected(wire: Any, invoice: dict[str, Any]) -> None:
    body = wire_query(invoice) + "&ApiSignature=" + urlencode_3986(api_signature(invoice, "nope"))
    response = _post(wire, body)
    assert response.status_code == 403
    assert response.json() == SECRET_ERROR


def test_a_signature_over_the_percent_20_form_is_rejected(wire: Any) -> None:
    params = {"title": "Abo Basis", "amount": 2900, "currency": "CHF"}
    # The client's classic mistake: signing what it sends (RFC 3986) instead of PHP's rendering.
    wrong = sign_string(wire_query(params), wire.secret)
    response = _post(wire, f"{wire_query(params)}&ApiSignature={urlencode_3986(wrong)}")
    assert response.status_code == 403
    assert response.json() == SECRET_ERROR


def test_percent_20_on_the_wire_signed_with_plus_is_accepted(wire: Any) -> None:
    params = {"title": "Abo Basis", "amount": 2900, "currency": "CHF", "purpose": "a~b c"}
    body = wire_query(params)
    assert "%20" in body and "~" in body  # what official SDK 1.x sent, while signing + and %7E
    response = _post(
        wire, f"{body}&ApiSignature={urlencode_3986(api_signature(params, wire.secret))}"
    )
    assert response.status_code == 200
    assert response.json()["data"][0]["title"] == "Abo Basis"


def test_plus_on_the_wire_is_accepted_too(wire: Any) -> None:
    params = {"title": "Abo Basis", "amount": 2900, "currency": "CHF"}
    body = render([("title", "Abo Basis"), ("amount", "2900"), ("currency", "CHF")])
    response = _post(
        wire, f"{body}&ApiSignature={urlencode_3986(api_signature(params, wire.secret))}"
    )
    assert response.status_code == 200


def test_a_list_signed_as_empty_brackets_is_rejected(wire: Any, invoice: dict[str, Any]) -> None:
    del invoice["pm"]
    pairs = [(k, str(v)) for k, v in invoice.items()] + [("pm[]", "visa"), ("pm[]", "twint")]
    # Signed as sent, pm[]=...: the server decodes pm as a list and re-renders pm[0], pm[1].
    signature = sign_string(render(pairs), wire.secret)
    response = _post(
        wire, f"{render(pairs, rfc3986=True)}&ApiSignature={urlencode_3986(signature)}"
    )
    assert response.status_code == 403
    assert response.json() == SECRET_ERROR


def test_a_list_with_explicit_indexes_is_accepted(wire: Any, invoice: dict[str, Any]) -> None:
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 200
    assert response.json()["data"][0]["pm"] == ["visa", "twint"]


def test_a_get_that_carries_a_body_is_rejected(wire: Any) -> None:
    params = {"limit": 5}
    query = f"{wire.signed(params)}&instance=demo"
    # The query alone is correct; the body displaces it on the server, and that has no signature.
    assert wire.raw("GET", f"/v1.0/Subscription/?{query}").status_code == 200
    response = wire.raw(
        "GET",
        f"/v1.0/Subscription/?{query}",
        wire_query(params),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 403
    assert response.json() == SECRET_ERROR


def test_a_tampered_byte_is_rejected(wire: Any, invoice: dict[str, Any]) -> None:
    body = wire.signed(invoice)
    tampered = body.replace("amount=12550", "amount=12551")
    assert tampered != body
    response = _post(wire, tampered)
    assert response.status_code == 403
    assert response.json() == SECRET_ERROR


def test_a_missing_signature_is_rejected(wire: Any, invoice: dict[str, Any]) -> None:
    response = _post(wire, wire_query(invoice))
    assert response.status_code == 403
    assert response.json() == SECRET_ERROR


def test_a_missing_instance_answers_422(wire: Any) -> None:
    response = wire.raw("GET", f"/v1.0/SignatureCheck/?{wire.signed({})}")
    assert response.status_code == 422
    assert response.json()["status"] == "error"


def test_an_unknown_instance_answers_404_naming_it(wire: Any) -> None:
    response = wire.raw("GET", f"/v1.0/SignatureCheck/?{wire.signed({})}&instance=elsewhere")
    assert response.status_code == 404
    assert "elsewhere" in response.json()["message"]


@pytest.mark.parametrize("version", ["v2.0", "v1.17", "v1.20", "v1", "v0.9", "v1.016"])
def test_an_unknown_version_answers_404(wire: Any, version: str) -> None:
    response = wire.raw("GET", f"/{version}/SignatureCheck/?{wire.signed({})}&instance=demo")
    assert response.status_code == 404
    assert response.json() == {"status": "error", "message": "Version not found."}


@pytest.mark.parametrize("version", [f"v1.{minor}" for minor in range(17)])
def test_every_served_version_answers(wire: Any, version: str) -> None:
    response = wire.raw("GET", f"/{version}/SignatureCheck/?{wire.signed({})}&instance=demo")
    assert response.status_code == 200
    assert response.json() == {"status": "success", "data": [{"id": 1}]}


def test_the_api_key_header_is_accepted(wire: Any) -> None:
    response = wire.raw(
        "GET", "/v1.0/Subscription/?instance=demo&limit=1", headers={"X-API-KEY": wire.secret}
    )
    assert response.status_code == 200
    assert len(response.json()["data"]) == 1


def test_a_wrong_api_key_is_rejected(wire: Any) -> None:
    response = wire.raw("GET", "/v1.0/SignatureCheck/?instance=demo", headers={"X-API-KEY": "x"})
    assert response.status_code == 403
    assert response.json() == SECRET_ERROR


def test_a_json_body_with_the_api_key_is_accepted(wire: Any, invoice: dict[str, Any]) -> None:
    response = wire.raw(
        "POST",
        "/v1.0/Invoice/?instance=demo",
        json.dumps(invoice),
        {"Content-Type": "application/json", "X-API-KEY": wire.secret},
    )
    assert response.status_code == 200
    assert response.json()["data"][0]["amount"] == 12550


def test_a_signed_json_body_is_checked_as_php_renders_it(
    wire: Any, invoice: dict[str, Any]
) -> None:
    signed = {**invoice, "ApiSignature": api_signature(invoice, wire.secret)}
    headers = {"Content-Type": "application/json"}
    ok = wire.raw("POST", "/v1.0/Invoice/?instance=demo", json.dumps(signed), headers)
    assert ok.status_code == 200
    signed["amount"] = 1
    tampered = wire.raw("POST", "/v1.0/Invoice/?instance=demo", json.dumps(signed), headers)
    assert tampered.status_code == 403


@pytest.fixture(scope="module")
def vector_sandbox() -> Iterator[Sandbox]:
    with Sandbox(instance="demo", secret="API-SECRET", port=0, seed=False) as sb:
        yield sb


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["name"])
def test_every_php_vector_is_accepted_as_sent(vector_sandbox: Sandbox, vector: Any) -> None:
    """The wire form and signature PHP produced for each vector pass the server's check."""
    signature = urlencode_3986(vector["signature"])
    query = (
        f"{vector['wire']}&ApiSignature={signature}"
        if vector["wire"]
        else f"ApiSignature={signature}"
    )
    response = requests.get(
        f"{vector_sandbox.base_url}/v1.0/SignatureCheck/?{query}&instance=demo", timeout=5
    )
    assert response.status_code == 200, response.text

"""Answers in the real envelope, with the real status codes and messages."""

from __future__ import annotations

from typing import Any

import pytest

from app.sandbox import Sandbox


def test_success_is_json_with_the_exact_content_type(wire: Any) -> None:
    response = wire.get("Subscription", {"limit": 1})
    assert response.headers["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "success"
    assert isinstance(body["data"], list)


def test_errors_are_json_with_the_exact_content_type(wire: Any) -> None:
    response = wire.get("Invoice", object_id=999999)
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["status"] == "error"


def test_json_is_written_as_php_writes_it(wire: Any) -> None:
    """Compact, non-ASCII escaped, slashes escaped: a client must decode, never compare text."""
    created = wire.send("POST", "Invoice", {"title": "Café/Bar", "amount": 500, "currency": "CHF"})
    assert '"title":"Caf\\u00e9\\/Bar"' in created.text
    assert created.json()["data"][0]["title"] == "Café/Bar"


@pytest.mark.parametrize(
    "path",
    ["/v1.0/Invoice/{id}/", "/v1.0/Invoice/{id}", "/v1.0/invoice/{id}/"],
)
def test_trailing_slash_and_case_of_the_object_do_not_matter(
    sandbox: Sandbox, wire: Any, path: str
) -> None:
    invoice_id = next(iter(sandbox.state.invoices))
    query = f"?{wire.signed({})}&instance=demo"
    response = wire.raw("GET", path.format(id=invoice_id) + query)
    assert response.status_code == 200
    assert response.json()["data"][0]["id"] == invoice_id


@pytest.mark.parametrize("path", ["/v1.0/Page/", "/v1.0/Page", "/v1.0/Page/0/"])
def test_no_id_and_the_sdks_zero_id_both_mean_the_list(wire: Any, path: str) -> None:
    response = wire.raw("GET", f"{path}?{wire.signed({})}&instance=demo")
    assert response.status_code == 200
    assert len(response.json()["data"]) == 3


def test_an_unknown_object_answers_404(wire: Any) -> None:
    response = wire.get("Refund")
    assert response.status_code == 404
    assert response.json()["status"] == "error"


def test_an_unknown_id_answers_404(wire: Any) -> None:
    for object_name in ("Invoice", "Page", "Subscription", "Transaction"):
        response = wire.get(object_name, object_id=1)
        assert response.status_code == 404, object_name
        assert response.json()["status"] == "error"


def test_a_method_an_object_does_not_have_answers_404(wire: Any) -> None:
    response = wire.get("Invoice")  # there is no list of paylinks
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("missing", "parameter"), [("title", "title"), ("amount", "amount"), ("currency", "currency")]
)
def test_a_missing_required_field_answers_400_naming_it(
    wire: Any, invoice: dict[str, Any], missing: str, parameter: str
) -> None:
    del invoice[missing]
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 400
    assert response.json() == {
        "status": "error",
        "message": f"Invalid value passed for parameter '{parameter}'",
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("amount", "12.50"),
        ("amount", 0),
        ("amount", -5),
        ("currency", "CHFX"),
        ("vatRate", "acht"),
        ("expirationDate", "31.12.2024"),
        ("psp", "visa"),
    ],
)
def test_an_invalid_value_answers_400(
    wire: Any, invoice: dict[str, Any], field: str, value: object
) -> None:
    invoice[field] = value
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 400
    assert response.json()["message"] == f"Invalid value passed for parameter '{field}'"


def test_a_required_field_sent_empty_counts_as_missing(wire: Any, invoice: dict[str, Any]) -> None:
    invoice["currency"] = ""
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 400


def test_empty_optional_fields_count_as_absent(wire: Any, invoice: dict[str, Any]) -> None:
    invoice.update(description="", vatRate="", expirationDate="", sku="", buttonText="")
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 200
    created = response.json()["data"][0]
    # Never null where the official SDK types a string; a rate not set is absent.
    assert "vatRate" not in created
    assert created["expirationDate"] == ""
    assert created["description"] == ""
    assert created["sku"] == ""


def test_unknown_parameters_are_ignored_as_the_sdk_sends_them(sandbox: Sandbox, wire: Any) -> None:
    invoice_id = next(iter(sandbox.state.invoices))
    sdk_get = {"model": "Invoice", "id": invoice_id, "amount": 0, "currency": "", "buttonText": ""}
    response = wire.get("Invoice", sdk_get, object_id=invoice_id)
    assert response.status_code == 200


def test_a_bad_redirect_url_is_reported_as_the_secret_error(
    wire: Any, invoice: dict[str, Any]
) -> None:
    invoice["successRedirectUrl"] = "http://127.0.0.1:3000/callback"
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 403
    assert response.json()["message"] == "The API secret is not correct."
    invoice["successRedirectUrl"] = "https://shop.example.com/thanks"
    assert wire.send("POST", "Invoice", invoice).status_code == 200

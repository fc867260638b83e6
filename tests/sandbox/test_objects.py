"""Each object's calls: create, read, list with paging and order, update, cancel, delete."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from app.sandbox import Sandbox


def _data(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "success"
    return list(body["data"])


# -- Invoice ---------------------------------------------------------------------------------


def test_an_invoice_is_created_read_and_deleted(
    sandbox: Sandbox, wire: Any, invoice: dict[str, Any]
) -> None:
    before = int(datetime.now(UTC).timestamp())
    created = _data(wire.send("POST", "Invoice", invoice))[0]
    assert isinstance(created["id"], int)
    assert created["status"] == "waiting"
    assert created["link"] == f"{sandbox.base_url}/pay/{created['hash']}"
    int(created["hash"], 16)
    assert created["createdAt"] >= before
    assert created["invoices"] == []
    for key in ("title", "description", "referenceId", "purpose", "amount", "currency"):
        assert created[key] == invoice[key]
    assert created["vatRate"] == 8.1

    read = _data(wire.get("Invoice", object_id=created["id"]))[0]
    assert read == created

    assert _data(wire.send("DELETE", "Invoice", {}, object_id=created["id"])) == [
        {"id": created["id"]}
    ]
    assert wire.get("Invoice", object_id=created["id"]).status_code == 404


def test_two_identical_creates_make_two_invoices(wire: Any, invoice: dict[str, Any]) -> None:
    first = _data(wire.send("POST", "Invoice", invoice))[0]
    second = _data(wire.send("POST", "Invoice", invoice))[0]
    assert first["id"] != second["id"]
    assert first["hash"] != second["hash"]


def test_nested_fields_and_a_language_keyed_purpose_come_back(wire: Any) -> None:
    params = {
        "title": "Kurs",
        "amount": 18000,
        "currency": "chf",
        "purpose": {1: "Kurs", 2: "Course"},
        "psp": [36, 44],
        "fields": {"email": {"mandatory": True, "defaultValue": "a@b.example"}},
    }
    created = _data(wire.send("POST", "Invoice", params))[0]
    assert created["currency"] == "CHF"
    assert created["purpose"] == {"1": "Kurs", "2": "Course"}
    assert created["psp"] == 36  # documented as one int, although a list is sent
    assert created["fields"]["email"] == {"active": True, "mandatory": True}
    assert created["fields"]["phone"] == {"active": False, "mandatory": False}
    assert created["fields"]["custom_field_1"]["names"] == dict.fromkeys(
        ("de", "en", "fr", "it"), ""
    )


# -- Page ------------------------------------------------------------------------------------


def test_pages_are_created_read_and_listed_with_paging(empty_wire: Any) -> None:
    ids = []
    for n in range(5):
        params = {"title": f"Seite {n}", "amount": 1000 + n, "currency": "EUR"}
        created = _data(empty_wire.send("POST", "Page", params))[0]
        assert created["status"] == "active"
        ids.append(created["id"])
    assert _data(empty_wire.get("Page", object_id=ids[2]))[0]["title"] == "Seite 2"
    assert [p["id"] for p in _data(empty_wire.get("Page"))] == ids
    page = _data(empty_wire.get("Page", {"offset": 1, "limit": 2}))
    assert [p["id"] for p in page] == ids[1:3]
    assert _data(empty_wire.get("Page", {"offset": 5, "limit": 2})) == []


# -- Subscription ----------------------------------------------------------------------------


def test_subscriptions_page_by_offset_and_limit_default_ten(sandbox: Sandbox, wire: Any) -> None:
    everything = sorted(sandbox.state.subscriptions)
    assert [s["id"] for s in _data(wire.get("Subscription"))] == everything[:10]
    page = _data(wire.get("Subscription", {"offset": 10, "limit": 15}))
    assert [s["id"] for s in page] == everything[10:25]
    tail = _data(wire.get("Subscription", {"offset": len(everything) - 3, "limit": 10}))
    assert len(tail) == 3


@pytest.mark.parametrize("order", ["ASC", "DESC"])
def test_subscriptions_order_by_start_date(wire: Any, order: str) -> None:
    listed = _data(wire.get("Subscription", {"orderByStartDate": order, "limit": 100}))
    starts = [s["start"] for s in listed]
    assert starts == sorted(starts, reverse=order == "DESC")
    assert len(listed) >= 40


def test_a_subscription_has_the_real_fields(sandbox: Sandbox, wire: Any) -> None:
    subscription_id = next(iter(sandbox.state.subscriptions))
    found = _data(wire.get("Subscription", object_id=subscription_id))[0]
    assert list(found) == [
        "id",
        "uuid",
        "status",
        "start",
        "end",
        "valid_until",
        "paymentInterval",
        "invoice",
        "contact",
    ]
    invoice = found["invoice"]
    assert "amount" not in invoice  # the current shape has none: originalAmount, products
    assert (
        invoice["originalAmount"]
        == sum(p["price"] * p["quantity"] for p in invoice["products"])
        - invoice["discount"]["amount"]
    )
    assert invoice["test"] in (0, 1)
    contact = found["contact"]
    assert (contact["country"], contact["countryISO"]) in {
        ("Schweiz", "CH"),
        ("Deutschland", "DE"),
        ("Frankreich", "FR"),
        ("Österreich", "AT"),
    }


def test_a_subscription_is_updated_by_put(sandbox: Sandbox, wire: Any) -> None:
    subscription_id = next(iter(sandbox.state.subscriptions))
    changed = {"amount": 4500, "currency": "EUR", "purpose": "Neuer Zweck", "vatRate": "7.7"}
    updated = _data(wire.send("PUT", "Subscription", changed, object_id=subscription_id))[0]
    assert updated["invoice"]["originalAmount"] == 4500
    assert [(p["price"], p["quantity"]) for p in updated["invoice"]["products"]] == [(4500, 1)]
    assert updated["invoice"]["currency"] == "EUR"
    assert updated["invoice"]["purpose"] == "Neuer Zweck"
    assert sandbox.state.subscriptions[subscription_id].amount == 4500


def test_delete_cancels_a_subscription_at_once(sandbox: Sandbox, wire: Any) -> None:
    active = next(s for s in sandbox.state.subscriptions.values() if s.status == "active")
    cancelled = _data(wire.send("DELETE", "Subscription", {}, object_id=active.id))[0]
    assert cancelled["status"] == "cancelled"
    assert cancelled["end"] == datetime.now(UTC).date().isoformat()
    assert _data(wire.get("Subscription", object_id=active.id))[0]["status"] == "cancelled"


def test_a_subscription_is_created_for_an_existing_contact(sandbox: Sandbox, wire: Any) -> None:
    contact_id = next(iter(sandbox.state.contacts))
    params = {
        "userId": contact_id,
        "psp": 44,
        "amount": 2900,
        "currency": "CHF",
        "purpose": "Abo Basis",
        "paymentInterval": "P1M",
        "period": "P1Y",
        "cancellationInterval": "P1M",
    }
    created = _data(wire.send("POST", "Subscription", params))[0]
    assert created["status"] == "active"
    assert created["contact"]["id"] == contact_id
    params["paymentInterval"] = "monthly"
    bad = wire.send("POST", "Subscription", params)
    assert bad.json()["message"] == "Invalid value passed for parameter 'paymentInterval'"


# -- AuthToken, Transaction, SignatureCheck --------------------------------------------------


def test_an_auth_token_gives_a_login_link(sandbox: Sandbox, wire: Any) -> None:
    contact_id = next(iter(sandbox.state.subscriptions.values())).contact_id
    token = _data(wire.send("POST", "AuthToken", {"userId": contact_id}))[0]
    assert token["link"] == f"{sandbox.base_url}/auth/{token['authToken']}"
    datetime.strptime(token["authTokenExpirationDate"], "%Y-%m-%d %H:%M:%S")
    page = wire.raw("GET", f"/auth/{token['authToken']}")
    assert page.status_code == 200
    assert sandbox.state.contacts[contact_id].lastname in page.text
    assert wire.send("POST", "AuthToken", {"userId": 1}).status_code == 404


def test_transactions_filter_by_time_and_order(sandbox: Sandbox, wire: Any) -> None:
    everything = _data(wire.get("Transaction", {"orderByTime": "ASC"}))
    times = [t["time"] for t in everything]
    assert times == sorted(times)
    middle = times[len(times) // 2]
    after = _data(wire.get("Transaction", {"filterDatetimeUtcGreaterThan": middle}))
    assert after and all(t["time"] > middle for t in after)
    before = _data(
        wire.get("Transaction", {"filterDatetimeUtcLessThan": middle, "orderByTime": "DESC"})
    )
    assert before and all(t["time"] < middle for t in before)
    assert [t["time"] for t in before] == sorted((t["time"] for t in before), reverse=True)
    page = _data(wire.get("Transaction", {"orderByTime": "ASC", "offset": 2, "limit": 3}))
    assert [t["id"] for t in page] == [t["id"] for t in everything[2:5]]
    mine = _data(wire.get("Transaction", {"filterMyTransactionsOnly": 1}))
    assert len(mine) == len(everything)


def test_a_transaction_is_read_by_id(sandbox: Sandbox, wire: Any) -> None:
    transaction_id = next(iter(sandbox.state.transactions))
    found = _data(wire.get("Transaction", object_id=transaction_id))[0]
    assert found["mode"] in ("LIVE", "TEST")
    assert {"id", "uuid", "time", "status", "referenceId", "psp", "pspId"} <= set(found)
    assert {"contact", "invoice", "payment", "refundable", "partiallyRefundable"} <= set(found)
    assert "amount" not in found and "currency" not in found  # only in the invoice
    assert {"currencyAlpha3", "totalAmount", "products"} <= set(found["invoice"])
    assert wire.get("Transaction", object_id=1).json() == {
        "status": "error",
        "message": "An error occurred: No Transaction found with id 1",
    }


def test_a_bad_transaction_filter_answers_400(wire: Any) -> None:
    response = wire.get("Transaction", {"filterDatetimeUtcGreaterThan": "yesterday"})
    assert response.status_code == 400


def test_signature_check_answers_success(wire: Any) -> None:
    # Not documented; the official SDK reads one object from data, so data is never empty.
    assert wire.get("SignatureCheck").json() == {"status": "success", "data": [{"id": 1}]}

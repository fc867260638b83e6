"""The payment page at each link: what a person sees, and paying through it."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from app.sandbox import PaymentError, Sandbox


def _create(wire: Any, invoice: dict[str, Any]) -> dict[str, Any]:
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 200
    return dict(response.json()["data"][0])


def test_the_page_shows_title_purpose_amount_and_the_button(
    wire: Any, invoice: dict[str, Any]
) -> None:
    created = _create(wire, invoice)
    page = requests.get(created["link"], timeout=5)
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    for text in ("Reparatur Velo", "Velo Service", "CHF 125.50", "Pay (simulated)"):
        assert text in page.text
    assert f'action="/pay/{created["hash"]}"' in page.text
    assert "Paid" not in page.text


def test_paying_through_the_page_confirms_the_invoice_and_adds_a_transaction(
    sandbox: Sandbox, wire: Any, invoice: dict[str, Any]
) -> None:
    created = _create(wire, invoice)
    transactions_before = len(sandbox.state.transactions)

    paid = requests.post(created["link"], timeout=5)  # what the button does

    assert paid.status_code == 200  # after the redirect back to the page
    assert "Paid" in paid.text and "Pay (simulated)" not in paid.text
    after = wire.get("Invoice", object_id=created["id"]).json()["data"][0]
    assert after["status"] == "confirmed"
    [payment] = after["invoices"]
    assert (payment["originalAmount"], payment["currency"]) == (12550, "CHF")
    [transaction] = payment["transactions"]
    assert transaction["status"] == "confirmed"
    assert transaction["invoice"]["totalAmount"] == 12550
    assert transaction["referenceId"] == "R-2024-040"
    assert len(sandbox.state.transactions) == transactions_before + 1
    listed = wire.get("Transaction", object_id=transaction["id"]).json()["data"][0]
    assert listed["mode"] == "TEST"  # a simulated payment moves no real money
    assert listed["pageUuid"] == created["hash"]
    assert listed["invoice"]["totalAmount"] == 12550
    assert listed["invoice"]["currencyAlpha3"] == "CHF"


def test_a_paid_invoice_cannot_be_paid_again(wire: Any, invoice: dict[str, Any]) -> None:
    created = _create(wire, invoice)
    requests.post(created["link"], timeout=5)
    again = requests.post(created["link"], timeout=5)
    assert again.status_code == 409


def test_sandbox_pay_takes_the_same_path(
    sandbox: Sandbox, wire: Any, invoice: dict[str, Any]
) -> None:
    created = _create(wire, invoice)
    transaction = sandbox.pay(created["link"])
    assert transaction["status"] == "confirmed"
    assert transaction["pageUuid"] == created["hash"]
    assert sandbox.state.invoices[created["id"]].status == "confirmed"
    with pytest.raises(PaymentError):
        sandbox.pay(created["hash"])


def test_a_page_takes_many_payments(sandbox: Sandbox, wire: Any) -> None:
    page = wire.send("POST", "Page", {"title": "Spenden", "amount": 5000, "currency": "CHF"})
    created = page.json()["data"][0]
    sandbox.pay(created["hash"])
    sandbox.pay(created["hash"])
    after = wire.get("Page", object_id=created["id"]).json()["data"][0]
    assert after["status"] == "active"
    assert len(after["invoices"]) == 2


def test_a_subscription_paylink_signs_the_payer_up(sandbox: Sandbox, wire: Any) -> None:
    params = {
        "title": "Abo",
        "amount": 2900,
        "currency": "CHF",
        "subscriptionState": True,
        "subscriptionInterval": "P1M",
        "subscriptionPeriod": "P1Y",
        "subscriptionCancellationInterval": "P1M",
        "fields": {"email": {"defaultValue": "neu@kunde.example"}},
    }
    created = wire.send("POST", "Invoice", params).json()["data"][0]
    transaction = sandbox.pay(created["hash"])
    subscription = sandbox.state.subscriptions[
        sandbox.state.transactions[transaction["id"]].subscription_id or 0
    ]
    assert subscription.status == "active"
    assert subscription.test  # signed up through the simulated payment page
    assert subscription.amount == 2900
    assert sandbox.state.contacts[subscription.contact_id].email == "neu@kunde.example"


def test_an_unknown_link_is_a_404_page(sandbox: Sandbox) -> None:
    response = requests.get(f"{sandbox.base_url}/pay/deadbeef", timeout=5)
    assert response.status_code == 404
    assert response.headers["Content-Type"].startswith("text/html")
    with pytest.raises(PaymentError):
        sandbox.pay("deadbeef")


def test_the_index_lists_the_demo_links(sandbox: Sandbox) -> None:
    response = requests.get(sandbox.base_url + "/", timeout=5)
    assert response.status_code == 200
    assert "Reparatur Velo" in response.text

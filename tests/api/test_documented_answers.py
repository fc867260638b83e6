"""Every documented answer of the calls the app makes, read field by field into the values a
person reads off it (the files and where they come from: fixtures/README.md)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.api import statuses
from app.api.fields import as_int, as_int_list, pick, spellings
from app.api.models import Discount, Paylink, Subscription, Transaction

FIXTURES = Path(__file__).with_name("fixtures")
TODAY = date(2026, 6, 15)


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def data(name: str) -> list[dict[str, Any]]:
    answer = load(name)
    assert answer["status"] == "success"
    items: list[dict[str, Any]] = answer["data"]
    return items


# -- Invoice (paylink) -----------------------------------------------------------------------------


def test_invoice_create_current_shape() -> None:
    (raw,) = data("invoice_create.json")
    paylink = Paylink.parse(raw)
    assert paylink.id == 1
    assert paylink.hash == "382c85eab7a86278e3c3b06a23af2358"
    assert paylink.link == "https://demo.payrexx.com/?payment=382c85eab7a86278e3c3b06a23af2358"
    assert paylink.reference_id == "Order number of my online shop application"
    assert paylink.name == "Online-Shop payment #001"
    assert paylink.purpose == "Shop Order #001"
    assert (paylink.amount, paylink.currency) == (590, "CHF")
    assert paylink.vat_rate == Decimal("7.7")
    assert paylink.sku == "P01122000"
    assert paylink.psp == (1,)  # an int in the answer, though sent as a list
    assert paylink.fields["custom_field_1"]["names"]["de"] == "This is a field"
    assert paylink.fields["email"] == {"active": True, "mandatory": True}
    assert paylink.created_at == datetime(2014, 12, 12, 14, 2, 38, tzinfo=UTC)
    assert paylink.transactions == ()  # "invoices": [] while unpaid
    assert paylink.status is None  # create does not say; GET /Invoice/{id}/ does


def test_invoice_python_dict_example() -> None:
    paylink = Paylink.parse(load("invoice_create_python_dict.json"))
    assert (paylink.id, paylink.amount, paylink.currency) == (8, 200, "CHF")
    assert paylink.status == "waiting"
    assert paylink.title == "test"
    assert paylink.purpose == {"1": "test", "2": "test", "3": "test", "4": "test", "7": "test"}
    assert paylink.created_at == datetime.fromtimestamp(1481923840, UTC)
    assert list(paylink.fields) == ["header"]


def test_invoice_sdk_model_with_nulls_and_status() -> None:
    paylink = Paylink.parse(load("invoice_sdk_model.json"))
    assert (paylink.id, paylink.status, paylink.amount, paylink.currency) == (
        8,
        "waiting",
        590,
        "CHF",
    )
    assert paylink.title is None  # '' is no title
    assert paylink.raw["successRedirectUrl"] is None
    assert paylink.psp == (1,)
    assert len(paylink.fields) == 18


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, (1,)), ([36, 44], (36, 44)), ({"0": 36, "1": 44}, (36, 44)), ("44", (44,)), ([], ())],
)
def test_psp_as_an_int_or_a_list(value: object, expected: tuple[int, ...]) -> None:
    assert Paylink.parse({"psp": value}).psp == expected
    assert as_int_list(value) == expected


@pytest.mark.parametrize("fields", [{}, [], None, "x"])
def test_fields_empty_as_an_object_or_a_list(fields: object) -> None:
    assert Paylink.parse({"fields": fields}).fields == {}


@pytest.mark.parametrize("created", [1418392958, "1418392958", "2014-12-12 14:02:38"])
def test_created_at_as_an_int_or_a_string(created: object) -> None:
    assert Paylink.parse({"createdAt": created}).created_at == datetime(
        2014, 12, 12, 14, 2, 38, tzinfo=UTC
    )


# -- Subscription ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["subscription_list.json", "subscription_read.json"])
def test_subscription_current_shape_first_example(name: str) -> None:
    sub = Subscription.parse(data(name)[0])
    assert (sub.id, sub.uuid) == (1, "a5e0c919")
    assert sub.status == "active"
    assert sub.start == date(2025, 12, 12)
    assert sub.end == date(2026, 12, 12)
    assert sub.valid_until is None and sub.next_payment is None
    assert sub.payment_interval == "P1M"
    # No invoice.amount in this shape: originalAmount.
    assert (sub.amount, sub.currency) == (1000, "CHF")
    assert sub.test is False
    assert sub.vat_rate is None  # the product's vatRate is null
    assert sub.discount is None  # {"code": null, "amount": 0, "percentage": null}
    assert sub.refunded_amount == 0
    assert [(p.name, p.price, p.quantity) for p in sub.products] == [("Test", 1000, 1)]
    assert sub.invoice_number == "Test"
    assert sub.reference_id is None and sub.payment_link is None
    assert sub.contact is not None
    assert sub.contact.email == "user@example.com"
    assert sub.contact.name == ""
    assert (sub.contact.country, sub.contact.country_iso) == ("Schweiz", "CH")
    assert sub.contact.country_text == "Schweiz (CH)"
    # Active, with an end to come: in notice.
    assert sub.display_status(TODAY) == statuses.IN_NOTICE
    assert sub.display_status(date(2026, 12, 13)) == statuses.ACTIVE


def test_subscription_current_shape_second_example() -> None:
    sub = Subscription.parse(data("subscription_list.json")[1])
    assert (sub.id, sub.status, sub.end) == (2, "active", None)
    assert sub.valid_until == sub.next_payment == date(2026, 12, 18)
    assert (sub.amount, sub.currency) == (400, "EUR")
    assert sub.test is True
    assert sub.vat_rate == Decimal("8.10") and str(sub.vat_rate) == "8.10"
    assert sub.contact is not None
    assert sub.contact.title == "mister"
    assert sub.contact.name == "Payrexx Test"
    assert (sub.contact.street, sub.contact.zip, sub.contact.place) == (
        "Burgstrasse 20",
        "3600",
        "Thun",
    )
    assert sub.contact.email == "user2@example.com"
    assert sub.contact.date_of_birth == "07.03.1990"
    assert sub.display_status(TODAY) == statuses.ACTIVE
    assert sub.display_status(date(2026, 12, 19)) == statuses.OVERDUE


@pytest.mark.parametrize("name", ["subscription_update.json", "subscription_create.json"])
def test_subscription_older_shape_with_invoice_amount(name: str) -> None:
    (raw,) = data(name)
    sub = Subscription.parse(raw)
    assert (sub.id, sub.status) == (1, "active")
    assert (sub.start, sub.end) == (date(2014, 12, 18), None)
    assert sub.valid_until == sub.next_payment == date(2015, 1, 18)
    assert (sub.amount, sub.currency) == (1, "CHF")
    assert sub.test is None  # this shape does not say
    assert sub.invoice_number == "Test subscription"
    assert sub.contact is not None and sub.contact.email == "user@example.com"
    assert sub.contact.country_text == ""
    assert sub.display_status(TODAY) == statuses.OVERDUE
    assert sub.display_status(date(2015, 1, 1)) == statuses.ACTIVE


def test_subscription_sdk_model_fields() -> None:
    notice, cancelled, terminated = (
        Subscription.parse(r) for r in data("subscription_sdk_fields.json")
    )
    # validUntil is valid_until; nextPayDate (unix seconds) comes first for the next payment.
    assert notice.valid_until == date(2026, 4, 1)
    assert notice.next_pay_date == date(2026, 4, 1) == notice.next_payment
    assert notice.first_cancel_date == date(2026, 9, 1)
    assert notice.cancelled_date is None  # ""
    assert notice.psp == (36, 44)
    # Sum of price × quantity ("1250" × 2 + 500 × 1), no originalAmount.
    assert (notice.amount, notice.currency) == (3000, "CHF")
    assert notice.test is True  # "1"
    assert notice.vat_rate == Decimal("2.60")
    assert notice.discount == Discount(code="TREUE10", amount=300, percentage=Decimal(10))
    assert notice.refunded_amount == 1250
    assert notice.contact is not None and notice.contact.country_text == "Svizzera (CH)"
    assert notice.display_status(date(2026, 3, 1)) == statuses.IN_NOTICE  # firstCancelDate
    assert notice.display_status(date(2026, 4, 2)) == statuses.OVERDUE
    assert notice.display_status(date(2026, 9, 2)) == statuses.OVERDUE

    assert cancelled.status == cancelled.display_status(TODAY) == "cancelled"
    assert cancelled.valid_until == date(2025, 1, 10)  # null valid_until, then validUntil
    assert cancelled.cancelled_date == date(2024, 11, 20)
    assert (cancelled.amount, cancelled.currency) == (12000, "EUR")  # "12000"
    assert cancelled.test is False
    assert cancelled.contact is not None and cancelled.contact.country_text == "FR"

    assert terminated.display_status(TODAY) == "terminated"
    assert (terminated.amount, terminated.vat_rate) == (4500, Decimal("8.10"))


def test_an_unknown_status_stays_raw() -> None:
    for raw in ("in_notice", "failed", "paused", "Something New"):
        sub = Subscription.parse({"status": raw, "end": "2099-01-01", "valid_until": "2000-01-01"})
        assert sub.display_status(TODAY) == raw.lower()


def test_legacy_amount_when_products_lack_a_price() -> None:
    sub = Subscription.parse(
        {"invoice": {"products": [{"name": "x", "quantity": 2}], "amount": 700, "currency": "EUR"}}
    )
    assert sub.amount == 700


# -- Transaction -----------------------------------------------------------------------------------


def test_transaction_list() -> None:
    first, second = (Transaction.parse(r) for r in data("transaction_list.json"))
    assert (first.id, first.uuid, first.status) == (1, "f384000b", "authorized")
    assert first.time == datetime(2020, 1, 20, 15, 56, 2, tzinfo=UTC)
    # No top-level amount or currency: invoice.totalAmount and invoice.currencyAlpha3.
    assert (first.amount, first.currency) == (9272, "CHF")
    assert (first.mode, first.test) == ("LIVE", False)
    assert (first.psp, first.psp_id, first.brand) == ("Payrexx_Payments", 26, "visa")
    assert first.reference_id == "ORDER#321"
    assert first.discount == Discount(code="SUPERSALE", amount=3828, percentage=Decimal(33))
    assert first.contact is not None
    assert first.contact.name == "Hans Schmid"
    assert first.contact.company == "FeelGood"
    assert first.contact.email == "info@example.com"
    assert first.contact.country_text == "Schweiz (CH)"
    assert not first.paid  # authorized: held, not charged

    assert (second.id, second.status, second.amount, second.currency) == (
        223,
        "confirmed",
        4350,
        "CHF",
    )
    assert second.discount is None
    assert second.paid


def test_transaction_read() -> None:
    (raw,) = data("transaction_read.json")
    payment = Transaction.parse(raw)
    assert (payment.id, payment.amount, payment.currency, payment.test) == (1, 9272, "CHF", False)
    assert payment.contact is not None and payment.contact.lastname == "Schmid"


def test_transaction_live_variants() -> None:
    insecure, refunded, pending = (
        Transaction.parse(r) for r in data("transaction_live_variants.json")
    )
    assert (insecure.amount, insecure.currency) == (5000, "EUR")  # amount "5000"
    assert insecure.vat_rate == Decimal("8.10")
    assert (insecure.mode, insecure.test) == ("TEST", True)
    assert insecure.status == "insecure" and not insecure.paid
    assert insecure.contact is not None and insecure.contact.country_text == "Deutschland (DE)"
    # A top-level currency and amount win over the invoice's.
    assert (refunded.amount, refunded.currency, refunded.test) == (12000, "CHF", False)
    assert refunded.status == "partially-refunded" and not refunded.paid
    assert refunded.contact is None  # rendered as []
    assert (pending.amount, pending.currency, pending.test) == (1999, "GBP", False)  # "live"


# -- the readers -----------------------------------------------------------------------------------


def test_snake_and_camel_spellings_are_one_field() -> None:
    assert spellings("valid_until") == ("valid_until", "validUntil")
    assert spellings("validUntil") == ("validUntil", "valid_until")
    assert spellings("countryISO") == ("countryISO", "country_iso")
    assert pick({"validUntil": "2026-01-01"}, "valid_until") == "2026-01-01"
    assert pick({"valid_until": None, "validUntil": "2026-01-01"}, "valid_until") == "2026-01-01"
    assert pick({"next_pay_date": 5}, "nextPayDate") == 5


@pytest.mark.parametrize(
    ("value", "expected"),
    [(5000, 5000), ("5000", 5000), (" 5000 ", 5000), ("-5", -5), (50.0, 50), (50.5, None),
     ("5e3", None), ("", None), ("٥", None), ("9" * 5000, None), (None, None), ([], None)],
)  # fmt: skip
def test_int_readers(value: object, expected: int | None) -> None:
    assert as_int(value) == expected


def test_success_statuses_are_explicit() -> None:
    assert {"confirmed"} == statuses.PAID
    for status in (
        "insecure",
        "authorized",
        "reserved",
        "refunded",
        "partially-refunded",
        "",
        None,
    ):
        assert not statuses.is_paid(status)
    assert statuses.is_paid(" Confirmed ")

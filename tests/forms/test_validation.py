"""The form model: every bad input is refused with the sentence the user sees; valid input
builds exactly the parameters the API expects (money as int minor units, never a float)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.api.signing import http_build_query
from app.models.paylink_form import (
    FormValues,
    Kind,
    parse_amount,
    validate,
    values_from_params,
)

TODAY = date(2026, 11, 22)


def good(**changes: object) -> FormValues:
    values = FormValues(title="Invoice 17", amount="125.50", currency="CHF")
    for key, value in changes.items():
        setattr(values, key, value)
    return values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.50", "1234.50"),
        ("1'234.50", "1234.50"),
        ("1’234.50", "1234.50"),
        ("1234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1 234,50", "1234.50"),
        ("1\u202f234.50", "1234.50"),
        (" 12 ", "12"),
        ("1.234.567", "1234567"),
    ],
)
def test_amounts_are_read_whatever_the_locale(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "", "Enter a title: the customer sees it on the payment page."),
        ("title", "   ", "Enter a title: the customer sees it on the payment page."),
        ("title", "x" * 256, "The title is too long (256 characters; at most 255)."),
        ("amount", "", "Enter an amount."),
        ("amount", "abc", "Enter the amount as a number, like 1234.50."),
        ("amount", "12.3.4,5", "Enter the amount as a number, like 1234.50."),
        ("amount", "0", "The amount must be more than zero."),
        ("amount", "-5", "The amount must be more than zero."),
        ("amount", "12.345", "CHF amounts have at most 2 decimals."),
        ("amount", "99999999", "The amount is larger than the platform accepts."),
        ("vat_rate", "abc", "Enter the VAT rate as a percentage between 0 and 100, like 8.1."),
        ("vat_rate", "101", "Enter the VAT rate as a percentage between 0 and 100, like 8.1."),
        ("vat_rate", "8.125", "Enter the VAT rate as a percentage between 0 and 100, like 8.1."),
        ("expiry", "2026-11-21", "The expiry date is in the past: choose a later date or none."),
        ("expiry", "31.12.2026", "Enter the expiry date as a date, like 2026-12-31."),
        ("email", "max@", "Enter a valid e-mail address, like name@example.ch."),
        ("email", "max muster@example.ch", "Enter a valid e-mail address, like name@example.ch."),
        (
            "success_url",
            "example.ch/ok",
            "Enter a web address starting with https:// (or http://).",
        ),
        (
            "failed_url",
            "ftp://example.ch",
            "Enter a web address starting with https:// (or http://).",
        ),
        (
            "psp",
            "36, visa",
            "Enter payment provider ids as numbers separated by commas, like 36, 44.",
        ),
        ("description", "x" * 2001, "The description is too long (2001 characters; at most 2000)."),
        ("reference", "R" * 300, "The reference is too long (300 characters; at most 255)."),
    ],
)
def test_each_bad_input_is_refused_with_its_message(field: str, value: str, message: str) -> None:
    errors, valid = validate(good(**{field: value}), Kind.INVOICE, TODAY)
    assert errors == {field: message}
    assert valid is None


def test_japanese_yen_has_no_decimals() -> None:
    errors, _ = validate(good(amount="10.5", currency="JPY"), Kind.INVOICE, TODAY)
    assert errors == {"amount": "JPY amounts have no decimals."}


def test_several_errors_are_reported_together() -> None:
    errors, valid = validate(FormValues(currency="CHF"), Kind.INVOICE, TODAY)
    assert set(errors) == {"title", "amount"}
    assert valid is None


def test_valid_invoice_builds_the_api_parameters() -> None:
    values = good(
        description="Beratung",
        purpose="Rechnung 17",
        vat_rate="8.1",
        reference="INV-0017",
        expiry="2026-12-31",
        email="kunde@example.ch",
        email_required=True,
        forename="Jürg",
        psp="36, 44",
        pm="Visa, twint",
        success_url="https://example.ch/ok",
    )
    errors, valid = validate(values, Kind.INVOICE, TODAY)
    assert errors == {}
    assert valid is not None
    assert valid.amount_minor == 12550 and type(valid.amount_minor) is int
    assert valid.params == {
        "title": "Invoice 17",
        "description": "Beratung",
        "purpose": "Rechnung 17",
        "amount": 12550,
        "currency": "CHF",
        "psp": [36, 44],
        "fields": {
            "email": {"defaultValue": "kunde@example.ch", "mandatory": True},
            "forename": {"defaultValue": "Jürg", "mandatory": False},
        },
        "referenceId": "INV-0017",
        "vatRate": "8.1",
        "pm": ["visa", "twint"],
        "expirationDate": "2026-12-31",
        "successRedirectUrl": "https://example.ch/ok",
    }
    assert "vatRate=8.1" in http_build_query(valid.params)
    assert valid.customer == "Jürg · kunde@example.ch"


def test_purpose_per_language_uses_the_platform_language_ids() -> None:
    values = good(
        purpose_per_language=True, purposes={"de": "Beitrag", "fr": "Cotisation", "en": ""}
    )
    _, valid = validate(values, Kind.INVOICE, TODAY)
    assert valid is not None
    assert valid.params["purpose"] == {1: "Beitrag", 3: "Cotisation"}


def test_page_sends_only_what_a_page_takes() -> None:
    values = good(vat_rate="8.1", reference="R-1", expiry="2026-12-31", sku="S", pm="visa")
    _, valid = validate(values, Kind.PAGE, TODAY)
    assert valid is not None
    assert set(valid.params) == {"title", "amount", "currency"}


def test_expiry_today_is_allowed() -> None:
    errors, _ = validate(good(expiry="2026-11-22"), Kind.INVOICE, TODAY)
    assert errors == {}


def test_duplicating_a_sent_invoice_refills_the_form() -> None:
    values = good(
        purpose_per_language=True,
        purposes={"de": "A", "it": "B"},
        email="a@b.ch",
        email_required=True,
        psp="36",
    )
    _, valid = validate(values, Kind.INVOICE, TODAY)
    assert valid is not None
    again = values_from_params(valid.params, Kind.INVOICE, "EUR")
    assert (again.title, again.amount, again.currency) == ("Invoice 17", "125.50", "CHF")
    assert again.purposes == {"de": "A", "it": "B"} and again.purpose_per_language
    assert (again.email, again.email_required, again.psp) == ("a@b.ch", True, "36")


def test_drafts_round_trip_through_a_dict() -> None:
    values = good(purposes={"de": "x"}, company_required=True)
    assert FormValues.from_dict(values.to_dict() | {"from_a_newer_version": 1}) == values

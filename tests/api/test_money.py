from __future__ import annotations

from decimal import Decimal

import pytest

from app.api.money import AmountError, decimals, from_minor, to_minor


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        ("125.50", "CHF", 12550),
        ("125.5", "EUR", 12550),
        ("1", "USD", 100),
        ("0.05", "CHF", 5),
        ("1500", "JPY", 1500),
        ("1.234", "KWD", 1234),
        ("21474836.47", "CHF", 2147483647),
    ],
)
def test_major_to_minor_units(amount: str, currency: str, minor: int) -> None:
    assert to_minor(Decimal(amount), currency) == minor
    assert from_minor(minor, currency) == Decimal(amount)


@pytest.mark.parametrize(
    ("amount", "currency", "message"),
    [
        ("12.345", "CHF", "CHF amounts have at most 2 decimals."),
        ("10.5", "JPY", "JPY amounts have no decimals."),
        ("21474836.48", "CHF", "The amount is larger than the platform accepts."),
        ("abc", "CHF", "“abc” is not an amount."),
        ("NaN", "CHF", "The amount must be a number."),
    ],
)
def test_amounts_that_do_not_fit_are_refused(amount: str, currency: str, message: str) -> None:
    with pytest.raises(AmountError) as info:
        to_minor(amount, currency)
    assert str(info.value) == message


def test_decimals_per_currency() -> None:
    assert (decimals("CHF"), decimals("jpy"), decimals("BHD")) == (2, 0, 3)


def test_minor_units_are_ints_never_floats() -> None:
    assert type(to_minor(Decimal("0.1") + Decimal("0.2"), "CHF")) is int

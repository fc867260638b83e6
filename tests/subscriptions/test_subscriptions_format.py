"""How subscription fields read in the list."""

from __future__ import annotations

from datetime import date

import pytest

from app.api.models import Contact
from app.models import subscriptions_format as fmt

from .conftest import UseLocale


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("P1M", "monthly"),
        ("P3M", "quarterly"),
        ("P6M", "half-yearly"),
        ("P1Y", "yearly"),
        ("P1W", "weekly"),
        ("p1m", "monthly"),
        ("P2M", "every 2 months"),
        ("P2W", "every 2 weeks"),
        ("P10D", "every 10 days"),
        ("P2Y", "every 2 years"),
        ("P1Y6M", "every 1 year, 6 months"),
        ("monthly-ish", "monthly-ish"),
        ("P", "P"),
        (None, ""),
    ],
)
def test_interval_text(code: str | None, text: str) -> None:
    assert fmt.interval_text(code) == text


def test_interval_sort_follows_length() -> None:
    codes = ["P1Y", "P1W", "P3M", "P1M", "bogus", "P2W"]
    assert sorted(codes, key=fmt.interval_days) == ["P1W", "P2W", "P1M", "P3M", "P1Y", "bogus"]


@pytest.mark.parametrize(
    ("status", "label"),
    [
        ("active", "Active"),
        ("notice", "In notice"),
        ("overdue", "Overdue"),
        ("cancelled", "Cancelled"),
        ("terminated", "Terminated"),
        # Only our sandbox says these: shown by their raw names, as any unknown status.
        ("in_notice", "in_notice"),
        ("failed", "failed"),
        ("paused", "paused"),
        ("", "(no status)"),
    ],
)
def test_status_label_known_and_raw(status: str, label: str) -> None:
    assert fmt.status_label(status) == label


@pytest.mark.parametrize(
    ("minor", "currency", "text", "plain"),
    [
        (12550, "CHF", "CHF 125.50", "125.50"),
        (123450, "EUR", "EUR 1,234.50", "1234.50"),
        (1235, "JPY", "JPY 1,235", "1235"),
        (1500, "KWD", "KWD 1.500", "1.500"),
        (None, "CHF", "", ""),
    ],
)
def test_money(minor: int | None, currency: str, text: str, plain: str) -> None:
    assert fmt.money_text(minor, currency) == text
    assert fmt.money_plain(minor, currency) == plain


def test_money_sort_key_compares_across_decimals_exactly() -> None:
    # 10 JPY < 1.00 CHF (100 minor) < 1.001 KWD (1001 minor) by value, whatever the minor units.
    keys = [fmt.money_sort_key(10, "JPY"), fmt.money_sort_key(100, "CHF")]
    assert keys == [10_000, 1_000]
    assert fmt.money_sort_key(1001, "KWD") == 1001
    assert all(isinstance(k, int) for k in keys)


def test_customer_and_dates() -> None:
    assert fmt.customer_text(Contact(firstname="Anna", lastname="Muster", company="AG")) == (
        "Anna Muster, AG"
    )
    assert fmt.customer_text(Contact(company="Muster AG")) == "Muster AG"
    assert fmt.customer_text(None) == ""
    # Qt's C locale (no locale chosen, as in these tests): ISO dates.
    assert fmt.date_text(date(2025, 3, 1)) == "2025-03-01"
    assert fmt.date_text(None) == ""


@pytest.mark.parametrize(
    ("locale", "day", "money", "yen"),
    [
        ("de_CH", "01.03.2025", "CHF 1'234.50", "JPY 1'235"),
        ("fr_CH", "01.03.2025", "CHF 1'234.50", "JPY 1'235"),
        ("it_CH", "01.03.2025", "CHF 1'234.50", "JPY 1'235"),
        ("en_CH", "01.03.2025", "CHF 1'234.50", "JPY 1'235"),
        ("en_GB", "01/03/2025", "CHF 1,234.50", "JPY 1,235"),
        ("C", "2025-03-01", "CHF 1,234.50", "JPY 1,235"),
    ],
)
def test_money_and_dates_in_the_ui_locale(
    ui_locale: UseLocale, locale: str, day: str, money: str, yen: str
) -> None:
    ui_locale(locale)
    assert fmt.date_text(date(2025, 3, 1)) == day
    assert fmt.money_text(123450, "CHF") == money
    assert fmt.money_text(1235, "JPY") == yen
    # For machines, whatever the locale:
    assert fmt.date_iso(date(2025, 3, 1)) == "2025-03-01"
    assert fmt.money_plain(123450, "CHF") == "1234.50"

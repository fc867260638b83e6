"""Money, dates and times in the UI locale (`app.models.locale_format`).

The conftest of this folder restores the default locale after every test.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app import i18n
from app.models import locale_format
from app.models.locale_format import (
    four_digit_year,
    ui_amount,
    ui_date,
    ui_datetime,
    ui_format,
    ui_money,
    ui_time,
    with_seconds,
)

NNBSP = "\u202f"
LAST_DAY = date(2026, 12, 31)
EVENING = datetime(2026, 1, 2, 18, 5, 9)


def use(name: str) -> None:
    QLocale.setDefault(QLocale.c() if name == "C" else QLocale(name))


@pytest.mark.parametrize(
    ("locale", "money", "negative", "yen", "dinar", "large"),
    [
        ("de_CH", "CHF 1'234.50", "CHF -1'234.50", "JPY 123'456", "KWD 1.500", "CHF 12'345'678.90"),
        # Swiss money has a decimal point in French too (Qt's fr_CH numbers use a comma)...
        ("fr_CH", "CHF 1'234.50", "CHF -1'234.50", "JPY 123'456", "KWD 1.500", "CHF 12'345'678.90"),
        # ...and groups from 1'000 on in Italian (Qt's it_CH numbers only from 10'000 on).
        ("it_CH", "CHF 1'234.50", "CHF -1'234.50", "JPY 123'456", "KWD 1.500", "CHF 12'345'678.90"),
        ("en_CH", "CHF 1'234.50", "CHF -1'234.50", "JPY 123'456", "KWD 1.500", "CHF 12'345'678.90"),
        ("en_GB", "CHF 1,234.50", "CHF -1,234.50", "JPY 123,456", "KWD 1.500", "CHF 12,345,678.90"),
        ("C", "CHF 1,234.50", "CHF -1,234.50", "JPY 123,456", "KWD 1.500", "CHF 12,345,678.90"),
        # Outside Switzerland the locale's own rules (not a UI locale Paydesk picks today).
        ("it_IT", "CHF 1234,50", "CHF -1234,50", "JPY 123.456", "KWD 1,500", "CHF 12.345.678,90"),
        ("fr_FR", f"CHF 1{NNBSP}234,50", f"CHF -1{NNBSP}234,50", f"JPY 123{NNBSP}456", "KWD 1,500",
         f"CHF 12{NNBSP}345{NNBSP}678,90"),
    ],
)  # fmt: skip
def test_money(locale: str, money: str, negative: str, yen: str, dinar: str, large: str) -> None:
    use(locale)
    assert ui_money(123450, "CHF") == money
    assert ui_money(-123450, "CHF") == negative
    assert ui_money(123456, "JPY") == yen
    assert ui_money(1500, "KWD") == dinar
    assert ui_money(1234567890, "chf") == large
    assert ui_amount(123450, "CHF") == money.removeprefix("CHF ")


def test_small_amounts_and_zero() -> None:
    use("de_CH")
    assert ui_money(0, "CHF") == "CHF 0.00"
    assert ui_money(5, "CHF") == "CHF 0.05"
    assert ui_money(-5, "CHF") == "CHF -0.05"
    assert ui_money(99999, "CHF") == "CHF 999.99"
    assert ui_money(100000, "CHF") == "CHF 1'000.00"


@pytest.mark.parametrize("wrong", [1234.5, True, "1234"])
def test_money_refuses_anything_but_an_int(wrong: object) -> None:
    use("de_CH")
    with pytest.raises(TypeError):
        ui_money(wrong, "CHF")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("locale", "day", "moment", "seconds", "time"),
    [
        ("de_CH", "31.12.2026", "02.01.2026 18:05", "02.01.2026 18:05:09", "18:05"),
        ("fr_CH", "31.12.2026", "02.01.2026 18:05", "02.01.2026 18:05:09", "18:05"),
        ("it_CH", "31.12.2026", "02.01.2026 18:05", "02.01.2026 18:05:09", "18:05"),
        ("en_CH", "31.12.2026", "02.01.2026 18:05", "02.01.2026 18:05:09", "18:05"),
        ("en_GB", "31/12/2026", "02/01/2026 18:05", "02/01/2026 18:05:09", "18:05"),
        ("en_US", "12/31/2026", f"1/2/2026 6:05{NNBSP}PM", f"1/2/2026 6:05:09{NNBSP}PM",
         f"6:05{NNBSP}PM"),
        ("C", "2026-12-31", "2026-01-02 18:05", "2026-01-02 18:05:09", "18:05"),
    ],
)  # fmt: skip
def test_dates_and_times(locale: str, day: str, moment: str, seconds: str, time: str) -> None:
    use(locale)
    assert ui_date(LAST_DAY) == day
    assert ui_datetime(EVENING) == moment
    assert ui_datetime(EVENING, seconds=True) == seconds
    assert ui_time(EVENING) == time
    assert ui_date(None) == ui_datetime(None) == ""


def test_the_year_has_four_digits_where_the_locale_would_write_two() -> None:
    assert QLocale("de_CH").dateFormat(QLocale.FormatType.ShortFormat) == "dd.MM.yy"
    use("de_CH")
    assert ui_date(date(1999, 1, 5)) == "05.01.1999"
    assert ui_date(date(2099, 1, 5)) == "05.01.2099"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("dd.MM.yy", "dd.MM.yyyy"),
        ("dd.MM.yyyy", "dd.MM.yyyy"),
        ("M/d/yy h:mm AP", "M/d/yyyy h:mm AP"),
        ("d 'yy' MM yy", "d 'yy' MM yyyy"),  # quoted text stays as it is
        ("d MMM y", "d MMM y"),
    ],
)
def test_four_digit_year(pattern: str, expected: str) -> None:
    assert four_digit_year(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("HH:mm", "HH:mm:ss"),
        ("dd.MM.yyyy HH:mm", "dd.MM.yyyy HH:mm:ss"),
        (f"h:mm{NNBSP}AP", f"h:mm:ss{NNBSP}AP"),
        ("H.mm", "H.mm.ss"),
        ("HH:mm:ss", "HH:mm:ss"),
    ],
)
def test_with_seconds(pattern: str, expected: str) -> None:
    assert with_seconds(pattern) == expected


def test_one_formatter_per_locale_and_no_stale_cache() -> None:
    use("de_CH")
    swiss = ui_format()
    assert ui_format() is swiss  # a loop takes it once; a second call finds the same one
    assert swiss.money(123450, "CHF") == "CHF 1'234.50"
    use("en_GB")
    assert ui_format() is not swiss
    assert ui_money(123450, "CHF") == "CHF 1,234.50"  # not the Swiss answer from a cache
    assert ui_date(LAST_DAY) == "31/12/2026"
    use("de_CH")
    assert ui_format() is swiss


def test_the_ui_language_sets_the_locale_the_formats_follow(qapp: QCoreApplication) -> None:
    app = qapp
    for language, day in (("de", "31.12.2026"), ("fr", "31.12.2026"), ("it", "31.12.2026")):
        i18n.install_translators(app, language)
        assert ui_date(LAST_DAY) == day
        assert ui_money(123450, "CHF") == "CHF 1'234.50"
    i18n.remove_translators(app)


def test_formatting_on_a_worker_thread_gives_the_same_text() -> None:
    use("de_CH")
    display = ui_format()
    results: list[str] = []

    def work() -> None:
        fresh = locale_format.UiFormat(QLocale())  # what a worker preparing rows may build
        results.extend([fresh.date(LAST_DAY), display.money(98765, "CHF"), ui_date(LAST_DAY)])

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert results == ["31.12.2026", "CHF 987.65", "31.12.2026"]


def test_aware_moments_are_formatted_as_given() -> None:
    use("de_CH")
    utc = datetime(2026, 1, 2, 23, 30, tzinfo=UTC)
    assert ui_datetime(utc) == "02.01.2026 23:30"  # the caller converts when it wants local time

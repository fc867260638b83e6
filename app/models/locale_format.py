"""Money, dates and times as the UI shows them: in the UI locale, the one `app.i18n` makes Qt's
default at start-up (de_CH: ``CHF 1'234.50``, ``31.12.2026``, ``31.12.2026 14:05``).

For display only. What a machine reads keeps its own form (ISO dates and plain decimals in the CSV
export, `subscriptions_format.money_plain`; whatever goes to the API), and the text pasted to a
customer is in the customer's language (`messages.format_money`), whatever the UI speaks.

The rules, from the locale's own data (`QLocale`):

* Dates take the locale's short format with the year always in four digits (``31.12.2026``, not
  ``31.12.26``): on an invoice or a due date the century should never be a guess.
* Times take the locale's short format (``14:05``; ``2:05 PM`` in en_US).
* Money is the ISO currency code, a space and the amount with the locale's separators and the
  currency's decimals, never through a float. In Switzerland (and Liechtenstein) amounts of money
  follow the Swiss convention in every language: a decimal point and grouping from 1'000 on
  (``CHF 1'234.50`` in de_CH, fr_CH, it_CH and en_CH), where Qt's general number data would
  write fr_CH ``1'234,50`` and it_CH ``1234.50``. CLDR itself gives fr_CH a separate decimal
  point for currency, which `QLocale` does not carry.
* Qt's "C" locale (no locale chosen, as in the tests) gives ISO dates and ``1,234.50``.

`ui_format()` returns the formatter of the current default locale, made once per locale. A loop
over many rows takes it once and calls its methods, which cache their results, so no `QLocale` is
made per cell; the `ui_*` functions are for single values. Formatting only reads the locale, so
it is safe on a worker thread (the subscription rows are prepared on one).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from app.api.money import decimals, from_minor

_SHORT = QLocale.FormatType.ShortFormat
_SWISS_MONEY = frozenset({QLocale.Country.Switzerland, QLocale.Country.Liechtenstein})
_ISO_DATE = "yyyy-MM-dd"
_ISO_TIME = "HH:mm"

# A quoted literal in a Qt date format (left as it is), or a two-digit year.
_TWO_DIGIT_YEAR = re.compile(r"('(?:[^']|'')*')|(?<!y)yy(?!y)")
_QUOTED = re.compile(r"'(?:[^']|'')*'")
# The hour, what separates it from the minutes, and the minutes: where seconds go.
_HOUR_MINUTES = re.compile(r"([hH]{1,2})([^hHmsaApPt']*)(mm)")


class UiFormat:
    """Formats money, dates and times for one locale; results are cached per value."""

    def __init__(self, locale: QLocale) -> None:
        self.locale = QLocale(locale)
        self.name = locale.name()
        iso = locale.language() == QLocale.Language.C
        swiss = locale.territory() in _SWISS_MONEY
        self.group = locale.groupSeparator()
        self.decimal = "." if swiss else locale.decimalPoint()
        self.minus = locale.negativeSign()
        # Some locales (it_CH among them) group numbers only from 10,000 on; Swiss money, and the
        # C locale's ISO-like 1,234.50, from 1,000 on.
        self._group_from = 4 if iso or swiss or self.group in locale.toString(1000) else 5
        self._separators = str.maketrans({",": self.group, ".": self.decimal})
        if iso:
            self.date_format = _ISO_DATE
            self.time_format = _ISO_TIME
            self.datetime_format = f"{_ISO_DATE} {_ISO_TIME}"
        else:
            self.date_format = four_digit_year(locale.dateFormat(_SHORT))
            self.time_format = locale.timeFormat(_SHORT)
            self.datetime_format = four_digit_year(locale.dateTimeFormat(_SHORT))
        self.datetime_seconds_format = with_seconds(self.datetime_format)
        # Per instance, so a different locale never answers from another's cache.
        self.money = lru_cache(maxsize=8192)(self._money)
        self.amount = lru_cache(maxsize=8192)(self._amount)
        self.date = lru_cache(maxsize=16384)(self._date)

    def __repr__(self) -> str:
        return f"UiFormat({self.name!r})"

    def _money(self, minor: int, currency: str) -> str:
        """``123450, "CHF"`` -> ``"CHF 1'234.50"`` (de_CH)."""
        return f"{currency.upper()} {self._amount(minor, currency)}"

    def _amount(self, minor: int, currency: str) -> str:
        """The number alone: ``123450, "CHF"`` -> ``"1'234.50"``; ``1235, "JPY"`` -> ``"1'235"``."""
        if isinstance(minor, bool) or not isinstance(minor, int):
            raise TypeError(f"minor must be an int, not {type(minor).__name__}")
        value = from_minor(minor, currency)
        places = decimals(currency)
        whole_digits = len(str(abs(minor) // 10**places))
        grouping = "," if whole_digits >= self._group_from else ""
        text = format(abs(value), f"{grouping}.{places}f").translate(self._separators)
        return f"{self.minus}{text}" if value < 0 else text

    def _date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), self.date_format)

    def time(self, moment: datetime) -> str:
        """The wall-clock time of `moment` as it is given (convert to local time first if that is
        what should show)."""
        return self.locale.toString(
            QTime(moment.hour, moment.minute, moment.second), self.time_format
        )

    def date_time(self, moment: datetime | None, *, seconds: bool = False) -> str:
        """Date and time of `moment` as it is given, like `time`; with `seconds` for a tooltip."""
        if moment is None:
            return ""
        qt_moment = QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
        pattern = self.datetime_seconds_format if seconds else self.datetime_format
        return self.locale.toString(qt_moment, pattern)


def four_digit_year(pattern: str) -> str:
    """A Qt date format with ``yy`` made ``yyyy``: ``"dd.MM.yy"`` -> ``"dd.MM.yyyy"``."""
    return _TWO_DIGIT_YEAR.sub(lambda m: m.group(1) or "yyyy", pattern)


def with_seconds(pattern: str) -> str:
    """A Qt time format with seconds after the minutes, with the same separator as between hour
    and minutes: ``"HH:mm"`` -> ``"HH:mm:ss"``, ``"h.mm"`` -> ``"h.mm.ss"``."""
    if "s" in _QUOTED.sub("", pattern):
        return pattern
    return _HOUR_MINUTES.sub(r"\1\2\3\2ss", pattern, count=1)


_formats: dict[str, UiFormat] = {}


def ui_format() -> UiFormat:
    """The formatter for the current default locale (`QLocale()`), made once per locale."""
    locale = QLocale()
    key = "C" if locale.language() == QLocale.Language.C else locale.bcp47Name()
    found = _formats.get(key)
    if found is None:
        found = _formats[key] = UiFormat(locale)
    return found


def ui_money(minor: int, currency: str) -> str:
    """``123450, "CHF"`` -> ``"CHF 1'234.50"`` in de_CH, fr_CH, it_CH and en_CH;
    ``"CHF 1,234.50"`` in en_GB."""
    return ui_format().money(minor, currency)


def ui_amount(minor: int, currency: str) -> str:
    """The amount without the currency: ``123450, "CHF"`` -> ``"1'234.50"`` in de_CH."""
    return ui_format().amount(minor, currency)


def ui_date(value: date | None) -> str:
    """``date(2026, 12, 31)`` -> ``"31.12.2026"`` in de_CH, ``"12/31/2026"`` in en_US; ``""`` for
    None."""
    return ui_format().date(value)


def ui_time(moment: datetime) -> str:
    """``14:05`` in de_CH, ``2:05 PM`` in en_US: the time of `moment` as given."""
    return ui_format().time(moment)


def ui_datetime(moment: datetime | None, *, seconds: bool = False) -> str:
    """``"31.12.2026 14:05"`` in de_CH: `moment` as given (``moment.astimezone()`` for local
    time); ``""`` for None."""
    return ui_format().date_time(moment, seconds=seconds)

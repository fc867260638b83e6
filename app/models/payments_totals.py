"""What came in: totals per currency for today, the last 7 and the last 30 days, and the daily
series of the last 30 days for the chart. Pure functions over parsed `Transaction`s.

Only paid payments count (`app.api.statuses.is_paid`: ``confirmed``); a refund, a decline or a
pre-authorization adds nothing. Live and test money stay apart: a test payment (``mode`` TEST)
is nobody's money. A payment whose answer gives no mode counts as live (the platform documents
``mode`` on every payment; hiding real money would be the worse mistake). Days are the user's
local calendar days: "today" starts at local midnight.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.api.models import Transaction

WINDOWS = (1, 7, 30)
"""Today, the last 7 days (today included), the last 30 days."""
CHART_DAYS = 30

Sums = dict[str, int]
"""Currency -> minor units."""


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The local calendar day of a payment time (the API's times are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).date()


def window_start(today: date, days: int, tz: tzinfo | None = None) -> datetime:
    """Local midnight ``days - 1`` days before ``today``, as an aware datetime."""
    start = datetime.combine(today - timedelta(days=days - 1), time())
    return start.replace(tzinfo=tz) if tz is not None else start.astimezone()


def counts(payment: Transaction) -> bool:
    return payment.paid and payment.amount is not None and bool(payment.currency)


@dataclass(frozen=True)
class Totals:
    live: dict[int, Sums]
    """Window length in days -> currency -> paid minor units."""
    test: dict[int, Sums]
    payments: dict[tuple[int, bool], int] = field(default_factory=dict)
    """(window, test) -> how many paid payments."""

    def currencies(self) -> list[str]:
        found = {c for sums in (*self.live.values(), *self.test.values()) for c in sums}
        return sorted(found)


def totals(payments: Iterable[Transaction], today: date, tz: tzinfo | None = None) -> Totals:
    live: dict[int, Sums] = {w: defaultdict(int) for w in WINDOWS}
    test: dict[int, Sums] = {w: defaultdict(int) for w in WINDOWS}
    number: dict[tuple[int, bool], int] = defaultdict(int)
    for payment in payments:
        if not counts(payment) or payment.time is None:
            continue
        age = (today - local_day(payment.time, tz)).days
        is_test = payment.test is True
        for window in WINDOWS:
            if 0 <= age < window:
                target = test if is_test else live
                assert payment.amount is not None and payment.currency
                target[window][payment.currency] += payment.amount
                number[(window, is_test)] += 1
    return Totals(
        {w: dict(s) for w, s in live.items()},
        {w: dict(s) for w, s in test.items()},
        dict(number),
    )


@dataclass(frozen=True)
class Day:
    day: date
    live: int
    test: int
    """Paid minor units of the chart's currency."""


def daily(
    payments: Iterable[Transaction],
    today: date,
    currency: str,
    tz: tzinfo | None = None,
    days: int = CHART_DAYS,
) -> list[Day]:
    """One `Day` per calendar day, oldest first, ending today; days without payments are 0."""
    live: dict[date, int] = defaultdict(int)
    test: dict[date, int] = defaultdict(int)
    first = today - timedelta(days=days - 1)
    for payment in payments:
        if not counts(payment) or payment.time is None or payment.currency != currency:
            continue
        day = local_day(payment.time, tz)
        if first <= day <= today:
            assert payment.amount is not None
            (test if payment.test is True else live)[day] += payment.amount
    span = [first + timedelta(days=n) for n in range(days)]
    return [Day(day, live[day], test[day]) for day in span]


def chart_currency(t: Totals, preferred: str | None = None) -> str | None:
    """The currency the chart shows: ``preferred`` (the instance's) if money came in it, else the
    one with the most live payments in 30 days."""
    currencies = t.currencies()
    if not currencies:
        return None
    if preferred and preferred in currencies:
        return preferred
    return max(currencies, key=lambda c: (t.live[30].get(c, 0) > 0, t.live[30].get(c, 0), c))

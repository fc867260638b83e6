"""How one subscription field reads in the list: status, interval, money, dates, customer.

Pure functions (no widgets, no QApplication needed), cached where the same value recurs across
many rows so that 100,000 rows share their interval, status, date and amount strings. Money and
dates are shown in the UI locale (`locale_format`); a loop over many rows takes
`locale_format.ui_format()` once and calls its cached methods instead of `money_text` and
`date_text`.
Translatable texts go through `QCoreApplication.translate`, which is thread-safe, so rows can be
prepared on a worker thread.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from app.api import statuses
from app.api.models import Contact
from app.api.money import decimals, from_minor
from app.i18n import QT_TRANSLATE_NOOP
from app.models.locale_format import UiFormat, ui_format

CONTEXT = "subscriptions"

ACTIVE = statuses.ACTIVE
IN_NOTICE = statuses.IN_NOTICE
OVERDUE = statuses.OVERDUE
CANCELLED = statuses.CANCELLED
TERMINATED = statuses.TERMINATED
KNOWN_STATUSES: tuple[str, ...] = (ACTIVE, IN_NOTICE, OVERDUE, CANCELLED, TERMINATED)
"""The statuses shown (the platform's and the two derived from dates), in the order the chips
and a status sort use. Any other status is shown by its raw name."""
_KNOWN = frozenset(KNOWN_STATUSES)
OTHER = "*"
"""The chip for every status not in `KNOWN_STATUSES` (no status the API sends is spelled so)."""
CHIPS: tuple[str, ...] = (*KNOWN_STATUSES, OTHER)

ATTENTION_STATUSES = frozenset({IN_NOTICE, OVERDUE})
FINAL_STATUSES = frozenset({CANCELLED, TERMINATED})
"""Nothing left to cancel."""

_STATUS_LABELS: dict[str, str] = {
    ACTIVE: QT_TRANSLATE_NOOP("subscriptions", "Active"),
    IN_NOTICE: QT_TRANSLATE_NOOP("subscriptions", "In notice"),
    OVERDUE: QT_TRANSLATE_NOOP("subscriptions", "Overdue"),
    CANCELLED: QT_TRANSLATE_NOOP("subscriptions", "Cancelled"),
    TERMINATED: QT_TRANSLATE_NOOP("subscriptions", "Terminated"),
    OTHER: QT_TRANSLATE_NOOP("subscriptions", "Other"),
}
_STATUS_HINTS: dict[str, str] = {
    ACTIVE: QT_TRANSLATE_NOOP("subscriptions", "Active: renews and is charged as planned."),
    IN_NOTICE: QT_TRANSLATE_NOOP(
        "subscriptions", "In notice: runs until the end of the period, then will not renew."
    ),
    OVERDUE: QT_TRANSLATE_NOOP(
        "subscriptions",
        "Overdue: active, but its next payment was due on a past day; contact the customer.",
    ),
    CANCELLED: QT_TRANSLATE_NOOP("subscriptions", "Cancelled: no further payments."),
    TERMINATED: QT_TRANSLATE_NOOP("subscriptions", "Terminated: ended; no further payments."),
}
STATUS_ICON_NAMES: dict[str, str] = {
    ACTIVE: "status-active",
    IN_NOTICE: "status-in-notice",
    OVERDUE: "status-failed",
    CANCELLED: "status-cancelled",
    TERMINATED: "status-cancelled",
}
UNKNOWN_ICON_NAME = "status-unknown"

_MODE_LABELS: dict[bool, str] = {
    True: QT_TRANSLATE_NOOP("subscriptions", "Test"),
    False: QT_TRANSLATE_NOOP("subscriptions", "Live"),
}

_NAMED_INTERVALS: dict[str, str] = {
    "P1D": QT_TRANSLATE_NOOP("subscriptions", "daily"),
    "P1W": QT_TRANSLATE_NOOP("subscriptions", "weekly"),
    "P7D": QT_TRANSLATE_NOOP("subscriptions", "weekly"),
    "P1M": QT_TRANSLATE_NOOP("subscriptions", "monthly"),
    "P3M": QT_TRANSLATE_NOOP("subscriptions", "quarterly"),
    "P6M": QT_TRANSLATE_NOOP("subscriptions", "half-yearly"),
    "P1Y": QT_TRANSLATE_NOOP("subscriptions", "yearly"),
    "P12M": QT_TRANSLATE_NOOP("subscriptions", "yearly"),
}
_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
# Singular and plural of each unit: (years, months, weeks, days).
_UNITS = (
    (QT_TRANSLATE_NOOP("subscriptions", "year"), QT_TRANSLATE_NOOP("subscriptions", "years")),
    (QT_TRANSLATE_NOOP("subscriptions", "month"), QT_TRANSLATE_NOOP("subscriptions", "months")),
    (QT_TRANSLATE_NOOP("subscriptions", "week"), QT_TRANSLATE_NOOP("subscriptions", "weeks")),
    (QT_TRANSLATE_NOOP("subscriptions", "day"), QT_TRANSLATE_NOOP("subscriptions", "days")),
)
_UNIT_DAYS = (365, 30, 7, 1)

NO_VALUE = ""
MISSING = "—"
"""What a table cell shows for a value the answer did not have."""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


normalize_status = statuses.normalize


def is_known(status: str) -> bool:
    return status in _KNOWN


def needs_attention(status: str) -> bool:
    """In notice, overdue, or a status Paydesk does not know (it may mean trouble: look)."""
    return status in ATTENTION_STATUSES or status not in _KNOWN


def chip_counts(counts: dict[str, int]) -> dict[str, int]:
    """Rows per chip: the known statuses by name, every other status under `OTHER`."""
    chips = {status: counts.get(status, 0) for status in KNOWN_STATUSES}
    chips[OTHER] = sum(n for status, n in counts.items() if status not in _KNOWN)
    return chips


@lru_cache(maxsize=256)
def mode_text(test: bool | None) -> str:
    """``invoice.test`` / ``mode``: "Test" or "Live"; ``""`` when the answer does not say."""
    return NO_VALUE if test is None else tr(_MODE_LABELS[test])


@lru_cache(maxsize=256)
def status_label(status: str) -> str:
    """``"notice"`` -> "In notice"; an unknown status (``"in_notice"``) is shown as it came."""
    label = _STATUS_LABELS.get(status)
    if label is not None:
        return tr(label)
    return status or QCoreApplication.translate("subscriptions", "(no status)")


@lru_cache(maxsize=256)
def status_hint(status: str) -> str:
    hint = _STATUS_HINTS.get(status)
    if hint is not None:
        return tr(hint)
    return QCoreApplication.translate(
        "subscriptions",
        "Status “%s” is not one Paydesk knows; it is shown as the platform sent it.",
    ) % (status or QCoreApplication.translate("subscriptions", "(none)"))


def status_rank(status: str) -> int:
    """Sort position of a status: the known ones in `KNOWN_STATUSES` order, unknown after."""
    try:
        return KNOWN_STATUSES.index(status)
    except ValueError:
        return len(KNOWN_STATUSES)


@lru_cache(maxsize=256)
def status_sort_text(status: str) -> str:
    """Sort key of a status: "0active", "1notice", ...; unknown ones after, by name."""
    return f"{status_rank(status)}{status}"


@lru_cache(maxsize=512)
def interval_text(interval: str | None) -> str:
    """``"P1M"`` -> "monthly", ``"P2M"`` -> "every 2 months", ``"P1Y6M"`` -> "every 1 year,
    6 months"; anything that is not an ISO 8601 duration is shown raw."""
    if not interval:
        return NO_VALUE
    code = interval.strip().upper()
    named = _NAMED_INTERVALS.get(code)
    if named is not None:
        return tr(named)
    parts = _duration_parts(code)
    if parts is None:
        return interval
    spelled = [
        f"{n} {tr(one) if n == 1 else tr(many)}"
        for n, (one, many) in zip(parts, _UNITS, strict=True)
        if n
    ]
    return QCoreApplication.translate("subscriptions", "every %s") % ", ".join(spelled)


@lru_cache(maxsize=512)
def interval_days(interval: str | None) -> int:
    """Approximate length in days, to sort intervals by how often they charge; unknown last."""
    parts = _duration_parts((interval or "").strip().upper())
    if parts is None:
        return 1_000_000
    return sum(n * days for n, days in zip(parts, _UNIT_DAYS, strict=True))


def _duration_parts(code: str) -> tuple[int, int, int, int] | None:
    match = _DURATION.fullmatch(code)
    if match is None or code == "P":
        return None
    y, m, w, d = (int(g) if g else 0 for g in match.groups())
    if not (y or m or w or d):
        return None
    return y, m, w, d


def money_text(minor: int | None, currency: str | None, display: UiFormat | None = None) -> str:
    """``123450, "CHF"`` -> "CHF 1'234.50" in the UI locale (de_CH); never through a float.
    Without a currency, the bare number of minor units; ``""`` without an amount."""
    if minor is None:
        return NO_VALUE
    display = display or ui_format()
    if not currency:
        return format(minor, ",d").replace(",", display.group)
    return display.money(minor, currency)


@lru_cache(maxsize=8192)
def money_plain(minor: int | None, currency: str | None) -> str:
    """``12550, "CHF"`` -> "125.50": the number alone, no grouping, as a spreadsheet reads it."""
    if minor is None:
        return NO_VALUE
    return str(from_minor(minor, currency or "XXX"))


def money_sort_key(minor: int | None, currency: str | None) -> int:
    """Amounts on one integer scale (thousandths of a unit) so currencies with 0, 2 or 3
    decimals compare by value; exact, no float. Missing amounts sort first."""
    if minor is None:
        return -(2**63)
    return minor * _scale(currency or "XXX")


@lru_cache(maxsize=256)
def _scale(currency: str) -> int:
    # A negative exponent would make a float, so typeshed types int ** int as Any; decimals
    # are at most 3, so this is an int.
    scale: int = 10 ** (3 - decimals(currency))
    return scale


def date_text(value: date | None) -> str:
    """``date(2026, 12, 31)`` -> "31.12.2026" in the UI locale (de_CH); ``""`` for None."""
    return ui_format().date(value)


def date_iso(value: date | None) -> str:
    """``date(2026, 12, 31)`` -> "2026-12-31": for machines (the CSV export); ``""`` for None."""
    return value.isoformat() if value is not None else NO_VALUE


def customer_text(contact: Contact | None) -> str:
    """ "Anna Muster, Muster AG"; the company alone, or the name alone, when only one is known."""
    if contact is None:
        return NO_VALUE
    name = contact.name
    if name and contact.company:
        return f"{name}, {contact.company}"
    return name or contact.company or NO_VALUE


def clear_caches() -> None:
    """Forget cached texts, e.g. after the UI language changed (every cache here: dates and
    money follow the locale too)."""
    for value in list(globals().values()):
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()

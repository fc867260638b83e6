"""The objects the sandbox keeps in memory (one instance's worth) and the date and money rules
they share. Rendering them as the API does lives in ``render``."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from app.api.platform import decimals

_DURATION_PART = re.compile(r"([0-9]+)([YMWD])")


def format_amount(amount: int, currency: str) -> str:
    """Minor units as a person reads them: ``12550, CHF`` -> ``CHF 125.50``."""
    places = decimals(currency)
    sign = "-" if amount < 0 else ""
    if places == 0:
        return f"{currency} {sign}{abs(amount)}"
    whole, fraction = divmod(abs(amount), 10**places)
    return f"{currency} {sign}{whole}.{fraction:0{places}d}"


def add_duration(start: date, duration: str, times: int = 1) -> date:
    """``start`` plus an ISO-8601 duration (``P1M``, ``P1Y``, ``P14D``) ``times`` over; a month
    step keeps the day where it can and clamps to the month's end (31 Jan + P1M = 28/29 Feb)."""
    months = days = 0
    for number, unit in _DURATION_PART.findall(duration):
        count = int(number) * times
        if unit == "Y":
            months += 12 * count
        elif unit == "M":
            months += count
        elif unit == "W":
            days += 7 * count
        else:
            days += count
    year, month0 = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(start.day, calendar.monthrange(year, month0 + 1)[1])
    return date(year, month0 + 1, day) + timedelta(days=days)


# The platform answers a contact's country as a name in its own language (the documented
# examples say "Schweiz") beside the ISO code; these are the countries the sandbox uses.
COUNTRY_NAMES = {
    "CH": "Schweiz",
    "DE": "Deutschland",
    "FR": "Frankreich",
    "AT": "Österreich",
    "IT": "Italien",
    "LI": "Liechtenstein",
}


@dataclass
class Contact:
    id: int
    firstname: str
    lastname: str
    email: str
    title: str = ""  # "mister" / "miss" as the platform stores it
    company: str = ""
    street: str = ""
    zip: str = ""
    place: str = ""
    country: str = "CH"  # ISO 3166 alpha-2; rendered as countryISO beside the name
    phone: str = ""
    date_of_birth: str = ""  # DD.MM.YYYY, as the platform writes it
    uuid: str = ""

    @property
    def name(self) -> str:
        return f"{self.firstname} {self.lastname}".strip()

    @property
    def country_name(self) -> str:
        return COUNTRY_NAMES.get(self.country, self.country)


@dataclass(frozen=True)
class Product:
    """One line of what a subscription or a payment charges; ``price`` per unit, minor units."""

    name: str
    price: int
    quantity: int = 1
    description: str = ""
    sku: str | None = None
    vat_rate: Decimal | None = None

    @property
    def total(self) -> int:
        return self.price * self.quantity


@dataclass(frozen=True)
class Discount:
    code: str | None = None
    amount: int = 0
    percentage: int | None = None


def charged(products: list[Product], discount: Discount | None) -> int:
    """What the products cost after the discount: a period's charge, a payment's total."""
    return sum(p.total for p in products) - (discount.amount if discount else 0)


@dataclass
class Paylink:
    """An Invoice (the dashboard's "Paylink") or a Page; ``values`` holds the fields as sent,
    normalised (``amount`` an int, ``psp`` a list, ``vatRate`` a Decimal)."""

    id: int
    kind: str  # "Invoice" | "Page"
    hash: str
    created_at: int  # unix seconds
    values: dict[str, Any]
    status: str = "waiting"
    transaction_ids: list[int] = field(default_factory=list)

    @property
    def amount(self) -> int:
        return int(self.values.get("amount") or 0)

    @property
    def currency(self) -> str:
        return str(self.values.get("currency") or "")

    @property
    def reference_id(self) -> str:
        return str(self.values.get("referenceId") or "")

    @property
    def title(self) -> str:
        return first_text(self.values.get("title"))

    @property
    def purpose(self) -> str:
        return first_text(self.values.get("purpose"))

    @property
    def payable(self) -> bool:
        """A paylink is paid once; a page takes any number of payments."""
        return self.kind == "Page" or self.status == "waiting"


@dataclass
class Subscription:
    """``status`` is what the platform reports: ``active``, ``cancelled`` or ``terminated``.
    In notice (active, ``end`` in the future) and overdue (active, ``valid_until`` in the past)
    are no statuses: they follow from the dates, as on the platform."""

    id: int
    uuid: str
    status: str
    contact_id: int
    products: list[Product]
    currency: str
    purpose: str
    start: date
    valid_until: date
    payment_interval: str
    period: str
    cancellation_interval: str
    invoice_number: str
    psp: int = 0
    reference_id: str = ""
    vat_rate: Decimal | None = None
    end: date | None = None
    paylink_hash: str = ""
    paylink_id: int | None = None
    discount: Discount | None = None
    refunded_amount: int = 0
    test: bool = False

    @property
    def amount(self) -> int:
        """Charged every interval: the products after the discount."""
        return charged(self.products, self.discount)

    def set_amount(self, amount: int) -> None:
        """A PUT with ``amount``: from the next interval, one line at that price, no discount."""
        name = self.products[0].name if self.products else self.purpose
        self.products = [Product(name, amount, 1, vat_rate=self.vat_rate)]
        self.discount = None


@dataclass
class Transaction:
    id: int
    uuid: str
    time: datetime  # UTC, naive
    status: str  # one of the documented statuses (confirmed, declined, refunded, ...)
    products: list[Product]
    currency: str
    reference_id: str
    contact_id: int
    purpose: str
    invoice_number: str
    psp_id: int = 44
    psp: str = "Payrexx_Direct"
    brand: str = "visa"
    mode: str = "TEST"  # LIVE | TEST
    lang: str = "de"
    discount: Discount | None = None
    paylink_id: int | None = None
    page_id: int | None = None
    subscription_id: int | None = None

    @property
    def amount(self) -> int:
        """The payment's total (``invoice.totalAmount``)."""
        return charged(self.products, self.discount)


@dataclass
class AuthToken:
    token: str
    contact_id: int
    expires: datetime  # UTC, naive


def first_text(value: object) -> str:
    """A text field that may be a map language-id -> text: its first text."""
    if isinstance(value, dict):
        return next((str(v) for v in value.values() if v), "")
    return "" if value is None else str(value)

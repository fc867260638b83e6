"""What the API returns, parsed leniently into the values a person reads off it.

Every documented shape is read (API.md §4, the examples in ``tests/api/fixtures``): a field
under its snake_case or camelCase spelling, an amount from where each shape keeps it, a number
given as a string. A field that is missing, ``null`` or of an unexpected JSON type is ``None``;
parsing never raises. Unknown statuses are kept raw (`app.api.statuses`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.api import statuses
from app.api.fields import (
    as_bool,
    as_date,
    as_decimal,
    as_dict,
    as_int,
    as_int_list,
    as_list,
    as_str,
    as_timestamp,
    pick,
)

# Statuses the app knows how to present; any other value is shown by its raw name.
INVOICE_STATUSES = ("waiting", "confirmed", "authorized", "reserved")


def _currency(raw: Mapping[str, Any], invoice: Mapping[str, Any]) -> str | None:
    """``currency``, else ``invoice.currencyAlpha3`` (Transaction), else ``invoice.currency``."""
    for value in (
        pick(raw, "currency"),
        pick(invoice, "currencyAlpha3"),
        pick(invoice, "currency"),
    ):
        text = as_str(value)
        if text is not None:
            return text.upper()
    return None


def _test_mode(mode: str | None) -> bool | None:
    """``mode`` ``TEST``/``LIVE`` -> True/False; anything else is not known."""
    return {"TEST": True, "LIVE": False}.get((mode or "").upper())


@dataclass(frozen=True)
class Contact:
    id: int | None = None
    uuid: str | None = None
    title: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    company: str | None = None
    street: str | None = None
    zip: str | None = None
    place: str | None = None
    country: str | None = None
    """The country's *name* in the instance's language ("Schweiz")."""
    country_iso: str | None = None
    """ISO 3166 alpha-2 ("CH")."""
    phone: str | None = None
    email: str | None = None
    date_of_birth: str | None = None
    """As the platform writes it (``DD.MM.YYYY``)."""

    @classmethod
    def parse(cls, raw: Any) -> Contact | None:
        data = as_dict(raw)
        if not data:
            return None
        iso = as_str(pick(data, "countryISO"))
        return cls(
            id=as_int(pick(data, "id")),
            uuid=as_str(pick(data, "uuid")),
            title=as_str(pick(data, "title")),
            firstname=as_str(pick(data, "firstname")),
            lastname=as_str(pick(data, "lastname")),
            company=as_str(pick(data, "company")),
            street=as_str(pick(data, "street")),
            zip=as_str(pick(data, "zip")),
            place=as_str(pick(data, "place")),
            country=as_str(pick(data, "country")),
            country_iso=iso.upper() if iso else None,
            phone=as_str(pick(data, "phone")),
            email=as_str(pick(data, "email")),
            date_of_birth=as_str(pick(data, "date_of_birth")),
        )

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.firstname, self.lastname) if p)

    @property
    def country_text(self) -> str:
        """ "Schweiz (CH)"; the name or the code alone when only one is known."""
        if self.country and self.country_iso and self.country.upper() != self.country_iso:
            return f"{self.country} ({self.country_iso})"
        return self.country or self.country_iso or ""


@dataclass(frozen=True)
class Discount:
    code: str | None
    amount: int | None
    percentage: Decimal | None

    @classmethod
    def parse(cls, raw: Any) -> Discount | None:
        """``None`` when absent or when it takes nothing off (``amount: 0``, no percentage)."""
        data = as_dict(raw)
        discount = cls(
            code=as_str(pick(data, "code")),
            amount=as_int(pick(data, "amount")),
            percentage=as_decimal(pick(data, "percentage")),
        )
        return discount if discount.amount or discount.percentage or discount.code else None


@dataclass(frozen=True)
class Product:
    name: str | None
    price: int | None
    """Per unit, in minor units (Subscription ``price``, Transaction ``amount``)."""
    quantity: int
    vat_rate: Decimal | None

    @classmethod
    def parse(cls, raw: Any) -> Product:
        data = as_dict(raw)
        quantity = as_int(pick(data, "quantity"))
        price = pick(data, "price")
        return cls(
            name=as_str(pick(data, "name")),
            price=as_int(price if price is not None else pick(data, "amount")),
            quantity=quantity if quantity is not None and quantity >= 0 else 1,
            vat_rate=as_decimal(pick(data, "vatRate")),
        )


def _products(invoice: Mapping[str, Any]) -> tuple[Product, ...]:
    return tuple(Product.parse(p) for p in as_list(invoice.get("products")) if isinstance(p, dict))


def _products_total(products: tuple[Product, ...]) -> int | None:
    """Sum of price × quantity; ``None`` unless every product has a price."""
    if not products or any(p.price is None for p in products):
        return None
    return sum((p.price or 0) * p.quantity for p in products)


def _one_vat_rate(
    raw: Mapping[str, Any], invoice: Mapping[str, Any], products: tuple[Product, ...]
) -> Decimal | None:
    """The object's ``vatRate``, else the products' rate when they share one."""
    for value in (pick(raw, "vatRate"), pick(invoice, "vatRate")):
        rate = as_decimal(value)
        if rate is not None:
            return rate
    rates = {p.vat_rate for p in products if p.vat_rate is not None}
    return rates.pop() if len(rates) == 1 else None


@dataclass(frozen=True)
class Transaction:
    id: int | None
    uuid: str | None
    time: datetime | None
    status: str | None
    amount: int | None
    currency: str | None
    reference_id: str | None
    mode: str | None
    """``LIVE`` or ``TEST`` as the platform sent it."""
    test: bool | None
    """True for a test payment, False for a live one, None when the answer does not say."""
    psp: str | None
    psp_id: int | None
    brand: str | None
    vat_rate: Decimal | None
    discount: Discount | None
    contact: Contact | None
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def parse(cls, raw: Any) -> Transaction:
        data = as_dict(raw)
        invoice = as_dict(data.get("invoice"))
        amount = as_int(pick(data, "amount"))
        if amount is None:
            amount = as_int(pick(invoice, "totalAmount"))
        if amount is None:
            amount = as_int(pick(invoice, "amount"))
        mode = as_str(pick(data, "mode"))
        return cls(
            id=as_int(pick(data, "id")),
            uuid=as_str(pick(data, "uuid")),
            time=as_timestamp(pick(data, "time")),
            status=as_str(pick(data, "status")),
            amount=amount,
            currency=_currency(data, invoice),
            reference_id=as_str(pick(data, "referenceId")) or as_str(pick(invoice, "referenceId")),
            mode=mode,
            test=_test_mode(mode),
            psp=as_str(pick(data, "psp")),
            psp_id=as_int(pick(data, "pspId")),
            brand=as_str(pick(as_dict(data.get("payment")), "brand")),
            vat_rate=as_decimal(pick(data, "vatRate")),
            discount=Discount.parse(invoice.get("discount")),
            contact=Contact.parse(data.get("contact")),
            raw=data,
        )

    @property
    def paid(self) -> bool:
        return statuses.is_paid(self.status)


@dataclass(frozen=True)
class Paylink:
    """An ``Invoice`` (the dashboard's "Paylink") or a ``Page``: both have a link and a hash."""

    id: int | None
    hash: str | None
    link: str | None
    status: str | None
    reference_id: str | None
    title: str | None
    name: str | None
    purpose: str | dict[str, str] | None
    amount: int | None
    currency: str | None
    vat_rate: Decimal | None
    sku: str | None
    psp: tuple[int, ...]
    """The providers it offers: the answer has an int (``1``) where the request sent a list."""
    fields: dict[str, Any]
    """The form fields per type; ``{}`` when the answer has none (PHP renders that ``[]``)."""
    created_at: datetime | None
    transactions: tuple[Transaction, ...]
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def parse(cls, raw: Any) -> Paylink:
        data = as_dict(raw)
        purpose = data.get("purpose")
        purpose_value: str | dict[str, str] | None
        if isinstance(purpose, Mapping):
            texts = {str(k): as_str(v) for k, v in purpose.items()}
            purpose_value = {k: v for k, v in texts.items() if v is not None} or None
        else:
            purpose_value = as_str(purpose)
        transactions = tuple(
            Transaction.parse(t)
            for payment in as_list(data.get("invoices"))
            if isinstance(payment, dict)
            for t in as_list(payment.get("transactions"))
            if isinstance(t, dict)
        )
        return cls(
            id=as_int(pick(data, "id")),
            hash=as_str(pick(data, "hash")),
            link=as_str(pick(data, "link")),
            status=as_str(pick(data, "status")),
            reference_id=as_str(pick(data, "referenceId")),
            title=as_str(pick(data, "title")),
            name=as_str(pick(data, "name")),
            purpose=purpose_value,
            amount=as_int(pick(data, "amount")),
            currency=_currency(data, {}),
            vat_rate=as_decimal(pick(data, "vatRate")),
            sku=as_str(pick(data, "sku")),
            psp=as_int_list(pick(data, "psp")),
            fields=as_dict(data.get("fields")),
            created_at=as_timestamp(pick(data, "createdAt")),
            transactions=transactions,
            raw=data,
        )


@dataclass(frozen=True)
class Subscription:
    id: int | None
    uuid: str | None
    status: str | None
    """As the platform reported it; `display_status` is what a person reads."""
    start: date | None
    end: date | None
    valid_until: date | None
    next_pay_date: date | None
    """``nextPayDate`` (unix seconds in the SDK's model)."""
    first_cancel_date: date | None
    cancelled_date: date | None
    payment_interval: str | None
    period: str | None
    cancellation_interval: str | None
    amount: int | None
    currency: str | None
    test: bool | None
    """``invoice.test``: True for a test subscription, False for a live one, None if unsaid."""
    vat_rate: Decimal | None
    discount: Discount | None
    refunded_amount: int | None
    products: tuple[Product, ...]
    reference_id: str | None
    purpose: str | None
    invoice_number: str | None
    payment_link: str | None
    psp: tuple[int, ...]
    contact: Contact | None
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def parse(cls, raw: Any) -> Subscription:
        data = as_dict(raw)
        invoice = as_dict(data.get("invoice"))
        products = _products(invoice)
        # Current shape: originalAmount, or the products; the older one has invoice.amount.
        amount = as_int(pick(invoice, "originalAmount"))
        if amount is None:
            amount = _products_total(products)
        if amount is None:
            amount = as_int(pick(invoice, "amount"))
        if amount is None:
            amount = as_int(pick(data, "amount"))
        return cls(
            id=as_int(pick(data, "id")),
            uuid=as_str(pick(data, "uuid")),
            status=as_str(pick(data, "status")),
            start=as_date(pick(data, "start")),
            end=as_date(pick(data, "end")),
            valid_until=as_date(pick(data, "valid_until")),
            next_pay_date=as_date(pick(data, "nextPayDate")),
            first_cancel_date=as_date(pick(data, "firstCancelDate")),
            cancelled_date=as_date(pick(data, "cancelledDate")),
            payment_interval=as_str(pick(data, "paymentInterval")),
            period=as_str(pick(data, "period")),
            cancellation_interval=as_str(pick(data, "cancellationInterval")),
            amount=amount,
            currency=_currency(data, invoice),
            test=as_bool(pick(invoice, "test")),
            vat_rate=_one_vat_rate(data, invoice, products),
            discount=Discount.parse(invoice.get("discount")),
            refunded_amount=as_int(pick(invoice, "refundedAmount")),
            products=products,
            reference_id=as_str(pick(data, "referenceId")) or as_str(pick(invoice, "referenceId")),
            purpose=as_str(pick(invoice, "purpose")) or as_str(pick(data, "purpose")),
            invoice_number=as_str(pick(invoice, "number")),
            payment_link=as_str(pick(invoice, "paymentLink")),
            psp=as_int_list(pick(data, "psp")),
            contact=Contact.parse(data.get("contact")),
            raw=data,
        )

    @property
    def next_payment(self) -> date | None:
        """When the next payment is due: ``nextPayDate``, else ``valid_until``."""
        return self.next_pay_date or self.valid_until

    def display_status(self, today: date) -> str:
        """The reported status, or *in notice* / *overdue* derived from the dates."""
        return statuses.subscription_status(
            self.status,
            end=self.end,
            first_cancel=self.first_cancel_date,
            next_payment=self.next_payment,
            today=today,
        )


@dataclass(frozen=True)
class AuthToken:
    token: str | None
    expires_at: datetime | None
    link: str | None

    @classmethod
    def parse(cls, raw: Any) -> AuthToken:
        data = as_dict(raw)
        return cls(
            token=as_str(pick(data, "authToken")),
            expires_at=as_timestamp(pick(data, "authTokenExpirationDate")),
            link=as_str(pick(data, "link")),
        )

"""What the API returns, parsed leniently: unknown statuses kept raw, missing fields ``None``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

# Statuses the app knows how to present; any other value is shown by its raw name.
INVOICE_STATUSES = ("waiting", "confirmed", "authorized", "reserved")
SUBSCRIPTION_STATUSES = ("active", "in_notice", "cancelled", "failed")


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value)
    return text if text != "" else None


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool | dict | list) or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _timestamp(value: Any) -> datetime | None:
    """``createdAt`` is unix seconds; other times come as ``YYYY-MM-DD HH:MM:SS`` (UTC)."""
    seconds = _int(value)
    if seconds is not None:
        return datetime.fromtimestamp(seconds, tz=UTC)
    text = _str(value)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _date(value: Any) -> date | None:
    text = _str(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class Contact:
    id: int | None = None
    title: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    company: str | None = None
    street: str | None = None
    zip: str | None = None
    place: str | None = None
    country: str | None = None
    phone: str | None = None
    email: str | None = None

    @classmethod
    def parse(cls, raw: Any) -> Contact | None:
        data = _dict(raw)
        if not data:
            return None
        return cls(
            id=_int(data.get("id")),
            title=_str(data.get("title")),
            firstname=_str(data.get("firstname")),
            lastname=_str(data.get("lastname")),
            company=_str(data.get("company")),
            street=_str(data.get("street")),
            zip=_str(data.get("zip")),
            place=_str(data.get("place")),
            country=_str(data.get("country")),
            phone=_str(data.get("phone")),
            email=_str(data.get("email")),
        )

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.firstname, self.lastname) if p)


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
    psp: str | None
    contact: Contact | None
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> Transaction:
        invoice = _dict(raw.get("invoice"))
        return cls(
            id=_int(raw.get("id")),
            uuid=_str(raw.get("uuid")),
            time=_timestamp(raw.get("time")),
            status=_str(raw.get("status")),
            amount=_int(raw.get("amount")) if "amount" in raw else _int(invoice.get("amount")),
            currency=_str(raw.get("currency")) or _str(invoice.get("currency")),
            reference_id=_str(raw.get("referenceId")) or _str(invoice.get("referenceId")),
            mode=_str(raw.get("mode")),
            psp=_str(raw.get("psp")),
            contact=Contact.parse(raw.get("contact")),
            raw=raw,
        )


@dataclass(frozen=True)
class Paylink:
    """An ``Invoice`` (the dashboard's "Paylink") or a ``Page``: both have a link and a hash."""

    id: int | None
    hash: str | None
    link: str | None
    status: str | None
    reference_id: str | None
    title: str | None
    purpose: str | dict[str, str] | None
    amount: int | None
    currency: str | None
    vat_rate: Decimal | None
    created_at: datetime | None
    transactions: tuple[Transaction, ...]
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> Paylink:
        purpose = raw.get("purpose")
        if isinstance(purpose, dict):
            purpose_value: str | dict[str, str] | None = {
                str(k): str(v) for k, v in purpose.items()
            }
        else:
            purpose_value = _str(purpose)
        transactions = tuple(
            Transaction.parse(t)
            for payment in raw.get("invoices") or []
            if isinstance(payment, dict)
            for t in payment.get("transactions") or []
            if isinstance(t, dict)
        )
        return cls(
            id=_int(raw.get("id")),
            hash=_str(raw.get("hash")),
            link=_str(raw.get("link")),
            status=_str(raw.get("status")),
            reference_id=_str(raw.get("referenceId")),
            title=_str(raw.get("title")),
            purpose=purpose_value,
            amount=_int(raw.get("amount")),
            currency=_str(raw.get("currency")),
            vat_rate=_decimal(raw.get("vatRate")),
            created_at=_timestamp(raw.get("createdAt")),
            transactions=transactions,
            raw=raw,
        )


@dataclass(frozen=True)
class Subscription:
    id: int | None
    uuid: str | None
    status: str | None
    start: date | None
    end: date | None
    valid_until: date | None
    payment_interval: str | None
    period: str | None
    cancellation_interval: str | None
    amount: int | None
    currency: str | None
    reference_id: str | None
    invoice_number: str | None
    payment_link: str | None
    contact: Contact | None
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> Subscription:
        invoice = _dict(raw.get("invoice"))
        return cls(
            id=_int(raw.get("id")),
            uuid=_str(raw.get("uuid")),
            status=_str(raw.get("status")),
            start=_date(raw.get("start")),
            end=_date(raw.get("end")),
            valid_until=_date(raw.get("valid_until")),
            payment_interval=_str(raw.get("paymentInterval")),
            period=_str(raw.get("period")),
            cancellation_interval=_str(raw.get("cancellationInterval")),
            amount=_int(raw["amount"]) if "amount" in raw else _int(invoice.get("amount")),
            currency=_str(raw.get("currency")) or _str(invoice.get("currency")),
            reference_id=_str(raw.get("referenceId")) or _str(invoice.get("referenceId")),
            invoice_number=_str(invoice.get("number")),
            payment_link=_str(invoice.get("paymentLink")),
            contact=Contact.parse(raw.get("contact")),
            raw=raw,
        )


@dataclass(frozen=True)
class AuthToken:
    token: str | None
    expires_at: datetime | None
    link: str | None

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> AuthToken:
        return cls(
            token=_str(raw.get("authToken")),
            expires_at=_timestamp(raw.get("authTokenExpirationDate")),
            link=_str(raw.get("link")),
        )

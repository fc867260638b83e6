"""One instance's objects in memory, behind one lock (the server answers on many threads)."""

from __future__ import annotations

import random
import secrets
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.sandbox.objects import (
    AuthToken,
    Contact,
    Paylink,
    Product,
    Subscription,
    Transaction,
    add_duration,
)

# The answers' shapes: "current" (the documented examples of 2025) or "legacy" (the older
# documented shapes, e.g. a Subscription's invoice with ``amount``); see ``render``.
SHAPES = ("current", "legacy")

AUTH_TOKEN_LIFETIME = timedelta(hours=1)
# The sandbox's own payer when a paylink prefills no contact fields.
DEFAULT_PAYER = {
    "title": "miss",
    "firstname": "Erika",
    "lastname": "Muster",
    "email": "erika.muster@example.ch",
    "street": "Bahnhofstrasse 1",
    "zip": "8001",
    "place": "Zürich",
    "country": "CH",
}
# Where prefilled ``fields[<type>][defaultValue]`` land on the payer's contact.
_FIELD_TO_CONTACT = {
    "title": "title",
    "forename": "firstname",
    "surname": "lastname",
    "company": "company",
    "street": "street",
    "postcode": "zip",
    "place": "place",
    "country": "country",
    "phone": "phone",
    "email": "email",
}


class PaymentError(Exception):
    """A simulated payment that cannot happen: unknown link (404) or already paid (409)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def hash_from(hash_or_link: str) -> str:
    """``http://127.0.0.1:P/pay/<hash>`` or ``<hash>`` -> ``<hash>``."""
    text = hash_or_link.split("?", 1)[0].rstrip("/")
    return text.rsplit("/", 1)[-1]


class SandboxState:
    """Everything the sandbox knows. Read it under ``lock`` when a server thread may write."""

    def __init__(self, *, rng_seed: int | None = None, shapes: str = "current") -> None:
        if shapes not in SHAPES:
            raise ValueError(f"shapes must be one of {SHAPES}, not {shapes!r}")
        self.lock = threading.RLock()
        self.base_url = "http://127.0.0.1"
        self.shapes = shapes
        self.invoices: dict[int, Paylink] = {}
        self.pages: dict[int, Paylink] = {}
        self.contacts: dict[int, Contact] = {}
        self.subscriptions: dict[int, Subscription] = {}
        self.transactions: dict[int, Transaction] = {}
        self.auth_tokens: dict[str, AuthToken] = {}
        # Ids as large and as unrelated across kinds as the platform's.
        self._next_ids = {
            "Invoice": 4101,
            "Page": 301,
            "Contact": 9001,
            "Subscription": 2201,
            "Transaction": 700001,
        }
        self._random: random.Random = (
            random.Random(rng_seed) if rng_seed is not None else random.SystemRandom()
        )
        self.on_change: Callable[[], None] | None = None
        """Called after each change a request made (the Demo saves its state then)."""

    def changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def replace_objects(self, other: SandboxState) -> None:
        """Hold what ``other`` holds (the Demo's reset): the objects and the id counters."""
        with self.lock:
            self.invoices, self.pages = other.invoices, other.pages
            self.contacts, self.subscriptions = other.contacts, other.subscriptions
            self.transactions, self.auth_tokens = other.transactions, other.auth_tokens
            self._next_ids = dict(other._next_ids)

    # -- ids and tokens -------------------------------------------------------------------

    def next_id(self, kind: str) -> int:
        with self.lock:
            value = self._next_ids[kind]
            self._next_ids[kind] = value + 1
            return value

    def next_ids(self) -> dict[str, int]:
        with self.lock:
            return dict(self._next_ids)

    def set_next_ids(self, next_ids: dict[str, int]) -> None:
        """The counters as saved; a kind missing there keeps its start value."""
        with self.lock:
            for kind in self._next_ids:
                if kind in next_ids:
                    self._next_ids[kind] = next_ids[kind]

    def token(self, nbytes: int = 4) -> str:
        with self.lock:
            return self._random.getrandbits(8 * nbytes).to_bytes(nbytes, "big").hex()

    def swap_random(self, source: random.Random) -> random.Random:
        """Use ``source`` for hashes and uuids (the seed makes them stable); returns the old."""
        with self.lock:
            previous, self._random = self._random, source
            return previous

    def link(self, paylink: Paylink) -> str:
        return f"{self.base_url}/pay/{paylink.hash}"

    # -- adding objects -------------------------------------------------------------------

    def add_paylink(
        self, kind: str, values: dict[str, Any], *, created_at: int, status: str | None = None
    ) -> Paylink:
        with self.lock:
            hash_ = self.token()
            while self.find_paylink(hash_) is not None:
                hash_ = self.token()
            paylink = Paylink(
                id=self.next_id(kind),
                kind=kind,
                hash=hash_,
                created_at=created_at,
                values=values,
                status=status or ("active" if kind == "Page" else "waiting"),
            )
            self.paylinks(kind)[paylink.id] = paylink
            return paylink

    def add_contact(self, **fields: Any) -> Contact:
        with self.lock:
            fields.setdefault("uuid", self.token())
            contact = Contact(id=self.next_id("Contact"), **fields)
            self.contacts[contact.id] = contact
            return contact

    def add_subscription(self, **fields: Any) -> Subscription:
        with self.lock:
            fields.setdefault("uuid", self.token())
            subscription = Subscription(id=self.next_id("Subscription"), **fields)
            self.subscriptions[subscription.id] = subscription
            return subscription

    def add_transaction(self, **fields: Any) -> Transaction:
        with self.lock:
            fields.setdefault("uuid", self.token())
            transaction = Transaction(id=self.next_id("Transaction"), **fields)
            self.transactions[transaction.id] = transaction
            return transaction

    # -- lookups --------------------------------------------------------------------------

    def paylinks(self, kind: str) -> dict[int, Paylink]:
        return self.invoices if kind == "Invoice" else self.pages

    def find_paylink(self, hash_: str) -> Paylink | None:
        with self.lock:
            for paylink in (*self.invoices.values(), *self.pages.values()):
                if paylink.hash == hash_:
                    return paylink
            return None

    def subscriptions_of(self, contact_id: int) -> list[Subscription]:
        with self.lock:
            return [s for s in self.subscriptions.values() if s.contact_id == contact_id]

    # -- what happens to objects ----------------------------------------------------------

    def pay(
        self,
        hash_or_link: str,
        *,
        now: datetime | None = None,
        payer: Contact | None = None,
        mode: str = "TEST",
    ) -> Transaction:
        """The simulated payment behind the payment page's button: a confirmed transaction
        (``TEST``: nobody paid real money); a paylink becomes ``confirmed``; a subscription
        paylink signs the payer up. The payer is a new contact from the link's prefilled fields
        unless one is given."""
        now = now or utc_now()
        with self.lock:
            paylink = self.find_paylink(hash_from(hash_or_link))
            if paylink is None:
                raise PaymentError(404, "No payment link with this address.")
            if not paylink.payable:
                raise PaymentError(409, "This payment link has already been paid.")
            payer = payer or self.add_contact(**self._payer_fields(paylink))
            subscription = self._subscribe(paylink, payer, now.date(), test=mode == "TEST")
            transaction = self.add_transaction(
                time=now,
                status="confirmed",
                products=[Product(paylink.title or paylink.purpose, paylink.amount)],
                currency=paylink.currency,
                mode=mode,
                reference_id=paylink.reference_id,
                contact_id=payer.id,
                purpose=paylink.purpose or paylink.title,
                invoice_number=f"{paylink.hash}-{len(paylink.transaction_ids) + 1}",
                paylink_id=paylink.id if paylink.kind == "Invoice" else None,
                page_id=paylink.id if paylink.kind == "Page" else None,
                subscription_id=subscription.id if subscription else None,
            )
            paylink.transaction_ids.append(transaction.id)
            if paylink.kind == "Invoice":
                paylink.status = "confirmed"
        self.changed()
        return transaction

    def cancel_subscription(self, subscription: Subscription, today: date) -> None:
        """Cancel at once (the sandbox's simplification): ``cancelled``, ``end`` today. One
        that has already ended (cancelled or terminated) stays as it is."""
        with self.lock:
            if subscription.status == "active":
                subscription.status = "cancelled"
                subscription.end = today

    def issue_auth_token(self, contact_id: int, now: datetime) -> AuthToken:
        with self.lock:
            token = AuthToken(secrets.token_hex(16), contact_id, now + AUTH_TOKEN_LIFETIME)
            self.auth_tokens[token.token] = token
            return token

    def _payer_fields(self, paylink: Paylink) -> dict[str, str]:
        fields = dict(DEFAULT_PAYER)
        prefilled = paylink.values.get("fields") or {}
        for field_type, attribute in _FIELD_TO_CONTACT.items():
            spec = prefilled.get(field_type)
            value = spec.get("defaultValue") if isinstance(spec, dict) else None
            if isinstance(value, str) and value:
                fields[attribute] = value
        return fields

    def _subscribe(
        self, paylink: Paylink, payer: Contact, today: date, *, test: bool
    ) -> Subscription | None:
        values = paylink.values
        interval = values.get("subscriptionInterval")
        if not values.get("subscriptionState") or not interval:
            return None
        return self.add_subscription(
            status="active",
            contact_id=payer.id,
            products=[
                Product(
                    paylink.title or paylink.purpose,
                    paylink.amount,
                    sku=values.get("sku"),
                    vat_rate=values.get("vatRate"),
                )
            ],
            test=test,
            currency=paylink.currency,
            purpose=paylink.purpose or paylink.title,
            start=today,
            valid_until=add_duration(today, interval),
            payment_interval=interval,
            period=values.get("subscriptionPeriod") or interval,
            cancellation_interval=values.get("subscriptionCancellationInterval") or "P0D",
            invoice_number=f"ABO-{paylink.hash}",
            reference_id=paylink.reference_id,
            vat_rate=values.get("vatRate"),
            paylink_hash=paylink.hash,
            paylink_id=paylink.id,
        )

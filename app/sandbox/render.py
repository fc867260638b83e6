"""The sandbox's objects as the API renders them in ``data``, in the platform's documented shapes
(``API.md`` §4; the response examples of the platform's reference). Field names, order and types
follow those examples; nothing here is a field only the sandbox knows.

Two shapes, chosen per sandbox (``SandboxState.shapes``):

* ``current``: the documented examples of 2025. A Subscription's ``invoice`` has ``products``,
  ``discount``, ``originalAmount``, ``refundedAmount`` and ``test`` (0/1), no ``amount``; a
  Transaction's ``invoice`` has ``currencyAlpha3`` and ``totalAmount``, and ``mode`` says LIVE or
  TEST; a contact has ``country`` (a name) beside ``countryISO``.
* ``legacy``: the older documented shapes, so a test can prove the client reads both: a
  Subscription as the update example shows it (``invoice{number, amount, currency, referenceId,
  paymentRequestId, paymentLink}``), a Transaction with the top-level ``amount`` the schema
  lists and only ``currencyAlpha3`` in its invoice.

Never ``null`` where the official PHP SDK 2.0.12 types a string (``expirationDate``, redirect
URLs, ``sku``, ...): those are ``""`` when not set. ``null`` appears only where the documented
examples show it (a running subscription's ``end``, a product's ``sku``, a discount's ``code``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.sandbox.objects import (
    AuthToken,
    Contact,
    Discount,
    Paylink,
    Product,
    Subscription,
    Transaction,
)
from app.sandbox.state import SandboxState

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

# The paylink's form fields as the platform answers them: every type, active or not.
FIELD_TYPES = (
    "title",
    "forename",
    "surname",
    "company",
    "street",
    "postcode",
    "place",
    "country",
    "phone",
    "email",
    "date_of_birth",
    "terms",
    "privacy_policy",
)
CUSTOM_FIELDS = ("custom_field_1", "custom_field_2", "custom_field_3")
MORE_CUSTOM_FIELDS = ("custom_field_4", "custom_field_5")  # answered only when sent
# Payrexx language ids, as ``name`` maps take them. Written here on purpose, not imported from
# `app.api.platform.LANGUAGE_IDS`: the sandbox stands for the platform, so a wrong id in the
# app's table shows up as a test failure instead of being mirrored.
LANGUAGE_BY_ID = {"1": "de", "2": "en", "3": "fr", "4": "it"}
# Settled payments that can still be refunded, in full or in part.
REFUNDABLE = frozenset({"confirmed", "partially-refunded"})

# Strings the SDK types as non-nullable: "" when the call did not set them.
PAYLINK_TEXTS = (
    "title",
    "description",
    "referenceId",
    "name",
    "sku",
    "expirationDate",
    "successRedirectUrl",
    "failedRedirectUrl",
)


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()} if value else []
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    return value


def _rate_text(rate: Decimal | None) -> str | None:
    """A product's VAT rate as the Subscription examples write it: ``"8.10"``."""
    return None if rate is None else f"{rate:.2f}"


def contact(c: Contact, *, legacy: bool = False) -> dict[str, Any]:
    fields: dict[str, Any] = {"id": c.id}
    if not legacy:
        fields["uuid"] = c.uuid
    fields.update(
        title=c.title,
        firstname=c.firstname,
        lastname=c.lastname,
        company=c.company,
        street=c.street,
        zip=c.zip,
        place=c.place,
        country=c.country_name,
        countryISO=c.country,
        phone=c.phone,
        email=c.email,
        date_of_birth=c.date_of_birth,
    )
    if not legacy:
        # No delivery address is ever entered on the sandbox's payment page.
        for name in ("title", "firstname", "lastname", "company", "street", "zip", "place"):
            fields[f"delivery_{name}"] = ""
        fields["delivery_country"] = ""
        fields["delivery_countryISO"] = ""
    return fields


# -- Invoice and Page -------------------------------------------------------------------------


def paylink(state: SandboxState, p: Paylink) -> dict[str, Any]:
    values = p.values
    psp = values.get("psp") or []
    rendered: dict[str, Any] = {
        "id": p.id,
        "hash": p.hash,
        "referenceId": p.reference_id,
        "link": state.link(p),
        "invoices": [_paylink_invoice(state, p, tid) for tid in p.transaction_ids],
        "preAuthorization": int(values.get("preAuthorization") or 0),
        "reservation": int(values.get("reservation") or 0),
        "name": "",
        "api": True,
        "fields": _fields(values.get("fields") or {}),
        # The documented answer has one provider id (an int) although a list is sent: the
        # first one, 0 for "all".
        "psp": psp[0] if psp else 0,
        "pm": list(values.get("pm") or []),
        "purpose": values.get("purpose") or "",
        "amount": p.amount,
        "vatRate": values.get("vatRate"),
        "currency": p.currency,
        "sku": "",
        "subscriptionState": bool(values.get("subscriptionState")),
        "subscriptionInterval": values.get("subscriptionInterval") or "",
        "subscriptionPeriod": values.get("subscriptionPeriod") or "",
        "subscriptionPeriodMinAmount": values.get("subscriptionPeriodMinAmount") or "",
        "subscriptionCancellationInterval": values.get("subscriptionCancellationInterval") or "",
        "createdAt": p.created_at,
        # Beside the example, as the SDK's response model reads them (GET /Invoice/{id}/).
        "status": p.status,
    }
    for key in PAYLINK_TEXTS:
        rendered[key] = values.get(key) or ""
    if rendered["vatRate"] is None:
        del rendered["vatRate"]  # not sent: absent, never null (the SDK's ?float aside)
    return {k: _json_value(v) for k, v in rendered.items()}


def _fields(sent: dict[str, Any]) -> dict[str, Any]:
    """Every field type with ``active`` (sent) and ``mandatory``; custom fields with their
    ``names`` per language."""
    rendered: dict[str, Any] = {}
    for name in (*FIELD_TYPES, *CUSTOM_FIELDS, *MORE_CUSTOM_FIELDS):
        spec = sent.get(name)
        if name in MORE_CUSTOM_FIELDS and spec is None:
            continue
        spec = spec if isinstance(spec, dict) else {}
        entry: dict[str, Any] = {
            "active": name in sent,
            "mandatory": spec.get("mandatory", "0") not in ("0", ""),
        }
        if name.startswith("custom_field_"):
            entry["names"] = _names(spec.get("name"))
        rendered[name] = entry
    return rendered


def _names(name: Any) -> dict[str, str]:
    if isinstance(name, dict):
        return {lang: str(name.get(lang_id) or "") for lang_id, lang in LANGUAGE_BY_ID.items()}
    text = name if isinstance(name, str) else ""
    return dict.fromkeys(LANGUAGE_BY_ID.values(), text)


def _paylink_invoice(state: SandboxState, p: Paylink, transaction_id: int) -> dict[str, Any]:
    """One payment made through a paylink or page. No source documents these items; they are
    written as the documented invoice of a Subscription, with the payment's transactions (in
    the documented Transaction shape) beside it."""
    t = state.transactions[transaction_id]
    payment: dict[str, Any]
    if state.shapes == "legacy":
        payment = {
            "number": t.invoice_number,
            "amount": t.amount,
            "currency": t.currency,
            "referenceId": t.reference_id,
            "paymentRequestId": p.id,
            "paymentLink": state.link(p),
        }
    else:
        payment = {
            "number": t.invoice_number,
            "products": [_subscription_product(x) for x in t.products],
            "discount": _subscription_discount(t.discount),
            "shippingAmount": None,
            "currency": t.currency,
            "test": int(t.mode == "TEST"),
            "referenceId": t.reference_id,
            "purpose": t.purpose,
            "paymentRequestId": p.id,
            "paymentLink": state.link(p),
            "originalAmount": t.amount,
            "refundedAmount": refunded(t),
            "custom_fields": _custom_fields(state.contacts[t.contact_id]),
        }
    payment["transactions"] = [transaction(state, t)]
    return payment


def refunded(t: Transaction) -> int:
    """How much of a payment was given back: all of it, or (the demo's rule) half."""
    if t.status == "refunded":
        return t.amount
    return t.amount // 2 if t.status == "partially-refunded" else 0


# -- Subscription -----------------------------------------------------------------------------


def subscription(state: SandboxState, s: Subscription) -> dict[str, Any]:
    legacy = state.shapes == "legacy"
    link = f"{state.base_url}/pay/{s.paylink_hash}" if s.paylink_hash else None
    c = state.contacts[s.contact_id]
    if legacy:
        return {
            "id": s.id,
            "status": s.status,
            "start": s.start.isoformat(),
            "end": s.end.isoformat() if s.end else None,
            "valid_until": s.valid_until.isoformat(),
            "invoice": {
                "number": s.invoice_number,
                "amount": s.amount,
                "currency": s.currency,
                "referenceId": s.reference_id,
                "paymentRequestId": s.paylink_id,
                "paymentLink": link,
            },
            "contact": contact(c, legacy=True),
        }
    return {
        "id": s.id,
        "uuid": s.uuid,
        "status": s.status,
        "start": s.start.isoformat(),
        "end": s.end.isoformat() if s.end else None,
        "valid_until": s.valid_until.isoformat(),
        "paymentInterval": s.payment_interval,
        "invoice": {
            "number": s.invoice_number,
            "products": [_subscription_product(p) for p in s.products],
            "discount": _subscription_discount(s.discount),
            "shippingAmount": None,
            "currency": s.currency,
            "test": int(s.test),
            "referenceId": s.reference_id,
            "purpose": s.purpose,
            "paymentRequestId": s.paylink_id,
            "paymentLink": link,
            "originalAmount": s.amount,
            "refundedAmount": s.refunded_amount,
            "custom_fields": _custom_fields(c),
        },
        "contact": contact(c),
    }


def _subscription_product(p: Product) -> dict[str, Any]:
    return {
        "name": p.name,
        "description": p.description,
        "price": p.price,
        "quantity": p.quantity,
        "sku": p.sku or None,
        "vatRate": _rate_text(p.vat_rate),
    }


def _subscription_discount(d: Discount | None) -> dict[str, Any]:
    if d is None:
        return {"code": None, "amount": 0, "percentage": None}
    return {"code": d.code, "amount": d.amount, "percentage": d.percentage}


def _custom_fields(c: Contact) -> list[dict[str, str]]:
    """What the payer typed into the payment page's form, as the examples list it."""
    typed: tuple[tuple[str, str, str], ...]
    typed = (("email", "E-Mail", c.email), ("forename", "Vorname", c.firstname))
    typed += (("surname", "Nachname", c.lastname), ("country", "Land", c.country))
    return [{"type": kind, "name": name, "value": value} for kind, name, value in typed if value]


# -- Transaction ------------------------------------------------------------------------------


def transaction(state: SandboxState, t: Transaction) -> dict[str, Any]:
    legacy = state.shapes == "legacy"
    rendered: dict[str, Any] = {
        "id": t.id,
        "uuid": t.uuid,
        "status": t.status,
        "time": t.time.strftime(TIME_FORMAT),
        "lang": t.lang,
    }
    page_uuid = _page_uuid(state, t)
    if page_uuid:
        rendered["pageUuid"] = page_uuid
    rendered.update(
        payment={"brand": t.brand, "wallet": None},
        psp=t.psp,
        pspId=t.psp_id,
        mode=t.mode,
        referenceId=t.reference_id,
    )
    if legacy:
        rendered["amount"] = t.amount
        rendered["invoice"] = {"currencyAlpha3": t.currency}
    else:
        invoice: dict[str, Any] = {
            "currencyAlpha3": t.currency,
            "products": [
                {"quantity": p.quantity, "name": p.name, "amount": p.price} for p in t.products
            ],
        }
        if t.discount is not None:
            invoice["discount"] = {
                "code": t.discount.code or "",
                "percentage": t.discount.percentage or 0,
                "amount": t.discount.amount,
            }
        invoice.update(shippingAmount=0, totalAmount=t.amount)
        rendered["invoice"] = invoice
    rendered.update(
        refundable=t.status in REFUNDABLE,
        partiallyRefundable=t.status in REFUNDABLE,
        contact=contact(state.contacts[t.contact_id]),
    )
    return rendered


def _page_uuid(state: SandboxState, t: Transaction) -> str:
    """The uuid of the paylink or page paid through (a renewal: the one signed up with)."""
    source = state.invoices.get(t.paylink_id or 0) or state.pages.get(t.page_id or 0)
    if source is not None:
        return source.hash
    linked = state.subscriptions.get(t.subscription_id or 0)
    return linked.paylink_hash if linked else ""


# -- AuthToken, SignatureCheck ----------------------------------------------------------------


def auth_token(state: SandboxState, token: AuthToken) -> dict[str, Any]:
    return {
        "authToken": token.token,
        "authTokenExpirationDate": token.expires.strftime(TIME_FORMAT),
        "link": f"{state.base_url}/auth/{token.token}",
    }


def signature_check() -> dict[str, Any]:
    """No source documents SignatureCheck's ``data``; the SDK reads one object from it (an
    empty list breaks it), and every object of the API has an ``id``."""
    return {"id": 1}

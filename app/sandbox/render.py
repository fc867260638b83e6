"""The sandbox's objects as the API renders them in ``data``: field names, types and the PHP
habit of rendering an empty map as ``[]``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.sandbox.objects import AuthToken, Contact, Paylink, Subscription, Transaction
from app.sandbox.state import SandboxState

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

# Every field of the paylink and page forms, with what the server answers when it was not sent.
PAYLINK_DEFAULTS: dict[str, Any] = {
    "title": "",
    "description": "",
    "referenceId": "",
    "purpose": "",
    "amount": 0,
    "currency": "",
    "vatRate": None,
    "psp": [],
    "pm": [],
    "sku": "",
    "name": "",
    "buttonText": "",
    "preAuthorization": 0,
    "reservation": 0,
    "expirationDate": None,
    "successRedirectUrl": None,
    "failedRedirectUrl": None,
    "fields": [],
    "subscriptionState": False,
    "subscriptionInterval": "",
    "subscriptionPeriod": "",
    "subscriptionPeriodMinAmount": "",
    "subscriptionCancellationInterval": "",
}


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()} if value else []
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    return value


def contact(c: Contact) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "firstname": c.firstname,
        "lastname": c.lastname,
        "company": c.company,
        "street": c.street,
        "zip": c.zip,
        "place": c.place,
        "country": c.country,
        "phone": c.phone,
        "email": c.email,
    }


def paylink(state: SandboxState, p: Paylink) -> dict[str, Any]:
    values: dict[str, Any] = {
        "id": p.id,
        "hash": p.hash,
        "link": state.link(p),
        "status": p.status,
        "createdAt": p.created_at,
        **PAYLINK_DEFAULTS,
        **p.values,
        "api": True,
        "invoices": [_paylink_invoice(state, p, tid) for tid in p.transaction_ids],
    }
    return {k: _json_value(v) for k, v in values.items()}


def _paylink_invoice(state: SandboxState, p: Paylink, transaction_id: int) -> dict[str, Any]:
    t = state.transactions[transaction_id]
    return {
        "number": t.invoice_number,
        "referenceId": t.reference_id,
        "amount": t.amount,
        "currency": t.currency,
        "paymentRequestId": p.id,
        "transactions": [_transaction_summary(t)],
    }


def _transaction_summary(t: Transaction) -> dict[str, Any]:
    return {
        "id": t.id,
        "uuid": t.uuid,
        "time": t.time.strftime(TIME_FORMAT),
        "status": t.status,
        "amount": t.amount,
        "referenceId": t.reference_id,
        "psp": t.psp,
        "pspId": t.psp_id,
        "mode": t.mode,
    }


def subscription(state: SandboxState, s: Subscription) -> dict[str, Any]:
    link = f"{state.base_url}/pay/{s.paylink_hash}" if s.paylink_hash else ""
    return {
        "id": s.id,
        "uuid": s.uuid,
        "status": s.status,
        "start": s.start.isoformat(),
        "end": s.end.isoformat() if s.end else None,
        "valid_until": s.valid_until.isoformat(),
        "paymentInterval": s.payment_interval,
        "period": s.period,
        "cancellationInterval": s.cancellation_interval,
        "psp": s.psp,
        "invoice": {
            "number": s.invoice_number,
            "amount": s.amount,
            "currency": s.currency,
            "referenceId": s.reference_id,
            "paymentLink": link,
            "purpose": s.purpose,
            "vatRate": _json_value(s.vat_rate),
        },
        "contact": contact(state.contacts[s.contact_id]),
    }


def transaction(state: SandboxState, t: Transaction) -> dict[str, Any]:
    source = state.invoices.get(t.paylink_id or 0) or state.pages.get(t.page_id or 0)
    linked = state.subscriptions.get(t.subscription_id or 0)
    return {
        **_transaction_summary(t),
        "currency": t.currency,
        "pageUuid": source.hash if source else None,
        "payment": {"brand": t.brand},
        "contact": contact(state.contacts[t.contact_id]),
        "invoice": {
            "number": t.invoice_number,
            "amount": t.amount,
            "currency": t.currency,
            "referenceId": t.reference_id,
            "purpose": t.purpose,
            "paymentLink": state.link(source) if source else "",
            "paymentRequestId": source.id if source else None,
        },
        "subscription": (
            {"id": linked.id, "uuid": linked.uuid, "status": linked.status} if linked else None
        ),
    }


def auth_token(state: SandboxState, token: AuthToken) -> dict[str, Any]:
    return {
        "authToken": token.token,
        "authTokenExpirationDate": token.expires.strftime(TIME_FORMAT),
        "link": f"{state.base_url}/auth/{token.token}",
    }

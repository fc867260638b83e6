"""What each call does once it is routed and authenticated: validate, change the state, answer
the ``data`` list. One function per (object, method, with id?)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from app.sandbox import params as p
from app.sandbox import render
from app.sandbox.errors import ApiError, invalid, not_found
from app.sandbox.objects import Paylink, Product, Subscription, Transaction, add_duration
from app.sandbox.state import SandboxState

Data = list[dict[str, Any]]

# The objects the platform serves; the sandbox simulates all but Gateway and Bill.
OBJECTS = ("Invoice", "Page", "Subscription", "AuthToken", "Transaction", "SignatureCheck")
NOT_SIMULATED = ("Gateway", "Bill")
T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    method: str
    object: str
    object_id: int | None
    params: p.PhpArray
    now: datetime  # UTC, naive

    @property
    def unix_now(self) -> int:
        return int(self.now.replace(tzinfo=UTC).timestamp())


def handle(state: SandboxState, call: Call) -> Data:
    endpoint = _ROUTES.get((call.object, call.method, call.object_id is not None))
    if endpoint is None:
        target = "one" if call.object_id is not None else "the list of"
        raise ApiError(404, f"{call.method} is not available for {target} {call.object}.")
    with state.lock:
        data = endpoint(state, call)
    if call.method != "GET":  # only reads are GETs; anything else may have changed something
        state.changed()
    return data


# -- Invoice and Page ---------------------------------------------------------------------


def _paylink_values(params: p.PhpArray) -> dict[str, Any]:
    # Required: title, amount, currency, what a payment page cannot be shown without. The
    # platform's generated reference marks description, referenceId and purpose required too.
    title = p.text_or_map(params, "title")
    if title is None:
        raise invalid("title")
    values: dict[str, Any] = {
        "title": title,
        "description": p.text(params, "description"),
        "referenceId": p.text(params, "referenceId"),
        "purpose": p.text_or_map(params, "purpose"),
        "amount": p.amount(params, required=True),
        "currency": p.currency(params, required=True),
        "vatRate": p.rate(params, "vatRate"),
        "psp": p.int_list(params, "psp"),
        "pm": p.str_list(params, "pm"),
        "sku": p.text(params, "sku"),
        "name": p.text(params, "name"),
        "buttonText": p.text(params, "buttonText"),
        "preAuthorization": int(p.flag(params, "preAuthorization") or False),
        "reservation": int(p.flag(params, "reservation") or False),
        "expirationDate": p.iso_date(params, "expirationDate"),
        "successRedirectUrl": p.redirect_url(params, "successRedirectUrl"),
        "failedRedirectUrl": p.redirect_url(params, "failedRedirectUrl"),
        "cancelRedirectUrl": p.redirect_url(params, "cancelRedirectUrl"),
        "fields": p.mapping(params, "fields"),
    }
    if p.flag(params, "subscriptionState"):
        if values["preAuthorization"] or values["reservation"]:
            raise invalid("preAuthorization" if values["preAuthorization"] else "reservation")
        values.update(
            subscriptionState=True,
            subscriptionInterval=p.duration(params, "subscriptionInterval", required=True),
            subscriptionPeriod=p.duration(params, "subscriptionPeriod", required=False),
            subscriptionPeriodMinAmount=p.text(params, "subscriptionPeriodMinAmount"),
            subscriptionCancellationInterval=p.duration(
                params, "subscriptionCancellationInterval", required=False
            ),
        )
    return {k: v for k, v in values.items() if v is not None}


def _create_paylink(state: SandboxState, call: Call) -> Data:
    values = _paylink_values(call.params)
    created = state.add_paylink(call.object, values, created_at=call.unix_now)
    return [render.paylink(state, created)]


def _existing_paylink(state: SandboxState, call: Call) -> Paylink:
    assert call.object_id is not None
    found = state.paylinks(call.object).get(call.object_id)
    if found is None:
        raise not_found(call.object, call.object_id)
    return found


def _get_paylink(state: SandboxState, call: Call) -> Data:
    return [render.paylink(state, _existing_paylink(state, call))]


def _delete_invoice(state: SandboxState, call: Call) -> Data:
    found = _existing_paylink(state, call)
    del state.invoices[found.id]
    return [{"id": found.id}]


def _list_pages(state: SandboxState, call: Call) -> Data:
    offset, limit = p.paging(call.params, default_limit=None)
    pages = sorted(state.pages.values(), key=lambda page: page.id)
    return [render.paylink(state, page) for page in _window(pages, offset, limit)]


# -- Subscription ---------------------------------------------------------------------------


def _existing_subscription(state: SandboxState, call: Call) -> Subscription:
    assert call.object_id is not None
    found = state.subscriptions.get(call.object_id)
    if found is None:
        raise not_found("Subscription", call.object_id)
    return found


def _list_subscriptions(state: SandboxState, call: Call) -> Data:
    offset, limit = p.paging(call.params, default_limit=10)
    order = p.order(call.params, "orderByStartDate")
    items = sorted(state.subscriptions.values(), key=lambda s: s.id)
    if order:
        items.sort(key=lambda s: (s.start, s.id), reverse=order == "DESC")
    return [render.subscription(state, s) for s in _window(items, offset, limit)]


def _get_subscription(state: SandboxState, call: Call) -> Data:
    return [render.subscription(state, _existing_subscription(state, call))]


def _update_subscription(state: SandboxState, call: Call) -> Data:
    found = _existing_subscription(state, call)
    amount = p.amount(call.params, required=False)
    currency = p.currency(call.params, required=False)
    purpose = p.text(call.params, "purpose")
    vat_rate = p.rate(call.params, "vatRate")
    if amount is not None:
        found.set_amount(amount)
    if currency is not None:
        found.currency = currency
    if purpose is not None:
        found.purpose = purpose
    if vat_rate is not None:
        found.vat_rate = vat_rate
    return [render.subscription(state, found)]


def _cancel_subscription(state: SandboxState, call: Call) -> Data:
    found = _existing_subscription(state, call)
    state.cancel_subscription(found, call.now.date())
    return [render.subscription(state, found)]


def _create_subscription(state: SandboxState, call: Call) -> Data:
    params = call.params
    user_id = p.positive_int(params, "userId", required=True)
    assert user_id is not None
    if user_id not in state.contacts:
        raise invalid("userId")
    psp = p.positive_int(params, "psp", required=True)
    amount = p.amount(params, required=True)
    currency = p.currency(params, required=True)
    purpose = p.required_text(params, "purpose")
    interval = p.duration(params, "paymentInterval", required=True)
    period = p.duration(params, "period", required=True)
    cancellation = p.duration(params, "cancellationInterval", required=True)
    assert psp is not None and amount is not None and currency is not None
    assert interval is not None and period is not None and cancellation is not None
    today = call.now.date()
    created = state.add_subscription(
        status="active",
        contact_id=user_id,
        products=[Product(purpose, amount, vat_rate=p.rate(params, "vatRate"))],
        currency=currency,
        purpose=purpose,
        start=today,
        valid_until=add_duration(today, interval),
        payment_interval=interval,
        period=period,
        cancellation_interval=cancellation,
        invoice_number=f"ABO-{state.token()}",
        psp=psp,
        reference_id=p.text(params, "referenceId") or "",
        vat_rate=p.rate(params, "vatRate"),
    )
    return [render.subscription(state, created)]


# -- AuthToken, Transaction, SignatureCheck -------------------------------------------------


def _create_auth_token(state: SandboxState, call: Call) -> Data:
    user_id = p.positive_int(call.params, "userId", required=True)
    assert user_id is not None
    if user_id not in state.contacts:
        raise not_found("Contact", user_id)
    return [render.auth_token(state, state.issue_auth_token(user_id, call.now))]


def _list_transactions(state: SandboxState, call: Call) -> Data:
    params = call.params
    after = p.utc_datetime(params, "filterDatetimeUtcGreaterThan")
    before = p.utc_datetime(params, "filterDatetimeUtcLessThan")
    # One instance, one API user: every transaction is "mine", so the filter changes nothing.
    p.flag(params, "filterMyTransactionsOnly")
    order = p.order(params, "orderByTime")
    offset, limit = p.paging(params, default_limit=None)

    def wanted(t: Transaction) -> bool:
        return (after is None or t.time > after) and (before is None or t.time < before)

    items = sorted((t for t in state.transactions.values() if wanted(t)), key=lambda t: t.id)
    if order:
        items.sort(key=lambda t: (t.time, t.id), reverse=order == "DESC")
    return [render.transaction(state, t) for t in _window(items, offset, limit)]


def _get_transaction(state: SandboxState, call: Call) -> Data:
    assert call.object_id is not None
    found = state.transactions.get(call.object_id)
    if found is None:
        raise not_found("Transaction", call.object_id)
    return [render.transaction(state, found)]


def _signature_check(state: SandboxState, call: Call) -> Data:
    return [render.signature_check()]


def _window(items: list[T], offset: int, limit: int | None) -> list[T]:
    return items[offset:] if limit is None else items[offset : offset + limit]


_ROUTES: dict[tuple[str, str, bool], Callable[[SandboxState, Call], Data]] = {
    ("Invoice", "POST", False): _create_paylink,
    ("Invoice", "GET", True): _get_paylink,
    ("Invoice", "DELETE", True): _delete_invoice,
    ("Page", "POST", False): _create_paylink,
    ("Page", "GET", True): _get_paylink,
    ("Page", "GET", False): _list_pages,
    ("Subscription", "GET", False): _list_subscriptions,
    ("Subscription", "GET", True): _get_subscription,
    ("Subscription", "PUT", True): _update_subscription,
    ("Subscription", "DELETE", True): _cancel_subscription,
    ("Subscription", "POST", False): _create_subscription,
    ("AuthToken", "POST", False): _create_auth_token,
    ("Transaction", "GET", False): _list_transactions,
    ("Transaction", "GET", True): _get_transaction,
    ("SignatureCheck", "GET", False): _signature_check,
}

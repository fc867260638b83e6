"""A link's state as the link panel shows it, and whether handing it out again makes sense.

Read from the local record, which the payment watcher keeps current: the platform's status
(`confirmed` is paid), `deleted` after a delete, the expiry date that was sent, and the payments
the watcher matched to the record (less than the amount: partly paid). A payment page takes any
number of payments, so only deleted or expired make it dead.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP
from app.models.messages import LinkInfo
from app.store.records import Record, RecordKind, RecordState

_CONTEXT = "LinkState"


class LinkState(StrEnum):
    WAITING = "waiting"
    PAID = "paid"
    PARTLY_PAID = "partly paid"
    DELETED = "deleted"
    EXPIRED = "expired"


DEAD_STATES = frozenset({LinkState.PAID, LinkState.DELETED, LinkState.EXPIRED})
"""Sending such a link to a customer is most likely a mistake: ask first."""

_NAMES: dict[LinkState, str] = {
    LinkState.WAITING: QT_TRANSLATE_NOOP("LinkState", "Waiting for payment"),
    LinkState.PAID: QT_TRANSLATE_NOOP("LinkState", "Paid"),
    LinkState.PARTLY_PAID: QT_TRANSLATE_NOOP("LinkState", "Partly paid"),
    LinkState.DELETED: QT_TRANSLATE_NOOP("LinkState", "Deleted"),
    LinkState.EXPIRED: QT_TRANSLATE_NOOP("LinkState", "Expired"),
}

_WARNINGS: dict[LinkState, str] = {
    LinkState.PAID: QT_TRANSLATE_NOOP(
        "LinkState", "“%s” has already been paid. Send its link to a customer anyway?"
    ),
    LinkState.DELETED: QT_TRANSLATE_NOOP(
        "LinkState",
        "“%s” was deleted on the server: its link no longer works. Send it to a customer anyway?",
    ),
    LinkState.EXPIRED: QT_TRANSLATE_NOOP(
        "LinkState",
        "“%s” has expired: its link no longer takes payments. Send it to a customer anyway?",
    ),
}


def state_name(state: LinkState | str) -> str:
    return QCoreApplication.translate(_CONTEXT, _NAMES[LinkState(state)])


def dead_link_warning(state: LinkState | str, title: str) -> str | None:
    """The question to ask before a dead link goes out; None when the link is fine to send."""
    if not state or LinkState(state) not in DEAD_STATES:
        return None
    return QCoreApplication.translate(_CONTEXT, _WARNINGS[LinkState(state)]) % title


def link_state(record: Record, today: date, paid_minor: int = 0) -> LinkState | None:
    """None for a row that has no link on the server (failed, unknown, sending)."""
    if record.state is not RecordState.CREATED:
        return None
    if record.remote_deleted:
        return LinkState.DELETED
    expires = record.expires_on
    expired = expires is not None and expires < today
    if record.kind is RecordKind.PAGE:
        return LinkState.EXPIRED if expired else LinkState.WAITING
    # The platform's word wins: a confirmed paylink is paid, whatever the payments seen add up to.
    amount = record.amount_minor
    if (record.remote_status or "").lower() == "confirmed" or (amount and paid_minor >= amount):
        return LinkState.PAID
    if 0 < paid_minor < amount:
        return LinkState.PARTLY_PAID
    return LinkState.EXPIRED if expired else LinkState.WAITING


def link_info_of(record: Record, language: str, today: date, paid_minor: int = 0) -> LinkInfo:
    """What the link panel shows for a record that has a link."""
    state = link_state(record, today, paid_minor)
    return LinkInfo(
        title=record.title,
        amount_minor=record.amount_minor,
        currency=record.currency,
        link=record.link or "",
        language=language,
        kind=record.kind.value,
        record_id=record.id,
        state=state.value if state else "",
        email=_customer_email(record),
    )


def _customer_email(record: Record) -> str:
    """The e-mail the form prefilled for the customer (``fields[email][defaultValue]``)."""
    try:
        params = record.params
    except ValueError:
        return ""
    fields = params.get("fields")
    email = fields.get("email") if isinstance(fields, dict) else None
    value = email.get("defaultValue") if isinstance(email, dict) else None
    return value if isinstance(value, str) else ""

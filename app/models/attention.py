"""Needs attention: the links and subscriptions someone should look at, with what to do about each.

Read from what the app already knows, never from a request of its own: the local record of
every link created (`app.store.records`, kept current by History and the watcher) and the
subscription list as last loaded or saved (`SubscriptionTableModel`, whose statuses are derived
once, in `app.api.statuses`).

A link needs attention when it

* may have been created (sent, no answer: `unknown`), until the user says what happened;
* has expired unpaid (its ``expirationDate`` is past), for `EXPIRED_SHOWN_DAYS` after that;
* expires unpaid within `EXPIRING_DAYS` days;
* is still unpaid `unpaid_days` after it was created (a setting, `DEFAULT_UNPAID_DAYS`).

"Unpaid" means the platform last said ``waiting`` (or nothing yet): a paid, authorized, reserved
or deleted link needs nothing. Payment pages take any number of payments, so only a create in
doubt puts one here. A subscription needs attention when it is overdue or in notice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.api import statuses
from app.api.models import Subscription
from app.i18n import QT_TRANSLATE_NOOP
from app.store.records import Record, RecordKind, RecordState

CONTEXT = "Attention"

DEFAULT_UNPAID_DAYS = 14
MIN_UNPAID_DAYS = 1
MAX_UNPAID_DAYS = 365
EXPIRING_DAYS = 3
EXPIRED_SHOWN_DAYS = 30
"""A link that expired longer ago than this is history, not something to act on today."""


class Reason(IntEnum):
    """Why a row is here; the value is its rank (the most pressing first)."""

    MAY_EXIST = 0
    OVERDUE = 1
    EXPIRING = 2
    EXPIRED = 3
    UNPAID = 4
    IN_NOTICE = 5


class Action(StrEnum):
    COPY_LINK = "copy"
    OPEN_HISTORY = "history"
    SETTLE = "settle"
    OPEN_SUBSCRIPTION = "subscription"


_ACTIONS: dict[Reason, tuple[Action, ...]] = {
    # The first is the row's own button; all are in its context menu.
    Reason.MAY_EXIST: (Action.SETTLE, Action.OPEN_HISTORY),
    Reason.EXPIRING: (Action.COPY_LINK, Action.OPEN_HISTORY),
    Reason.UNPAID: (Action.COPY_LINK, Action.OPEN_HISTORY),
    # An expired link cannot be paid: copying it again would send a dead link.
    Reason.EXPIRED: (Action.OPEN_HISTORY,),
    Reason.OVERDUE: (Action.OPEN_SUBSCRIPTION,),
    Reason.IN_NOTICE: (Action.OPEN_SUBSCRIPTION,),
}

ACTION_NAMES: dict[Action, str] = {
    Action.COPY_LINK: QT_TRANSLATE_NOOP("Attention", "Copy link"),
    Action.OPEN_HISTORY: QT_TRANSLATE_NOOP("Attention", "Open in History"),
    Action.SETTLE: QT_TRANSLATE_NOOP("Attention", "Settle…"),
    Action.OPEN_SUBSCRIPTION: QT_TRANSLATE_NOOP("Attention", "Open in Subscriptions"),
}

# What the "Why" column says, per reason.
MAY_EXIST_TEXT = QT_TRANSLATE_NOOP("Attention", "May have been created: say what happened")
EXPIRED_TEXT = QT_TRANSLATE_NOOP("Attention", "Expired unpaid on %s")
EXPIRES_TODAY_TEXT = QT_TRANSLATE_NOOP("Attention", "Unpaid, expires today")
EXPIRING_TEXT = QT_TRANSLATE_NOOP("Attention", "Unpaid, expires on %s")
UNPAID_TEXT = QT_TRANSLATE_NOOP("Attention", "Unpaid for %d days")
OVERDUE_TEXT = QT_TRANSLATE_NOOP("Attention", "Subscription overdue since %s")
IN_NOTICE_TEXT = QT_TRANSLATE_NOOP("Attention", "Subscription in notice, ends on %s")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class AttentionItem:
    reason: Reason
    title: str
    reference: str
    amount_minor: int | None
    currency: str | None
    day: date | None
    """The day that matters: created (unpaid), expiry, next payment (overdue), end (notice)."""
    record_id: int | None = None
    subscription_id: int | None = None
    link: str | None = None
    test: bool | None = None

    @property
    def actions(self) -> tuple[Action, ...]:
        actions = _ACTIONS[self.reason]
        if Action.COPY_LINK in actions and not self.link:
            return tuple(a for a in actions if a is not Action.COPY_LINK)
        return actions

    @property
    def key(self) -> tuple[str, int]:
        if self.record_id is not None:
            return ("record", self.record_id)
        return ("subscription", self.subscription_id or 0)


def action_text(action: Action) -> str:
    return _tr(ACTION_NAMES[action])


def _local_day(moment: datetime) -> date:
    return (moment.astimezone() if moment.tzinfo else moment).date()


def is_unpaid(record: Record) -> bool:
    """Created and, as far as the platform last said, waiting for its money."""
    if record.state is not RecordState.CREATED or record.remote_deleted:
        return False
    return statuses.normalize(record.remote_status) in ("", "waiting")


def link_reason(record: Record, today: date, unpaid_days: int) -> Reason | None:
    if record.state is RecordState.UNKNOWN:
        return Reason.MAY_EXIST
    if record.kind is not RecordKind.INVOICE or not is_unpaid(record):
        return None
    expiry = record.expires_on
    if expiry is not None:
        left = (expiry - today).days
        if left < 0:
            return Reason.EXPIRED if -left <= EXPIRED_SHOWN_DAYS else None
        if left <= EXPIRING_DAYS:
            return Reason.EXPIRING
    if (today - _local_day(record.created_at)).days >= unpaid_days:
        return Reason.UNPAID
    return None


def link_items(records: Iterable[Record], today: date, unpaid_days: int) -> list[AttentionItem]:
    items = []
    for record in records:
        reason = link_reason(record, today, unpaid_days)
        if reason is None:
            continue
        if reason in (Reason.EXPIRED, Reason.EXPIRING):
            day = record.expires_on
        else:
            day = _local_day(record.created_at)
        items.append(
            AttentionItem(
                reason=reason,
                title=record.title,
                reference=record.reference_id,
                amount_minor=record.amount_minor,
                currency=record.currency,
                day=day,
                record_id=record.id,
                link=record.link,
            )
        )
    return items


def subscription_items(
    subscriptions: Sequence[Subscription], derived: Sequence[str]
) -> list[AttentionItem]:
    """``derived``: each subscription's status as the list derived it (same order)."""
    items = []
    for sub, status in zip(subscriptions, derived, strict=True):
        if status == statuses.OVERDUE:
            reason, day = Reason.OVERDUE, sub.next_payment
        elif status == statuses.IN_NOTICE:
            reason, day = Reason.IN_NOTICE, sub.end or sub.first_cancel_date
        else:
            continue
        contact = sub.contact
        who = (contact.name or contact.company or "") if contact else ""
        what = sub.purpose or sub.invoice_number or ""
        title = " – ".join(p for p in (who, what) if p) or f"#{sub.id}"
        items.append(
            AttentionItem(
                reason=reason,
                title=title,
                reference=sub.reference_id or "",
                amount_minor=sub.amount,
                currency=sub.currency,
                day=day,
                subscription_id=sub.id,
                test=sub.test,
            )
        )
    return items


def ordered(items: Iterable[AttentionItem]) -> list[AttentionItem]:
    """The most pressing reason first; within one, the oldest day first."""
    return sorted(items, key=lambda i: (i.reason, i.day or date.max, i.key))


def reason_text(item: AttentionItem, today: date, format_date: Any) -> str:
    """What the "Why" column says; ``format_date`` renders a date in the UI locale."""
    day = format_date(item.day) if item.day else "?"
    match item.reason:
        case Reason.MAY_EXIST:
            return _tr(MAY_EXIST_TEXT)
        case Reason.EXPIRED:
            return _tr(EXPIRED_TEXT) % day
        case Reason.EXPIRING:
            if item.day == today:
                return _tr(EXPIRES_TODAY_TEXT)
            return _tr(EXPIRING_TEXT) % day
        case Reason.UNPAID:
            days = (today - item.day).days if item.day else 0
            return _tr(UNPAID_TEXT) % days
        case Reason.OVERDUE:
            return _tr(OVERDUE_TEXT) % day
        case Reason.IN_NOTICE:
            return _tr(IN_NOTICE_TEXT) % day
    return ""

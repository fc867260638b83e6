"""What a status means, decided once: the subscription status a person reads (with *in notice*
and *overdue* derived from the dates), and which payment statuses are a success.

The API reports subscriptions as ``active``, ``cancelled`` or ``terminated`` (no source
enumerates them; API.md §4). The dashboard's "In notice" and "Overdue" are not API statuses, so
they are derived here; any other status is kept by its raw name, never dropped or renamed.
"""

from __future__ import annotations

from datetime import date

ACTIVE = "active"
CANCELLED = "cancelled"
TERMINATED = "terminated"
IN_NOTICE = "notice"
"""Derived: active, with an ``end`` or ``firstCancelDate`` today or later."""
OVERDUE = "overdue"
"""Derived: active, with its next payment (``nextPayDate``, else ``valid_until``) before today."""
# Spelled unlike anything the API sends ("in_notice" is only our sandbox's), so a raw status
# can never pass for a derived one: a sandbox-only "in_notice" shows by its raw name.

REPORTED = frozenset({ACTIVE, CANCELLED, TERMINATED})
"""The subscription statuses seen on the platform."""
DERIVED = frozenset({IN_NOTICE, OVERDUE})


def normalize(raw: str | None) -> str:
    """The status as the platform spells it, trimmed and lower-cased; ``""`` when missing."""
    return (raw or "").strip().lower()


def subscription_status(
    raw: str | None,
    *,
    end: date | None,
    first_cancel: date | None,
    next_payment: date | None,
    today: date,
) -> str:
    """The status to show: the reported one, or for an active subscription *overdue* (its next
    payment is past: money is missing, so this comes first) or *in notice* (it has an end)."""
    status = normalize(raw)
    if status != ACTIVE:
        return status
    if next_payment is not None and next_payment < today:
        return OVERDUE
    if any(d is not None and d >= today for d in (end, first_cancel)):
        return IN_NOTICE
    return ACTIVE


# -- payments (Transaction, and the status of a paylink) ------------------------------------------

PAID = frozenset({"confirmed"})
"""The money was taken. Only ``confirmed``: API.md lists ``authorized`` and ``reserved`` as the
states of a pre-authorization or reservation ("charge later"), so nothing is charged yet; and
``insecure`` (3-D Secure not passed), ``partially-refunded``, ``refunded`` etc. are not a
completed payment. Those show by their names."""
HELD = frozenset({"authorized", "reserved"})
"""Approved and held on the customer's card, to be captured (or released) later."""


def is_paid(status: str | None) -> bool:
    return normalize(status) in PAID

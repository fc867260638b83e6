"""What the app knows about a create in doubt (`unknown`), and the checks that settle it.

Pure helpers (no Qt objects): where the platform's dashboard is, how to read an id the user
pasted, whether an object read back is the one that was sent, and which payment or listed
payment page settles a row.
`PaylinkCreator` runs the checks; the dialog (`app/views/unknown_create_dialog.py`) shows them.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QCoreApplication

from app.models.locale_format import ui_money
from app.settings.profile import Profile
from app.store.records import InvalidTransition, Record, RecordKind, RecordState, RecordStore

if TYPE_CHECKING:  # the response models load with the first call, not with the first window
    from app.api.models import Paylink, Transaction

log = logging.getLogger(__name__)

# ASCII digits only: str.isdigit() would take "²" or "①" for an id.
_ID = re.compile(r"#?([0-9]{1,12})")
# A payment's time and the row's are on two clocks: allow this much skew when matching.
CLOCK_SKEW = timedelta(minutes=10)
# Transaction statuses that are also paylink statuses (API.md §4); others leave it "waiting".
_PAYLINK_STATUS = frozenset({"confirmed", "authorized", "reserved"})


def dashboard_url(profile: Profile) -> str:
    """The instance's own site (``https://<instance>.<base-domain>/``), or the Demo's page."""
    if profile.base_url:
        return profile.base_url.rstrip("/") + "/"
    return f"https://{profile.instance}.{profile.base_domain}/"


def parse_remote_id(text: str) -> int | None:
    """The object id in what the user pasted: ``123``, ``#123``, or a dashboard address that
    carries it (``…/edit/123``, ``…?id=123``). None for anything else, a payment link included
    (its hash cannot be looked up: the API has no call for that)."""
    text = text.strip()
    match = _ID.fullmatch(text)
    if match:
        return int(match.group(1))
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        return None
    for value in parse_qs(parts.query).get("id", []):
        match = _ID.fullmatch(value.strip())
        if match:
            return int(match.group(1))
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    match = _ID.fullmatch(last)
    return int(match.group(1)) if match else None


def is_payment_link(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and (
        "payment=" in parts.query or "/pay/" in parts.path
    )


def mismatch(record: Record, found: Paylink) -> str | None:
    """Why ``found`` (read back by id) is not the object ``record`` sent, or None if it fits."""
    same_amount = found.amount is None or found.amount == record.amount_minor
    same_currency = not found.currency or found.currency.upper() == record.currency.upper()
    same_reference = (
        not found.reference_id
        or not record.reference_id
        or found.reference_id == record.reference_id
    )
    if same_amount and same_currency and same_reference:
        return None
    money = (
        ui_money(found.amount, found.currency or record.currency)
        if found.amount is not None
        else "?"
    )
    return QCoreApplication.translate(
        "UnknownCreate",
        "Number %s is for %s with reference “%s”, so it is not this one: check the id.",
    ) % (found.id, money, found.reference_id or "")


def paylink_status(payment: Transaction) -> str | None:
    status = (payment.status or "").lower()
    return status if status in _PAYLINK_STATUS else None


def settle_from_payments(
    records: RecordStore, profile_id: str, payments: Iterable[Transaction]
) -> list[Record]:
    """Settle every `unknown` row of the profile that a payment's reference shows was created
    (`RecordStore.settle_by_reference`). Wherever the app reads transactions, it calls this."""
    settled: list[Record] = []
    for payment in payments:
        if not payment.reference_id:
            continue
        record = records.settle_by_reference(
            profile_id,
            payment.reference_id,
            paid_at=payment.time + CLOCK_SKEW if payment.time else None,
            remote_status=paylink_status(payment),
        )
        if record is not None:
            log.info("record %d settled by a payment with its reference", record.id)
            settled.append(record)
    return settled


def settle_from_page_list(
    records: RecordStore, profile_id: str, listed: Iterable[Paylink]
) -> list[Record]:
    """Settle every `unknown` payment-page row of the profile whose page the instance's page
    list (``GET /Page/``) shows: it was created after all, and takes the page's id and link
    (History then shows it as this app's, not as a page created elsewhere, and its create is
    not offered again). A row settles only on one page that is surely its own: the one listed
    with its reference (Paydesk's references are unique per instance) while no other row in
    doubt has that reference, made no earlier than the row (give or take `CLOCK_SKEW`), no
    other row's page already, with its amount and currency (`mismatch`). On a worker: it
    reads and writes the store."""
    by_reference: dict[str, list[Paylink]] = defaultdict(list)
    for page in listed:
        if page.id is not None and page.reference_id:
            by_reference[page.reference_id].append(page)
    if not by_reference:
        return []
    rows = [r for r in records.list(profile_id) if r.kind is RecordKind.PAGE]
    known = {r.remote_id for r in rows if r.remote_id is not None}
    in_doubt = [r for r in rows if r.state is RecordState.UNKNOWN and r.reference_id]
    references = Counter(r.reference_id for r in in_doubt)
    settled: list[Record] = []
    for record in in_doubt:
        found = by_reference.get(record.reference_id, [])
        if references[record.reference_id] != 1 or len(found) != 1:
            continue
        page = found[0]
        assert page.id is not None
        made_before = page.created_at is not None and page.created_at < (
            record.created_at - CLOCK_SKEW
        )
        if page.id in known or made_before or mismatch(record, page) is not None:
            continue
        try:
            records.settle_created(record.id, page.id, page.hash, page.link, page.status)
        except InvalidTransition:  # settled meanwhile (the user, a payment): theirs stands
            continue
        log.info("record %d settled: its page is in the instance's page list", record.id)
        now = records.get(record.id)
        if now is not None:
            settled.append(now)
    return settled

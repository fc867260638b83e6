"""Payment pages created elsewhere: what ``GET /Page/`` lists that this app did not create.

The platform lists an instance's pages (it has no such list for paylinks), so History can show
the pages made in the dashboard or by another program beside what this app created. They are
read-only rows (copy link, QR, open, payments, duplicate; never delete), fetched page by page
through the profile's request budget (`ThrottledPump`) when History refreshes, and kept only in
memory: the platform is their record, not the local store.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api import pages
from app.api.errors import ApiError, RateLimitedError
from app.api.models import Paylink
from app.models.pump import ThrottledPump
from app.models.rate_budget import TokenBucket
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.store.records import Record, RecordKind, RecordState

log = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_PAGES = 50
"""5000 pages: far beyond a small business; a list that never ends stops there."""
RATE_LIMIT_PAUSE_SECONDS = 60.0
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _text(value: str | dict[str, str] | None) -> str:
    """A purpose may be one text or one per language: the first there is."""
    if isinstance(value, dict):
        return next((v for v in value.values() if v), "")
    return value or ""


def elsewhere_record(profile_id: str, page: Paylink) -> Record | None:
    """A read-only History row for a listed page; None without an id (nothing to show)."""
    if page.id is None:
        return None
    created = page.created_at or _EPOCH
    title = page.title or _text(page.purpose) or page.name or ""
    params = {"title": title, "amount": page.amount or 0, "currency": page.currency or ""}
    purpose = _text(page.purpose)
    if purpose:
        params["purpose"] = purpose
    return Record(
        id=-page.id,  # never a store id (those are positive): both live in one model
        profile_id=profile_id,
        kind=RecordKind.PAGE,
        title=title,
        reference_id=page.reference_id or "",
        amount_minor=page.amount or 0,
        currency=page.currency or "",
        remote_id=page.id,
        hash=page.hash,
        link=page.link,
        remote_status=page.status,
        state=RecordState.CREATED,
        error=None,
        customer="",
        params_json=json.dumps(params, ensure_ascii=False),
        created_at=created,
        updated_at=created,
        elsewhere=True,
    )


class ElsewherePages(QObject):
    """The current session's listed pages; `rows` leaves out those the app created."""

    changed = Signal()
    """The list was fetched (or dropped): History merges it again."""
    failed = Signal(str)
    """A sentence saying why the list could not be fetched."""

    def __init__(
        self,
        runner: TaskRunner,
        bucket: Callable[[], TokenBucket | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session: ProfileSession | None = None
        self._pages: dict[int, Paylink] = {}
        self._fetching: dict[int, Paylink] = {}
        self._handles: dict[int, TaskHandle] = {}
        self._generation = 0
        self.pump: ThrottledPump[int] = ThrottledPump(self._start, bucket, max_in_flight=1)
        self.pump.setParent(self)

    @property
    def loading(self) -> bool:
        return self.pump.busy

    def set_session(self, session: ProfileSession | None) -> None:
        if session is self._session:
            return
        self._drop()
        self._session = session
        had = bool(self._pages)
        self._pages = {}
        if had:
            self.changed.emit()

    def refresh(self) -> None:
        """Fetch the list again from its first page (what a refresh in progress had is
        dropped); `changed` once it is complete."""
        if self._session is None:
            return
        self._drop()
        self.pump.push([0])

    def pages(self) -> list[Paylink]:
        """Every page of the last complete list (this app's own too)."""
        return list(self._pages.values())

    def rows(self, known_page_ids: Iterable[int]) -> list[Record]:
        """The listed pages whose id is not in ``known_page_ids`` (those the app created)."""
        if self._session is None:
            return []
        known = set(known_page_ids)
        found = (
            elsewhere_record(self._session.profile_id, page)
            for page_id, page in self._pages.items()
            if page_id not in known
        )
        return [record for record in found if record is not None]

    def _drop(self) -> None:
        self._generation += 1
        for handle in self._handles.values():
            handle.cancel()
        self._handles.clear()
        self.pump.clear()
        self.pump.forget_in_flight()
        self._fetching = {}

    def _start(self, offset: int) -> bool:
        session = self._session
        if session is None:
            return False
        generation = self._generation
        client = session.client
        self._handles[offset] = self._runner.run(
            lambda: pages.list_pages(client, offset, PAGE_SIZE),
            on_success=lambda found: self._loaded(generation, offset, found),
            on_error=lambda exc: self._failed(generation, offset, exc),
            owner=self,
            description=QCoreApplication.translate(
                "ElsewherePages", "Loading the payment pages of this instance"
            ),
        )
        return True

    def _loaded(self, generation: int, offset: int, found: list[Paylink]) -> None:
        if generation != self._generation:
            return
        self._handles.pop(offset, None)
        new = {p.id: p for p in found if p.id is not None and p.id not in self._fetching}
        self._fetching.update(new)
        # A platform that ignores offset/limit answers the same list again: no new ids, done.
        more = len(found) >= PAGE_SIZE and new and offset // PAGE_SIZE + 1 < MAX_PAGES
        if more:
            self.pump.push([offset + PAGE_SIZE])
        else:
            self._pages, self._fetching = self._fetching, {}
            self.changed.emit()
        self.pump.finished(offset)

    def _failed(self, generation: int, offset: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._handles.pop(offset, None)
        self._fetching = {}  # half a list would hide nothing wrongly, but show too little
        self.pump.finished(offset)
        if isinstance(error, RateLimitedError):
            self.pump.back_off(RATE_LIMIT_PAUSE_SECONDS)
        if isinstance(error, ApiError):
            log.info("listing pages failed: %s (%s)", error, error.log_detail)
            message = error.message
        else:
            log.error("listing pages failed", exc_info=error)
            message = str(error)
        self.failed.emit(
            QCoreApplication.translate(
                "ElsewherePages", "The payment pages created elsewhere could not be loaded: %s"
            )
            % message
        )

"""Loading the subscription list page by page into the table model.

Pages of `page_size` through `offset`/`limit`, started by the one `ThrottledPump` (at most
`max_in_flight` at once, never faster than the profile's rate budget). Pages are merged into the
model in order, so a failure on page k keeps pages 1..k-1 (and any later page that already
arrived, held back) and `retry()` continues from page k; `stop()` does the same on request. Once
every page is in, rows the platform no longer lists are dropped and `completed` hands the fresh
list over to be saved.

Every page runs in the load's `TaskScope`: a new load (or session) drops whatever the previous one
still had queued or in flight with one `cancel_all()`.
"""

from __future__ import annotations

import bisect
import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api import subscriptions as subscriptions_api
from app.models.failure import describe
from app.models.pump import ThrottledPump
from app.models.rate_budget import Clock, TokenBucket
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.models.subscriptions_table import PreparedRows, SubscriptionTableModel, prepare_rows

log = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_IN_FLIGHT = 2


class LoadPhase(StrEnum):
    IDLE = "idle"  # no session, or nothing asked yet
    LOADING = "loading"
    DONE = "done"
    STOPPED = "stopped"  # the user pressed Stop; `retry()` continues
    FAILED = "failed"  # a page failed; `retry()` continues from it


@dataclass(frozen=True)
class LoadState:
    """What the progress line shows. Texts are the view's business; this is the data."""

    phase: LoadPhase = LoadPhase.IDLE
    loaded: int = 0
    """Subscriptions of the current load merged into the list so far."""
    expected: int | None = None
    """About how many there are (the size of the previous list), when known."""
    as_of: datetime | None = None
    """When the rows on show that this load has not refreshed yet were fetched."""
    from_cache: bool = False
    """Rows on show come from the saved list or an earlier load, not (yet) from this one."""
    failed_page: int | None = None
    """1-based number of the first page that failed."""
    missing_from: int | None = None
    """1-based position of the first subscription not loaded because of the failure or stop."""
    message: str = ""
    """The user sentence of the failure."""
    detail: str = ""
    online: bool = False
    """The platform answered in this session, so actions can be sent."""


class PagedLoader(QObject):
    """Fills `model` with a session's subscriptions; see the module docstring."""

    state_changed = Signal(object)
    """`LoadState`"""
    went_online = Signal()
    """The platform answered for the first time in this session."""
    completed = Signal(object, object)
    """(every row's raw API dict in list order, when the load started): a complete load."""

    def __init__(
        self,
        runner: TaskRunner,
        model: SubscriptionTableModel,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_in_flight: int = MAX_IN_FLIGHT,
        order: Literal["ASC", "DESC"] | None = "DESC",
        clock: Clock = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        if page_size < 1 or max_in_flight < 1:
            raise ValueError("page_size and max_in_flight must be at least 1")
        self._runner = runner
        self._model = model
        self._page_size = page_size
        self._max_in_flight = max_in_flight
        self._order = order
        self._now = now
        self._key = f"subscriptions-{id(self):x}"
        self._session: ProfileSession | None = None
        self._bucket: TokenBucket | None = None
        # The pump is our child and must not hold us strongly: a cycle through QObjects is
        # broken only by the garbage collector, which may run on a worker thread.
        me = weakref.ref(self)

        def start(page: int) -> bool:
            loader = me()
            return loader is not None and loader._start_page(page)

        def bucket() -> TokenBucket | None:
            loader = me()
            return loader._bucket if loader is not None else None

        self._pump: ThrottledPump[int] = ThrottledPump(
            start, bucket, max_in_flight=max_in_flight, clock=clock, parent=self
        )
        self._state = LoadState()
        self._reset()

    @property
    def state(self) -> LoadState:
        return self._state

    @property
    def loading(self) -> bool:
        return self._state.phase is LoadPhase.LOADING

    def set_session(self, session: ProfileSession | None, bucket: TokenBucket | None) -> None:
        """Drop the load in progress and start over for `session` (idle until `refresh()`)."""
        self._drop()
        self._session = session
        self._bucket = bucket
        self._set_state(LoadState())

    def show_saved(self, fetched_at: datetime, count: int) -> None:
        """The saved list (fetched at `fetched_at`) is on show until this load replaces it."""
        self._set_state(
            replace(self._state, from_cache=True, as_of=fetched_at, expected=count or None)
        )

    # -- commands -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the whole list again from the first page (dropping a load in progress)."""
        if self._session is None:
            return
        self._drop()
        shown = self._model.rowCount()
        self._set_state(
            replace(
                self._state,
                phase=LoadPhase.LOADING,
                loaded=0,
                expected=shown or self._state.expected or None,
                failed_page=None,
                missing_from=None,
                message="",
                detail="",
                from_cache=shown > 0,
            )
        )
        self._feed()

    def stop(self) -> None:
        """Stop loading; what arrived stays, `retry()` continues where this stopped."""
        if self._state.phase is not LoadPhase.LOADING:
            return
        self._scope.cancel_all()
        for page in self._handles:
            bisect.insort(self._retry_pages, page)
        self._handles.clear()
        self._pump.clear()
        self._pump.forget_in_flight()
        self._set_state(
            replace(
                self._state,
                phase=LoadPhase.STOPPED,
                missing_from=self._merge_next * self._page_size + 1,
            )
        )

    def retry(self) -> None:
        """Continue a failed or stopped load from the first page still missing."""
        if self._session is None:
            return
        if self._state.phase not in (LoadPhase.FAILED, LoadPhase.STOPPED):
            self.refresh()
            return
        # A page sent before this retry may still fail: it is then asked for again, not shown.
        self._attempt += 1
        self._set_state(
            replace(
                self._state,
                phase=LoadPhase.LOADING,
                failed_page=None,
                missing_from=None,
                message="",
                detail="",
            )
        )
        self._feed()

    # -- the pages ------------------------------------------------------------------------------

    def _reset(self) -> None:
        self._scope = self._runner.scope(self)
        self._attempt = 0
        self._next_page = 0
        self._merge_next = 0
        self._end_page: int | None = None
        self._retry_pages: list[int] = []
        self._handles: dict[int, TaskHandle] = {}  # in flight
        self._held: dict[int, PreparedRows] = {}
        self._seen_ids: set[int] = set()
        self._fresh: list[dict[str, Any]] = []
        self._started_at = self._now()

    def _drop(self) -> None:
        self._scope.cancel_all()
        self._pump.clear()
        self._pump.forget_in_flight()
        self._reset()

    def _feed(self) -> None:
        """Queue the pages wanted next (those to ask again first), as many as may run at once;
        the pump decides when each starts."""
        if self._state.phase is not LoadPhase.LOADING:
            return
        wanted = list(self._retry_pages)
        page = self._next_page
        while len(wanted) < self._max_in_flight and (
            self._end_page is None or page <= self._end_page
        ):
            wanted.append(page)
            page += 1
        self._pump.replace(wanted)

    def _start_page(self, page: int) -> bool:
        """The pump's `start`: False for a page no longer wanted (past the end, already in)."""
        if self._session is None or self._state.phase is not LoadPhase.LOADING:
            return False
        if page in self._retry_pages:
            self._retry_pages.remove(page)
        elif page == self._next_page and (self._end_page is None or page <= self._end_page):
            self._next_page += 1
        else:
            return False
        self._launch(page)
        return True

    def _launch(self, page: int) -> None:
        assert self._session is not None
        client = self._session.client
        offset, limit, order = page * self._page_size, self._page_size, self._order
        today = self._model.today()

        def work() -> PreparedRows:
            subs = subscriptions_api.list_subscriptions(
                client, offset=offset, limit=limit, order=order
            )
            return prepare_rows(subs, today=today)

        self._handles[page] = self._scope.run(
            work,
            partial(self._page_loaded, page),
            partial(self._page_failed, self._attempt, page),
            key=f"{self._key}:page:{page}",
            description=QCoreApplication.translate(
                "SubscriptionsController", "Loading subscriptions (page %d)"
            )
            % (page + 1),
        )

    def _page_loaded(self, page: int, rows: PreparedRows) -> None:
        self._handles.pop(page, None)
        self._held[page] = rows
        if len(rows) < self._page_size and (self._end_page is None or page < self._end_page):
            self._end_page = page
            self._forget_pages_after(page)
        merged = 0
        while self._merge_next in self._held:
            chunk = self._held.pop(self._merge_next)
            self._seen_ids.update(s.id for s in chunk.subscriptions if s.id is not None)
            self._fresh.extend(s.raw for s in chunk.subscriptions)
            self._model.merge(chunk)
            merged += len(chunk)
            self._merge_next += 1
        state = replace(self._state, online=True, loaded=self._state.loaded + merged)
        went_online = not self._state.online
        if self._end_page is not None and self._merge_next > self._end_page:
            self._finish(state)
        else:
            self._set_state(state)
            self._feed()
        self._pump.finished(page)
        if went_online:
            self.went_online.emit()

    def _forget_pages_after(self, end: int) -> None:
        for page in [p for p in self._handles if p > end]:
            self._handles.pop(page).cancel()
            self._pump.finished(page)
        for page in [p for p in self._held if p > end]:
            del self._held[page]
        self._retry_pages = [p for p in self._retry_pages if p <= end]

    def _page_failed(self, attempt: int, page: int, error: BaseException) -> None:
        self._handles.pop(page, None)
        if self._end_page is not None and page > self._end_page:
            self._pump.finished(page)
            return  # past the end of the list: not needed
        bisect.insort(self._retry_pages, page)
        if attempt != self._attempt and self._state.phase is LoadPhase.LOADING:
            # Sent before the user's Retry: that Retry covers it, so ask again.
            self._feed()
            self._pump.finished(page)
            return
        failure = describe(error, doing="a subscriptions task")
        # The log keeps the answer's shape only: a page of subscriptions is customer data.
        log.warning(
            "subscriptions page %d failed: %s", page + 1, failure.log_detail or failure.message
        )
        self._pump.clear()
        self._pump.finished(page)
        first_missing = self._retry_pages[0]
        shown = self._state.failed_page
        if self._state.phase is LoadPhase.FAILED and shown is not None and shown - 1 < page:
            return  # an earlier page's failure is already on show
        self._set_state(
            replace(
                self._state,
                phase=LoadPhase.FAILED,
                failed_page=first_missing + 1,
                missing_from=first_missing * self._page_size + 1,
                message=failure.message,
                detail=failure.detail,
            )
        )

    def _finish(self, state: LoadState) -> None:
        self._pump.clear()
        removed = self._model.retain(self._seen_ids)
        if removed:
            log.info("subscriptions: %d no longer listed by the platform, removed", removed)
        fetched_at = self._started_at
        self._set_state(
            replace(
                state,
                phase=LoadPhase.DONE,
                expected=self._model.rowCount(),
                as_of=fetched_at,
                from_cache=False,
            )
        )
        self.completed.emit(self._fresh, fetched_at)

    def _set_state(self, state: LoadState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

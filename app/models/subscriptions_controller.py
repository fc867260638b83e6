"""The Subscriptions tab's controller: loads the list page by page, keeps the local copy, and runs
the actions (self-service link, cancel, export). Qt model layer: no widgets.

Loading (`refresh`): pages of `page_size` through `offset`/`limit`, at most `max_in_flight` at
once and never faster than the profile's `rate_budget` allows (a `TokenBucket`). Pages are merged
into the model in order, so a failure on page k keeps pages 1..k-1 (and any later page that
already arrived, held back) and `retry()` continues from page k. `stop()` does the same on
request. The saved list from the last complete load is shown at once when a session starts,
marked with its time; fresh pages update it in place and, once every page is in, rows the
platform no longer lists are dropped and the list is saved again.

Every call goes through the task runner with this controller as owner, in one `TaskScope` per
session and one per load: a new load or session drops whatever the previous one still had queued
or in flight (`cancel_all`). The DELETE of a cancel runs outside any scope (never dropped once
confirmed); only the showing of its outcome checks that its session is still the one shown.
"""

from __future__ import annotations

import bisect
import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.api import auth_tokens
from app.api import subscriptions as subscriptions_api
from app.api.errors import OutcomeUnknownError
from app.api.models import AuthToken, Subscription
from app.models.failure import Failure, describe
from app.models.rate_budget import Clock, RateBudgets, TokenBucket
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.models.spreadsheet import csv_delimiter, write_csv
from app.models.subscriptions_export import export_header, export_rows, snapshot
from app.models.subscriptions_proxy import SubscriptionFilterProxy
from app.models.subscriptions_table import (
    Column,
    PreparedRows,
    SubscriptionTableModel,
    prepare_rows,
)
from app.store.subscriptions_cache import SubscriptionCache

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


class SubscriptionsController(QObject):
    """Owns the subscription table model and its filter proxy; see the module docstring."""

    state_changed = Signal(object)
    """`LoadState`"""
    session_changed = Signal()
    """A session was set or cleared: `read_only` and `can_act` may have changed."""
    notice = Signal(str)
    """One sentence for the status line (an action's outcome)."""
    action_failed = Signal(str, str)
    """(sentence for the user, raw detail)"""
    self_service_link_ready = Signal(int, str, object)
    """(subscription id, link, expiry as an aware datetime or None)"""
    cancel_finished = Signal(int, str)
    """(subscription id, outcome: "cancelled", "unknown" or "failed")"""
    export_finished = Signal(str, int)
    """(path, rows written)"""
    busy_changed = Signal(bool)
    """An action (cancel, link, export) is running."""

    def __init__(
        self,
        runner: TaskRunner,
        cache: SubscriptionCache | None,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_in_flight: int = MAX_IN_FLIGHT,
        order: Literal["ASC", "DESC"] | None = "DESC",
        language: str = "en",
        clock: Clock = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        today: Callable[[], date] = date.today,
        budgets: RateBudgets | None = None,
    ) -> None:
        super().__init__(parent)
        self._budgets = budgets if budgets is not None else RateBudgets(clock=clock)
        if page_size < 1 or max_in_flight < 1:
            raise ValueError("page_size and max_in_flight must be at least 1")
        self._runner = runner
        self._cache = cache
        self._page_size = page_size
        self._max_in_flight = max_in_flight
        self._order = order
        self._clock = clock
        self._now = now
        self._key = f"subscriptions-{id(self):x}"
        self.model = SubscriptionTableModel(self, language=language, today=today)
        self.proxy = SubscriptionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._session: ProfileSession | None = None
        self._session_scope = runner.scope(self)
        self._load_scope = runner.scope(self)
        self._bucket: TokenBucket | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._pump)
        self._state = LoadState()
        self._cached_at: datetime | None = None
        self._actions: set[TaskHandle] = set()
        self._busy = False
        self._cancelling: set[int] = set()
        self._reset_load()
        # Delivered, dropped and superseded tasks all change the runner's pending set.
        runner.active_changed.connect(self._update_busy)

    # -- session --------------------------------------------------------------------------------

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    @property
    def read_only(self) -> bool:
        """No actions at all: no session, or the profile is read-only."""
        return self._session is None or self._session.read_only

    @property
    def can_act(self) -> bool:
        """Actions can be sent now: a writable profile whose platform has answered."""
        return not self.read_only and self._state.online

    @property
    def state(self) -> LoadState:
        return self._state

    def set_session(self, session: ProfileSession | None) -> None:
        """Show `session`'s subscriptions (the saved list at once, then a fresh load); None
        empties the tab. Whatever the previous session had running is dropped."""
        if session is self._session and session is not None:
            return
        self._drop_load()
        self._session_scope.cancel_all()
        self._session_scope = self._runner.scope(self)
        self._update_busy()
        self._cancelling.clear()
        self._session = session
        self._cached_at = None
        self._bucket = (
            self._budgets.for_profile(session.profile.id, session.profile.rate_budget)
            if session is not None
            else None
        )
        self.model.clear()
        self._set_state(LoadState())
        self.session_changed.emit()
        if session is None:
            return
        self._load_cache(session)
        self.refresh()

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the whole list again from the first page (dropping a load in progress)."""
        if self._session is None:
            return
        self._drop_load()
        self._started_at = self._now()
        expected = self.model.rowCount() or self._state.expected
        self._set_state(
            replace(
                self._state,
                phase=LoadPhase.LOADING,
                loaded=0,
                expected=expected or None,
                failed_page=None,
                missing_from=None,
                message="",
                detail="",
                from_cache=self.model.rowCount() > 0,
                as_of=self._state.as_of,
            )
        )
        self._pump()

    def stop(self) -> None:
        """Stop loading; what arrived stays, `retry()` continues where this stopped."""
        if self._state.phase is not LoadPhase.LOADING:
            return
        self._timer.stop()
        for page, handle in list(self._in_flight.items()):
            handle.cancel()
            bisect.insort(self._retry_pages, page)
        self._in_flight.clear()
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
        self._pump()

    @property
    def loading(self) -> bool:
        return self._state.phase is LoadPhase.LOADING

    def _reset_load(self) -> None:
        self._load_scope = self._runner.scope(self)
        self._attempt = 0
        self._next_page = 0
        self._merge_next = 0
        self._end_page: int | None = None
        self._retry_pages: list[int] = []
        self._in_flight: dict[int, TaskHandle] = {}
        self._held: dict[int, PreparedRows] = {}
        self._seen_ids: set[int] = set()
        self._fresh: list[dict[str, Any]] = []
        self._started_at = self._now()

    def _drop_load(self) -> None:
        self._timer.stop()
        self._load_scope.cancel_all()
        self._reset_load()

    def _wanted_page(self) -> int | None:
        if self._retry_pages:
            return self._retry_pages[0]
        if self._end_page is not None and self._next_page > self._end_page:
            return None
        return self._next_page

    def _pump(self) -> None:
        if self._session is None or self._state.phase is not LoadPhase.LOADING:
            return
        assert self._bucket is not None
        while len(self._in_flight) < self._max_in_flight:
            page = self._wanted_page()
            if page is None:
                break
            if not self._bucket.try_acquire():
                wait_ms = math.ceil(self._bucket.wait_seconds() * 1000)
                log.debug("subscriptions: rate budget, next page in %d ms", wait_ms)
                # Look again at least every second: cheap, and a clock that jumps is noticed.
                self._timer.start(min(max(1, wait_ms), 1000))
                break
            if self._retry_pages and self._retry_pages[0] == page:
                self._retry_pages.pop(0)
            else:
                self._next_page += 1
            self._launch(page)

    def _launch(self, page: int) -> None:
        assert self._session is not None
        client = self._session.client
        offset, limit, order = page * self._page_size, self._page_size, self._order
        language, today = self.model.language, self.model.today()

        def work() -> PreparedRows:
            subs = subscriptions_api.list_subscriptions(
                client, offset=offset, limit=limit, order=order
            )
            return prepare_rows(subs, language, today=today)

        self._in_flight[page] = self._load_scope.run(
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
        self._in_flight.pop(page, None)
        self._held[page] = rows
        if len(rows) < self._page_size and (self._end_page is None or page < self._end_page):
            self._end_page = page
            self._forget_pages_after(page)
        merged = 0
        while self._merge_next in self._held:
            chunk = self._held.pop(self._merge_next)
            self._seen_ids.update(s.id for s in chunk.subscriptions if s.id is not None)
            self._fresh.extend(s.raw for s in chunk.subscriptions)
            self.model.merge(chunk)
            merged += len(chunk)
            self._merge_next += 1
        state = replace(self._state, online=True, loaded=self._state.loaded + merged)
        went_online = not self._state.online
        if self._end_page is not None and self._merge_next > self._end_page:
            self._finish(state)
        else:
            self._set_state(state)
            self._pump()
        if went_online:
            self.session_changed.emit()

    def _forget_pages_after(self, end: int) -> None:
        for page in [p for p in self._in_flight if p > end]:
            self._in_flight.pop(page).cancel()
        for page in [p for p in self._held if p > end]:
            del self._held[page]
        self._retry_pages = [p for p in self._retry_pages if p <= end]

    def _page_failed(self, attempt: int, page: int, error: BaseException) -> None:
        self._in_flight.pop(page, None)
        if self._end_page is not None and page > self._end_page:
            return  # past the end of the list: not needed
        bisect.insort(self._retry_pages, page)
        if attempt != self._attempt and self._state.phase is LoadPhase.LOADING:
            # Sent before the user's Retry: that Retry covers it, so ask again.
            self._pump()
            return
        failure = describe(error, doing="a subscriptions task")
        message, detail = failure.message, failure.detail
        # The log keeps the answer's shape only: a page of subscriptions is customer data.
        log.warning("subscriptions page %d failed: %s", page + 1, failure.log_detail or message)
        self._timer.stop()
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
                message=message,
                detail=detail,
            )
        )

    def _finish(self, state: LoadState) -> None:
        removed = self.model.retain(self._seen_ids)
        if removed:
            log.info("subscriptions: %d no longer listed by the platform, removed", removed)
        fetched_at = self._started_at
        self._set_state(
            replace(
                state,
                phase=LoadPhase.DONE,
                expected=self.model.rowCount(),
                as_of=fetched_at,
                from_cache=False,
            )
        )
        self._save_cache(self._fresh, fetched_at)

    # -- the saved list -------------------------------------------------------------------------

    def _load_cache(self, session: ProfileSession) -> None:
        cache = self._cache
        if cache is None:
            return
        profile_id, language = session.profile_id, self.model.language
        today = self.model.today()

        def work() -> tuple[PreparedRows, datetime] | None:
            cached = cache.load(profile_id)
            if cached is None:
                return None
            subs = [Subscription.parse(r) for r in cached.rows if isinstance(r, dict)]
            return prepare_rows(subs, language, today=today), cached.fetched_at

        self._session_scope.run(
            work,
            self._cache_loaded,
            self._cache_failed,
            key=f"{self._key}:cache",
            description=QCoreApplication.translate(
                "SubscriptionsController", "Reading the saved subscription list"
            ),
        )

    def _cache_loaded(self, result: tuple[PreparedRows, datetime] | None) -> None:
        if result is None:
            return
        rows, fetched_at = result
        if self.model.rowCount() or self._state.online:
            return  # the platform answered first; the saved list is older than its answer
        self._cached_at = fetched_at
        self.model.set_subscriptions(rows)
        self._set_state(
            replace(self._state, from_cache=True, as_of=fetched_at, expected=len(rows) or None)
        )

    def _cache_failed(self, error: BaseException) -> None:
        # The saved list is a convenience: without it the tab just waits for the platform.
        log.warning("could not read the saved subscription list", exc_info=error)

    def _save_cache(self, raws: list[dict[str, Any]], fetched_at: datetime) -> None:
        if self._cache is None or self._session is None:
            return
        cache, profile_id = self._cache, self._session.profile_id
        self._runner.run(
            lambda: cache.save(profile_id, raws, fetched_at),
            None,
            lambda error: log.warning("could not save the subscription list", exc_info=error),
            key=f"{self._key}:save",
            description=QCoreApplication.translate(
                "SubscriptionsController", "Saving the subscription list"
            ),
        )

    def _resave(self) -> None:
        """After a row changed outside a load: keep the saved list in step with the screen."""
        if self._state.phase is LoadPhase.DONE and self._state.as_of is not None:
            raws = [s.raw for s in self.model.subscriptions()]
            self._save_cache(raws, self._state.as_of)

    # -- reading rows ---------------------------------------------------------------------------

    def subscription(self, subscription_id: int) -> Subscription | None:
        row = self.model.row_of(subscription_id)
        return None if row is None else self.model.subscription(row)

    def payment_link(self, subscription_id: int) -> str | None:
        sub = self.subscription(subscription_id)
        return sub.payment_link if sub is not None else None

    # -- actions --------------------------------------------------------------------------------

    def request_self_service_link(self, subscription_id: int) -> bool:
        """Create an AuthToken for the subscription's customer; `self_service_link_ready` or
        `action_failed` follows. False (and nothing sent) when it cannot be asked."""
        sub = self.subscription(subscription_id)
        if sub is None or not self._may_act():
            return False
        contact_id = sub.contact.id if sub.contact else None
        if contact_id is None:
            self.action_failed.emit(
                QCoreApplication.translate(
                    "SubscriptionsController",
                    "This subscription has no customer contact, so there is no login link.",
                ),
                "",
            )
            return False
        assert self._session is not None
        client = self._session.client
        self._act(
            lambda: auth_tokens.create(client, contact_id),
            partial(self._token_ready, subscription_id),
            key=f"{self._key}:authtoken",
            description=QCoreApplication.translate(
                "SubscriptionsController", "Creating the customer's login link"
            ),
        )
        return True

    def _token_ready(self, subscription_id: int, token: AuthToken) -> None:
        if not token.link:
            self.action_failed.emit(
                QCoreApplication.translate(
                    "SubscriptionsController",
                    "The platform made no login link for this customer: try again.",
                ),
                f"AuthToken without link (expires {token.expires_at})",
            )
            return
        self.self_service_link_ready.emit(subscription_id, token.link, token.expires_at)

    def cancel(self, subscription_id: int) -> bool:
        """Cancel by DELETE, once: never retried. The row then shows what the platform says.

        False (and nothing sent) when it cannot be asked or is already being cancelled."""
        if subscription_id in self._cancelling or not self._may_act():
            return False
        if self.subscription(subscription_id) is None:
            return False
        assert self._session is not None
        client = self._session.client
        self._cancelling.add(subscription_id)
        self._send_write(
            lambda: subscriptions_api.cancel(client, subscription_id),
            partial(self._cancelled, subscription_id),
            partial(self._cancel_failed, subscription_id),
            description=QCoreApplication.translate(
                "SubscriptionsController", "Cancelling subscription %d"
            )
            % subscription_id,
        )
        return True

    def is_cancelling(self, subscription_id: int) -> bool:
        return subscription_id in self._cancelling

    def _cancelled(self, subscription_id: int, result: Subscription | None) -> None:
        self._cancelling.discard(subscription_id)
        if result is None or result.id != subscription_id:
            self.notice.emit(
                QCoreApplication.translate(
                    "SubscriptionsController", "Subscription %d: cancel sent; checking its status…"
                )
                % (subscription_id)
            )
            self.cancel_finished.emit(subscription_id, "cancelled")
            self._refresh_row(subscription_id)
            return
        self.model.merge([result])
        self._resave()
        self.notice.emit(
            QCoreApplication.translate("SubscriptionsController", "Subscription %d cancelled.")
            % subscription_id
        )
        self.cancel_finished.emit(subscription_id, "cancelled")

    def _cancel_failed(self, subscription_id: int, error: BaseException) -> None:
        self._cancelling.discard(subscription_id)
        failure = describe(error, doing="a subscriptions task")
        message, detail = failure.message, failure.detail
        if isinstance(error, OutcomeUnknownError):
            self.action_failed.emit(
                QCoreApplication.translate(
                    "SubscriptionsController",
                    "The cancellation of subscription %d was sent but no answer came back, so it "
                    "is not known whether it took effect. Its status is being checked: look at "
                    "the row before trying again.",
                )
                % subscription_id,
                detail,
            )
            self.cancel_finished.emit(subscription_id, "unknown")
            self._refresh_row(subscription_id)
            return
        self.action_failed.emit(message, detail)
        self.cancel_finished.emit(subscription_id, "failed")

    def _refresh_row(self, subscription_id: int) -> None:
        """GET one subscription (safe to repeat) and show it as the platform reports it."""
        if self._session is None:
            return
        client = self._session.client

        def shown(sub: Subscription) -> None:
            self.model.merge([sub])
            self._resave()
            self.notice.emit(
                QCoreApplication.translate(
                    "SubscriptionsController",
                    "Subscription %d is now shown as the platform reports it.",
                )
                % subscription_id
            )

        self._act(
            lambda: subscriptions_api.get(client, subscription_id),
            shown,
            key=f"{self._key}:row:{subscription_id}",
            description=QCoreApplication.translate(
                "SubscriptionsController", "Checking subscription %d"
            )
            % subscription_id,
        )

    def export_csv(self, path: Path | str, columns: Sequence[Column]) -> int:
        """Write the rows as the view shows them (filter and sort applied) with `columns` in the
        given order; returns how many rows. `export_finished` or `action_failed` follows."""
        target = Path(path)
        header = export_header(columns)
        snap = snapshot(self.model, self.proxy.source_rows())
        chosen = list(columns)
        delimiter = csv_delimiter()

        def work() -> int:
            rows = export_rows(snap, chosen)
            write_csv(target, header, rows, delimiter=delimiter)
            return len(rows)

        def done(count: int) -> None:
            self.export_finished.emit(str(target), count)

        self._act(
            work,
            done,
            description=QCoreApplication.translate(
                "SubscriptionsController", "Exporting subscriptions"
            ),
            failure=QCoreApplication.translate("SubscriptionsController", "Could not write %s")
            % target.name,
        )
        return len(snap.rows)

    # -- helpers --------------------------------------------------------------------------------

    def _may_act(self) -> bool:
        if self.can_act:
            return True
        if self._session is not None and not self._session.read_only:
            self.action_failed.emit(
                QCoreApplication.translate(
                    "SubscriptionsController",
                    "The platform has not answered yet in this session: refresh the list first.",
                ),
                "",
            )
        return False

    def _act(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        *,
        key: str | None = None,
        description: str,
        failure: str = "",
    ) -> None:
        """Run an action (a read, an export) in the session's scope: dropped with the session."""

        def failed(said: Failure) -> None:
            message = f"{failure}: {said.message}" if failure else said.message
            self.action_failed.emit(message, said.detail)

        handle = self._session_scope.run(
            fn, on_success, on_failure=failed, key=key, description=description
        )
        self._actions.add(handle)
        self._update_busy()

    def _send_write(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        description: str,
    ) -> None:
        """Send a confirmed write (the DELETE of a cancel) outside any scope and owner: it is
        never dropped. Only its outcome is shown, and only while its session is on show."""
        scope = self._session_scope

        def shown() -> bool:
            return shiboken6.isValid(self) and scope is self._session_scope

        def succeeded(result: Any) -> None:
            if shown():
                on_success(result)

        def failed(error: BaseException) -> None:
            if shown():
                on_error(error)
            elif not shiboken6.isValid(self):
                log.warning("%s: %s (no window left to show it)", description, error)

        handle = self._runner.run(fn, succeeded, failed, description=description)
        self._actions.add(handle)
        self._update_busy()

    def _update_busy(self, *_: object) -> None:
        # Delivered, cancelled and superseded (same key) tasks all stop being pending. In place:
        # this also runs inside `runner.run()` (active_changed), before its handle is added.
        self._actions.difference_update([h for h in self._actions if not h.pending])
        busy = bool(self._actions)
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @property
    def busy(self) -> bool:
        """An action (cancel, login link, row check, export) is running."""
        return self._busy

    def _set_state(self, state: LoadState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

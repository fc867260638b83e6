"""The Subscriptions tab's controller: the table model, its filter proxy, and the three parts
that work on them, composed for the view.

* `PagedLoader` (`subscriptions_loading`): the list, page by page, on the one throttled pump.
* `SubscriptionCacheSync` (`subscriptions_cache_sync`): the saved list from the last complete
  load, shown at once (marked with its time) when a session starts, saved again after a load.
* `SubscriptionActions` (`subscriptions_actions`): cancel, self-service link, payment link,
  export.

One `TaskScope` per session holds the reading of the saved list; the loader has one per load and
the actions one per session, so choosing another instance drops all of them at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, QTimer, Signal

from app.api.models import Subscription
from app.models.rate_budget import Clock, RateBudgets
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.subscription_changes import changes, status_map
from app.models.subscriptions_actions import SubscriptionActions
from app.models.subscriptions_cache_sync import SubscriptionCacheSync
from app.models.subscriptions_loading import (
    MAX_IN_FLIGHT,
    PAGE_SIZE,
    LoadPhase,
    LoadState,
    PagedLoader,
)
from app.models.subscriptions_proxy import SubscriptionFilterProxy
from app.models.subscriptions_table import Column, PreparedRows, SubscriptionTableModel
from app.store.subscriptions_cache import SubscriptionCache

__all__ = ["LoadPhase", "LoadState", "SubscriptionsController"]

AUTO_REFRESH_MS = 30 * 60 * 1000
"""The list is read again this often (a list of 1,000 in pages of 100: 20 requests an hour)."""


class SubscriptionsController(QObject):
    """Owns the subscription table model and its filter proxy; see the module docstring."""

    state_changed = Signal(object)
    """`LoadState`"""
    session_changed = Signal()
    """A session was set or cleared, or the platform first answered: `read_only` and `can_act`
    may have changed."""
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
    status_changes = Signal(object)  # list; `object`: a list signal copies every item
    """[`SubscriptionChange`]: after a load, the subscriptions that became overdue, went into
    notice or were cancelled since the list was last seen whole."""

    def __init__(
        self,
        runner: TaskRunner,
        cache: SubscriptionCache | None,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_in_flight: int = MAX_IN_FLIGHT,
        order: Literal["ASC", "DESC"] | None = "DESC",
        clock: Clock = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        today: Callable[[], date] = date.today,
        budgets: RateBudgets | None = None,
        auto_refresh_ms: int = AUTO_REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self._budgets = budgets if budgets is not None else RateBudgets(clock=clock)
        # A customer cancels, a payment does not come: the list is read again now and then,
        # so a change is announced while Paydesk stays open (keeping what is shown meanwhile).
        self._auto_refresh = QTimer(self)
        self._auto_refresh.setInterval(auto_refresh_ms)
        self._auto_refresh.timeout.connect(self._refresh_if_idle)
        self._runner = runner
        self.model = SubscriptionTableModel(self, today=today)
        self.proxy = SubscriptionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._session: ProfileSession | None = None
        self._scope = runner.scope(self)
        # Statuses of the list as last seen whole (the saved list, a finished load, or after an
        # action of this app): what the next load is compared with. None: nothing to compare.
        self._known: dict[int, str] | None = None

        self.loader = PagedLoader(
            runner,
            self.model,
            self,
            page_size=page_size,
            max_in_flight=max_in_flight,
            order=order,
            clock=clock,
            now=now,
        )
        self.saved = SubscriptionCacheSync(runner, cache, self.model)
        self.actions = SubscriptionActions(runner, self.model, self.proxy, parent=self)
        self.actions.row_changed.connect(self._resave)
        self.actions.row_changed.connect(self._remember_shown)
        self.loader.state_changed.connect(self.state_changed)
        self.loader.went_online.connect(self.actions.set_online)
        self.loader.went_online.connect(self.session_changed)
        self.loader.completed.connect(self._load_completed)
        a = self.actions
        for mine, theirs in (
            (self.notice, a.notice),
            (self.action_failed, a.action_failed),
            (self.self_service_link_ready, a.self_service_link_ready),
            (self.cancel_finished, a.cancel_finished),
            (self.export_finished, a.export_finished),
            (self.busy_changed, a.busy_changed),
        ):
            theirs.connect(mine)

    # -- session --------------------------------------------------------------------------------

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    @property
    def read_only(self) -> bool:
        """No actions at all: no session, or the profile is read-only."""
        return self.actions.read_only

    @property
    def can_act(self) -> bool:
        """Actions can be sent now: a writable profile whose platform has answered."""
        return self.actions.can_act

    @property
    def state(self) -> LoadState:
        return self.loader.state

    def set_session(self, session: ProfileSession | None) -> None:
        """Show `session`'s subscriptions (the saved list at once, then a fresh load); None
        empties the tab. Whatever the previous session had running is dropped."""
        if session is self._session and session is not None:
            return
        self._scope.cancel_all()
        self._scope = self._runner.scope(self)
        self._session = session
        self._known = None
        bucket = (
            self._budgets.for_profile(session.profile.id, session.profile.rate_budget)
            if session is not None
            else None
        )
        self.actions.set_session(session)
        self.model.clear()
        self.loader.set_session(session, bucket)
        self.session_changed.emit()
        if session is None:
            self._auto_refresh.stop()
            return
        self._auto_refresh.start()
        self.saved.restore(self._scope, session.profile_id, self._show_saved)
        self.loader.refresh()

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the whole list again from the first page (dropping a load in progress)."""
        self.loader.refresh()

    def _refresh_if_idle(self) -> None:
        """The periodic look: not over a load running, nor over one the user stopped or that
        failed (theirs to retry)."""
        if self._session is not None and self.loader.state.phase is LoadPhase.DONE:
            self.loader.refresh()

    def stop(self) -> None:
        """Stop loading; what arrived stays, `retry()` continues where this stopped."""
        self.loader.stop()

    def retry(self) -> None:
        """Continue a failed or stopped load from the first page still missing."""
        self.loader.retry()

    @property
    def loading(self) -> bool:
        return self.loader.loading

    # -- the saved list -------------------------------------------------------------------------

    def _show_saved(self, rows: PreparedRows, fetched_at: datetime) -> None:
        if self.model.rowCount() or self.loader.state.online:
            return  # the platform answered first; the saved list is older than its answer
        self.model.set_subscriptions(rows)
        self.loader.show_saved(fetched_at, len(rows))
        self._remember_shown()

    def _load_completed(self, raws: list[dict[str, Any]], fetched_at: datetime) -> None:
        if self._session is None:
            return
        self.saved.save(self._session.profile_id, raws, fetched_at)
        shown, today = self.model.subscriptions(), self.model.today()
        if self._known is not None:
            found = changes(self._session.profile_id, self._known, shown, today)
            if found:
                self.status_changes.emit(found)
        self._known = status_map(shown, today)

    def _remember_shown(self) -> None:
        """What is on show is known: a change this app made itself (a cancel) is no news."""
        if self._known is not None or self.model.rowCount():
            self._known = status_map(self.model.subscriptions(), self.model.today())

    def _resave(self) -> None:
        """After a row changed outside a load: keep the saved list in step with the screen."""
        state = self.loader.state
        if self._session is not None and state.phase is LoadPhase.DONE and state.as_of:
            self.saved.save_shown(self._session.profile_id, state.as_of)

    # -- reading rows ---------------------------------------------------------------------------

    def subscription(self, subscription_id: int) -> Subscription | None:
        return self.actions.subscription(subscription_id)

    def payment_link(self, subscription_id: int) -> str | None:
        return self.actions.payment_link(subscription_id)

    # -- actions --------------------------------------------------------------------------------

    def request_self_service_link(self, subscription_id: int) -> bool:
        """See `SubscriptionActions.request_self_service_link`."""
        return self.actions.request_self_service_link(subscription_id)

    def can_cancel(self, subscription_id: int) -> bool:
        """A cancel may be sent now (see `SubscriptionActions.can_cancel`)."""
        return self.actions.can_cancel(subscription_id)

    def cancel(self, subscription_id: int) -> bool:
        """See `SubscriptionActions.cancel`: one DELETE, never retried."""
        return self.actions.cancel(subscription_id)

    def is_cancelling(self, subscription_id: int) -> bool:
        return self.actions.is_cancelling(subscription_id)

    def export_csv(self, path: Path | str, columns: Sequence[Column]) -> int:
        """See `SubscriptionActions.export_csv`."""
        return self.actions.export_csv(path, columns)

    @property
    def busy(self) -> bool:
        """An action (cancel, login link, row check, export) is running."""
        return self.actions.busy

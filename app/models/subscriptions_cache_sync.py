"""The saved subscription list: read back when a session starts (shown at once, and offline),
written again after every complete load and after a row changed by an action.

Reading and parsing run on a worker; the rows come back prepared for the table model. Saving runs
without an owner (a newer save supersedes an older one that has not started): the list on disk
should not depend on the tab staying open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.api.models import Subscription
from app.models.runner import TaskRunner, TaskScope
from app.models.subscriptions_table import PreparedRows, SubscriptionTableModel, prepare_rows
from app.store.subscriptions_cache import SubscriptionCache

log = logging.getLogger(__name__)


class SubscriptionCacheSync:
    """Restores and saves one model's rows through `cache` (None: nothing is kept)."""

    def __init__(
        self, runner: TaskRunner, cache: SubscriptionCache | None, model: SubscriptionTableModel
    ) -> None:
        self._runner = runner
        self._cache = cache
        self._model = model
        self._key = f"subscriptions-cache-{id(self):x}"

    def restore(
        self,
        scope: TaskScope,
        profile_id: str,
        restored: Callable[[PreparedRows, datetime], None],
    ) -> None:
        """Read `profile_id`'s saved list in `scope` (dropped with the session); `restored` gets
        its rows, prepared, unless nothing was saved. A list that cannot be read is logged: the
        tab then just waits for the platform."""
        cache = self._cache
        if cache is None:
            return
        today = self._model.today()

        def work() -> tuple[PreparedRows, datetime] | None:
            cached = cache.load(profile_id)
            if cached is None:
                return None
            subs = [Subscription.parse(r) for r in cached.rows if isinstance(r, dict)]
            return prepare_rows(subs, today=today), cached.fetched_at

        def loaded(result: tuple[PreparedRows, datetime] | None) -> None:
            if result is not None:
                restored(*result)

        scope.run(
            work,
            loaded,
            lambda error: log.warning("could not read the saved subscription list", exc_info=error),
            key=f"{self._key}:read",
            description=QCoreApplication.translate(
                "SubscriptionsController", "Reading the saved subscription list"
            ),
        )

    def save(self, profile_id: str, raws: Sequence[dict[str, Any]], fetched_at: datetime) -> None:
        """Keep `raws` (the API's dicts, in list order) as `profile_id`'s list of `fetched_at`."""
        cache = self._cache
        if cache is None:
            return
        self._runner.run(
            lambda: cache.save(profile_id, raws, fetched_at),
            None,
            lambda error: log.warning("could not save the subscription list", exc_info=error),
            key=f"{self._key}:save",
            description=QCoreApplication.translate(
                "SubscriptionsController", "Saving the subscription list"
            ),
        )

    def save_shown(self, profile_id: str, fetched_at: datetime) -> None:
        """Save the rows on show (after an action changed one), keeping their time."""
        self.save(profile_id, [s.raw for s in self._model.subscriptions()], fetched_at)

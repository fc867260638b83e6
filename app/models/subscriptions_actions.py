"""What the user can do with a subscription on show: cancel it, get its customer's self-service
(login) link, copy its payment link, export the list as shown.

Reads and the export run in the session's `TaskScope` (dropped when another instance is chosen).
The DELETE of a cancel runs outside any scope and owner: once the user confirmed it, it is sent,
once, never retried; only the showing of its outcome checks that its session is still on show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api import auth_tokens
from app.api import subscriptions as subscriptions_api
from app.api.models import AuthToken, Subscription
from app.models import subscriptions_format as fmt
from app.models.failure import Failure, describe
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.models.spreadsheet import csv_delimiter, write_csv
from app.models.subscriptions_export import export_header, export_rows, snapshot
from app.models.subscriptions_proxy import SubscriptionFilterProxy
from app.models.subscriptions_table import Column, SubscriptionTableModel

log = logging.getLogger(__name__)


def can_be_cancelled(subscription: Subscription) -> bool:
    """The platform still has something to cancel: not cancelled or terminated already."""
    return (
        subscription.id is not None
        and fmt.normalize_status(subscription.status) not in fmt.FINAL_STATUSES
    )


class SubscriptionActions(QObject):
    """The actions on `model`'s rows. Nothing is sent before `set_online(True)` (the platform
    answered in this session)."""

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
    """An action (cancel, link, row check, export) is running."""
    row_changed = Signal()
    """An action changed a row (the saved list should follow)."""

    def __init__(
        self,
        runner: TaskRunner,
        model: SubscriptionTableModel,
        proxy: SubscriptionFilterProxy,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._model = model
        self._proxy = proxy
        self._online = False
        self._key = f"subscriptions-actions-{id(self):x}"
        self._session: ProfileSession | None = None
        self._scope = runner.scope(self)
        self._handles: set[TaskHandle] = set()
        self._busy = False
        self._cancelling: set[int] = set()
        # Delivered, dropped and superseded tasks all change the runner's pending set.
        runner.active_changed.connect(self._update_busy)

    def set_session(self, session: ProfileSession | None) -> None:
        """Drop what the previous session's reads still had running (not its writes)."""
        self._scope.cancel_all()
        self._scope = self._runner.scope(self)
        self._session = session
        self._online = False
        self._cancelling.clear()
        self._update_busy()

    def set_online(self, online: bool = True) -> None:
        self._online = online

    @property
    def read_only(self) -> bool:
        return self._session is None or self._session.read_only

    @property
    def can_act(self) -> bool:
        return not self.read_only and self._online

    @property
    def busy(self) -> bool:
        return self._busy

    def subscription(self, subscription_id: int) -> Subscription | None:
        row = self._model.row_of(subscription_id)
        return None if row is None else self._model.subscription(row)

    # -- the self-service link ------------------------------------------------------------------

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
        self._read(
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

    def payment_link(self, subscription_id: int) -> str | None:
        sub = self.subscription(subscription_id)
        return sub.payment_link if sub is not None else None

    # -- cancel ---------------------------------------------------------------------------------

    def can_cancel(self, subscription_id: int) -> bool:
        """A cancel may be sent now: the platform answered, the profile is writable, the
        subscription is still running and not already being cancelled."""
        sub = self.subscription(subscription_id)
        return (
            sub is not None
            and self.can_act
            and can_be_cancelled(sub)
            and subscription_id not in self._cancelling
        )

    def is_cancelling(self, subscription_id: int) -> bool:
        return subscription_id in self._cancelling

    def cancel(self, subscription_id: int) -> bool:
        """Cancel by DELETE, once: never retried. The row then shows what the platform says.

        False (and nothing sent) when it cannot be asked, the subscription has ended already or
        it is already being cancelled."""
        if subscription_id in self._cancelling or not self._may_act():
            return False
        sub = self.subscription(subscription_id)
        if sub is None or not can_be_cancelled(sub):
            return False
        assert self._session is not None
        client = self._session.client
        self._cancelling.add(subscription_id)
        self._write(
            lambda: subscriptions_api.cancel(client, subscription_id),
            partial(self._cancelled, subscription_id),
            partial(self._cancel_failed, subscription_id),
            description=QCoreApplication.translate(
                "SubscriptionsController", "Cancelling subscription %d"
            )
            % subscription_id,
        )
        return True

    def _whose(self, subscription_id: int) -> str:
        """The customer a person knows the subscription by; its number when none is known."""
        sub = self.subscription(subscription_id)
        contact = sub.contact if sub is not None else None
        name = fmt.customer_text(contact) if contact is not None else ""
        if name and name != fmt.NO_VALUE:
            return name
        if contact is not None and contact.email:
            return contact.email
        return QCoreApplication.translate("SubscriptionsController", "no. %d") % subscription_id

    def _cancelled(self, subscription_id: int, result: Subscription | None) -> None:
        self._cancelling.discard(subscription_id)
        if result is None or result.id != subscription_id:
            self.notice.emit(
                QCoreApplication.translate(
                    "SubscriptionsController",
                    "Subscription of %s: cancel sent; checking its status…",
                )
                % self._whose(subscription_id)
            )
            self.cancel_finished.emit(subscription_id, "cancelled")
            self._refresh_row(subscription_id)
            return
        self._model.merge([result])
        self.row_changed.emit()
        self.notice.emit(
            QCoreApplication.translate("SubscriptionsController", "Subscription of %s cancelled.")
            % self._whose(subscription_id)
        )
        self.cancel_finished.emit(subscription_id, "cancelled")

    def _cancel_failed(self, subscription_id: int, error: BaseException) -> None:
        self._cancelling.discard(subscription_id)
        failure = describe(error, doing="a subscriptions task")
        if failure.outcome_unknown:
            self.action_failed.emit(
                QCoreApplication.translate(
                    "SubscriptionsController",
                    "The cancellation of subscription %d was sent but no answer came back, so it "
                    "is not known whether it took effect. Its status is being checked: look at "
                    "the row before trying again.",
                )
                % subscription_id,
                failure.detail,
            )
            self.cancel_finished.emit(subscription_id, "unknown")
            self._refresh_row(subscription_id)
            return
        self.action_failed.emit(failure.message, failure.detail)
        self.cancel_finished.emit(subscription_id, "failed")

    def _refresh_row(self, subscription_id: int) -> None:
        """GET one subscription (safe to repeat) and show it as the platform reports it."""
        if self._session is None:
            return
        client = self._session.client

        def shown(sub: Subscription) -> None:
            self._model.merge([sub])
            self.row_changed.emit()
            self.notice.emit(
                QCoreApplication.translate(
                    "SubscriptionsController",
                    "Subscription %d is now shown as the platform reports it.",
                )
                % subscription_id
            )

        self._read(
            lambda: subscriptions_api.get(client, subscription_id),
            shown,
            key=f"{self._key}:row:{subscription_id}",
            description=QCoreApplication.translate(
                "SubscriptionsController", "Checking subscription %d"
            )
            % subscription_id,
        )

    # -- export ---------------------------------------------------------------------------------

    def export_csv(self, path: Path | str, columns: Sequence[Column]) -> int:
        """Write the rows as the view shows them (filter and sort applied) with `columns` in the
        given order; returns how many rows. `export_finished` or `action_failed` follows."""
        target = Path(path)
        header = export_header(columns)
        snap = snapshot(self._model, self._proxy.source_rows())
        chosen = list(columns)
        delimiter = csv_delimiter()

        def work() -> int:
            rows = export_rows(snap, chosen)
            write_csv(target, header, rows, delimiter=delimiter)
            return len(rows)

        def done(count: int) -> None:
            self.export_finished.emit(str(target), count)

        self._read(
            work,
            done,
            description=QCoreApplication.translate(
                "SubscriptionsController", "Exporting subscriptions"
            ),
            failure=QCoreApplication.translate("SubscriptionsController", "Could not write %s")
            % target.name,
        )
        return len(snap.rows)

    # -- running --------------------------------------------------------------------------------

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

    def _read(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        *,
        key: str | None = None,
        description: str,
        failure: str = "",
    ) -> None:
        """Run a read or an export in the session's scope: dropped with the session."""

        def failed(said: Failure) -> None:
            message = f"{failure}: {said.message}" if failure else said.message
            self.action_failed.emit(message, said.detail)

        handle = self._scope.run(
            fn, on_success, on_failure=failed, key=key, description=description
        )
        self._handles.add(handle)
        self._update_busy()

    def _write(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        description: str,
    ) -> None:
        """Send a confirmed write outside any scope and owner: it is never dropped. Its outcome
        is shown only while its session is on show."""
        scope = self._scope

        def shown() -> bool:
            return shiboken6.isValid(self) and scope is self._scope

        def succeeded(result: Any) -> None:
            if shown():
                on_success(result)

        def failed(error: BaseException) -> None:
            if shown():
                on_error(error)
            elif not shiboken6.isValid(self):
                log.warning("%s: %s (no window left to show it)", description, error)

        handle = self._runner.run(fn, succeeded, failed, description=description)
        self._handles.add(handle)
        self._update_busy()

    def _update_busy(self, *_: object) -> None:
        # In place: this also runs inside `runner.run()` (active_changed), before the new
        # task's handle is added.
        self._handles.difference_update([h for h in self._handles if not h.pending])
        busy = bool(self._handles)
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

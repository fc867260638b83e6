"""The built-in Demo instance's life: its port, its kept state, its reset. Used by
``app.application``.

The Demo keeps what the user did between starts (DESIGN.md): the sandbox's objects live in the
data folder (`app.settings.demo.DemoStateFile`), and the links History shows keep working
because the sandbox listens on the port it had last time; when that port is taken, the Demo's
local records are pointed at the new one.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models.runner import TaskRunner
from app.models.workspace import Workspace
from app.settings.demo import DEMO_INSTANCE, DEMO_SECRET, DemoStateFile, demo_profile
from app.settings.paths import AppPaths
from app.settings.preferences import Preferences
from app.settings.profile import DEMO_PROFILE_ID, Profile
from app.store.records import RecordStore

if TYPE_CHECKING:  # both load after the first paint (see tests/startup)
    from app.sandbox import Sandbox
    from app.store.subscriptions_cache import SubscriptionCache
    from app.store.watch import WatchStore

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
LISTEN_BACKLOG = 64


def _base_url(port: int) -> str:
    return f"http://{LOOPBACK}:{port}"


class DemoInstance:
    """Binds the Demo's socket before the window is built (`reserve`), starts the sandbox
    after the first paint (`start`), stops it (`stop`) and puts it back to its seed (`reset`)."""

    def __init__(
        self,
        paths: AppPaths,
        preferences: Preferences,
        save_preferences: Callable[[], None],
        records: RecordStore,
    ) -> None:
        self._paths = paths
        self._preferences = preferences
        self._save_preferences = save_preferences
        self._records = records
        self._socket: socket.socket | None = None
        self.sandbox: Sandbox | None = None

    def reserve(self) -> tuple[Profile, str] | None:
        """The Demo profile, on a loopback socket bound now: the port of last time if it is
        free, else a new one (and then the Demo's links in the local record follow it)."""
        remembered = self._preferences.demo_port
        listen: socket.socket | None = None
        if remembered:
            try:
                listen = socket.create_server((LOOPBACK, remembered), backlog=LISTEN_BACKLOG)
            except OSError as exc:
                log.info("the Demo's port %d is taken (%s): it moves", remembered, exc)
        try:
            listen = listen or socket.create_server((LOOPBACK, 0), backlog=LISTEN_BACKLOG)
        except OSError as exc:
            log.error("the Demo instance could not start: %s", exc)
            return None
        self._socket = listen
        port = int(listen.getsockname()[1])
        if remembered and remembered != port:
            moved = self._records.rewrite_links(
                DEMO_PROFILE_ID, _base_url(remembered), _base_url(port)
            )
            log.info("the Demo moved to port %d; %d link(s) follow it", port, moved)
        if remembered != port:  # after the rewrite: a crash in between keeps the old address
            self._preferences.demo_port = port
            self._save_preferences()
        return demo_profile(_base_url(port)), DEMO_SECRET

    def start(self) -> str | None:
        """Serve the reserved socket with the kept state; returns a sentence for the user when
        the kept state could not be read (it was moved aside and the Demo starts afresh)."""
        listen, self._socket = self._socket, None
        if listen is None:
            return None
        from app.sandbox import Sandbox

        try:
            sandbox = Sandbox(
                instance=DEMO_INSTANCE,
                secret=DEMO_SECRET,
                listen_socket=listen,
                store=DemoStateFile(self._paths.data_dir),
            )
            self.sandbox = sandbox.start()
        except OSError as exc:
            listen.close()  # waiting clients get "refused" rather than a timeout
            log.error("the Demo instance could not start: %s", exc)
            self.sandbox = None
            return None
        log.info("Demo sandbox at %s", sandbox.base_url)
        if sandbox.moved_aside is None:
            return None
        return QCoreApplication.translate(
            "Demo",
            "The Demo's saved data could not be read, so the Demo starts afresh. The damaged "
            "file was kept as %s.",
        ) % (sandbox.moved_aside or QCoreApplication.translate("Demo", "(it could not be moved)"))

    def stop(self) -> None:
        """Stop serving (what changed last is written) and close a socket never served."""
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    # -- reset ----------------------------------------------------------------------------------

    def ask_reset(
        self,
        parent: QWidget,
        runner: TaskRunner,
        workspace: Workspace,
        cache: SubscriptionCache,
        watch: WatchStore,
        on_done: Callable[[str], None],
    ) -> None:
        """Confirm, then put the Demo back to its seed and forget its History rows; ``on_done``
        gets the sentence saying what happened."""
        from app.views import dialogs

        if self.sandbox is None:
            on_done(
                QCoreApplication.translate(
                    "Demo", "The Demo is not running, so there is nothing to reset."
                )
            )
            return
        rows = self._records.count(DEMO_PROFILE_ID)
        text = QCoreApplication.translate(
            "Demo",
            "The Demo goes back to how it was at its first start: the paylinks, payment pages, "
            "payments and subscriptions made or changed there are gone.",
        )
        informative = (
            QCoreApplication.translate(
                "Demo",
                "The Demo's rows in History are removed too (%d). Your other instances are not "
                "touched.",
            )
            % rows
        )

        def answered(yes: bool) -> None:
            if yes:
                self._reset(runner, workspace, cache, watch, on_done)

        dialogs.ask(
            parent,
            QCoreApplication.translate("Demo", "Reset the Demo?"),
            text,
            QCoreApplication.translate("Demo", "Reset Demo"),
            answered,
            informative=informative,
        )

    def _reset(
        self,
        runner: TaskRunner,
        workspace: Workspace,
        cache: SubscriptionCache,
        watch: WatchStore,
        on_done: Callable[[str], None],
    ) -> None:
        sandbox, records = self.sandbox, self._records
        if sandbox is None:
            return

        def work() -> int:  # the seed and the database off the GUI thread
            sandbox.reset()
            cache.clear(DEMO_PROFILE_ID)
            watch.forget(DEMO_PROFILE_ID)
            return records.delete_profile(DEMO_PROFILE_ID)

        def done(removed: int) -> None:
            if workspace.selected_id == DEMO_PROFILE_ID:
                workspace.select(DEMO_PROFILE_ID)  # every tab reloads on a fresh session
            on_done(
                QCoreApplication.translate(
                    "Demo", "The Demo was reset. Rows removed from History: %d."
                )
                % removed
            )

        def failed(error: BaseException) -> None:
            log.error("resetting the Demo failed", exc_info=error)
            on_done(QCoreApplication.translate("Demo", "The Demo could not be reset: %s") % error)

        runner.run(
            work,
            on_success=done,
            on_error=failed,
            description=QCoreApplication.translate("Demo", "Resetting the Demo"),
        )

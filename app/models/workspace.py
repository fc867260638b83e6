"""Which profiles exist, which one is active, and the session built for it.

The Demo profile (when the sandbox runs) always comes first. Switching profiles drops the old
session and hands every model the new ``ProfileSession`` through ``session_changed``.

Opening a session needs the profile's secret, and a keychain may take seconds to answer (a
locked one asks for its password first). So the secret is read on the task runner: a switch is
``session_changed(None)`` at once (the window shows the new instance, its tabs wait), then the
session when the secret arrives. A switch made before it arrived drops that read. The Demo's
secret is known, so its session opens at once.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.logs import register_secret
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import ProfileSession
from app.settings.profile import Profile
from app.settings.profiles import ProfileProblem, ProfileRepository
from app.settings.secrets import SecretStore, SecretStoreError

log = logging.getLogger(__name__)

SECRET_READ_KEY = "workspace:secret"
"""The runner key of the secret read: a newer switch supersedes the one still reading."""


class Workspace(QObject):
    profiles_changed = Signal()
    session_changed = Signal(object)  # ProfileSession | None
    # (profile id, sentence): the active profile has no usable secret yet.
    secret_missing = Signal(str, str)

    def __init__(
        self,
        repository: ProfileRepository,
        secrets: SecretStore,
        demo: tuple[Profile, str] | None = None,
        parent: QObject | None = None,
        *,
        runner: TaskRunner,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.secrets = secrets
        self._runner = runner
        self._reading: TaskHandle | None = None
        self._demo = demo
        self._profiles: list[Profile] = []
        self.problems: list[ProfileProblem] = []
        self._session: ProfileSession | None = None
        self._selected_id: str | None = None
        self.reload()

    # -- profiles -------------------------------------------------------------------------------

    def reload(self) -> None:
        result = self.repository.load_all()
        self.problems = result.problems
        stored = sorted(result.profiles, key=lambda p: p.display_name.lower())
        self._profiles = ([self._demo[0]] if self._demo else []) + stored
        self.profiles_changed.emit()
        if self._selected_id is not None:
            profile = self.profile(self._selected_id)
            if profile is None:
                self.select(self._profiles[0].id if self._profiles else None)
            elif self._session is None or profile != self._session.profile:
                self.select(profile.id)

    def profiles(self) -> list[Profile]:
        return list(self._profiles)

    def profile(self, profile_id: str) -> Profile | None:
        return next((p for p in self._profiles if p.id == profile_id), None)

    @property
    def has_demo(self) -> bool:
        return self._demo is not None

    @property
    def demo_secret(self) -> str | None:
        """The built-in sandbox's secret (public: it protects nothing of the user's)."""
        return self._demo[1] if self._demo else None

    # -- the active session ---------------------------------------------------------------------

    @property
    def session(self) -> ProfileSession | None:
        return self._session

    @property
    def selected_id(self) -> str | None:
        return self._selected_id

    @property
    def opening(self) -> bool:
        """The selected profile's secret is being read; its session follows."""
        return self._reading is not None and self._reading.pending

    def select(self, profile_id: str | None) -> None:
        """Make a profile active. Without a usable secret the session stays ``None`` and
        ``secret_missing`` says why."""
        profile = self.profile(profile_id) if profile_id else None
        self._selected_id = profile.id if profile else None
        self._cancel_read()
        if profile is None:
            self._replace_session(None)
        elif self._demo is not None and profile.id == self._demo[0].id:
            self._open(profile, self._demo[1])
        else:
            self._replace_session(None)
            self._reading = self._runner.run(
                partial(self.secrets.get, profile.id),
                partial(self._secret_read, profile),
                partial(self._secret_failed, profile),
                owner=self,
                key=SECRET_READ_KEY,
                description=QCoreApplication.translate(
                    "Workspace", "Reading the API secret of “%s”"
                )
                % profile.display_name,
            )

    def _secret_read(self, profile: Profile, secret: str | None) -> None:
        if secret:
            register_secret(secret)  # the log filter masks it wherever it might turn up
            self._open(profile, secret)
            return
        self.secret_missing.emit(
            profile.id,
            QCoreApplication.translate(
                "Workspace",
                "No API secret is stored for “%s”: enter it in Manage instances.",
            )
            % profile.display_name,
        )

    def _secret_failed(self, profile: Profile, exc: BaseException) -> None:
        if not isinstance(exc, SecretStoreError):
            raise exc  # a bug, not the keychain: the runner reports it
        self.secret_missing.emit(profile.id, str(exc))

    def _open(self, profile: Profile, secret: str) -> None:
        try:
            session = ProfileSession.open(profile, secret)
        except ValueError as exc:
            if self._session is not None:
                self._replace_session(None)
            self.secret_missing.emit(profile.id, str(exc))
            return
        self._replace_session(session)

    def _cancel_read(self) -> None:
        reading, self._reading = self._reading, None
        if reading is not None:
            reading.cancel()

    def _replace_session(self, session: ProfileSession | None) -> None:
        # The old client is not closed here: a worker may still be finishing a call with it
        # (its result is dropped). It goes with its last reference.
        self._session = session
        self.session_changed.emit(session)

    def close(self) -> None:
        self._cancel_read()
        if self._session is not None:
            self._session.close()
            self._session = None

"""Which profiles exist, which one is active, and the session built for it.

The Demo profile (when the sandbox runs) always comes first. Switching profiles closes the old
session and hands every model the new ``ProfileSession`` through ``session_changed``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.logs import register_secret
from app.models.session import ProfileSession
from app.settings.profile import Profile
from app.settings.profiles import ProfileProblem, ProfileRepository
from app.settings.secrets import SecretStore, SecretStoreError

log = logging.getLogger(__name__)


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
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.secrets = secrets
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

    def select(self, profile_id: str | None) -> ProfileSession | None:
        """Make a profile active. Without a secret, the session is ``None`` and the app asks."""
        profile = self.profile(profile_id) if profile_id else None
        self._selected_id = profile.id if profile else None
        session: ProfileSession | None = None
        if profile is not None:
            secret = self._secret_for(profile)
            if secret:
                try:
                    session = ProfileSession.open(profile, secret)
                except ValueError as exc:
                    self.secret_missing.emit(profile.id, str(exc))
        self._replace_session(session)
        return session

    def _secret_for(self, profile: Profile) -> str | None:
        if self._demo is not None and profile.id == self._demo[0].id:
            return self._demo[1]
        try:
            secret = self.secrets.get(profile.id)
        except SecretStoreError as exc:
            self.secret_missing.emit(profile.id, str(exc))
            return None
        if secret:
            register_secret(secret)  # the log filter masks it wherever it might turn up
        else:
            self.secret_missing.emit(
                profile.id,
                QCoreApplication.translate(
                    "Workspace",
                    "No API secret is stored for “%s”: enter it in Manage instances.",
                )
                % profile.display_name,
            )
        return secret

    def _replace_session(self, session: ProfileSession | None) -> None:
        # The old client is not closed here: a worker may still be finishing a call with it
        # (its result is dropped). It goes with its last reference.
        self._session = session
        self.session_changed.emit(session)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

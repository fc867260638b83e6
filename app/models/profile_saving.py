"""Writing what the instance manager saves and removes: the profile file and its secret.

Every failure comes back as a sentence for the user (keyed by the form field it belongs to, or
`FORM_ERROR`), never as an exception; no sentence contains the secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication

from app.models.connection_test import FORM_ERROR
from app.settings.profile import (
    Profile,
    ProfileValidationError,
    new_profile_id,
    profile_from_values,
    profile_values,
)
from app.settings.profiles import ProfileExistsError, ProfileRepository
from app.settings.secrets import SecretStore, SecretStoreError


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileWriter", text)


@dataclass(frozen=True)
class SaveResult:
    profile: Profile | None
    """The profile as written; None when nothing was."""
    errors: dict[str, str] = field(default_factory=dict)
    """Field name (or `FORM_ERROR`) -> sentence. With a profile: it was saved, its secret not."""


class ProfileWriter:
    """Saves and removes profiles through the repository and the secret store."""

    def __init__(self, repository: ProfileRepository, secrets: SecretStore) -> None:
        self._repository = repository
        self._secrets = secrets

    def save(
        self,
        values: Mapping[str, object],
        old: Profile | None,
        taken: set[str],
        secret: str,
        secret_source: str | None = None,
    ) -> SaveResult:
        """Write the (validated) form `values` over `old` (None: a new profile, whose id is
        made from its display name and is none of `taken` nor a file on disk). A blank `secret`
        keeps the stored one; a new profile saved without one takes `secret_source`'s."""
        merged: dict[str, object] = {**(profile_values(old) if old else {}), **values}
        merged.update(is_demo=False, base_url=None)
        taken = taken | self._files_on_disk()  # also files that did not load: never overwrite
        if old is not None:
            taken.discard(old.id)
        display_name = str(merged["display_name"]).strip()
        # An edited profile keeps its id whatever its new name: history, drafts, the reference
        # counter and the cached subscriptions are keyed by it and stay attached.
        merged["id"] = old.id if old is not None else new_profile_id(display_name, taken)
        try:
            profile = profile_from_values(merged)
        except ProfileValidationError as exc:  # a field the form does not show
            return SaveResult(None, {FORM_ERROR: str(exc)})
        if old is not None:
            profile = replace(profile, extra=old.extra)

        try:
            self._repository.save(profile)
        except ProfileExistsError:
            return SaveResult(
                None,
                {
                    "display_name": _tr(
                        "Another profile already uses this name: choose a different display name."
                    )
                },
            )
        except (ProfileValidationError, SecretStoreError) as exc:
            return SaveResult(None, {FORM_ERROR: str(exc)})
        except OSError as exc:
            return SaveResult(
                None,
                {
                    FORM_ERROR: _tr("The profile could not be saved ({reason}).").format(
                        reason=exc.strerror or exc
                    )
                },
            )
        problem = self._store_secret(profile.id, secret, secret_source)
        return SaveResult(profile, {FORM_ERROR: problem} if problem else {})

    def remove(self, profile_id: str) -> str | None:
        """Delete a profile's file and its secret. None, or a sentence saying why not."""
        try:
            self._repository.delete(profile_id)
            # The repository deletes the secret when it was given the store; make sure anyway.
            self._secrets.delete(profile_id)
        except SecretStoreError as exc:
            return str(exc)
        except OSError as exc:
            return _tr("The profile file could not be removed ({reason}).").format(
                reason=exc.strerror or exc
            )
        return None

    def stored_secret(self, profile_id: str) -> str | None:
        """The secret kept for a profile; None when there is none or it cannot be read."""
        try:
            return self._secrets.get(profile_id)
        except SecretStoreError:
            return None

    def _store_secret(self, profile_id: str, secret: str, source: str | None) -> str | None:
        try:
            if secret:
                self._secrets.set(profile_id, secret)
            elif source and self._secrets.get(profile_id) is None:
                inherited = self.stored_secret(source)
                if inherited:
                    self._secrets.set(profile_id, inherited)
        except SecretStoreError as exc:
            return _tr("The profile was saved, but its API secret was not: {reason}").format(
                reason=exc
            )
        return None

    def _files_on_disk(self) -> set[str]:
        try:
            return {p.stem for p in self._repository.directory.glob("*.json")}
        except OSError:
            return set()

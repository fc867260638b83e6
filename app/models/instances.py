"""The instance manager's model: an editable working copy of the profiles, and what it can do.

Rows are the Demo profile (first, read-only), the saved profiles, then new profiles not saved yet
("drafts", keyed ``new:N``, which is never a valid profile id). Each row keeps what the form shows
(text, as the user typed it) and a typed secret until it is saved or the dialog closes; closing
discards the working copy. Saving and removing write through the workspace's `ProfileRepository`
and `SecretStore`, then reload the workspace so the rest of the app sees the change.

"Test connection" sends one SignatureCheck with the *unsaved* values through the task runner and
answers with one sentence (`connection_tested`). When the platform answers "Version not found.",
it tries the next lower versions (at most `VERSION_FALLBACK_STEPS` more calls) and offers the
highest that answers (`version_offered`), which the user may take with one click.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QFont

from app.api import errors as api_errors
from app.api.client import ApiClient, ClientConfig
from app.api.platform import check_base_url, lower_versions
from app.api.signature_check import check
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import client_config
from app.models.workspace import Workspace
from app.settings.profile import (
    DEFAULT_BASE_DOMAIN,
    DEFAULT_CURRENCY,
    DEFAULT_LANGUAGE,
    DEFAULT_REFERENCE_PREFIX,
    MAX_DISPLAY_NAME,
    NEWEST_VERSION,
    AuthScheme,
    Profile,
    ProfileValidationError,
    new_profile_id,
    profile_from_values,
    profile_values,
    validate_profile,
)
from app.settings.profiles import ProfileExistsError, ProfileProblem
from app.settings.secrets import (
    FILE_STORAGE_WARNING,
    SecretStatus,
    SecretStoreError,
)

log = logging.getLogger(__name__)

__all__ = [
    "CONNECTION_FIELDS",
    "FILE_STORAGE_WARNING",
    "FORM_ERROR",
    "FORM_FIELDS",
    "InstancesModel",
    "VersionOffer",
    "form_values",
    "new_values",
]

FORM_FIELDS: tuple[str, ...] = (
    "display_name",
    "instance",
    "base_domain",
    "api_version",
    "auth_scheme",
    "default_currency",
    "default_language",
    "reference_prefix",
    "default_vat_rate",
    "confirm_above",
    "read_only",
    "notify_payments",
)
"""The profile fields the dialog edits. The rest (request budget, unknown keys) are kept."""

CONNECTION_FIELDS: frozenset[str] = frozenset(
    {"instance", "base_domain", "api_version", "auth_scheme"}
)
"""What "Test connection" needs to be valid."""

FORM_ERROR = "form"
"""Key of an error that belongs to no field (a file that cannot be written, a locked keychain)."""

TEST_TIMEOUTS = (5.0, 10.0)
"""(connect, read) seconds of a test connection: short, the user is waiting for the answer."""

VERSION_FALLBACK_STEPS = 3
"""After "Version not found.", how many lower versions Test connection tries (one call each)."""

DRAFT_PREFIX = "new:"


@dataclass(frozen=True)
class VersionOffer:
    """The answer of a Test connection whose version the platform does not serve, while a lower
    one answers: what the user is offered, and the test's outcome with that version."""

    refused: str
    """The version of the form, which the platform does not serve."""
    version: str
    """The highest lower version that answered."""
    ok: bool
    sentence: str
    """The outcome with `version`, as `connection_tested` would have said it."""


@dataclass(frozen=True)
class _Attempt:
    """One SignatureCheck of a test: its version, and the failure (None when it passed)."""

    version: str
    error: BaseException | None = None

    @property
    def version_missing(self) -> bool:
        return isinstance(self.error, api_errors.NotFoundError) and self.error.missing == "version"

    @property
    def answered(self) -> bool:
        """The platform served this version: it passed, or the API itself refused something
        else (secret, instance). A network fault or a 5xx says nothing about the version."""
        if self.error is None:
            return True
        return not self.version_missing and isinstance(
            self.error,
            api_errors.AuthenticationError | api_errors.NotFoundError | api_errors.ValidationError,
        )


def form_values(profile: Profile) -> dict[str, object]:
    """The form's view of a profile: text for text fields, a bool for the read-only switch."""

    def text(value: Decimal | None) -> str:
        return "" if value is None else str(value)

    return {
        "display_name": profile.display_name,
        "instance": profile.instance,
        "base_domain": profile.base_domain,
        "api_version": profile.api_version,
        "auth_scheme": profile.auth_scheme.value,
        "default_currency": profile.default_currency,
        "default_language": profile.default_language,
        "reference_prefix": profile.reference_prefix,
        "default_vat_rate": text(profile.default_vat_rate),
        "confirm_above": text(profile.confirm_above),
        "read_only": profile.read_only,
        "notify_payments": profile.notify_payments,
    }


def new_values() -> dict[str, object]:
    """What a new profile starts with."""
    return {
        "display_name": "",
        "instance": "",
        "base_domain": DEFAULT_BASE_DOMAIN,
        "api_version": NEWEST_VERSION,
        "auth_scheme": AuthScheme.SIGNATURE.value,
        "default_currency": DEFAULT_CURRENCY,
        "default_language": DEFAULT_LANGUAGE,
        "reference_prefix": DEFAULT_REFERENCE_PREFIX,
        "default_vat_rate": "",
        "confirm_above": "",
        "read_only": False,
        "notify_payments": True,
    }


def _form_only(values: Mapping[str, object]) -> dict[str, object]:
    return {name: values[name] for name in FORM_FIELDS if name in values}


@dataclass
class _Row:
    key: str
    profile: Profile | None
    """The saved profile (None for a draft)."""
    values: dict[str, object]
    """The working copy, as the form shows it."""
    secret: str = field(default="", repr=False)
    """Typed but not saved yet."""
    secret_source: str | None = None
    """A duplicate saved without a secret of its own takes this profile's secret."""

    @property
    def is_demo(self) -> bool:
        return self.profile is not None and self.profile.is_demo

    @property
    def is_draft(self) -> bool:
        return self.profile is None

    @property
    def dirty(self) -> bool:
        if self.profile is None:
            return True
        return bool(self.secret) or self.values != form_values(self.profile)


class InstancesModel(QAbstractListModel):
    """The list of profiles the instance dialog shows, and the operations behind its buttons.

    Rows are addressed by key: a saved profile's id, ``"new:N"`` for a draft.
    """

    KeyRole = Qt.ItemDataRole.UserRole + 1
    IsDemoRole = Qt.ItemDataRole.UserRole + 2
    IsDraftRole = Qt.ItemDataRole.UserRole + 3
    IsDirtyRole = Qt.ItemDataRole.UserRole + 4

    # (new profile id) after a save; the rows were rebuilt.
    saved = QtSignal(str)
    # (profile id) after a remove.
    removed = QtSignal(str)
    testing_changed = QtSignal(bool)
    # (ok, sentence): the answer of "Test connection".
    connection_tested = QtSignal(bool, str)
    # (version, sentence): the form's version is not served, this lower one answers; the
    # details are in `version_offer`.
    version_offered = QtSignal(str, str)
    secrets_status_changed = QtSignal()
    problems_changed = QtSignal()

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        test_timeouts: tuple[float, float] = TEST_TIMEOUTS,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._runner = runner
        self._timeouts = test_timeouts
        self._draft_numbers = itertools.count(1)
        self._rows: list[_Row] = []
        self._problems: list[ProfileProblem] = list(workspace.problems)
        self._test: TaskHandle | None = None
        self._test_base_url: str | None = None
        self._offer: VersionOffer | None = None
        self._saved_id: str | None = None
        self._rows = self._saved_rows({})

    # -- the list model -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and (row.is_draft or row.dirty):
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.KeyRole:
            return row.key
        if role == self.IsDemoRole:
            return row.is_demo
        if role == self.IsDraftRole:
            return row.is_draft
        if role == self.IsDirtyRole:
            return row.dirty
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Never editable in place: the form beside the list edits the working copy.
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _label(self, row: _Row) -> str:
        name = str(row.values.get("display_name", "")).strip() or self.tr("New instance")
        if row.is_demo:
            return self.tr("{name} (built-in)").format(name=name)
        if row.is_draft:
            return self.tr("{name} (not saved)").format(name=name)
        if row.dirty:
            return self.tr("{name} (changed)").format(name=name)
        return name

    def _tooltip(self, row: _Row) -> str:
        if row.is_demo:
            return self.tr(
                "The built-in Demo instance: a sandbox on this computer, no account needed. "
                "It cannot be changed or removed."
            )
        instance = str(row.values.get("instance", "")).strip() or "…"
        domain = str(row.values.get("base_domain", "")).strip() or "…"
        return f"{instance}.{domain}"

    # -- rows -----------------------------------------------------------------------------------

    def keys(self) -> list[str]:
        return [row.key for row in self._rows]

    def key_at(self, row: int) -> str | None:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: str | None) -> int:
        """The row of `key`, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.key == key), -1)

    def _row(self, key: str | None) -> _Row | None:
        return next((row for row in self._rows if row.key == key), None)

    def _require(self, key: str) -> _Row:
        row = self._row(key)
        if row is None:
            raise KeyError(f"no instance row {key!r}")
        return row

    def values(self, key: str) -> dict[str, object]:
        """The working copy of a row, as the form shows it."""
        return dict(self._require(key).values)

    def pending_secret(self, key: str) -> str:
        """A secret typed for this row and not saved yet ("" for none)."""
        return self._require(key).secret

    def profile(self, key: str) -> Profile | None:
        """The saved profile of a row (None for a draft)."""
        return self._require(key).profile

    def is_demo(self, key: str) -> bool:
        return self._require(key).is_demo

    def is_draft(self, key: str) -> bool:
        return self._require(key).is_draft

    def is_dirty(self, key: str) -> bool:
        return self._require(key).dirty

    def is_editable(self, key: str) -> bool:
        return not self._require(key).is_demo

    def has_stored_secret(self, key: str) -> bool:
        """Whether saving this row without a secret keeps (or copies) one."""
        row = self._require(key)
        if row.is_demo:
            return True
        source = row.profile.id if row.profile is not None else row.secret_source
        return source is not None and self._stored_secret(source) is not None

    def secret_source_name(self, key: str) -> str | None:
        """For a duplicate: the display name of the profile whose secret it will take."""
        row = self._require(key)
        if row.profile is not None or row.secret_source is None:
            return None
        source = self._row(row.secret_source)
        return source.profile.display_name if source and source.profile else row.secret_source

    def update(self, key: str, values: Mapping[str, object], secret: str | None = None) -> None:
        """Keep what the form holds for a row (the working copy). The Demo row is not editable."""
        row = self._require(key)
        if row.is_demo:
            return
        before = (self._label(row), row.dirty)
        row.values = {**row.values, **_form_only(values)}
        if secret is not None:
            row.secret = secret
        if (self._label(row), row.dirty) != before:
            index = self.index(self.row_of(key), 0)
            self.dataChanged.emit(index, index)

    def validate(self, values: Mapping[str, object]) -> dict[str, str]:
        """Field name -> sentence for every invalid form field; empty when all are valid."""
        return {k: v for k, v in validate_profile(_form_only(values)).items() if k in FORM_FIELDS}

    def add(self) -> str:
        """A new, unsaved profile at the end of the list; its key."""
        return self._append_draft(new_values(), secret="", secret_source=None)

    def duplicate(self, key: str) -> str | None:
        """An unsaved copy of a row (named "… (copy)"); saved without a secret of its own it takes
        the original's. None for the Demo row, which cannot be copied."""
        row = self._require(key)
        if row.is_demo:
            return None
        values = dict(row.values)
        name = str(values.get("display_name", "")).strip()
        suffix = self.tr(" (copy)")
        values["display_name"] = (name[: MAX_DISPLAY_NAME - len(suffix)] + suffix).strip()
        source = row.profile.id if row.profile is not None else row.secret_source
        return self._append_draft(values, secret=row.secret, secret_source=source)

    def _append_draft(
        self, values: dict[str, object], *, secret: str, secret_source: str | None
    ) -> str:
        key = f"{DRAFT_PREFIX}{next(self._draft_numbers)}"
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(_Row(key, None, values, secret, secret_source))
        self.endInsertRows()
        return key

    def remove(self, key: str) -> str | None:
        """Remove a row: a draft is dropped; a saved profile loses its file and its secret.
        Returns None, or a sentence saying why it could not be removed."""
        row = self._require(key)
        if row.is_demo:
            return self.tr("The built-in Demo instance cannot be removed.")
        if row.profile is None:
            position = self.row_of(key)
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
            return None
        profile_id = row.profile.id
        try:
            self._workspace.repository.delete(profile_id)
            # The repository deletes the secret when it was given the store; make sure anyway.
            self._workspace.secrets.delete(profile_id)
        except SecretStoreError as exc:
            return str(exc)
        except OSError as exc:
            return self.tr("The profile file could not be removed ({reason}).").format(
                reason=exc.strerror or exc
            )
        self._reload(drop={key})
        self.removed.emit(profile_id)
        return None

    # -- saving ---------------------------------------------------------------------------------

    def save(
        self, values: Mapping[str, object], secret: str | None, original_id: str | None
    ) -> dict[str, str]:
        """Validate and save one profile; field name -> sentence when something is wrong.

        `original_id` is the row being saved: a profile id (an edit; the id stays the same even
        when the display name changes), a draft key, or None for a new profile
        without a row. A blank `secret` keeps the stored one (a duplicate takes its original's).
        An empty answer means saved: `saved` was emitted with the profile's id.
        """
        row = self._row(original_id) if original_id else None
        if original_id and row is None:
            return {FORM_ERROR: self.tr("This profile no longer exists.")}
        if row is not None and row.is_demo:
            return {FORM_ERROR: self.tr("The built-in Demo instance cannot be changed.")}
        old = row.profile if row is not None else None
        errors = self.validate(values)
        if errors:
            return errors
        merged: dict[str, object] = {**(profile_values(old) if old else {}), **_form_only(values)}
        merged.update(is_demo=False, base_url=None)
        taken = {row.profile.id for row in self._rows if row.profile is not None}
        taken |= self._files_on_disk()  # also files that did not load: never overwrite them
        if old is not None:
            taken.discard(old.id)
        display_name = str(merged["display_name"]).strip()
        # An edited profile keeps its id whatever its new name: history, drafts, the reference
        # counter and the cached subscriptions are keyed by it and stay attached.
        merged["id"] = old.id if old is not None else new_profile_id(display_name, taken)
        try:
            profile = profile_from_values(merged)
        except ProfileValidationError as exc:  # a field the form does not show
            return {FORM_ERROR: str(exc)}
        if old is not None:
            profile = replace(profile, extra=old.extra)

        repository = self._workspace.repository
        try:
            repository.save(profile)
        except ProfileExistsError:
            return {
                "display_name": self.tr(
                    "Another profile already uses this name: choose a different display name."
                )
            }
        except ProfileValidationError as exc:
            return {FORM_ERROR: str(exc)}
        except SecretStoreError as exc:
            return {FORM_ERROR: str(exc)}
        except OSError as exc:
            return {
                FORM_ERROR: self.tr("The profile could not be saved ({reason}).").format(
                    reason=exc.strerror or exc
                )
            }

        problem = self._store_secret(profile.id, secret or "", row)
        self._saved_id = profile.id
        self._reload(drop={row.key} if row is not None else set())
        self.saved.emit(profile.id)
        if problem:
            return {FORM_ERROR: problem}
        return {}

    def _files_on_disk(self) -> set[str]:
        try:
            return {p.stem for p in self._workspace.repository.directory.glob("*.json")}
        except OSError:
            return set()

    @property
    def saved_id(self) -> str | None:
        """The id of the profile saved last (its row key now)."""
        return self._saved_id

    def _store_secret(self, profile_id: str, secret: str, row: _Row | None) -> str | None:
        secrets = self._workspace.secrets
        try:
            if secret:
                secrets.set(profile_id, secret)
            elif row is not None and row.secret_source and secrets.get(profile_id) is None:
                inherited = self._stored_secret(row.secret_source)
                if inherited:
                    secrets.set(profile_id, inherited)
        except SecretStoreError as exc:
            return self.tr("The profile was saved, but its API secret was not: {reason}").format(
                reason=exc
            )
        return None

    def _stored_secret(self, profile_id: str) -> str | None:
        try:
            return self._workspace.secrets.get(profile_id)
        except SecretStoreError:
            return None

    def _reload(self, drop: set[str]) -> None:
        """Reload the workspace and rebuild the rows, keeping every other row's working copy."""
        kept = {row.key: row for row in self._rows if row.key not in drop}
        self._workspace.reload()
        new_problems = [p for p in self._workspace.problems if p not in self._problems]
        self.beginResetModel()
        self._rows = self._saved_rows(kept)
        self._rows.extend(row for row in kept.values() if row.is_draft)
        self.endResetModel()
        if new_problems:
            self._problems.extend(new_problems)
            self.problems_changed.emit()

    def _saved_rows(self, kept: Mapping[str, _Row]) -> list[_Row]:
        rows = []
        for profile in self._workspace.profiles():
            previous = kept.get(profile.id)
            if previous is not None and previous.profile == profile and not profile.is_demo:
                rows.append(replace(previous, profile=profile))
            else:
                rows.append(_Row(profile.id, profile, form_values(profile)))
        return rows

    # -- test connection ------------------------------------------------------------------------

    @property
    def testing(self) -> bool:
        return self._test is not None and self._test.pending

    @property
    def test_base_url(self) -> str | None:
        return self._test_base_url

    @test_base_url.setter
    def test_base_url(self, url: str | None) -> None:
        """Test hook: send the test connection of every profile to this loopback URL (a local
        sandbox) instead of https://api.<base domain>. Loopback addresses only."""
        self._test_base_url = None if url is None else check_base_url(url)

    def test_connection(
        self, values: Mapping[str, object], secret: str | None, original_id: str | None = None
    ) -> dict[str, str]:
        """Start a SignatureCheck with these (unsaved) values; the answer comes as
        `connection_tested`, or as `version_offered` when the version is not served and a lower
        one answers. Returns field errors instead when the values cannot be tested, and nothing
        when a test is already running (it is not started twice).

        A blank `secret` uses the one stored for `original_id`. The Demo row tests the sandbox
        it runs on, with its own secret.
        """
        if self.testing:
            return {}
        row = self._row(original_id) if original_id else None
        if row is not None and row.is_demo:
            assert row.profile is not None
            profile = row.profile
            secret = _demo_secret(self._workspace)
        else:
            fields = _form_only(values)
            errors = {k: v for k, v in validate_profile(fields).items() if k in CONNECTION_FIELDS}
            if errors:
                return errors
            profile = profile_from_values(
                {"display_name": "test", **{k: fields[k] for k in CONNECTION_FIELDS if k in fields}}
            )
            if self._test_base_url is not None:
                profile = replace(profile, base_url=self._test_base_url)
            if not secret and row is not None:
                source = row.profile.id if row.profile is not None else row.secret_source
                secret = self._stored_secret(source) if source else None
            if not secret:
                return {"secret": self.tr("Enter the API secret to test the connection.")}
        assert secret is not None
        config = replace(client_config(profile, secret, timeouts=self._timeouts), get_retries=0)
        try:
            client = ApiClient(config)
        except ValueError as exc:
            return {FORM_ERROR: str(exc)}
        self._offer = None

        def done(attempts: list[_Attempt]) -> None:
            self._finish_test(profile, client, attempts)

        def failed(exc: BaseException) -> None:
            self._finish_test(profile, client, [_Attempt(config.version, exc)])

        self._test = self._runner.run(
            lambda: _try_versions(client, config),
            done,
            failed,
            owner=self,
            description=self.tr("Testing the connection to {host}").format(host=client.host),
        )
        if self._test.pending:
            self.testing_changed.emit(True)
        return {}

    def cancel_test(self) -> None:
        """Drop a running test's answer (the dialog closed or moved to another profile)."""
        self._offer = None
        handle, self._test = self._test, None
        if handle is not None and handle.pending:
            handle.cancel()
            self.testing_changed.emit(False)

    @property
    def version_offer(self) -> VersionOffer | None:
        """The lower version the last test offered, until the next test or `cancel_test`."""
        return self._offer

    def _finish_test(self, profile: Profile, client: ApiClient, attempts: list[_Attempt]) -> None:
        self._test = None
        self.testing_changed.emit(False)
        first, last = attempts[0], attempts[-1]
        if len(attempts) > 1 and last.answered:
            self._offer = VersionOffer(
                refused=first.version,
                version=last.version,
                ok=last.error is None,
                sentence=self._outcome_sentence(profile, client, last.error),
            )
            self.version_offered.emit(
                last.version,
                self.tr(
                    "{refused} is not served by this instance; {version} answers. Use {version}?"
                ).format(refused=first.version, version=last.version),
            )
            return
        if len(attempts) > 1 and last.version_missing:
            self.connection_tested.emit(
                False,
                self.tr(
                    "None of {lowest} to {highest} is served by this instance: choose an older "
                    "API version."
                ).format(lowest=last.version, highest=first.version),
            )
            return
        # One attempt, or a fallback cut short by a fault: what happened last is the answer.
        self.connection_tested.emit(
            last.error is None, self._outcome_sentence(profile, client, last.error)
        )

    def _outcome_sentence(
        self, profile: Profile, client: ApiClient, error: BaseException | None
    ) -> str:
        if error is None:
            return self._success_sentence(profile, client)
        return self._failure_sentence(error, client)

    def _success_sentence(self, profile: Profile, client: ApiClient) -> str:
        where = client.host if profile.base_url else profile.base_domain
        return self.tr("Connected to {instance} on {where}.").format(
            instance=profile.instance, where=where
        )

    def _failure_sentence(self, exc: BaseException, client: ApiClient) -> str:
        if isinstance(exc, api_errors.AuthenticationError):
            return self.tr("The API secret is not correct for this instance.")
        if isinstance(exc, api_errors.NotFoundError) and exc.missing == "instance":
            return self.tr("No such instance on this platform.")
        if isinstance(exc, api_errors.ConnectionFailedError):
            return self.tr("Cannot reach {host}: {reason}.").format(
                host=client.host, reason=exc.reason or self.tr("the connection failed")
            )
        if isinstance(exc, api_errors.ApiError):
            return exc.message
        log.error("Test connection failed unexpectedly", exc_info=exc)
        return self.tr("The test failed unexpectedly ({error}); see the log for details.").format(
            error=type(exc).__name__
        )

    # -- where secrets are kept -----------------------------------------------------------------

    @property
    def secret_status(self) -> SecretStatus:
        return self._workspace.secrets.status

    @property
    def secret_status_text(self) -> str:
        """One sentence for the dialog's status line."""
        return self._workspace.secrets.status_text

    @property
    def secret_location(self) -> str:
        """Where a saved secret goes, for "stored in …"."""
        status = self.secret_status
        if status is SecretStatus.KEYCHAIN:
            return self.tr("the system keychain")
        if status is SecretStatus.FILE:
            return self.tr("the secrets file")
        return self.tr("memory until Paydesk closes")

    @property
    def can_store_in_file(self) -> bool:
        """The opt-in is offered only where no keychain exists."""
        return self.secret_status is SecretStatus.SESSION_ONLY

    @property
    def secrets_file(self) -> str:
        return str(self._workspace.secrets.file_path)

    def enable_file_storage(self) -> str | None:
        """The user's explicit choice to keep secrets in a 0600 file (after FILE_STORAGE_WARNING).
        Returns None, or a sentence saying why it failed."""
        try:
            self._workspace.secrets.enable_file_storage()
        except (SecretStoreError, RuntimeError) as exc:
            return str(exc)
        self.secrets_status_changed.emit()
        return None

    # -- problems -------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """One sentence per profile file that could not be loaded."""
        texts = []
        for problem in self._problems:
            text = self.tr("“{name}” could not be loaded: {message}").format(
                name=problem.name, message=problem.message
            )
            if problem.moved_to is not None:
                text += " " + self.tr("(Folder: {folder})").format(folder=problem.moved_to.parent)
            texts.append(text)
        return texts


def _try_versions(client: ApiClient, config: ClientConfig) -> list[_Attempt]:
    """On a worker: a SignatureCheck with the form's version; after "Version not found.", one
    with each next lower version until one answers. Stops at anything that is no answer about
    the version (a network fault): the last attempt says what happened."""
    attempts: list[_Attempt] = []
    for version in (config.version, *lower_versions(config.version, VERSION_FALLBACK_STEPS)):
        if attempts:
            client = ApiClient(replace(config, version=version))
        try:
            check(client)
        except api_errors.ApiError as exc:
            attempts.append(_Attempt(version, exc))
        else:
            attempts.append(_Attempt(version))
        finally:
            client.close()
        if not attempts[-1].version_missing:
            break
    return attempts


def _demo_secret(workspace: Workspace) -> str:
    if workspace.demo_secret is None:
        from app.settings.demo import DEMO_SECRET

        return DEMO_SECRET
    return workspace.demo_secret

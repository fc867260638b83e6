"""The instance manager's list: an editable working copy of the profiles.

Rows are the Demo profile (first, read-only), the saved profiles, then new profiles not saved yet
("drafts", keyed ``new:N``, which is never a valid profile id). Each row keeps what the form shows
(text, as the user typed it) and a typed secret until it is saved or the dialog closes; closing
discards the working copy. Saving and removing write through a `ProfileWriter`, then reload the
workspace so the rest of the app sees the change.

The dialog's other parts live beside it: the connection test in `app.models.connection_test`,
where secrets are kept in `app.models.secret_storage`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QFont

from app.models.connection_test import CONNECTION_FIELDS, FORM_ERROR
from app.models.profile_saving import ProfileWriter
from app.models.workspace import Workspace
from app.settings.demo import DEMO_SECRET
from app.settings.profile import (
    DEFAULT_BASE_DOMAIN,
    DEFAULT_CURRENCY,
    DEFAULT_LANGUAGE,
    DEFAULT_REFERENCE_PREFIX,
    MAX_DISPLAY_NAME,
    NEWEST_VERSION,
    AuthScheme,
    Profile,
    validate_profile,
)
from app.settings.profiles import ProfileProblem

__all__ = [
    "CONNECTION_FIELDS",
    "FORM_ERROR",
    "FORM_FIELDS",
    "InstancesModel",
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

DRAFT_PREFIX = "new:"


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
    problems_changed = QtSignal()

    def __init__(
        self, workspace: Workspace, writer: ProfileWriter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._writer = writer
        self._draft_numbers = itertools.count(1)
        self._rows: list[_Row] = []
        self._problems: list[ProfileProblem] = list(workspace.problems)
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
        return source is not None and self._writer.stored_secret(source) is not None

    def test_secret(self, key: str, typed: str) -> str | None:
        """The secret Test connection uses for a row: the one typed, else the one stored for it
        (for a duplicate, its original's); the Demo's own for the Demo row."""
        row = self._require(key)
        if row.is_demo:
            return self._workspace.demo_secret or DEMO_SECRET
        if typed:
            return typed
        source = row.profile.id if row.profile is not None else row.secret_source
        return self._writer.stored_secret(source) if source else None

    def tested_as_saved(self, key: str) -> Profile | None:
        """The profile Test connection uses as it is saved, whatever the form holds: the Demo's
        (its form cannot be edited). None: the test uses the form's values."""
        row = self._require(key)
        return row.profile if row.is_demo else None

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
        problem = self._writer.remove(profile_id)
        if problem:
            return problem
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
        errors = self.validate(values)
        if errors:
            return errors
        taken = {other.profile.id for other in self._rows if other.profile is not None}
        result = self._writer.save(
            _form_only(values),
            row.profile if row is not None else None,
            taken,
            secret or "",
            row.secret_source if row is not None else None,
        )
        if result.profile is None:
            return result.errors
        self._saved_id = result.profile.id
        self._reload(drop={row.key} if row is not None else set())
        self.saved.emit(result.profile.id)
        return result.errors

    @property
    def saved_id(self) -> str | None:
        """The id of the profile saved last (its row key now)."""
        return self._saved_id

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

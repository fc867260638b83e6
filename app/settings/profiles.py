"""Profile files: one JSON file per instance under `<config>/instances/`.

Loading never raises and never loses data: a file that cannot be used is moved aside to
`<name>.broken-<timestamp>` (or, if a newer Paydesk wrote it, left alone) and reported, in the
UI's language (the log keeps the English).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP, Sentence
from app.settings.atomic import atomic_write_text, move_aside
from app.settings.paths import AppPaths
from app.settings.profile import (
    CONTEXT,
    SCHEMA_KEY,
    SCHEMA_VERSION,
    STORED_FIELDS,
    Profile,
    ProfileValidationError,
    is_valid_profile_id,
    profile_from_json,
    profile_to_json,
    profile_values,
    validate_profile,
)

if TYPE_CHECKING:
    from app.settings.secrets import SecretStore

log = logging.getLogger(__name__)

PROFILE_SUFFIX = ".json"
MAX_PROFILE_BYTES = 1_000_000  # a profile is a few hundred bytes; anything huge is not one


@dataclass(frozen=True)
class ProfileProblem:
    """A profile file that could not be loaded, told to the user."""

    path: Path
    """The file as it was found."""
    name: str
    """The profile's display name if it could be read, else the file name."""
    message: str
    """What is wrong and what happened to the file, in the UI's language."""
    moved_to: Path | None = None


@dataclass
class LoadResult:
    profiles: list[Profile] = field(default_factory=list)
    problems: list[ProfileProblem] = field(default_factory=list)


class ProfileExistsError(FileExistsError):
    """Another profile already uses the id."""


class _Unusable(Exception):
    """Why a file is no profile: an English template (marked in `CONTEXT`) and its values."""

    def __init__(
        self, message: str, *values: object, name: str | None = None, move_aside: bool = True
    ) -> None:
        self.sentence = Sentence(CONTEXT, message, values)
        super().__init__(self.sentence.english)
        self.name = name
        self.move_aside = move_aside


class ProfileRepository:
    """Reads and writes the profile files of one `AppPaths`.

    With a `SecretStore`, `rename` moves and `delete` deletes the profile's secret as well, so the
    two never get out of step.
    """

    def __init__(self, paths: AppPaths, secrets: SecretStore | None = None) -> None:
        self._paths = paths
        self._secrets = secrets

    @property
    def directory(self) -> Path:
        return self._paths.instances_dir

    def path_for(self, profile_id: str) -> Path:
        if not is_valid_profile_id(profile_id):
            # Also what keeps an id like "../x" from naming a file outside the directory.
            raise ValueError(f"Not a valid profile id: {profile_id!r}")
        return self.directory / f"{profile_id}{PROFILE_SUFFIX}"

    def exists(self, profile_id: str) -> bool:
        return self.path_for(profile_id).exists()

    # --- loading ---------------------------------------------------------------------------

    def load_all(self) -> LoadResult:
        """Every usable profile, sorted by display name, and a problem for every other file."""
        result = LoadResult()
        try:
            candidates = sorted(
                p for p in self.directory.iterdir() if p.name.endswith(PROFILE_SUFFIX)
            )
        except FileNotFoundError:
            return result
        except OSError as exc:
            result.problems.append(
                ProfileProblem(
                    self.directory,
                    self.directory.name,
                    str(
                        Sentence(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "ProfileErrors", "The profile folder %s cannot be read (%s)."
                            ),
                            (self.directory, exc.strerror),
                        )
                    ),
                )
            )
            return result
        for path in candidates:
            if not path.is_file():
                continue
            try:
                result.profiles.append(self._load_file(path))
            except _Unusable as exc:
                result.problems.append(self._report(path, exc))
        result.profiles.sort(key=lambda p: (p.display_name.casefold(), p.id))
        return result

    def _load_file(self, path: Path) -> Profile:
        profile_id = path.name.removesuffix(PROFILE_SUFFIX)
        if not is_valid_profile_id(profile_id):
            raise _Unusable(
                QT_TRANSLATE_NOOP(
                    "ProfileErrors",
                    "The file name is not a valid profile id (lowercase letters a–z, digits and "
                    "hyphens, then .json).",
                )
            )
        try:
            with path.open("rb") as stream:
                raw = stream.read(MAX_PROFILE_BYTES + 1)
        except OSError as exc:
            raise _Unusable(
                QT_TRANSLATE_NOOP("ProfileErrors", "The file cannot be read (%s)."),
                exc.strerror,
                move_aside=False,
            ) from None
        if len(raw) > MAX_PROFILE_BYTES:
            raise _Unusable(
                QT_TRANSLATE_NOOP("ProfileErrors", "The file is far too large to be a profile.")
            )
        try:
            data = json.loads(raw.decode("utf-8"), parse_float=Decimal)
        except UnicodeDecodeError:
            raise _Unusable(
                QT_TRANSLATE_NOOP("ProfileErrors", "The file is not UTF-8 text.")
            ) from None
        except json.JSONDecodeError as exc:
            raise _Unusable(
                QT_TRANSLATE_NOOP(
                    "ProfileErrors", "The file is not valid JSON (line %d, column %d: %s)."
                ),
                exc.lineno,
                exc.colno,
                exc.msg,
            ) from None
        # A number longer than Python converts (4300 digits) is a ValueError, nesting deeper than
        # the parser follows a RecursionError: neither is a profile.
        except (ValueError, RecursionError):
            raise _Unusable(
                QT_TRANSLATE_NOOP(
                    "ProfileErrors",
                    "The file holds a number too long or nesting too deep to be a profile.",
                )
            ) from None
        if not isinstance(data, dict):
            raise _Unusable(
                QT_TRANSLATE_NOOP(
                    "ProfileErrors",
                    "The file does not hold a profile (a JSON object was expected).",
                )
            )
        display = data.get("display_name")
        name = display.strip() if isinstance(display, str) and display.strip() else None
        schema = data.get(SCHEMA_KEY)
        if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
            raise _Unusable(
                QT_TRANSLATE_NOOP("ProfileErrors", "The file has no valid “%s” version number."),
                SCHEMA_KEY,
                name=name,
            )
        try:
            profile = profile_from_json(profile_id, data)
        except ProfileValidationError as exc:
            if schema > SCHEMA_VERSION:
                # A newer Paydesk may accept values this one does not: leave its file alone.
                raise _Unusable(
                    QT_TRANSLATE_NOOP(
                        "ProfileErrors",
                        "It was written by a newer version of Paydesk and has values this version "
                        "does not understand: %s The file was left unchanged.",
                    ),
                    exc,
                    name=name,
                    move_aside=False,
                ) from None
            # The field sentences are translated already: they pass through as they are.
            raise _Unusable(str(exc), name=name) from None
        except RecursionError:  # an unknown key nested just below the parser's limit
            raise _Unusable(
                QT_TRANSLATE_NOOP(
                    "ProfileErrors",
                    "The file holds a number too long or nesting too deep to be a profile.",
                ),
                name=name,
            ) from None
        if schema > SCHEMA_VERSION:
            log.warning(
                "%s was written by a newer Paydesk (schema %d); keeping what this version "
                "does not know",
                path,
                schema,
            )
        return profile

    def _report(self, path: Path, problem: _Unusable) -> ProfileProblem:
        name = problem.name or path.name
        sentences = [problem.sentence]
        moved_to = None
        if problem.move_aside:
            try:
                moved_to = move_aside(path)
            except OSError as exc:
                sentences.append(
                    Sentence(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "ProfileErrors",
                            "It could not be moved aside (%s) and was left in place.",
                        ),
                        (exc.strerror,),
                    )
                )
            else:
                sentences.append(
                    Sentence(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("ProfileErrors", "The file was moved aside to %s."),
                        (moved_to.name,),
                    )
                )
        english = " ".join(s.english for s in sentences)
        log.warning("Profile file %s not loaded: %s", path, english)
        message = " ".join(str(s) for s in sentences)
        return ProfileProblem(path=path, name=name, message=message, moved_to=moved_to)

    # --- writing ---------------------------------------------------------------------------

    def save(self, profile: Profile) -> Path:
        """Write `profile` to its file atomically (mode 0600), keeping keys this version does not
        know, both from `profile.extra` and from the file being replaced."""
        if profile.is_demo:
            raise ValueError("The Demo instance is built in and is never saved to a file.")
        errors = validate_profile(profile_values(profile))
        if errors:
            raise ProfileValidationError(errors)
        path = self.path_for(profile.id)
        data = {**self._unknown_keys_on_disk(path), **profile_to_json(profile)}
        # Keep the file's key order stable: schema, known fields, unknown keys.
        ordered = {SCHEMA_KEY: data.pop(SCHEMA_KEY)}
        ordered.update({k: data.pop(k) for k in STORED_FIELDS})
        ordered.update(data)
        atomic_write_text(path, json.dumps(ordered, indent=2, ensure_ascii=False) + "\n")
        log.info("Saved profile %s", profile.id)
        return path

    def _unknown_keys_on_disk(self, path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # not JSON, not UTF-8, too long, too deep
            return {}
        if not isinstance(data, Mapping):
            return {}
        known = {SCHEMA_KEY, *STORED_FIELDS}
        return {k: v for k, v in data.items() if k not in known}

    def delete(self, profile_id: str) -> None:
        """Remove the profile's file and, with a SecretStore, its secret (first, so that a failure
        never leaves a secret without a profile). A missing file is not an error."""
        path = self.path_for(profile_id)
        if self._secrets is not None:
            self._secrets.delete(profile_id)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        log.info("Deleted profile %s", profile_id)

    def rename(self, old_id: str, profile: Profile) -> Path:
        """Save `profile` under its (new) id and retire `old_id`, moving the secret along.

        Raises ProfileExistsError if another profile already has the new id. If moving the
        secret fails, the new file is removed again and the old profile stays as it was.
        """
        new_path = self.path_for(profile.id)
        old_path = self.path_for(old_id)
        if profile.id == old_id:
            return self.save(profile)
        if new_path.exists():
            raise ProfileExistsError(f"A profile with the id “{profile.id}” already exists.")
        carried = self._unknown_keys_on_disk(old_path)
        self.save(replace(profile, extra={**carried, **profile.extra}))
        if self._secrets is not None:
            try:
                self._secrets.move(old_id, profile.id)
            except BaseException:
                with contextlib.suppress(OSError):
                    new_path.unlink()
                raise
        with contextlib.suppress(FileNotFoundError):
            old_path.unlink()
        log.info("Renamed profile %s to %s", old_id, profile.id)
        return new_path

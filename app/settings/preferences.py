"""App preferences (last profile, UI language, window, last folders) in `<config>/preferences.json`.

Preferences are conveniences: a damaged file is moved aside and the defaults are used, a value of
the wrong type falls back to its default, and keys from a newer version are kept on save.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from app.i18n import UI_LANGUAGES
from app.settings.atomic import atomic_write_text, move_aside
from app.settings.paths import AppPaths
from app.settings.profile import SCHEMA_KEY, is_valid_profile_id

log = logging.getLogger(__name__)

PREFERENCES_FILE_NAME = "preferences.json"
PREFERENCES_SCHEMA = 1
MAX_PREFERENCES_BYTES = 1_000_000
"""Preferences are a few kilobytes (window state included); anything huge is not them."""


@dataclass
class Preferences:
    last_profile_id: str | None = None
    ui_language: str = ""
    """"" means the system language."""
    window_geometry: str = ""
    """QWidget.saveGeometry() as base64."""
    window_state: str = ""
    """QMainWindow.saveState() as base64."""
    last_folders: dict[str, str] = field(default_factory=dict)
    """The folder last chosen in a save dialog, per kind of file (``FileKind`` in app.models)."""
    unpaid_after_days: int = 14
    """Needs attention lists a link still unpaid this many days after it was created."""
    demo_port: int | None = None
    """The loopback port the Demo sandbox last listened on: its links hold it."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @staticmethod
    def path(paths: AppPaths) -> Path:
        return paths.config_dir / PREFERENCES_FILE_NAME

    @classmethod
    def load(cls, paths: AppPaths, moved_aside: list[Path] | None = None) -> Preferences:
        """The saved preferences, or the defaults; never raises for a missing or bad file.
        Where a damaged file was moved to is appended to `moved_aside`, for telling the user."""
        path = cls.path(paths)
        try:
            with path.open("rb") as stream:
                raw = stream.read(MAX_PREFERENCES_BYTES + 1)
        except FileNotFoundError:
            return cls()
        except OSError as exc:  # unreadable (permissions): not damaged, so left where it is
            log.warning("Preferences in %s cannot be read (%s); using the defaults", path, exc)
            return cls()
        try:
            if len(raw) > MAX_PREFERENCES_BYTES:
                raise ValueError("far too large to be preferences")
            data = json.loads(raw.decode("utf-8"))
        # ValueError: not UTF-8, not JSON, or a number too long to convert (Python's limit of
        # 4300 digits); RecursionError: nesting deeper than the parser can follow.
        except (ValueError, RecursionError) as exc:
            log.warning("Preferences in %s cannot be read (%s); using the defaults", path, exc)
            _move_aside(path, moved_aside)
            return cls()
        if not isinstance(data, dict):
            log.warning("Preferences in %s are not a JSON object; using the defaults", path)
            _move_aside(path, moved_aside)
            return cls()
        prefs = cls()
        for name in _FIELDS:
            if name in data:
                value = data[name]
                if _valid(name, value):
                    setattr(prefs, name, value)
                else:
                    log.warning("Ignoring the preference %s in %s: unexpected value", name, path)
        prefs.extra = {k: v for k, v in data.items() if k not in _FIELDS and k != SCHEMA_KEY}
        schema = data.get(SCHEMA_KEY)
        if isinstance(schema, int) and schema > PREFERENCES_SCHEMA:
            prefs.extra[SCHEMA_KEY] = schema  # never write a newer file back as an older schema
        return prefs

    def save(self, paths: AppPaths) -> None:
        """Write atomically with mode 0600."""
        extra = dict(self.extra)
        schema = extra.pop(SCHEMA_KEY, PREFERENCES_SCHEMA)
        data: dict[str, Any] = {SCHEMA_KEY: max(PREFERENCES_SCHEMA, int(schema))}
        data.update({name: getattr(self, name) for name in _FIELDS})
        data.update({k: v for k, v in extra.items() if k not in data})
        atomic_write_text(self.path(paths), json.dumps(data, indent=2, ensure_ascii=False) + "\n")


_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Preferences) if f.name != "extra")


def _valid(name: str, value: object) -> bool:
    if name == "last_profile_id":
        return value is None or (isinstance(value, str) and is_valid_profile_id(value))
    if name == "ui_language":
        return value == "" or value in UI_LANGUAGES  # "": follow the system
    if name == "demo_port":
        return value is None or (
            isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 65535
        )
    if name == "last_folders":
        return isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        )
    if name == "unpaid_after_days":
        return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 365
    return isinstance(value, str)


def _move_aside(path: Path, moved_aside: list[Path] | None) -> None:
    try:
        target = move_aside(path)
    except OSError as exc:
        log.warning("Could not move %s aside: %s", path, exc)
    else:
        log.warning("Moved the unreadable preferences to %s", target)
        if moved_aside is not None:
            moved_aside.append(target)

"""App preferences: defaults, round trip, 0600, damaged files, unknown keys."""

from __future__ import annotations

import json
import os
import stat

import pytest

from app.settings.paths import AppPaths
from app.settings.preferences import Preferences


def test_defaults_without_a_file(paths: AppPaths) -> None:
    prefs = Preferences.load(paths)

    assert prefs == Preferences(
        last_profile_id=None, ui_language="", window_geometry="", window_state=""
    )


def test_preferences_round_trip(paths: AppPaths) -> None:
    prefs = Preferences(
        last_profile_id="shop", ui_language="fr", window_geometry="AdnQyw==", window_state="AAA="
    )

    prefs.save(paths)

    assert Preferences.load(paths) == prefs
    data = json.loads((paths.config_dir / "preferences.json").read_text())
    assert data["schema"] == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_preferences_file_is_0600(paths: AppPaths) -> None:
    Preferences().save(paths)

    mode = (paths.config_dir / "preferences.json").stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


@pytest.mark.parametrize("content", ["{ nope", "[]", "", '"text"'])
def test_a_damaged_file_gives_the_defaults_and_is_moved_aside(
    paths: AppPaths, content: str
) -> None:
    paths.config_dir.mkdir(parents=True)
    (paths.config_dir / "preferences.json").write_text(content)

    assert Preferences.load(paths) == Preferences()

    [moved] = paths.config_dir.glob("preferences.json.broken-*")
    assert moved.read_text() == content
    assert not (paths.config_dir / "preferences.json").exists()


def test_a_value_of_the_wrong_kind_falls_back_to_its_default_alone(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    data = {
        "schema": 1,
        "last_profile_id": "../escape",
        "ui_language": "klingon",
        "window_geometry": 42,
        "window_state": "AAA=",
    }
    (paths.config_dir / "preferences.json").write_text(json.dumps(data))

    assert Preferences.load(paths) == Preferences(window_state="AAA=")


def test_unknown_keys_and_a_newer_schema_are_kept_on_save(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    data = {"schema": 3, "ui_language": "it", "theme": "dark", "recent": [1, 2]}
    (paths.config_dir / "preferences.json").write_text(json.dumps(data))

    prefs = Preferences.load(paths)
    prefs.last_profile_id = "shop"
    prefs.save(paths)

    saved = json.loads((paths.config_dir / "preferences.json").read_text())
    assert saved["schema"] == 3
    assert saved["theme"] == "dark"
    assert saved["recent"] == [1, 2]
    assert saved["ui_language"] == "it"
    assert saved["last_profile_id"] == "shop"

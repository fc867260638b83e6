"""Where files go: --config-dir, the environment variable, the platform directories."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings.paths import CONFIG_DIR_ENV, AppPaths
from app.settings.preferences import Preferences
from app.settings.profile import Profile
from app.settings.profiles import ProfileRepository
from app.settings.secrets import SecretStore


def test_an_explicit_config_dir_wins_over_the_environment(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "explicit")

    assert paths == AppPaths(
        config_dir=tmp_path / "explicit" / "config",
        data_dir=tmp_path / "explicit" / "data",
        log_dir=tmp_path / "explicit" / "logs",
    )
    assert paths.instances_dir == tmp_path / "explicit" / "config" / "instances"


def test_the_environment_variable_reroots_config_data_and_logs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "from-env"))

    paths = AppPaths.resolve()

    assert paths.config_dir == tmp_path / "from-env" / "config"
    assert paths.data_dir == tmp_path / "from-env" / "data"
    assert paths.log_dir == tmp_path / "from-env" / "logs"


def test_without_flag_or_variable_the_platform_directories_are_used(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CONFIG_DIR_ENV)

    paths = AppPaths.resolve()

    # On Linux platformdirs follows XDG; the root conftest points those into tmp_path.
    assert paths.config_dir == isolated_home / "config" / "paydesk"
    assert paths.data_dir == isolated_home / "data" / "paydesk"
    assert paths.log_dir == isolated_home / "state" / "paydesk" / "log"


def test_an_empty_variable_is_ignored(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, "  ")

    assert AppPaths.resolve().config_dir == isolated_home / "config" / "paydesk"


def test_a_relative_or_home_relative_dir_becomes_absolute(
    isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    assert AppPaths.resolve(Path("rel")).config_dir == tmp_path / "rel" / "config"
    assert AppPaths.resolve(Path("~/pd")).config_dir == isolated_home / "pd" / "config"


def test_resolving_creates_nothing(tmp_path: Path) -> None:
    AppPaths.resolve(tmp_path / "nothing-yet")

    assert not (tmp_path / "nothing-yet").exists()


def test_with_a_config_dir_nothing_is_written_under_home(
    isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, test_secret: str
) -> None:
    monkeypatch.delenv(CONFIG_DIR_ENV)
    paths = AppPaths.resolve(tmp_path / "elsewhere")

    ProfileRepository(paths).save(Profile(id="shop", display_name="Shop", instance="ex"))
    Preferences(last_profile_id="shop").save(paths)
    store = SecretStore(paths)
    store.set("shop", test_secret)
    ProfileRepository(paths).load_all()
    Preferences.load(paths)

    files_under_home = [p for p in isolated_home.rglob("*") if not p.is_dir()]
    assert files_under_home == []
    assert (tmp_path / "elsewhere" / "config" / "instances" / "shop.json").is_file()
    assert (tmp_path / "elsewhere" / "config" / "preferences.json").is_file()

"""Profile files on disk: round trips, 0600, broken files moved aside, unknown keys kept,
rename and delete (with their secrets)."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.settings.memory_keyring import MemoryKeyring
from app.settings.paths import AppPaths
from app.settings.profile import AuthScheme, Profile, ProfileValidationError
from app.settings.profiles import ProfileExistsError, ProfileRepository
from app.settings.secrets import SecretStore, SecretStoreError


def _profile(**changes: Any) -> Profile:
    base = Profile(
        id="shop",
        display_name="Shop Bern",
        instance="example",
        base_domain="okepay.info",
        api_version="v1.14",
        auth_scheme=AuthScheme.API_KEY_HEADER,
        default_currency="EUR",
        default_language="fr",
        reference_prefix="RE-",
        default_vat_rate=Decimal("8.1"),
        read_only=True,
        confirm_above=Decimal("999.95"),
        rate_budget=120,
    )
    return replace(base, **changes)


def _write(paths: AppPaths, name: str, content: str | bytes) -> Path:
    paths.instances_dir.mkdir(parents=True, exist_ok=True)
    path = paths.instances_dir / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_save_then_load_all_round_trips_every_field(paths: AppPaths) -> None:
    repo = ProfileRepository(paths)
    profile = _profile()

    repo.save(profile)
    result = ProfileRepository(paths).load_all()

    assert result.problems == []
    assert result.profiles == [profile]
    loaded = result.profiles[0]
    for name in ("default_vat_rate", "confirm_above", "auth_scheme", "read_only", "rate_budget"):
        assert getattr(loaded, name) == getattr(profile, name)
        assert type(getattr(loaded, name)) is type(getattr(profile, name))


def test_defaults_round_trip(paths: AppPaths) -> None:
    repo = ProfileRepository(paths)
    profile = Profile(id="plain", display_name="Plain", instance="plain")

    repo.save(profile)

    assert repo.load_all().profiles == [profile]


def test_the_profile_file_is_human_readable_schema_versioned_json(paths: AppPaths) -> None:
    path = ProfileRepository(paths).save(_profile())

    text = path.read_text(encoding="utf-8")
    data = json.loads(text)

    assert path == paths.instances_dir / "shop.json"
    assert text.startswith('{\n  "schema": 2,\n')
    assert text.endswith("}\n")
    assert data == {
        "schema": 2,
        "display_name": "Shop Bern",
        "instance": "example",
        "base_domain": "okepay.info",
        "api_version": "v1.14",
        "auth_scheme": "api-key header",
        "default_currency": "EUR",
        "default_language": "fr",
        "reference_prefix": "RE-",
        "default_vat_rate": "8.1",
        "read_only": True,
        "confirm_above": "999.95",
        "rate_budget": 120,
        "notify_payments": True,
    }


def test_payment_messages_are_on_unless_the_file_says_off(paths: AppPaths) -> None:
    """A file written before the switch existed notifies; ``false`` is kept; a word is refused."""
    from app.settings.profile import ProfileValidationError, profile_from_json

    base = {"schema": 2, "display_name": "Shop", "instance": "shop"}
    assert profile_from_json("shop", base).notify_payments is True
    assert profile_from_json("shop", {**base, "notify_payments": False}).notify_payments is False
    with pytest.raises(ProfileValidationError) as caught:
        profile_from_json("shop", {**base, "notify_payments": "no"})
    assert caught.value.errors == {
        "notify_payments": "Notifications must be on or off (true or false)."
    }


def test_non_ascii_names_are_written_readably(paths: AppPaths) -> None:
    path = ProfileRepository(paths).save(_profile(display_name="Café Zürich"))

    assert "Café Zürich" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_profile_files_are_0600_and_the_folder_0700(paths: AppPaths) -> None:
    old_umask = os.umask(0)  # the mode must not depend on a permissive umask
    try:
        path = ProfileRepository(paths).save(_profile())
    finally:
        os.umask(old_umask)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.instances_dir.stat().st_mode) == 0o700


def test_profiles_are_sorted_by_display_name(paths: AppPaths) -> None:
    repo = ProfileRepository(paths)
    for profile_id, name in [("b", "bern"), ("a", "Zug"), ("c", "Aarau")]:
        repo.save(_profile(id=profile_id, display_name=name))

    assert [p.display_name for p in repo.load_all().profiles] == ["Aarau", "bern", "Zug"]


def test_no_instances_folder_means_no_profiles_and_no_problems(paths: AppPaths) -> None:
    result = ProfileRepository(paths).load_all()

    assert result.profiles == []
    assert result.problems == []
    assert not paths.config_dir.exists()


def test_broken_files_are_moved_aside_and_reported_while_the_others_load(paths: AppPaths) -> None:
    repo = ProfileRepository(paths)
    repo.save(_profile())
    broken: dict[str, str | bytes] = {
        "not-json.json": "{ this is not json",
        "a-list.json": "[1, 2, 3]",
        "no-schema.json": json.dumps({"display_name": "No schema", "instance": "x"}),
        "bad-domain.json": json.dumps(
            {"schema": 1, "display_name": "Verein", "instance": "x", "base_domain": "https://x.ch"}
        ),
        "My Shop.json": json.dumps({"schema": 1, "display_name": "Spaces", "instance": "x"}),
        "latin1.json": b'{"schema": 1, "display_name": "Z\xfcrich", "instance": "x"}',
        "empty.json": "",
    }
    contents = {name: content for name, content in broken.items()}
    for name, content in broken.items():
        _write(paths, name, content)

    result = repo.load_all()

    assert [p.id for p in result.profiles] == ["shop"]
    problems = {p.path.name: p for p in result.problems}
    assert set(problems) == set(broken)
    assert "not valid JSON (line 1, column 3" in problems["not-json.json"].message
    assert "a JSON object was expected" in problems["a-list.json"].message
    assert "no valid “schema” version number" in problems["no-schema.json"].message
    assert "without “https://”" in problems["bad-domain.json"].message
    assert "not a valid profile id" in problems["My Shop.json"].message
    assert "not UTF-8 text" in problems["latin1.json"].message
    assert "not valid JSON" in problems["empty.json"].message
    # The profile's own name when it could be read, else the file name.
    assert problems["bad-domain.json"].name == "Verein"
    assert problems["no-schema.json"].name == "No schema"
    assert problems["not-json.json"].name == "not-json.json"
    for name, problem in problems.items():
        assert problem.moved_to is not None
        assert problem.moved_to.name.startswith(f"{name}.broken-")
        assert f"moved aside to {problem.moved_to.name}" in problem.message
        assert not problem.path.exists()
        original = contents[name]
        kept = problem.moved_to.read_bytes()
        assert kept == (original if isinstance(original, bytes) else original.encode())


def test_a_moved_aside_file_is_not_reported_again(paths: AppPaths) -> None:
    _write(paths, "broken.json", "nope")
    repo = ProfileRepository(paths)

    first = repo.load_all()
    second = repo.load_all()

    assert len(first.problems) == 1
    assert second.problems == []


def test_two_broken_files_in_the_same_second_do_not_overwrite_each_other(
    paths: AppPaths,
) -> None:
    repo = ProfileRepository(paths)
    _write(paths, "x.json", "first")
    first = repo.load_all().problems[0].moved_to
    _write(paths, "x.json", "second")
    second = repo.load_all().problems[0].moved_to

    assert first is not None and second is not None
    assert first != second
    assert first.read_text() == "first"
    assert second.read_text() == "second"


def test_a_json_file_that_is_a_folder_is_skipped(paths: AppPaths) -> None:
    (paths.instances_dir / "odd.json").mkdir(parents=True)

    assert ProfileRepository(paths).load_all().problems == []


def test_missing_optional_fields_in_a_file_take_their_defaults(paths: AppPaths) -> None:
    _write(paths, "min.json", json.dumps({"schema": 1, "display_name": "Min", "instance": "min"}))

    [profile] = ProfileRepository(paths).load_all().profiles

    assert profile == Profile(id="min", display_name="Min", instance="min")


def test_unknown_keys_are_kept_on_save(paths: AppPaths) -> None:
    unknown = {"colour": "teal", "future": {"nested": [1, 2.5, None, True]}}
    data = {"schema": 1, "display_name": "Shop", "instance": "example", **unknown}
    _write(paths, "shop.json", json.dumps(data))
    repo = ProfileRepository(paths)
    [profile] = repo.load_all().profiles

    repo.save(replace(profile, display_name="Shop renamed"))

    saved = json.loads((paths.instances_dir / "shop.json").read_text())
    assert saved["display_name"] == "Shop renamed"
    assert {k: saved[k] for k in unknown} == unknown
    assert profile.extra == unknown


def test_unknown_keys_on_disk_survive_a_save_of_a_profile_built_from_scratch(
    paths: AppPaths,
) -> None:
    data = {"schema": 1, "display_name": "Shop", "instance": "example", "colour": "teal"}
    _write(paths, "shop.json", json.dumps(data))

    ProfileRepository(paths).save(Profile(id="shop", display_name="New", instance="example"))

    saved = json.loads((paths.instances_dir / "shop.json").read_text())
    assert saved["colour"] == "teal"
    assert saved["display_name"] == "New"


def test_a_newer_schema_loads_what_is_understood_and_keeps_the_rest(paths: AppPaths) -> None:
    data = {
        "schema": 3,
        "display_name": "Shop",
        "instance": "example",
        "webhook": {"url": "https://example.org/hook"},
    }
    _write(paths, "shop.json", json.dumps(data))
    repo = ProfileRepository(paths)

    [profile] = repo.load_all().profiles
    repo.save(replace(profile, read_only=True))

    saved = json.loads((paths.instances_dir / "shop.json").read_text())
    assert saved["schema"] == 3  # never claims to be older than it was
    assert saved["webhook"] == data["webhook"]
    assert saved["read_only"] is True


def test_a_newer_file_with_values_this_version_refuses_is_left_in_place(paths: AppPaths) -> None:
    data = {"schema": 3, "display_name": "Future", "instance": "ex", "api_version": "v1.17"}
    path = _write(paths, "future.json", json.dumps(data))

    result = ProfileRepository(paths).load_all()

    [problem] = result.problems
    assert problem.name == "Future"
    assert problem.moved_to is None
    assert "newer version of Paydesk" in problem.message
    assert "Choose an API version" in problem.message
    assert "left unchanged" in problem.message
    assert json.loads(path.read_text()) == data
    assert _names(paths.instances_dir) == ["future.json"]


@pytest.mark.parametrize("version", ["v1.0", "v1.3", "v1.14", None])
def test_a_schema_1_file_keeps_its_version_and_is_saved_as_schema_2(
    paths: AppPaths, version: str | None
) -> None:
    """Profiles written before v1.15 and v1.16 were served load as they were: new profiles start
    on the newest version, an existing one keeps its own (no "api_version" meant v1.0)."""
    data = {"schema": 1, "display_name": "Old", "instance": "old", "colour": "teal"}
    if version is not None:
        data["api_version"] = version
    _write(paths, "old.json", json.dumps(data))
    repo = ProfileRepository(paths)

    [profile] = repo.load_all().profiles
    assert profile.api_version == (version or "v1.0")
    repo.save(replace(profile, read_only=True))

    saved = json.loads((paths.instances_dir / "old.json").read_text())
    assert saved["schema"] == 2
    assert saved["api_version"] == (version or "v1.0")
    assert saved["colour"] == "teal"
    [again] = repo.load_all().profiles
    assert again == replace(profile, read_only=True)


def test_save_refuses_an_invalid_profile_and_writes_nothing(paths: AppPaths) -> None:
    repo = ProfileRepository(paths)

    with pytest.raises(ProfileValidationError) as caught:
        repo.save(_profile(base_domain="https://okepay.info"))

    assert set(caught.value.errors) == {"base_domain"}
    assert not paths.instances_dir.exists()


@pytest.mark.parametrize("bad_id", ["../escape", "a/b", "", "Shop", ".hidden"])
def test_ids_that_are_not_slugs_never_name_a_file(paths: AppPaths, bad_id: str) -> None:
    repo = ProfileRepository(paths)

    with pytest.raises(ValueError, match="Not a valid profile id"):
        repo.path_for(bad_id)
    with pytest.raises(ValueError, match="Not a valid profile id"):
        repo.delete(bad_id)


def test_delete_removes_the_file_and_the_secret(paths: AppPaths, test_secret: str) -> None:
    secrets = SecretStore(paths)
    repo = ProfileRepository(paths, secrets)
    repo.save(_profile())
    secrets.set("shop", test_secret)

    repo.delete("shop")

    assert repo.load_all().profiles == []
    assert not repo.exists("shop")
    assert secrets.get("shop") is None


def test_deleting_a_missing_profile_is_not_an_error_and_touches_nothing_else(
    paths: AppPaths, test_secret: str
) -> None:
    secrets = SecretStore(paths)
    repo = ProfileRepository(paths, secrets)
    repo.save(_profile())
    secrets.set("shop", test_secret)
    before = sorted(p.name for p in paths.instances_dir.iterdir())

    repo.delete("nothing")

    assert sorted(p.name for p in paths.instances_dir.iterdir()) == before
    assert [p.id for p in repo.load_all().profiles] == ["shop"]
    assert secrets.get("shop") == test_secret


def test_rename_moves_the_file_and_the_secret(paths: AppPaths, test_secret: str) -> None:
    secrets = SecretStore(paths)
    repo = ProfileRepository(paths, secrets)
    repo.save(_profile())
    secrets.set("shop", test_secret)

    repo.rename("shop", _profile(id="boutique", display_name="Boutique"))

    assert [p.id for p in repo.load_all().profiles] == ["boutique"]
    assert _names(paths.instances_dir) == ["boutique.json"]
    assert secrets.get("boutique") == test_secret
    assert secrets.get("shop") is None


def test_rename_keeps_unknown_keys_of_the_old_file(paths: AppPaths) -> None:
    data = {"schema": 1, "display_name": "Shop", "instance": "example", "colour": "teal"}
    _write(paths, "shop.json", json.dumps(data))
    repo = ProfileRepository(paths)

    repo.rename("shop", Profile(id="boutique", display_name="Boutique", instance="example"))

    assert json.loads((paths.instances_dir / "boutique.json").read_text())["colour"] == "teal"


def test_rename_to_the_same_id_just_saves(paths: AppPaths) -> None:
    repo = ProfileRepository(paths)
    repo.save(_profile())

    repo.rename("shop", _profile(display_name="Shop Thun"))

    assert [p.display_name for p in repo.load_all().profiles] == ["Shop Thun"]


def test_rename_onto_an_existing_profile_is_refused(paths: AppPaths) -> None:
    repo = ProfileRepository(paths)
    repo.save(_profile())
    repo.save(_profile(id="other", display_name="Other"))

    with pytest.raises(ProfileExistsError, match="“other” already exists"):
        repo.rename("shop", _profile(id="other"))

    assert {p.display_name for p in repo.load_all().profiles} == {"Shop Bern", "Other"}


def test_a_rename_whose_secret_cannot_move_leaves_the_old_profile_as_it_was(
    paths: AppPaths, test_secret: str
) -> None:
    class StoreRefusingKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError("org.freedesktop.DBus.Error.NoReply")

    backend = StoreRefusingKeyring()
    backend._secrets[("paydesk", "shop")] = test_secret
    secrets = SecretStore(paths, keyring_backend=backend)
    repo = ProfileRepository(paths, secrets)
    repo.save(_profile())

    with pytest.raises(SecretStoreError, match="Could not store the API secret of “boutique”"):
        repo.rename("shop", _profile(id="boutique"))

    assert _names(paths.instances_dir) == ["shop.json"]
    assert secrets.get("shop") == test_secret

"""Secrets with an in-memory keyring, without any keyring, and in the opt-in file."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.settings.memory_keyring import MemoryKeyring
from app.settings.paths import AppPaths
from app.settings.profile import Profile
from app.settings.profiles import ProfileRepository
from app.settings.secrets import (
    FILE_STORAGE_WARNING,
    SECRETS_FILE_NAME,
    SERVICE_NAME,
    SecretStatus,
    SecretStore,
    SecretStoreError,
    has_real_keychain,
)


def test_every_test_gets_a_fresh_in_memory_keyring(in_memory_keyring: KeyringBackend) -> None:
    assert keyring.get_keyring() is in_memory_keyring
    assert isinstance(in_memory_keyring, MemoryKeyring)
    assert keyring.get_password(SERVICE_NAME, "shop") is None


def test_the_memory_keyring_is_never_chosen_by_keyrings_own_detection() -> None:
    assert MemoryKeyring.viable is False
    assert MemoryKeyring not in set(KeyringBackend.get_viable_backends())


def test_with_a_keychain_the_status_says_so(paths: AppPaths) -> None:
    store = SecretStore(paths)

    assert store.status is SecretStatus.KEYCHAIN
    assert store.status_text == "Secrets are kept in the system keychain (in-memory keyring)."


def test_set_get_and_delete_go_to_the_keyring_under_service_paydesk(
    paths: AppPaths, in_memory_keyring: KeyringBackend, test_secret: str
) -> None:
    store = SecretStore(paths)

    store.set("shop", test_secret)
    assert store.get("shop") == test_secret
    assert in_memory_keyring.get_password("paydesk", "shop") == test_secret

    store.delete("shop")
    assert store.get("shop") is None
    assert in_memory_keyring.get_password("paydesk", "shop") is None


def test_secrets_are_kept_per_profile(paths: AppPaths, test_secret: str) -> None:
    store = SecretStore(paths)

    store.set("shop", test_secret)
    store.set("club", "another")

    assert store.get("shop") == test_secret
    assert store.get("club") == "another"
    assert store.get("nobody") is None


def test_move_gives_the_secret_to_the_new_id(paths: AppPaths, test_secret: str) -> None:
    store = SecretStore(paths)
    store.set("shop", test_secret)

    store.move("shop", "boutique")

    assert store.get("boutique") == test_secret
    assert store.get("shop") is None


def test_moving_or_deleting_what_is_not_there_is_not_an_error(paths: AppPaths) -> None:
    store = SecretStore(paths)

    store.move("none", "other")
    store.move("same", "same")
    store.delete("none")

    assert store.get("other") is None


def test_an_empty_secret_is_refused(paths: AppPaths) -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        SecretStore(paths).set("shop", "")


def test_renaming_and_deleting_a_profile_moves_and_deletes_its_secret(
    paths: AppPaths, test_secret: str
) -> None:
    store = SecretStore(paths)
    repo = ProfileRepository(paths, store)
    repo.save(Profile(id="shop", display_name="Shop", instance="ex"))
    store.set("shop", test_secret)

    repo.rename("shop", Profile(id="boutique", display_name="Boutique", instance="ex"))
    assert store.get("boutique") == test_secret
    assert store.get("shop") is None

    repo.delete("boutique")
    assert store.get("boutique") is None


def test_no_repr_shows_the_secret(
    paths: AppPaths, in_memory_keyring: KeyringBackend, test_secret: str
) -> None:
    store = SecretStore(paths)
    store.set("shop", test_secret)

    for thing in (store, in_memory_keyring, store._backend()):
        assert test_secret not in repr(thing)
        assert test_secret not in str(thing)


# --- errors of the keychain ---------------------------------------------------------------------


def _failing(exc: Exception) -> MemoryKeyring:
    class Failing(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise exc

        def set_password(self, service: str, username: str, password: str) -> None:
            raise exc

    return Failing()


def test_a_locked_keychain_becomes_a_clear_sentence(paths: AppPaths, test_secret: str) -> None:
    store = SecretStore(paths, _failing(keyring.errors.KeyringLocked("Failed to unlock")))

    with pytest.raises(SecretStoreError) as caught:
        store.set("shop", test_secret)

    assert str(caught.value) == "The system keychain is locked: unlock it and try again."
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


@pytest.mark.parametrize(
    "make_error",
    [
        lambda secret: RuntimeError(f"D-Bus error while storing {secret!r}"),
        lambda secret: keyring.errors.PasswordSetError(f"refused: {secret}"),
        lambda secret: OSError(111, f"Connection refused ({secret})"),
    ],
)
def test_keychain_failures_never_quote_the_secret(
    paths: AppPaths, test_secret: str, make_error: Callable[[str], Exception]
) -> None:
    store = SecretStore(paths, _failing(make_error(test_secret)))

    with pytest.raises(SecretStoreError) as caught:
        store.set("shop", test_secret)

    message = str(caught.value)
    assert message.startswith("Could not store the API secret of “shop” (in-memory keyring): ")
    assert test_secret not in message
    assert "[secret]" in message
    assert caught.value.__cause__ is None  # the original, which quotes it, is not chained
    assert caught.value.__context__ is None


def test_a_failing_read_becomes_a_secret_store_error(paths: AppPaths) -> None:
    store = SecretStore(paths, _failing(RuntimeError("org.freedesktop.DBus.Error.NoReply")))

    with pytest.raises(SecretStoreError, match="Could not read the API secret of “shop”"):
        store.get("shop")


# --- no keychain --------------------------------------------------------------------------------


@pytest.fixture(
    params=["fail", "null", "empty-chain", "broken-detection"],
)
def no_keychain(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring finds nothing: each way keyring says so."""
    backend: KeyringBackend
    if request.param == "fail":
        backend = fail.Keyring()
    elif request.param == "null":
        backend = null.Keyring()
    elif request.param == "empty-chain":
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
        backend = chainer.ChainerBackend()
    else:

        def broken() -> KeyringBackend:
            raise RuntimeError("keyringrc.cfg names a backend that does not exist")

        monkeypatch.setattr(keyring, "get_keyring", broken)
        return
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)


@pytest.mark.usefixtures("no_keychain")
def test_without_a_keychain_secrets_are_kept_for_the_session_only(
    paths: AppPaths, test_secret: str
) -> None:
    store = SecretStore(paths)

    assert store.status is SecretStatus.SESSION_ONLY
    assert store.status_text == (
        "No system keychain was found: secrets are kept only until Paydesk closes."
    )
    store.set("shop", test_secret)
    assert store.get("shop") == test_secret
    store.move("shop", "boutique")
    assert store.get("boutique") == test_secret

    restarted = SecretStore(paths)
    assert restarted.get("boutique") is None
    assert not paths.config_dir.exists()  # nothing was written anywhere


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_keyrings_stand_ins_for_nothing_are_not_a_keychain(backend: KeyringBackend) -> None:
    assert has_real_keychain(backend) is False


@pytest.mark.usefixtures("no_keychain")
def test_opting_in_to_file_storage_writes_a_0600_file_and_survives_a_restart(
    paths: AppPaths, test_secret: str
) -> None:
    store = SecretStore(paths)
    store.set("shop", test_secret)

    store.enable_file_storage()

    path = paths.config_dir / SECRETS_FILE_NAME
    assert store.status is SecretStatus.FILE
    assert store.status_text == f"Secrets are stored in a file readable only by you: {path}"
    assert store.file_path == path
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"schema": 1, "secrets": {"shop": test_secret}}

    restarted = SecretStore(paths)
    assert restarted.status is SecretStatus.FILE
    assert restarted.get("shop") == test_secret


@pytest.mark.usefixtures("no_keychain")
def test_file_storage_sets_moves_and_deletes(paths: AppPaths, test_secret: str) -> None:
    store = SecretStore(paths)
    store.enable_file_storage()

    store.set("shop", test_secret)
    store.set("club", "other")
    store.move("shop", "boutique")
    store.delete("club")

    data = json.loads((paths.config_dir / SECRETS_FILE_NAME).read_text())
    assert data["secrets"] == {"boutique": test_secret}
    assert SecretStore(paths).get("boutique") == test_secret
    assert list(paths.config_dir.iterdir()) == [paths.config_dir / SECRETS_FILE_NAME]


@pytest.mark.usefixtures("no_keychain")
def test_an_unwritable_config_dir_makes_the_opt_in_fail_with_a_sentence(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SecretStore(paths)

    def refuse(*args: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(SecretStoreError, match="could not be written \\(Permission denied\\)"):
        store.enable_file_storage()

    assert store.status is SecretStatus.SESSION_ONLY


def test_the_file_opt_in_is_not_offered_where_a_keychain_exists(paths: AppPaths) -> None:
    store = SecretStore(paths)

    with pytest.raises(RuntimeError, match="keychain is available"):
        store.enable_file_storage()

    assert store.status is SecretStatus.KEYCHAIN
    assert not (paths.config_dir / SECRETS_FILE_NAME).exists()


def test_the_opt_in_warning_says_what_the_risk_is() -> None:
    assert "unencrypted" in FILE_STORAGE_WARNING
    assert "only your user account can read" in FILE_STORAGE_WARNING


@pytest.mark.usefixtures("no_keychain")
def test_a_damaged_secrets_file_is_reported_without_quoting_it(
    paths: AppPaths, test_secret: str
) -> None:
    paths.config_dir.mkdir(parents=True)
    path = paths.config_dir / SECRETS_FILE_NAME
    path.write_text(f'{{"schema": 1, "secrets": {{"shop": "{test_secret}"')  # cut short
    store = SecretStore(paths)

    for action in (lambda: store.get("shop"), lambda: store.set("shop", "new")):
        with pytest.raises(SecretStoreError) as caught:
            action()
        assert "is damaged" in str(caught.value)
        assert test_secret not in str(caught.value)
    assert test_secret in path.read_text()  # not overwritten


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.usefixtures("no_keychain")
def test_a_secrets_file_readable_by_others_is_made_private_again(
    paths: AppPaths, test_secret: str
) -> None:
    store = SecretStore(paths)
    store.enable_file_storage()
    store.set("shop", test_secret)
    path = paths.config_dir / SECRETS_FILE_NAME
    path.chmod(0o644)

    assert SecretStore(paths).get("shop") == test_secret

    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# --- the leak scan itself -----------------------------------------------------------------------


def test_the_leak_scan_finds_a_secret_in_any_file_but_the_opt_in_one(
    tmp_path: Path, find_secret: Callable[[str, Path], list[Path]]
) -> None:
    secret = "scan-probe-8d1f"  # not the suite's secret, so the autouse scan stays green
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "profile.json.broken-1").write_text(f"x{secret}x")
    (tmp_path / "a" / SECRETS_FILE_NAME).write_text(secret)
    (tmp_path / "a" / "clean.log").write_text("nothing here")

    assert find_secret(secret, tmp_path) == [tmp_path / "a" / "b" / "profile.json.broken-1"]

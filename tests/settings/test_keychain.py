"""Secrets through a real Secret Service daemon (gnome-keyring on a private D-Bus session).

See `secret_service` in conftest.py for how the daemons are started and stopped.
"""

from __future__ import annotations

import gc
import warnings
from typing import Any

import pytest

from app.settings.paths import AppPaths
from app.settings.profile import Profile
from app.settings.profiles import ProfileRepository
from app.settings.secrets import SecretStatus, SecretStore, SecretStoreError

pytestmark = pytest.mark.keychain


def _attributes_of_items(profile_id: str) -> list[dict[str, str]]:
    """What the daemon holds for `profile_id`, asked through secretstorage directly."""
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        found = collection.search_items({"service": "paydesk", "username": profile_id})
        return [item.get_attributes() for item in found]
    finally:
        connection.close()


def test_a_secret_is_stored_read_and_deleted_through_the_secret_service(
    secret_service: Any, paths: AppPaths, test_secret: str
) -> None:
    store = SecretStore(paths, keyring_backend=secret_service.backend)
    assert store.status is SecretStatus.KEYCHAIN
    assert store.status_text == "Secrets are kept in the system keychain (Secret Service)."

    store.set("shop", test_secret)

    [attributes] = _attributes_of_items("shop")
    assert attributes["service"] == "paydesk"
    assert attributes["username"] == "shop"
    # A second store (the app restarted) reads it back from the daemon.
    assert SecretStore(paths, keyring_backend=secret_service.backend).get("shop") == test_secret

    store.delete("shop")

    assert store.get("shop") is None
    assert _attributes_of_items("shop") == []


def test_renaming_and_deleting_a_profile_moves_and_deletes_its_keychain_item(
    secret_service: Any, paths: AppPaths, test_secret: str
) -> None:
    store = SecretStore(paths, keyring_backend=secret_service.backend)
    repo = ProfileRepository(paths, store)
    repo.save(Profile(id="shop", display_name="Shop", instance="example"))
    store.set("shop", test_secret)

    repo.rename("shop", Profile(id="boutique", display_name="Boutique", instance="example"))

    assert store.get("boutique") == test_secret
    assert _attributes_of_items("shop") == []
    assert len(_attributes_of_items("boutique")) == 1

    repo.delete("boutique")

    assert _attributes_of_items("boutique") == []


def test_a_keychain_that_goes_away_gives_a_clear_error_without_the_secret(
    secret_service: Any, paths: AppPaths, test_secret: str
) -> None:
    store = SecretStore(paths, keyring_backend=secret_service.backend)
    store.set("shop", test_secret)

    secret_service.stop_keyring_daemon()

    # keyring 25 leaves its D-Bus connection unclosed when the collection cannot be opened; that
    # socket's ResourceWarning is keyring's, so it is collected and silenced here, in the test.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        with pytest.raises(SecretStoreError) as caught:
            store.set("shop", test_secret)
        error = caught.value
        del caught
        gc.collect()
    message = str(error)
    assert message.startswith("Could not store the API secret of “shop” (Secret Service): ")
    assert test_secret not in message
    assert error.__context__ is None

"""`MemoryKeyring`: a keyring backend holding secrets in a dict, for the tests (and anyone who
needs a keyring that touches no keychain). Kept out of `app.settings.secrets` so that importing
that module does not import keyring, which loads importlib.metadata and more: the first window
needs no secret (benchmarks/bench_startup.py)."""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class _NotDetectable:
    """A `priority` that raises when read, also on the class: that is how keyring learns that a
    backend is not viable, so its detection never picks the class below on its own."""

    def __get__(self, instance: object, owner: type | None = None) -> float:
        raise RuntimeError("MemoryKeyring is only used where it is installed explicitly")


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict of this instance: the keyring the tests install so that no test
    touches a real keychain.

    It is never picked by keyring's own detection (its priority raises); it only works where it
    is installed explicitly with `keyring.set_keyring` or handed to `SecretStore`.
    """

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._secrets: dict[tuple[str, str], str] = {}

    priority = _NotDetectable()

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("No such secret") from None

    def __str__(self) -> str:
        return f"<MemoryKeyring with {len(self._secrets)} secret(s)>"

    __repr__ = __str__

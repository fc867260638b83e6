"""API secrets, one per profile, kept where the user can be told exactly where.

* KEYCHAIN: the OS keychain through `keyring` (service "paydesk", user name = profile id).
* SESSION_ONLY: no keychain exists; secrets live in memory until Paydesk closes.
* FILE: the user explicitly chose to store them in a 0600 JSON file in the config dir. The
  choice is remembered by that file existing.

No secret ever goes into an exception message, a log line or a repr.

The sentences for the user are translated when read (`app.i18n.Sentence`, context `CONTEXT`); the
log keeps them in English.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from app.i18n import QT_TRANSLATE_NOOP, Sentence, translate
from app.settings.atomic import PRIVATE_FILE_MODE, atomic_write_text
from app.settings.paths import AppPaths

if TYPE_CHECKING:  # keyring itself is imported on first use: see SecretStore._status
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "paydesk"
SECRETS_FILE_NAME = "secrets.json"
SECRETS_FILE_SCHEMA = 1

CONTEXT = "app.settings.secrets"
"""The translation context of this module's sentences."""

FILE_STORAGE_WARNING = QT_TRANSLATE_NOOP(
    "app.settings.secrets",
    "The API secrets will be stored unencrypted in a file that only your user account can read. "
    "Anyone who can act as you on this computer, or read your backups, can read them too.",
)
"""Shown before the user opts in to file storage; kept in English, so show
``translate(CONTEXT, FILE_STORAGE_WARNING)``."""

_T = TypeVar("_T")


class SecretStatus(StrEnum):
    KEYCHAIN = "keychain"
    SESSION_ONLY = "session-only"
    FILE = "file"


class SecretStoreError(Exception):
    """A secret could not be read, stored or removed. ``str()`` is a sentence for the user in
    the UI language (``args`` keeps the English) and never contains the secret.

    ``message`` is the English template, ``values`` fill its ``%s`` placeholders."""

    def __init__(self, message: str, *values: object) -> None:
        self.sentence = Sentence(CONTEXT, message, values)
        super().__init__(self.sentence.english)

    def __str__(self) -> str:
        return str(self.sentence)


class _Backend(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


class _SessionSecrets:
    """The session-only store: secrets in a dict of this instance, gone when Paydesk closes."""

    def __init__(self) -> None:
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._secrets.pop((service, username), None)

    def __repr__(self) -> str:
        return f"<session secrets: {len(self._secrets)}>"


class _FileSecrets:
    """The opt-in file: {"schema": 1, "secrets": {profile id: secret}}, mode 0600."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP(
                    "app.settings.secrets", "The secrets file %s cannot be read (%s)."
                ),
                self.path,
                exc.strerror,
            ) from None
        self._tighten_mode()
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError):
            data = None
        secrets = data.get("secrets") if isinstance(data, dict) else None
        if not isinstance(secrets, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in secrets.items()
        ):
            # Never quote the content: it is made of secrets.
            raise SecretStoreError(
                QT_TRANSLATE_NOOP(
                    "app.settings.secrets",
                    "The secrets file %s is damaged: repair or remove it, then enter the API "
                    "secrets again.",
                ),
                self.path,
            )
        return dict(secrets)

    def _tighten_mode(self) -> None:
        if os.name != "posix":
            return
        mode = stat.S_IMODE(self.path.stat().st_mode)
        if mode & 0o077:
            log.warning("%s was readable by others (mode %o); setting it to 0600", self.path, mode)
            self.path.chmod(PRIVATE_FILE_MODE)

    def write_all(self, secrets: dict[str, str]) -> None:
        data = {"schema": SECRETS_FILE_SCHEMA, "secrets": dict(sorted(secrets.items()))}
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._read()
        secrets[username] = password
        self.write_all(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._read()
        if secrets.pop(username, None) is not None:
            self.write_all(secrets)


def has_real_keychain(backend: KeyringBackend) -> bool:
    """False for keyring's stand-ins for "nothing found" (fail, null, an empty chain)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(list(type(backend).backends))
    return True


def keychain_name(backend: KeyringBackend) -> str:
    """A name for the user: "Secret Service", "macOS Keychain", ..."""
    from keyring.backends import chainer

    from app.settings.memory_keyring import MemoryKeyring

    module = type(backend).__module__
    known = {
        "keyring.backends.SecretService": "Secret Service",
        "keyring.backends.kwallet": "KWallet",
        "keyring.backends.libsecret": "libsecret",
        "keyring.backends.macOS": "macOS Keychain",
        "keyring.backends.Windows": "Windows Credential Locker",
    }
    if isinstance(backend, MemoryKeyring):
        return "in-memory keyring"
    if isinstance(backend, chainer.ChainerBackend):
        return " + ".join(keychain_name(b) for b in type(backend).backends)
    return known.get(module, str(type(backend).name))


class SecretStore:
    """Get, set, move and delete the API secret of a profile wherever it is kept.

    `keyring_backend` defaults to keyring's own choice (`keyring.get_keyring()`); whether that is
    a real keychain is decided once, on first use.
    """

    def __init__(self, paths: AppPaths, keyring_backend: KeyringBackend | None = None) -> None:
        self._file = _FileSecrets(paths.config_dir / SECRETS_FILE_NAME)
        self._keychain: KeyringBackend | None = None
        self._session = _SessionSecrets()
        self._given_backend = keyring_backend
        self._decided: SecretStatus | None = None

    @property
    def _status(self) -> SecretStatus:
        """Decided on first use, not when the app starts: keyring's detection loads every
        backend (on Linux it even runs ``ldconfig`` for the macOS one), and the first window
        (the Demo instance) needs no secret. See benchmarks/bench_startup.py."""
        if self._decided is None:
            backend = self._given_backend
            if backend is None:
                backend = _detect_keyring()
            if self._file.path.exists():
                self._decided = SecretStatus.FILE
            elif backend is not None and has_real_keychain(backend):
                self._keychain = backend
                self._decided = SecretStatus.KEYCHAIN
            else:
                self._decided = SecretStatus.SESSION_ONLY
            log.info("Secret storage: %s", self.status_sentence.english)
        return self._decided

    @_status.setter
    def _status(self, value: SecretStatus) -> None:
        self._decided = value

    @property
    def status(self) -> SecretStatus:
        return self._status

    @property
    def status_text(self) -> str:
        """Where secrets are kept, as one sentence for the instance dialog (in the UI language)."""
        return str(self.status_sentence)

    @property
    def status_sentence(self) -> Sentence:
        """`status_text` before translation (``.english`` for a log or a support report)."""
        if self._status is SecretStatus.KEYCHAIN:
            assert self._keychain is not None
            return Sentence(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "app.settings.secrets", "Secrets are kept in the system keychain (%s)."
                ),
                (keychain_name(self._keychain),),
            )
        if self._status is SecretStatus.FILE:
            return Sentence(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "app.settings.secrets", "Secrets are stored in a file readable only by you: %s"
                ),
                (self._file.path,),
            )
        return Sentence(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "app.settings.secrets",
                "No system keychain was found: secrets are kept only until Paydesk closes.",
            ),
        )

    @property
    def file_path(self) -> Path:
        """Where `enable_file_storage` puts the secrets."""
        return self._file.path

    def __repr__(self) -> str:
        return f"<SecretStore {self._decided.value if self._decided else 'undecided'}>"

    def _backend(self) -> _Backend:
        if self._status is SecretStatus.KEYCHAIN:
            assert self._keychain is not None
            return self._keychain
        if self._status is SecretStatus.FILE:
            return self._file
        return self._session

    def get(self, profile_id: str) -> str | None:
        backend = self._backend()
        return self._call(
            "read", profile_id, None, lambda: backend.get_password(SERVICE_NAME, profile_id)
        )

    def set(self, profile_id: str, secret: str) -> None:
        if not secret:
            raise ValueError(translate("app.settings.secrets", "The API secret must not be empty."))
        backend = self._backend()
        self._call(
            "store",
            profile_id,
            secret,
            lambda: backend.set_password(SERVICE_NAME, profile_id, secret),
        )
        log.info("Stored the secret of profile %s (%s)", profile_id, self._status.value)

    def delete(self, profile_id: str) -> None:
        """Remove the secret of `profile_id`; nothing to remove is not an error."""
        if self.get(profile_id) is None:
            return
        backend = self._backend()
        self._call(
            "remove", profile_id, None, lambda: backend.delete_password(SERVICE_NAME, profile_id)
        )
        log.info("Removed the secret of profile %s", profile_id)

    def move(self, old_id: str, new_id: str) -> None:
        """Give the secret of `old_id` to `new_id` (a renamed profile)."""
        if old_id == new_id:
            return
        secret = self.get(old_id)
        if secret is None:
            return
        self.set(new_id, secret)
        self.delete(old_id)

    def enable_file_storage(self) -> None:
        """The user's explicit choice: from now on keep secrets in a 0600 file. Secrets held for
        this session are written to it. Offered only where no keychain exists."""
        if self._status is SecretStatus.FILE:
            return
        if self._status is SecretStatus.KEYCHAIN:
            raise RuntimeError(
                translate(
                    "app.settings.secrets", "A system keychain is available; secrets stay in it."
                )
            )
        current = {
            username: secret
            for (service, username), secret in self._session._secrets.items()
            if service == SERVICE_NAME
        }
        try:
            self._file.write_all(current)
        except OSError as exc:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP(
                    "app.settings.secrets", "The secrets file %s could not be written (%s)."
                ),
                self._file.path,
                exc.strerror,
            ) from None
        self._status = SecretStatus.FILE
        self._session = _SessionSecrets()
        log.warning("Secrets are now stored in %s at the user's request", self._file.path)

    def _call(self, verb: str, profile_id: str, secret: str | None, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except SecretStoreError:
            raise
        except Exception as exc:  # keyring, D-Bus and OS errors alike
            if _is_locked(exc):
                error = SecretStoreError(
                    QT_TRANSLATE_NOOP(
                        "app.settings.secrets",
                        "The system keychain is locked: unlock it and try again.",
                    )
                )
            else:
                detail = _redact(f"{type(exc).__name__}: {exc}", secret)
                error = self._failed(verb, profile_id, detail)
        log.warning("%s", error.sentence.english)
        raise error from None  # the original may quote the secret

    def _failed(self, verb: str, profile_id: str, detail: str) -> SecretStoreError:
        """One whole sentence per action and place, so that each translation can word it."""
        if self._status is SecretStatus.FILE:
            where: object = self._file.path
            templates = _FAILED_IN_FILE
        elif self._status is SecretStatus.KEYCHAIN:
            assert self._keychain is not None
            where = keychain_name(self._keychain)
            templates = _FAILED_IN_KEYCHAIN
        else:
            return SecretStoreError(_FAILED_IN_SESSION[verb], profile_id, detail)
        return SecretStoreError(templates[verb], profile_id, where, detail)


# "Could not <verb> the API secret of <profile> (<where>): <what went wrong>", by verb.
_FAILED_IN_KEYCHAIN = {
    "read": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not read the API secret of “%s” (%s): %s"
    ),
    "store": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not store the API secret of “%s” (%s): %s"
    ),
    "remove": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not remove the API secret of “%s” (%s): %s"
    ),
}
_FAILED_IN_FILE = {
    "read": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not read the API secret of “%s” (file %s): %s"
    ),
    "store": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not store the API secret of “%s” (file %s): %s"
    ),
    "remove": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not remove the API secret of “%s” (file %s): %s"
    ),
}
_FAILED_IN_SESSION = {
    "read": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not read the API secret of “%s” (session memory): %s"
    ),
    "store": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not store the API secret of “%s” (session memory): %s"
    ),
    "remove": QT_TRANSLATE_NOOP(
        "app.settings.secrets", "Could not remove the API secret of “%s” (session memory): %s"
    ),
}


def _is_locked(exc: Exception) -> bool:
    import keyring.errors

    return isinstance(exc, keyring.errors.KeyringLocked)


def _detect_keyring() -> KeyringBackend | None:
    import keyring

    try:
        return keyring.get_keyring()
    except Exception as exc:  # a broken keyringrc.cfg or backend must not stop the app
        log.warning("No keyring backend could be loaded: %s", exc)
        return None


def _redact(text: str, secret: str | None) -> str:
    if secret:
        text = text.replace(secret, "[secret]")
    return text[:300]

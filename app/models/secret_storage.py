"""Where the instance manager's secrets are kept, said to the user, and the opt-in to a file."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.settings.secrets import FILE_STORAGE_WARNING, SecretStatus, SecretStore, SecretStoreError

__all__ = ["FILE_STORAGE_WARNING", "SecretStorage"]


class SecretStorage(QObject):
    """The state of the `SecretStore` as the dialog shows it."""

    changed = Signal()

    def __init__(self, secrets: SecretStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._secrets = secrets

    @property
    def status(self) -> SecretStatus:
        return self._secrets.status

    @property
    def status_text(self) -> str:
        """One sentence for the dialog's status line."""
        return self._secrets.status_text

    @property
    def location(self) -> str:
        """Where a saved secret goes, for "stored in …"."""
        status = self.status
        if status is SecretStatus.KEYCHAIN:
            return self.tr("the system keychain")
        if status is SecretStatus.FILE:
            return self.tr("the secrets file")
        return self.tr("memory until Paydesk closes")

    @property
    def can_store_in_file(self) -> bool:
        """The opt-in is offered only where no keychain exists."""
        return self.status is SecretStatus.SESSION_ONLY

    @property
    def file(self) -> str:
        return str(self._secrets.file_path)

    def enable_file_storage(self) -> str | None:
        """The user's explicit choice to keep secrets in a 0600 file (after FILE_STORAGE_WARNING).
        Returns None, or a sentence saying why it failed."""
        try:
            self._secrets.enable_file_storage()
        except (SecretStoreError, RuntimeError) as exc:
            return str(exc)
        self.changed.emit()
        return None

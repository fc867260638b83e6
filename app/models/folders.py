"""Where save dialogs open: the last folder the user chose for that kind of file, remembered in
the preferences, else the platform's Pictures or Documents folder, never the working directory
(which, started from a terminal or a shortcut, is wherever that happened to be)."""

from __future__ import annotations

import logging
from collections.abc import Callable, MutableMapping
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QStandardPaths

log = logging.getLogger(__name__)


class FileKind(StrEnum):
    """One remembered folder per kind of file a user saves."""

    QR_CODE = "qr"
    EXPORT = "export"
    IMPORT = "import"  # spreadsheets a batch of paylinks is created from


_DEFAULT_LOCATION = {
    FileKind.QR_CODE: QStandardPaths.StandardLocation.PicturesLocation,
    FileKind.EXPORT: QStandardPaths.StandardLocation.DocumentsLocation,
    FileKind.IMPORT: QStandardPaths.StandardLocation.DocumentsLocation,
}


def default_folder(kind: FileKind) -> Path:
    """The platform's folder for ``kind``, or the home folder where there is none."""
    for location in (_DEFAULT_LOCATION[kind], QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


class FolderMemory:
    """The last folder chosen per `FileKind`. ``store`` is where it is kept (the preferences'
    ``last_folders``); ``save`` writes it (called after every change; a failure is only logged)."""

    def __init__(
        self,
        store: MutableMapping[str, str] | None = None,
        save: Callable[[], None] | None = None,
    ) -> None:
        self._store: MutableMapping[str, str] = store if store is not None else {}
        self._save = save

    def folder(self, kind: FileKind) -> Path:
        remembered = self._store.get(kind.value)
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return default_folder(kind)

    def suggest(self, kind: FileKind, file_name: str) -> str:
        """The path a save dialog for ``kind`` should start with."""
        return str(self.folder(kind) / file_name)

    def remember(self, kind: FileKind, chosen: Path | str) -> None:
        """Note the folder of a path the user chose (a file, not a folder)."""
        folder = str(Path(chosen).parent)
        if self._store.get(kind.value) == folder:
            return
        self._store[kind.value] = folder
        if self._save is not None:
            try:
                self._save()
            except OSError as exc:
                log.warning("could not remember the folder %s: %s", folder, exc)

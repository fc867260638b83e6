"""Save dialogs open in the folder last chosen for that kind of file, remembered across starts."""

from __future__ import annotations

from pathlib import Path

from app.models.folders import FileKind, FolderMemory, default_folder
from app.settings.paths import AppPaths
from app.settings.preferences import Preferences


def test_defaults_never_to_the_working_directory(
    tmp_path: Path, isolated_home: Path, monkeypatch: object
) -> None:
    import os

    os.chdir(tmp_path)
    folder = default_folder(FileKind.QR_CODE)
    assert folder != Path.cwd()
    assert folder == isolated_home  # no Pictures folder in the test home: the home folder
    (isolated_home / "Documents").mkdir()
    assert FolderMemory().folder(FileKind.EXPORT) == isolated_home / "Documents"


def test_remembers_the_last_folder_per_kind_and_saves(tmp_path: Path) -> None:
    saved: list[dict[str, str]] = []
    store: dict[str, str] = {}
    memory = FolderMemory(store, lambda: saved.append(dict(store)))
    (tmp_path / "qr").mkdir()
    memory.remember(FileKind.QR_CODE, tmp_path / "qr" / "a.png")
    assert memory.suggest(FileKind.QR_CODE, "b.png") == str(tmp_path / "qr" / "b.png")
    assert memory.folder(FileKind.EXPORT) != tmp_path / "qr"
    memory.remember(FileKind.QR_CODE, tmp_path / "qr" / "c.png")  # same folder: no second save
    assert saved == [{"qr": str(tmp_path / "qr")}]


def test_a_folder_that_is_gone_falls_back_to_the_default(tmp_path: Path) -> None:
    memory = FolderMemory({"qr": str(tmp_path / "gone")})
    assert memory.folder(FileKind.QR_CODE) == default_folder(FileKind.QR_CODE)


def test_last_folders_survive_a_restart_and_bad_values_are_ignored(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "cfg")
    prefs = Preferences()
    FolderMemory(prefs.last_folders, lambda: prefs.save(paths)).remember(
        FileKind.EXPORT, tmp_path / "x.csv"
    )
    assert Preferences.load(paths).last_folders == {"export": str(tmp_path)}
    Preferences.path(paths).write_text('{"last_folders": {"qr": 5}}', encoding="utf-8")
    assert Preferences.load(paths).last_folders == {}

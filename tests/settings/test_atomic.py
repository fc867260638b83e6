"""The atomic write every settings file goes through."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from app.settings import atomic
from app.settings.atomic import atomic_write_text


def _listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the test's home)."""
    path = tmp_path / "folder"
    path.mkdir()
    return path


def test_writes_and_replaces_a_file(folder: Path) -> None:
    target = folder / "dir" / "file.json"

    atomic_write_text(target, "one\n")
    atomic_write_text(target, "two\n")

    assert target.read_bytes() == b"two\n"
    assert _listing(target.parent) == ["file.json"]


def test_a_crash_between_write_and_rename_leaves_the_old_file_whole_and_no_temp(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "file.json"
    atomic_write_text(target, "old content\n")

    def crash(src: Any, dst: Any) -> None:
        assert Path(src).read_text() == "new content\n"  # fully written, not yet renamed
        raise OSError(5, "simulated crash before the rename")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="simulated crash"):
        atomic_write_text(target, "new content\n")

    assert target.read_text() == "old content\n"
    assert _listing(folder) == ["file.json"]


def test_a_failure_while_writing_leaves_the_old_file_whole_and_no_temp(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "file.json"
    atomic_write_text(target, "old content\n")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_text(target, "new content\n")

    assert target.read_text() == "old content\n"
    assert _listing(folder) == ["file.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_temp_file_is_0600_before_the_first_byte_even_with_umask_0(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int]] = []
    real_fdopen = os.fdopen

    def spy(fd: int, *args: Any, **kwargs: Any) -> Any:
        info = os.fstat(fd)
        seen.append((stat.S_IMODE(info.st_mode), info.st_size))
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", spy)
    old_umask = os.umask(0)
    try:
        atomic_write_text(folder / "file.json", "private\n")
    finally:
        os.umask(old_umask)

    assert seen == [(0o600, 0)]
    assert stat.S_IMODE((folder / "file.json").stat().st_mode) == 0o600


def test_the_file_and_its_directory_are_fsynced(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append("dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    atomic_write_text(folder / "file.json", "x")

    expected = ["file", "dir"] if os.name == "posix" else ["file"]
    assert synced == expected


def test_temp_files_are_hidden_siblings_with_fresh_names(folder: Path) -> None:
    target = folder / "shop.json"

    first, second = atomic.temp_path_for(target), atomic.temp_path_for(target)

    assert first.parent == folder
    assert first.name.startswith(".shop.json.")
    assert first.name.endswith(".tmp")
    assert first != second


def test_an_existing_temp_name_is_never_reused(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planted = folder / ".file.json.planted.tmp"
    planted.write_text("someone else's")
    monkeypatch.setattr(atomic, "temp_path_for", lambda path: planted)

    with pytest.raises(FileExistsError):
        atomic_write_text(folder / "file.json", "x")

    assert planted.read_text() == "someone else's"

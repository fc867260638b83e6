"""Crash-safe writes of small private files (profiles, preferences, the opt-in secrets file)."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import time
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700

# O_EXCL refuses to reuse (or follow a symlink planted at) an existing temp name.
_CREATE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
)


def ensure_private_dir(directory: Path) -> None:
    """Create `directory` (and its parents) readable only by the user, if it is missing."""
    directory.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)


def make_private(directory: Path) -> None:
    """Create `directory` if it is missing and make it and everything below it the user's alone:
    folders 0700, files 0600. Files an older Paydesk left readable by everyone (0644 in 0755
    folders) are tightened at every start. Symbolic links are neither followed nor changed."""
    ensure_private_dir(directory)
    for root, dirs, files in os.walk(directory):
        for name, mode in [(d, PRIVATE_DIR_MODE) for d in dirs] + [
            (f, PRIVATE_FILE_MODE) for f in files
        ]:
            _chmod_unless_link(Path(root) / name, mode)
    _chmod_unless_link(directory, PRIVATE_DIR_MODE)


def _chmod_unless_link(path: Path, mode: int) -> None:
    try:
        if path.is_symlink() or (path.stat().st_mode & 0o777) == mode:
            return
        path.chmod(mode)
    except OSError as exc:  # not ours (another user's file in a shared folder): leave it
        log.warning("Could not make %s private: %s", path, exc)


def temp_path_for(path: Path) -> Path:
    """A fresh hidden name beside `path`: same directory, so the rename never crosses a mount."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def atomic_write_bytes(path: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace `path` with `data` so that a reader sees either the old or the new file, never half.

    The temp file is created with `mode` before the first byte is written, flushed and fsynced,
    renamed over `path`, and the directory is fsynced so the rename itself survives a power cut.
    On any failure the temp file is removed and the old file is left untouched.
    """
    ensure_private_dir(path.parent)
    tmp = temp_path_for(path)
    fd = os.open(tmp, _CREATE_FLAGS, mode)
    try:
        # The umask can only remove bits; fchmod makes the mode exact whatever the umask is.
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, mode: int = PRIVATE_FILE_MODE) -> None:
    """`atomic_write_bytes` for UTF-8 text with `\\n` line ends on every platform."""
    atomic_write_bytes(path, text.encode("utf-8"), mode)


def move_aside(path: Path) -> Path:
    """Rename a damaged file to `<name>.broken-<timestamp>` beside it (never over another one)
    and return the new path. The content is kept for the user to repair."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    path.rename(target)
    return target


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself.
    try:
        dir_fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        log.debug("Cannot open %s to fsync it: %s", directory, exc)
        return
    try:
        os.fsync(dir_fd)
    except OSError as exc:  # some file systems (e.g. certain network mounts) refuse
        log.debug("Cannot fsync directory %s: %s", directory, exc)
    finally:
        os.close(dir_fd)

"""Fixtures for the instance manager: isolated paths, a secret store, a workspace, the dialog.

Every test runs with `AppPaths.under(tmp_path / "cfg")` and the in-memory keyring of the root
conftest (a "system keychain" as far as `SecretStore` can tell), unless it asks for `no_keychain`.
After each test, the test secret is in no file under tmp_path except an opt-in secrets file.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from app.models.runner import TaskRunner
from app.models.workspace import Workspace
from app.sandbox import Sandbox
from app.settings.demo import demo_profile
from app.settings.paths import AppPaths
from app.settings.profiles import ProfileRepository
from app.settings.secrets import SECRETS_FILE_NAME, SecretStore
from app.views import instances_dialog
from app.views.instances_dialog import InstancesDialog

TEST_SECRET = "pd-inst-secret-W4nT8qZr"
"""Distinctive, so that the file scan below cannot find it by accident."""
SANDBOX_SECRET = "test-secret-0123"


def files_containing(secret: str, root: Path) -> list[Path]:
    """Every regular file under `root` holding `secret`, except opt-in secrets files."""
    needle = secret.encode("utf-8")
    found = []
    for path in sorted(root.rglob("*")):
        if path.name == SECRETS_FILE_NAME or path.is_symlink() or not path.is_file():
            continue
        with contextlib.suppress(OSError), path.open("rb") as stream:
            if needle in stream.read():
                found.append(path)
    return found


@pytest.fixture(autouse=True)
def no_secret_leaks(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert files_containing(TEST_SECRET, tmp_path) == []
    assert TEST_SECRET not in caplog.text


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "cfg")


@pytest.fixture
def no_keychain() -> bool:
    """Override with True (indirectly, or by a test module) to run without a keychain."""
    return False


@pytest.fixture
def secrets(paths: AppPaths, no_keychain: bool) -> SecretStore:
    return SecretStore(paths, fail.Keyring() if no_keychain else None)


@pytest.fixture
def repository(paths: AppPaths, secrets: SecretStore) -> ProfileRepository:
    return ProfileRepository(paths, secrets)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown(10_000)


WorkspaceFactory = Callable[..., Workspace]


@pytest.fixture
def make_workspace(
    repository: ProfileRepository, secrets: SecretStore
) -> Iterator[WorkspaceFactory]:
    made: list[Workspace] = []

    def make(sandbox: Sandbox | None = None) -> Workspace:
        demo = (demo_profile(sandbox.base_url), SANDBOX_SECRET) if sandbox else None
        workspace = Workspace(repository, secrets, demo)
        made.append(workspace)
        return workspace

    yield make
    for workspace in made:
        workspace.close()


@pytest.fixture
def workspace(make_workspace: WorkspaceFactory) -> Workspace:
    """A workspace without the Demo instance (no sandbox needed)."""
    return make_workspace()


DialogFactory = Callable[[Workspace], InstancesDialog]


@pytest.fixture
def make_dialog(qtbot: QtBot, runner: TaskRunner) -> Iterator[DialogFactory]:
    made: list[InstancesDialog] = []

    def make(workspace: Workspace) -> InstancesDialog:
        dialog = InstancesDialog(workspace, runner)
        made.append(dialog)
        dialog.resize(900, 650)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics and default buttons need it
        return dialog

    yield make
    for dialog in made:
        if shiboken6.isValid(dialog):
            dialog.close()


@pytest.fixture
def dialog(make_dialog: DialogFactory, workspace: Workspace) -> InstancesDialog:
    return make_dialog(workspace)


@dataclass
class Questions:
    """Stands in for `instances_dialog.confirm`: records each question and answers it."""

    answer: bool = True
    asked: list[tuple[str, str, str]] = field(default_factory=list)

    def __call__(self, parent, title, text, on_done, *, accept_label, informative=""):  # type: ignore[no-untyped-def]
        self.asked.append((title, text, informative))
        on_done(self.answer)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    fake = Questions()
    monkeypatch.setattr(instances_dialog, "confirm", fake)
    return fake


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])

"""Fixtures for the instance manager: isolated paths, a secret store, a workspace, the dialog.

Every test runs with `AppPaths.under(tmp_path / "cfg")` and the in-memory keyring of the root
conftest (a "system keychain" as far as `SecretStore` can tell), unless it asks for `no_keychain`.
After each test, the test secret is in no file under tmp_path except an opt-in secrets file.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import re
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import shiboken6
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from app.api.platform import SERVED_VERSIONS
from app.models.connection_test import ConnectionTester
from app.models.instances import InstancesModel
from app.models.profile_saving import ProfileWriter
from app.models.runner import TaskRunner
from app.models.secret_storage import SecretStorage
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


WorkspaceFactory = Callable[..., Workspace]


@pytest.fixture
def make_workspace(
    repository: ProfileRepository, secrets: SecretStore, runner: TaskRunner
) -> Iterator[WorkspaceFactory]:
    made: list[Workspace] = []

    def make(sandbox: Sandbox | None = None) -> Workspace:
        demo = (demo_profile(sandbox.base_url), sandbox.secret) if sandbox else None
        workspace = Workspace(repository, secrets, demo, runner=runner)
        made.append(workspace)
        return workspace

    yield make
    for workspace in made:
        workspace.close()


@pytest.fixture
def workspace(make_workspace: WorkspaceFactory) -> Workspace:
    """A workspace without the Demo instance (no sandbox needed)."""
    return make_workspace()


def instances_model(workspace: Workspace) -> InstancesModel:
    """The list as the application builds it, writing through the workspace's stores."""
    return InstancesModel(workspace, ProfileWriter(workspace.repository, workspace.secrets))


DialogFactory = Callable[..., InstancesDialog]


@pytest.fixture
def make_dialog(qtbot: QtBot, runner: TaskRunner) -> Iterator[DialogFactory]:
    """``make_dialog(workspace)``, or ``make_dialog(workspace, base_url=...)`` to send every
    Test connection to that loopback URL (a sandbox) instead of https://api.<domain>."""
    made: list[InstancesDialog] = []

    def make(workspace: Workspace, *, base_url: str | None = None) -> InstancesDialog:
        dialog = InstancesDialog(
            instances_model(workspace),
            ConnectionTester(runner, base_url=base_url),
            SecretStorage(workspace.secrets),
        )
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


# --- API versions the sandbox serves --------------------------------------------------------------

UNSERVED_VERSION = "v1.17"
"""The first version the platform answers with 404 "Version not found." (API.md §1)."""


def version_refused(base_url: str, version: str, instance: str = "demo") -> bool:
    """Whether the server at `base_url` answers `version` with "Version not found.", asked over
    plain HTTP as the platform would be (the version is checked before instance and secret, so
    an unsigned call is enough)."""
    port = int(base_url.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", f"/{version}/SignatureCheck/?instance={instance}")
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    return response.status == 404 and b"Version not found." in body


def served_versions(sandbox: Sandbox) -> list[str]:
    """Which of the versions Paydesk offers the running sandbox serves, probed over HTTP; the
    probes are then dropped from its request log, so a test counts only its own calls."""
    served = [v for v in SERVED_VERSIONS if not version_refused(sandbox.base_url, v)]
    sandbox.clear_requests()
    return served


@pytest.fixture
def served_version(sandbox: Sandbox) -> str:
    """The newest version the running sandbox serves (v1.14 while it serves up to v1.14, v1.16
    once it serves all): a test that expects a plain "Connected" uses it."""
    return served_versions(sandbox)[-1]


class VersionGate:
    """A loopback front for the sandbox that serves only the versions up to `highest`: a call
    with a higher version reaches the sandbox as `UNSERVED_VERSION`, so the refusal is the
    sandbox's own answer; every other call passes through unchanged. For a platform that
    serves fewer versions than the sandbox (an older instance), whatever the sandbox serves."""

    _VERSION = re.compile(r"^/v1\.(\d+)/")

    def __init__(self, sandbox: Sandbox, highest: str | None) -> None:
        self.sandbox = sandbox
        self.highest = highest
        gate = self

        class Handler(BaseHTTPRequestHandler):
            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                path = gate.path_for(self.path)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                upstream = http.client.HTTPConnection("127.0.0.1", gate.sandbox.port, timeout=10)
                try:
                    upstream.request(self.command, path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    payload = answer.read()
                finally:
                    upstream.close()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in {"connection", "transfer-encoding", "server", "date"}:
                        self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _forward

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def path_for(self, path: str) -> str:
        match = self._VERSION.match(path)
        if match is None:
            return path
        minor = int(match.group(1))
        if self.highest is not None and minor <= SERVED_VERSIONS.index(self.highest):
            return path
        return f"/{UNSERVED_VERSION}/" + path[match.end() :]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@pytest.fixture
def version_gate(sandbox: Sandbox) -> Iterator[Callable[[str | None], VersionGate]]:
    """``version_gate("v1.10")``: the sandbox behind a front serving v1.0 to v1.10 only
    (``None``: no version at all)."""
    gates: list[VersionGate] = []

    def make(highest: str | None) -> VersionGate:
        gate = VersionGate(sandbox, highest)
        gates.append(gate)
        return gate

    yield make
    for gate in gates:
        gate.close()


@dataclass(frozen=True)
class VersionFallback:
    """Where a profile's version is refused and a lower one answers: what a test expects."""

    base_url: str
    refused: str
    """The profile's version; the server answers it "Version not found."."""
    answers: str
    """The highest of the (at most three) next lower versions that the server serves."""
    calls: int
    """SignatureChecks the test sends: the refused version and each one tried below it."""


@pytest.fixture
def version_fallback(
    sandbox: Sandbox, version_gate: Callable[[str | None], VersionGate]
) -> VersionFallback:
    """A version the running sandbox refuses, found by probing: the newest (v1.16, what a new
    profile starts on) while the sandbox serves less. Once it serves every version Paydesk
    offers, the sandbox behind a `VersionGate` serving up to v1.14 stands in for an instance
    that does not serve v1.15 and v1.16 yet; the refusal is still the sandbox's own answer."""
    served = served_versions(sandbox)
    base_url = sandbox.base_url
    if served[-1] == SERVED_VERSIONS[-1]:
        gate = version_gate("v1.14")
        base_url = gate.base_url
        served = [v for v in SERVED_VERSIONS if not version_refused(base_url, v)]
        sandbox.clear_requests()
    refused = SERVED_VERSIONS[-1]
    below = list(reversed(SERVED_VERSIONS[:-1]))[:3]
    answers = next(v for v in below if v in served)
    return VersionFallback(base_url, refused, answers, below.index(answers) + 2)

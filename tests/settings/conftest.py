"""Fixtures of the settings tests: the test secret and its leak scan, and a private Secret Service.

Real keychain: `secret_service` starts its own D-Bus session bus (a private config: no service
activation, listening in a fresh runtime dir) and `gnome-keyring-daemon --foreground --unlock
--components=secrets` on it, with the password on stdin, then hands out keyring's SecretService
backend pointed at that bus. HOME and XDG_DATA_HOME come from the root conftest (tmp_path), so the
daemon's keyring files land there. Everything is stopped afterwards. Where the binaries are missing
or the daemons do not come up, the test is skipped with the reason (or fails, when the environment
variable PAYDESK_REQUIRE_KEYCHAIN=1 says a keychain must be available, as in CI).
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NoReturn

import pytest
from keyring.backend import KeyringBackend

from app.settings.paths import AppPaths
from app.settings.secrets import SECRETS_FILE_NAME

TEST_SECRET = "pd-test-secret-Q7vX2kLm9Rz"
"""Distinctive so that the scans below cannot find it by accident."""

REQUIRE_KEYCHAIN_ENV = "PAYDESK_REQUIRE_KEYCHAIN"
SECRETS_BUS_NAME = "org.freedesktop.secrets"
STARTUP_TIMEOUT = 15.0


@pytest.fixture
def test_secret() -> str:
    return TEST_SECRET


@pytest.fixture
def paths() -> AppPaths:
    """The paths every test runs with: re-rooted into tmp_path by PAYDESK_CONFIG_DIR."""
    return AppPaths.resolve()


def files_containing(secret: str, root: Path) -> list[Path]:
    """Every regular file under `root` whose bytes contain `secret`, except opt-in secrets files
    (holding the secret is their point)."""
    found = []
    needle = secret.encode("utf-8")
    for path in sorted(root.rglob("*")):
        if path.name == SECRETS_FILE_NAME or path.is_symlink() or not path.is_file():
            continue
        with contextlib.suppress(OSError), path.open("rb") as stream:
            if needle in stream.read():
                found.append(path)
    return found


@pytest.fixture
def find_secret() -> Callable[[str, Path], list[Path]]:
    return files_containing


@pytest.fixture(autouse=True)
def no_secret_leaks(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """After every settings test: the test secret is in no file under the test's directories
    (config, data, logs, home) and in no log record."""
    caplog.set_level(logging.DEBUG)
    yield
    assert files_containing(TEST_SECRET, tmp_path) == []
    assert TEST_SECRET not in caplog.text


@pytest.fixture(scope="session", autouse=True)
def no_secret_leaks_after_the_suite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Once more over every test directory of the run, after the last test."""
    yield
    assert files_containing(TEST_SECRET, tmp_path_factory.getbasetemp()) == []


# --- a private Secret Service --------------------------------------------------------------------

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={runtime}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class SecretServiceSession:
    address: str
    """DBUS_SESSION_BUS_ADDRESS of the private bus (also set in the environment)."""
    backend: KeyringBackend
    """keyring's SecretService backend; it reaches the private bus through the environment."""
    keyring_daemon: subprocess.Popen[bytes]

    def stop_keyring_daemon(self) -> None:
        _stop(self.keyring_daemon)


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get(REQUIRE_KEYCHAIN_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_KEYCHAIN_ENV}=1 requires a Secret Service)")
    pytest.skip(f"No Secret Service can run here: {reason}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def _tail(log_path: Path) -> str:
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return f": {text[-400:]}" if text else ""


def _name_has_owner(address: str, name: str) -> bool:
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    try:
        with open_dbus_connection(bus=address) as connection:
            reply = connection.send_and_get_reply(message_bus.NameHasOwner(name), timeout=2)
    except (OSError, TimeoutError, ValueError) as exc:
        _unavailable(f"the private D-Bus session stopped answering ({exc})")
    return bool(reply.body[0])


def _start_bus(runtime: Path, env: dict[str, str], log: IO[bytes]) -> subprocess.Popen[bytes]:
    config = runtime / "bus.conf"
    config.write_text(_BUS_CONFIG.format(runtime=runtime), encoding="utf-8")
    return subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=log,
        env=env,
    )


@pytest.fixture
def secret_service(
    isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretServiceSession]:
    missing = [exe for exe in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(exe)]
    if missing:
        _unavailable(
            f"{' and '.join(missing)} not installed (`bash packaging/system-deps.sh test` "
            "installs them on Debian)"
        )
    # A short directory: a Unix socket path must stay under about 100 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="paydesk-kc-"))
    logs = tmp_path / "keychain-daemons"
    logs.mkdir()
    processes: list[subprocess.Popen[bytes]] = []
    with contextlib.ExitStack() as stack:
        stack.callback(shutil.rmtree, runtime, True)
        stack.callback(lambda: [_stop(p) for p in reversed(processes)])
        env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)

        bus_log = stack.enter_context((logs / "dbus-daemon.log").open("wb"))
        try:
            bus = _start_bus(runtime, env, bus_log)
        except OSError as exc:
            _unavailable(f"dbus-daemon cannot be run: {exc}")
        processes.append(bus)
        assert bus.stdout is not None
        ready, _, _ = select.select([bus.stdout], [], [], STARTUP_TIMEOUT)
        address = bus.stdout.readline().decode().strip() if ready else ""
        if not address:
            _unavailable(f"dbus-daemon did not start{_tail(logs / 'dbus-daemon.log')}")
        env["DBUS_SESSION_BUS_ADDRESS"] = address

        keyring_log = stack.enter_context((logs / "gnome-keyring.log").open("wb"))
        try:
            daemon = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=keyring_log,
                stderr=keyring_log,
                env=env,
            )
        except OSError as exc:
            _unavailable(f"gnome-keyring-daemon cannot be run: {exc}")
        processes.append(daemon)
        assert daemon.stdin is not None
        # --unlock reads the login keyring's password up to EOF; a daemon that already died
        # closes the pipe, and the loop below says why.
        with contextlib.suppress(BrokenPipeError):
            daemon.stdin.write(b"paydesk-test-login-password")
            daemon.stdin.close()

        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _name_has_owner(address, SECRETS_BUS_NAME):
            if daemon.poll() is not None:
                _unavailable(
                    f"gnome-keyring-daemon exited with {daemon.returncode}"
                    f"{_tail(logs / 'gnome-keyring.log')}"
                )
            if time.monotonic() > deadline:
                _unavailable("gnome-keyring-daemon did not take org.freedesktop.secrets in time")
            time.sleep(0.05)

        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        from keyring.backends import SecretService

        try:
            SecretService.Keyring.priority  # noqa: B018  # raises when the service is unusable
        except RuntimeError as exc:
            _unavailable(f"keyring cannot use the Secret Service: {exc}")
        yield SecretServiceSession(address, SecretService.Keyring(), daemon)

"""One Paydesk per config directory: a second start raises the first; stale locks recover."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.single_instance import SingleInstance, server_name_for

REPO = Path(__file__).resolve().parents[2]

Make = Callable[[Path], SingleInstance]


@pytest.fixture
def make(qtbot: QtBot) -> Iterator[Make]:
    made: list[SingleInstance] = []

    def factory(config_dir: Path) -> SingleInstance:
        instance = SingleInstance(config_dir)
        made.append(instance)
        return instance

    yield factory
    for instance in made:
        instance.release()


def _python(script: str, config_dir: Path) -> subprocess.Popen[str]:
    """Another Paydesk process, reduced to what the single-instance check does at start-up."""
    prelude = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from app.single_instance import SingleInstance
        app = QCoreApplication(sys.argv[:1])
        guard = SingleInstance(Path(sys.argv[1]))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-c", prelude + textwrap.dedent(script), str(config_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


def test_first_acquire_takes_the_lock(make: Make, tmp_path: Path) -> None:
    first = make(tmp_path / "config")
    assert first.acquire()
    assert first.is_primary
    assert first.lock_path.is_file()
    assert first.acquire()  # asking again is harmless


def test_second_in_the_same_dir_fails_and_raises_the_first(
    qtbot: QtBot, make: Make, tmp_path: Path
) -> None:
    first = make(tmp_path / "config")
    second = make(tmp_path / "config")
    assert first.acquire()
    assert not second.acquire()
    assert not second.is_primary
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.notify_running()


def test_a_second_process_is_refused_and_raises_the_first(
    qtbot: QtBot, make: Make, tmp_path: Path
) -> None:
    first = make(tmp_path / "config")
    assert first.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=15000):
        second = _python(
            """
            if guard.acquire():
                sys.exit(3)
            sys.exit(0 if guard.notify_running() else 4)
            """,
            tmp_path / "config",
        )
    _out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err


def test_a_second_process_waits_for_a_first_that_listens_only_after_its_window_painted(
    qtbot: QtBot, make: Make, tmp_path: Path
) -> None:
    first = make(tmp_path / "config")
    assert first.acquire(listen=False)  # what the application does before its first paint
    second = _python(
        """
        import types
        import app.single_instance as single_instance

        def pause(seconds, sleep=time.sleep):  # between two attempts nobody answered: say so
            if not said:
                said.append(True)
                print("retrying", flush=True)
            sleep(seconds)  # the guard's own pause between attempts

        said = []
        single_instance.time = types.SimpleNamespace(monotonic=time.monotonic, sleep=pause)
        if guard.acquire():
            sys.exit(3)
        sys.exit(0 if guard.notify_running(timeout_ms=10000) else 4)
        """,
        tmp_path / "config",
    )
    assert second.stdout is not None
    assert second.stdout.readline().strip() == "retrying"  # asked, and nothing listens yet
    with qtbot.waitSignal(first.activation_requested, timeout=15000):
        first.listen()
    _out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err


def test_another_config_dir_is_independent(qtbot: QtBot, make: Make, tmp_path: Path) -> None:
    one = make(tmp_path / "one")
    two = make(tmp_path / "two")
    assert one.acquire()
    assert two.acquire()
    assert one.server_name != two.server_name
    third = make(tmp_path / "two")
    assert not third.acquire()
    with (
        qtbot.assertNotEmitted(one.activation_requested, wait=200),
        qtbot.waitSignal(two.activation_requested, timeout=5000),
    ):
        assert third.notify_running()


def test_server_name_is_short_and_stable(tmp_path: Path) -> None:
    deep = tmp_path / ("very-long-directory-name" * 8) / "config"
    name = server_name_for(deep)
    assert name == server_name_for(deep)
    assert name.startswith("ch.paydesk.Paydesk-")
    assert len(name) < 50  # Unix socket paths are limited to about 100 bytes
    assert name != server_name_for(tmp_path / "other")


def test_stale_lock_from_a_killed_process_is_recovered(
    qtbot: QtBot, make: Make, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    holder = _python(
        """
        import signal
        assert guard.acquire()
        print("locked", flush=True)
        signal.pause()  # holds the lock until the test kills it
        """,
        config,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked", holder.stderr
        assert not make(config).acquire()  # alive: refused
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.communicate(timeout=30)
    assert holder.returncode == -signal.SIGKILL
    lock_path = config / "ch.paydesk.Paydesk.lock"
    assert lock_path.is_file()  # left behind by the killed process

    recovered = make(config)
    assert recovered.acquire()
    assert recovered.is_primary
    # The dead process's socket was cleared away too: a later start still reaches this one.
    later = make(config)
    assert not later.acquire()
    with qtbot.waitSignal(recovered.activation_requested, timeout=5000):
        assert later.notify_running()


def test_release_lets_the_next_one_in(make: Make, tmp_path: Path) -> None:
    first = make(tmp_path / "config")
    assert first.acquire()
    first.release()
    assert not first.is_primary
    assert not first.lock_path.exists()
    assert make(tmp_path / "config").acquire()


def test_notify_without_a_running_instance_fails_quietly(
    qtbot: QtBot, make: Make, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lonely = make(tmp_path / "nobody-home")
    assert not lonely.notify_running(timeout_ms=500)
    assert "did not answer" in caplog.text

"""Starting and stopping: loopback only, a free port, nothing left open."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
import requests

from app.sandbox import Sandbox


def test_it_binds_loopback_on_a_free_port() -> None:
    with Sandbox(seed=False) as sandbox:
        assert sandbox.base_url == f"http://127.0.0.1:{sandbox.port}"
        assert sandbox.port > 0
        assert sandbox.running


def test_stop_closes_the_socket_and_is_idempotent() -> None:
    sandbox = Sandbox(seed=False).start()
    port = sandbox.port
    sandbox.stop()
    sandbox.stop()
    assert not sandbox.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_two_sandboxes_run_side_by_side() -> None:
    with Sandbox(seed=False) as one, Sandbox(seed=False) as two:
        assert one.port != two.port
        for sandbox in (one, two):
            response = requests.get(sandbox.base_url + "/", timeout=5)
            assert response.status_code == 200


def test_it_restarts_after_a_stop() -> None:
    sandbox = Sandbox(seed=False)
    with sandbox:
        pass
    with sandbox:
        assert requests.get(sandbox.base_url + "/", timeout=5).status_code == 200


def test_base_url_needs_a_running_sandbox() -> None:
    with pytest.raises(RuntimeError):
        _ = Sandbox(seed=False).base_url


def test_starting_twice_is_an_error() -> None:
    with Sandbox(seed=False) as sandbox, pytest.raises(RuntimeError):
        sandbox.start()


def test_the_sandbox_imports_neither_qt_nor_the_http_client() -> None:
    probe = (
        "import sys, app.sandbox; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'requests')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=30, check=True
    )
    assert result.stdout.strip() == "[]"

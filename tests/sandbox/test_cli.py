"""``python -m app.sandbox --port 0`` starts, prints where it listens, answers, stops cleanly."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

import pytest
import requests

from app.api.signing import api_signature, urlencode_3986
from app.sandbox import Sandbox
from app.sandbox.__main__ import parse_args


@pytest.mark.slow
@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "term"])
def test_the_cli_serves_on_a_free_port_and_exits_cleanly(stop_signal: signal.Signals) -> None:
    command = [
        sys.executable,
        "-m",
        "app.sandbox",
        "--port",
        "0",
        "--instance",
        "cli",
        "--secret",
        "cli-secret",
        "--fault",
        "server_error:Invoice:POST",
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            match = re.search(r"http://127\.0\.0\.1:(\d+)", first)
            assert match, first
            base_url = match.group(0)
            signature = urlencode_3986(api_signature({}, "cli-secret"))
            response = requests.get(
                f"{base_url}/v1.0/SignatureCheck/?ApiSignature={signature}&instance=cli", timeout=5
            )
            assert response.status_code == 200
            assert response.json() == {"status": "success", "data": [{"id": 1}]}
            faulted = requests.post(
                f"{base_url}/v1.0/Invoice/?instance=cli",
                headers={"X-API-KEY": "cli-secret"},
                timeout=5,
            )
            assert faulted.status_code == 500
            process.send_signal(stop_signal)
            process.wait(timeout=10)  # its few lines of output fit in the pipe meanwhile
            out = first + process.stdout.read()
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == 0, out
    assert "/pay/" in out
    assert "sandbox stopped" in out
    assert "instance: cli" in out


def test_a_bad_fault_name_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.sandbox", "--port", "0", "--fault", "meteor"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "unknown fault" in result.stderr


def test_shapes_are_chosen_on_the_command_line() -> None:
    assert parse_args([]).shapes == "current"
    assert parse_args(["--shapes", "legacy"]).shapes == "legacy"
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--shapes", "newest"])
    assert exit_info.value.code == 2


def test_shapes_are_chosen_in_python_and_checked() -> None:
    assert Sandbox(seed=False, shapes="legacy").state.shapes == "legacy"
    with pytest.raises(ValueError, match="shapes"):
        Sandbox(seed=False, shapes="2025")

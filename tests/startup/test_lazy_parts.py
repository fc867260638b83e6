"""The parts the first window no longer waits for: the Demo's socket served later, keyring
detected on first use."""

from __future__ import annotations

import http.client
import socket
import threading
from pathlib import Path

import keyring
import pytest

from app.sandbox import Sandbox
from app.settings.paths import AppPaths
from app.settings.secrets import SecretStatus, SecretStore


def test_a_client_that_connects_before_the_sandbox_starts_is_answered_once_it_does() -> None:
    listen = socket.create_server(("127.0.0.1", 0), backlog=16)
    port = listen.getsockname()[1]
    answers: list[int] = []

    def call() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request("GET", "/v1.0/Invoice/?instance=demo")
            answers.append(connection.getresponse().status)
        finally:
            connection.close()

    caller = threading.Thread(target=call)
    caller.start()
    caller.join(0.3)
    assert caller.is_alive() and answers == []  # waiting in the backlog, not refused
    sandbox = Sandbox(instance="demo", secret="s", listen_socket=listen).start()
    try:
        caller.join(10)
        assert answers and answers[0] in (200, 403), answers  # the sandbox answered
        assert sandbox.port == port
        assert sandbox.base_url == f"http://127.0.0.1:{port}"
    finally:
        sandbox.stop()
    assert listen.fileno() == -1  # stop() closed the handed-in socket


def test_a_restarted_sandbox_does_not_reuse_the_closed_socket() -> None:
    listen = socket.create_server(("127.0.0.1", 0))
    sandbox = Sandbox(listen_socket=listen).start()
    sandbox.stop()
    sandbox.start()
    try:
        assert sandbox.running
    finally:
        sandbox.stop()


def test_the_secret_store_asks_keyring_only_when_first_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = keyring.get_keyring

    def counting():  # type: ignore[no-untyped-def]
        calls.append(1)
        return real()

    monkeypatch.setattr(keyring, "get_keyring", counting)
    store = SecretStore(AppPaths.resolve(tmp_path / "cfg"))
    assert calls == []
    assert repr(store) == "<SecretStore undecided>"
    assert store.status is SecretStatus.KEYCHAIN  # the test harness's in-memory keyring
    store.set("shop", "a-secret")
    assert store.get("shop") == "a-secret"
    assert calls == [1]  # decided once
    assert repr(store) == "<SecretStore keychain>"

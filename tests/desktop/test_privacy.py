"""Private by default: customer data never reaches the log, credentials never show in a detail,
and every file Paydesk keeps is the user's alone."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient, ClientConfig
from app.api.errors import ApiError, ConnectionFailedError
from app.api.privacy import body_shape, mask_credentials
from app.application import Application
from app.main import parse_args
from app.sandbox import Fault
from app.settings.paths import AppPaths
from app.views import dialogs

CUSTOMER = {
    "forename": "Verena",
    "surname": "Zwicky-Hunziker",
    "email": "verena.zwicky@example.ch",
    "company": "Zwicky Treuhand AG",
}
# Staff write who and where into the description and purpose too: they come back in the answer.
ADDRESS = "Verena Zwicky-Hunziker, Bahnhofstrasse 12, 8001 Zürich"
PHONE = "+41 79 123 45 67"


def _create_with_customer(qtbot: QtBot, application: Application, title: str) -> None:
    form = application.invoice_form
    qtbot.keyClicks(form.title_edit, title)
    qtbot.keyClicks(form.amount_edit, "240")
    form.description_edit.setPlainText(ADDRESS)
    form.purpose_edit.setText(f"Call {PHONE} or write to {CUSTOMER['email']}")
    for name, text in CUSTOMER.items():
        form.customer_edits[name].setText(text)
    form.request_create()


def test_no_customer_data_reaches_the_log_from_unreadable_answers(
    qtbot: QtBot, application: Application
) -> None:
    sandbox = application.sandbox
    assert sandbox is not None
    form = application.invoice_form
    with qtbot.waitSignal(form.link_created, timeout=10_000):
        _create_with_customer(qtbot, application, "Hosting 2027")
    # The platform's answers cut off: a status refresh (GET) and a create (POST).
    sandbox.set_fault(Fault.TRUNCATED_JSON, object="Invoice")
    application.history.refresh_statuses()
    with qtbot.waitSignal(form.creator.failed, timeout=10_000) as failed:
        _create_with_customer(qtbot, application, "Hosting 2028")
    log_file = application.log_file
    qtbot.waitUntil(lambda: "status refresh of record" in log_file.read_text("utf-8"))

    failure = failed.args[0]
    shown = failure.detail
    # The detail shows the answer as it came, customer data and all (so this test can fail).
    assert "Bahnhofstrasse" in shown and PHONE in shown
    log = log_file.read_text("utf-8")
    for value in [*CUSTOMER.values(), "Zwicky", "Bahnhofstrasse", "8001", PHONE, "verena"]:
        assert value not in log
    assert "incomplete JSON" in log  # the shape of the answer is there instead
    for text in (shown, log):
        assert "test-secret" not in text and "demo-secret" not in text


def test_a_detail_shows_the_url_with_its_signature_masked() -> None:
    with socket.socket() as probe:  # a port nobody listens on: the connection is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = ApiClient(
        ClientConfig(
            instance="demo", secret="s3cret-key", base_url=f"http://127.0.0.1:{port}", get_retries=0
        )
    )
    with pytest.raises(ConnectionFailedError) as raised:
        client.request("GET", "Invoice", 7, {"referenceId": "INV-1"})
    detail = raised.value.detail
    assert "/v1.0/Invoice/7/?" in detail  # the URL is there, for support
    assert "ApiSignature=***" in detail
    url = client.prepare("GET", "Invoice", 7, {"referenceId": "INV-1"}).url
    signed = url.split("ApiSignature=")[1].split("&")[0]
    assert signed not in detail and signed not in raised.value.log_detail


@pytest.mark.parametrize(
    "text",
    [
        "GET /v1.0/Invoice/?ApiSignature=abc%2Bdef%3D&instance=x",
        "{'X-API-KEY': 'pk_123456'}",
        "[('amount', '100'), ('ApiSignature', 'abc+def=')]",
        "('X-API-KEY', 'pk_123456')",
        '{"ApiSignature": "abc+def="}',
    ],
)
def test_credentials_are_masked_in_every_form_they_take(text: str) -> None:
    masked = mask_credentials(text)
    assert "abc" not in masked and "pk_123456" not in masked
    assert "***" in masked
    assert str(ApiError("x", detail=text).detail) == masked


def test_the_shape_of_an_answer_has_its_keys_and_types_but_no_values() -> None:
    body = (
        b'{"status": "success", "data": [{"id": 5, "fields": {"email": '
        b'{"defaultValue": "verena@example.ch"}}, "amount": 100}]}'
    )
    shape = body_shape(body)
    assert shape == (
        '{"status": str, "data": [1 × {"id": int, "fields": {"email": {…}}, "amount": int}]}'
    )
    cut = body_shape(body[:70])
    assert cut.startswith("incomplete JSON, 70 characters, keys {status: str, data: array")
    assert "verena" not in cut
    assert body_shape(b"<html><body>Bad gateway, Verena</body></html>").startswith("HTML, ")


def test_folders_are_0700_and_files_0600_also_those_an_older_paydesk_left_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "cfg"
    paths = AppPaths.under(config)
    for directory in (paths.config_dir, paths.data_dir, paths.log_dir, paths.instances_dir):
        directory.mkdir(parents=True, mode=0o755)
        directory.chmod(0o755)
    old = paths.config_dir / "preferences.json"
    old.write_text("{}")
    old.chmod(0o644)
    (paths.log_dir / "paydesk.log").write_text("old\n")
    (paths.log_dir / "paydesk.log").chmod(0o644)

    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: a[4](True))
    application = Application(parse_args(["--config-dir", str(config)]))
    window = application.build()
    qtbot.addWidget(window)
    window.show()
    try:
        form = application.invoice_form
        qtbot.keyClicks(form.title_edit, "Hosting")
        qtbot.keyClicks(form.amount_edit, "240")
        with qtbot.waitSignal(form.link_created, timeout=10_000):
            form.request_create()
        form.save_draft()
    finally:
        window.close()
        application.crash_handler.uninstall()
        from app.logs import shutdown_logging

        shutdown_logging()

    files = [p for p in config.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"preferences.json", "paydesk.log", "paydesk.sqlite3"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for path in [p for p in config.rglob("*") if p.is_dir()]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path

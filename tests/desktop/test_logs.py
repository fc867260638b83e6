"""The log file: where it is, how it rotates, and that no secret ever reaches it."""

from __future__ import annotations

import json
import logging
import logging.handlers
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus, urlencode

import pytest

from app import logs
from app.logs import RedactingFilter, SecretRegistry, redact, register_secret, setup_logging

SIGNATURE = "kWq3Zx9+Ab/Cd=="
SIGNATURE_ENCODED = "kWq3Zx9%2BAb%2FCd%3D%3D"
API_KEY = "pk_live_7f3a9c2e51"
SECRET = "s3cr3t-Instance-Key_4711"
ODD_SECRET = "p@ss w/rd+äöü&more"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    directory = tmp_path / "logs"
    yield directory
    logs.shutdown_logging()
    logs._registry.clear()
    root.setLevel(level)


def _contents(directory: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text("utf-8") for p in sorted(directory.glob("paydesk.log*")))


def test_setup_writes_to_paydesk_log_in_the_given_dir(log_dir: Path) -> None:
    path = setup_logging(log_dir)
    assert path == log_dir / "paydesk.log"
    assert logs.current_log_file() == path
    logging.getLogger("app.test").info("hello from the test")
    assert "INFO" in _contents(log_dir)
    assert "app.test: hello from the test" in _contents(log_dir)


def test_debug_is_not_written_at_the_default_level(log_dir: Path) -> None:
    setup_logging(log_dir)
    logging.getLogger("app.test").debug("noise")
    assert "noise" not in _contents(log_dir)


def test_rotation_is_one_megabyte_times_five(log_dir: Path) -> None:
    setup_logging(log_dir)
    (handler,) = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    assert handler.maxBytes == 1_000_000
    assert handler.backupCount == 5
    line = "x" * 1000
    log = logging.getLogger("app.test")
    for _ in range(1200):
        log.info(line)
    handler.flush()
    assert (log_dir / "paydesk.log.1").is_file()
    assert (log_dir / "paydesk.log").stat().st_size <= 1_000_000


def test_calling_setup_twice_does_not_duplicate_handlers(log_dir: Path) -> None:
    before = len(logging.getLogger().handlers)
    setup_logging(log_dir)
    setup_logging(log_dir)
    assert len(logging.getLogger().handlers) == before + 2  # one file, one stderr
    logging.getLogger("app.test").warning("once")
    assert _contents(log_dir).count("once") == 1


def test_stderr_gets_warnings_only(log_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(log_dir)
    log = logging.getLogger("app.test")
    log.info("quiet info")
    log.warning("loud warning")
    err = capsys.readouterr().err
    assert "loud warning" in err
    assert "quiet info" not in err


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            f"GET https://demo.payrexx.com/api/v1.0/Invoice/?instance=demo&ApiSignature={SIGNATURE}",
            "instance=demo&ApiSignature=***",
        ),
        (
            f"GET /api/v1.0/Invoice/?ApiSignature={SIGNATURE_ENCODED}&instance=demo",
            "ApiSignature=***&instance=demo",
        ),
        (
            f"POST body: amount=1250&currency=CHF&ApiSignature={SIGNATURE_ENCODED}&title=Rent",
            "currency=CHF&ApiSignature=***&title=Rent",
        ),
        (f"apisignature={SIGNATURE}", "apisignature=***"),
        (f"ApiSignature%3D{SIGNATURE_ENCODED}", "ApiSignature%3D***"),
        (json.dumps({"ApiSignature": SIGNATURE, "amount": 5}), '"ApiSignature": "***"'),
    ],
)
def test_api_signature_is_masked(text: str, kept: str) -> None:
    masked = redact(text)
    assert SIGNATURE not in masked
    assert SIGNATURE_ENCODED not in masked
    assert kept in masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"X-API-KEY: {API_KEY}", "X-API-KEY: ***"),
        (f"x-api-key: {API_KEY}\r\nAccept: application/json", "Accept: application/json"),
        (str({"X-API-KEY": API_KEY, "Accept": "application/json"}), "'Accept'"),
        (json.dumps({"X-API-KEY": API_KEY}), '"X-API-KEY": "***"'),
        (json.dumps({"secret": SECRET, "name": "demo"}), '"name": "demo"'),
        (str({"secret": SECRET}), "'secret': '***'"),
        (f"Profile(name='demo', secret={SECRET})", "secret=***"),
    ],
)
def test_api_key_header_and_secret_fields_are_masked(text: str, kept: str) -> None:
    masked = redact(text)
    assert API_KEY not in masked
    assert SECRET not in masked
    assert kept in masked


def test_registered_secret_is_masked_anywhere_and_url_encoded() -> None:
    registry = SecretRegistry()
    registry.add(ODD_SECRET)
    for text in (
        f"plain {ODD_SECRET} text",
        f"q=1&key={quote(ODD_SECRET, safe='')}",
        f"key={quote_plus(ODD_SECRET)}&x=1",
    ):
        masked = redact(text, registry)
        assert "w/rd" not in masked and "w%2Frd" not in masked, masked
        assert "***" in masked


def test_too_short_registered_strings_are_ignored() -> None:
    registry = SecretRegistry()
    registry.add("ab")
    registry.add("   ")
    assert redact("about a cab", registry) == "about a cab"


def test_filter_masks_a_registered_secret_inside_an_exception_message() -> None:
    registry = SecretRegistry()
    registry.add(SECRET)
    record = logging.LogRecord("app.test", logging.ERROR, __file__, 1, "failed: %s", ("x",), None)
    try:
        raise RuntimeError(f"the server refused key {SECRET}")
    except RuntimeError as error:
        record.exc_info = (type(error), error, error.__traceback__)
    assert RedactingFilter(registry).filter(record) is True
    formatted = logging.Formatter().format(record)
    assert "RuntimeError: the server refused key ***" in formatted
    assert SECRET not in formatted


def test_filter_keeps_a_record_with_bad_arguments() -> None:
    record = logging.LogRecord("app.test", logging.INFO, __file__, 1, "%d items", ("x",), None)
    assert RedactingFilter().filter(record) is True
    assert "%d items" in record.getMessage()


def test_the_log_file_never_holds_a_secret(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging(log_dir, level=logging.DEBUG)
    register_secret(SECRET)
    register_secret(ODD_SECRET)
    log = logging.getLogger("app.api.client")

    log.info("loaded profile with secret %s", SECRET)
    log.debug(f"f-string: {SECRET}")
    log.info("args as dict %(key)s", {"key": SECRET})
    log.info("request %r", {"X-API-KEY": API_KEY, "body": f"ApiSignature={SIGNATURE_ENCODED}"})
    log.warning("url: https://x.example/?instance=a&ApiSignature=%s", SIGNATURE)
    log.info("form: %s", urlencode({"title": "A", "key": ODD_SECRET, "ApiSignature": SIGNATURE}))
    try:
        try:
            raise ValueError(f"inner {SECRET}")
        except ValueError as inner:
            raise RuntimeError("outer, see cause") from inner
    except RuntimeError:
        log.exception("call failed")
    log.info("with stack %s", SECRET, stack_info=True)
    thread = threading.Thread(target=lambda: log.error("from a thread: %s", SECRET))
    thread.start()
    thread.join()

    written = _contents(log_dir)
    err = capsys.readouterr().err
    for leaked in (SECRET, API_KEY, SIGNATURE, SIGNATURE_ENCODED, quote_plus(ODD_SECRET)):
        assert leaked not in written
        assert leaked not in err
    assert "ValueError: inner ***" in written
    assert "Traceback (most recent call last)" in written
    assert written.count("***") >= 8


def test_secret_registered_after_setup_is_masked_too(log_dir: Path) -> None:
    setup_logging(log_dir)
    log = logging.getLogger("app.settings")
    register_secret("later-loaded-secret-99")
    log.info("secret is later-loaded-secret-99")
    assert "later-loaded-secret-99" not in _contents(log_dir)

"""The log: a rotating file in the log directory plus warnings on stderr, with secrets redacted.

Every handler installed here carries a `RedactingFilter`, which rewrites each record before it is
formatted: `ApiSignature` values (query string, form body, JSON), `X-API-KEY` header values,
``"secret": "..."`` style fields, and every string registered with `register_secret` (the app
registers each secret it loads) become ``***``. The traceback of a logged exception is redacted too.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, quote_plus

from app.api.privacy import CREDENTIAL_PATTERNS, MASK
from app.settings.atomic import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE

LOG_FILE_NAME = "paydesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
MIN_SECRET_LENGTH = 4
"""Shorter registered strings are ignored: they cannot be told apart from ordinary text."""

FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_HANDLER_MARK = "_paydesk_handler"

# Each pattern keeps group 1 (the name and separator) and masks what follows: the API's two
# credentials (one list with the error details, `app.api.privacy`), then secret-like fields.
_PATTERNS: tuple[re.Pattern[str], ...] = (
    *CREDENTIAL_PATTERNS,
    # "secret": "...", 'api_key': '...', "password": "..." in JSON or a Python repr
    re.compile(
        r"""(["'](?:secret|api_?secret|api_?key|password)["']\s*:\s*["'])[^"']*""",
        re.IGNORECASE,
    ),
    # secret=... as a keyword argument or form field
    re.compile(r"""(\b(?:secret|api_?secret|api_?key|password)=)(?!\*\*\*)[^&\s,;)]+""", re.I),
)


class SecretRegistry:
    """Strings that must never reach a log, whatever the text around them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def add(self, value: str) -> None:
        value = value.strip()
        if len(value) < MIN_SECRET_LENGTH:
            return
        # The same secret as it appears URL-encoded in a query string or form body.
        forms = {value, quote(value, safe=""), quote_plus(value, safe="")}
        with self._lock:
            if forms <= self._values:
                return
            self._values |= forms
            longest_first = sorted(self._values, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(v) for v in longest_first))

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._pattern = None

    def redact(self, text: str) -> str:
        pattern = self._pattern  # one read: a concurrent add() swaps in a whole new pattern
        return text if pattern is None else pattern.sub(MASK, text)


_registry = SecretRegistry()


def register_secret(value: str) -> None:
    """Mask ``value`` (and its URL-encoded forms) wherever it appears in a log record."""
    _registry.add(value)


def redact(text: str, registry: SecretRegistry | None = None) -> str:
    """``text`` with every known kind of secret replaced by ``***``."""
    text = (registry or _registry).redact(text)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message, traceback and stack in place; never drops a record."""

    def __init__(self, registry: SecretRegistry | None = None) -> None:
        super().__init__()
        self._registry = registry

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is rather than lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message, self._registry)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self._registry)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self._registry)
        return True


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file, the first and each one rotation starts, is created 0600: a log names
    instances, references and amounts, which are nobody else's business on a shared computer."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed: -> TextIOWrapper
        stream = open(  # noqa: SIM115  # the handler owns and closes it
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=lambda path, flags: os.open(path, flags, PRIVATE_FILE_MODE),
        )
        # An existing file (from an older Paydesk) keeps its mode through open(): tighten it.
        os.chmod(self.baseFilename, PRIVATE_FILE_MODE)
        return stream


def _ours(handlers: Iterable[logging.Handler]) -> list[logging.Handler]:
    return [h for h in handlers if getattr(h, _HANDLER_MARK, False)]


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``log_dir/paydesk.log`` (rotated at 1 MB, 5 old files kept) and warnings to stderr.

    Calling it again replaces the handlers it installed before (no duplicates). Returns the path of
    the log file.
    """
    log_dir = Path(log_dir)
    log_dir.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    os.chmod(log_dir, PRIVATE_DIR_MODE)
    log_file = log_dir / LOG_FILE_NAME
    _remove_handlers()
    root = logging.getLogger()

    formatter = logging.Formatter(FORMAT)
    redacting = RedactingFilter()

    file_handler = _PrivateRotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    file_handler.setLevel(level)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(max(level, logging.WARNING))
    for handler in (file_handler, stderr_handler):
        handler.setFormatter(formatter)
        handler.addFilter(redacting)
        setattr(handler, _HANDLER_MARK, True)
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return log_file


def current_log_file() -> Path | None:
    """The file `setup_logging` writes to, or None before it has run."""
    for handler in _ours(logging.getLogger().handlers):
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def shutdown_logging() -> None:
    """Remove and close the handlers `setup_logging` installed (tests, orderly exit)."""
    _remove_handlers()
    logging.captureWarnings(False)


def _remove_handlers() -> None:
    root = logging.getLogger()
    for handler in _ours(root.handlers):
        root.removeHandler(handler)
        handler.close()

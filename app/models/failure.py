"""One way to turn whatever a background task raised into what the user reads.

A `Failure` is the sentence for the user (in the UI language), the raw detail behind "Details"
(English, for support and the log), and what kind of failure it was, so callers decide by kind
(``outcome_unknown``, ``rate_limited``, ``not_found``) rather than by exception class.
API errors carry their own sentence; an OS error (a file could not be written) says what the
system said; anything else is a bug: logged with its traceback, and the user gets one honest
sentence.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.api.errors import ApiError, NotFoundError, OutcomeUnknownError, RateLimitedError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    message: str
    """One sentence for the user: what happened and what to do."""
    detail: str
    """The raw detail (status, body, exception), behind "Details" and in the log."""
    outcome_unknown: bool = False
    """A write was sent and no clear answer came back: it may have happened."""
    rate_limited: bool = False
    not_found: bool = False
    unexpected: bool = False
    """Not an API or OS failure: a bug, logged with its traceback."""
    log_detail: str = ""
    """What the log may keep: the answer's shape, never customer data (``detail`` may hold it)."""


def describe(error: BaseException, *, doing: str = "a background task") -> Failure:
    """The `Failure` for ``error``; ``doing`` names the task in the log (English)."""
    if isinstance(error, ApiError):
        return Failure(
            error.message,
            error.detail,
            outcome_unknown=isinstance(error, OutcomeUnknownError),
            rate_limited=isinstance(error, RateLimitedError),
            not_found=isinstance(error, NotFoundError),
            log_detail=error.log_detail,
        )
    if isinstance(error, OSError):
        detail = f"{type(error).__name__}: {error}"
        return Failure(error.strerror or str(error), detail, log_detail=detail)
    log.error("unexpected failure in %s", doing, exc_info=error)
    return Failure(
        QCoreApplication.translate(
            "Failure", "Something unexpected went wrong; the details are in the log."
        ),
        f"{type(error).__name__}: {error}",
        unexpected=True,
    )

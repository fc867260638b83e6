"""One failure path: any exception a task raised becomes a sentence, a detail and its kind."""

from __future__ import annotations

import logging

import pytest

from app.api.errors import NotFoundError, OutcomeUnknownError, RateLimitedError, ServerError
from app.models.failure import describe


def test_api_errors_keep_their_sentence_and_say_their_kind() -> None:
    unknown = describe(OutcomeUnknownError("Sent, no answer.", detail="ReadTimeout"))
    assert (unknown.message, unknown.detail) == ("Sent, no answer.", "ReadTimeout")
    assert unknown.outcome_unknown and not unknown.unexpected
    assert describe(RateLimitedError("Slow down.")).rate_limited
    assert describe(NotFoundError("Gone.")).not_found
    plain = describe(ServerError("Server trouble.", detail="HTTP 502"))
    assert not (plain.outcome_unknown or plain.rate_limited or plain.not_found or plain.unexpected)


def test_an_os_error_says_what_the_system_said() -> None:
    failure = describe(PermissionError(13, "Permission denied", "/x.csv"))
    assert failure.message == "Permission denied"
    assert "PermissionError" in failure.detail and not failure.unexpected


def test_anything_else_is_a_bug_logged_with_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    try:
        raise KeyError("oops")
    except KeyError as exc:
        error = exc
    with caplog.at_level(logging.ERROR):
        failure = describe(error, doing="an export")
    assert failure.unexpected
    assert failure.message == "Something unexpected went wrong; the details are in the log."
    assert failure.detail == "KeyError: 'oops'"
    assert "unexpected failure in an export" in caplog.text
    assert caplog.records[0].exc_info is not None

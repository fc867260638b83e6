"""Typed API errors: each carries one sentence a user can act on and the raw detail behind it."""

from __future__ import annotations


class ApiError(Exception):
    """Base of every failure the client reports.

    ``message`` is the sentence shown to the user; ``detail`` is the raw material (status, body,
    exception text) for the "details" view and the log. Neither ever holds the secret.
    """

    def __init__(self, message: str, *, detail: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.status = status

    def __str__(self) -> str:
        return self.message


class AuthenticationError(ApiError):
    """403 "The API secret is not correct.": wrong secret, wrong scheme or a bad signature."""


class NotFoundError(ApiError):
    """404: unknown object id, unknown instance or an API version the platform does not serve.

    ``missing`` says which: "object", "instance", "version" or "call".
    """

    def __init__(
        self, message: str, *, missing: str = "object", detail: str = "", status: int | None = None
    ) -> None:
        super().__init__(message, detail=detail, status=status)
        self.missing = missing


class RateLimitedError(ApiError):
    """405 (the platform's rate limit) or a 403 page from the firewall in front of it."""


class ValidationError(ApiError):
    """400/422: the server refused a value. ``param`` names it when the server said which."""

    def __init__(
        self, message: str, *, param: str | None = None, detail: str = "", status: int | None = None
    ) -> None:
        super().__init__(message, detail=detail, status=status)
        self.param = param


class ServerError(ApiError):
    """5xx from the platform."""


class InvalidResponseError(ApiError):
    """An answer that is not the API's JSON envelope: HTML, truncated JSON, a wrong content type."""


class ConnectionFailedError(ApiError):
    """The request never reached the server (DNS, refused, TLS), or the connection was lost.

    ``reason`` is the short cause ("the connection was refused"), for sentences of one's own.
    """

    def __init__(
        self, message: str, *, reason: str = "", detail: str = "", status: int | None = None
    ) -> None:
        super().__init__(message, detail=detail, status=status)
        self.reason = reason


class TimedOutError(ApiError):
    """No answer in time for a call that changes nothing (GET), so it is safe to try again."""


class OutcomeUnknownError(ApiError):
    """A write (POST/PUT/DELETE) was sent but no answer came back: it may or may not have happened.

    Never retried automatically; the user has to check before trying again.
    """

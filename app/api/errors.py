"""Typed API errors: each carries one sentence a user can act on and the raw detail behind it.

The sentence is kept as its English template and the values that fill it (`app.i18n.Sentence`);
``message`` and ``str()`` translate it when read, so every place that shows ``error.message``
shows the UI language without knowing about translation, while ``args`` and the log keep the
English. Templates are marked ``QT_TRANSLATE_NOOP(CONTEXT, ...)`` where they are written, so
``make translations-update`` collects them; a value (a host, a parameter name) is never
translated, and a sentence is never assembled from translated pieces.
"""

from __future__ import annotations

from app.api.privacy import detail_shape, mask_credentials
from app.i18n import Sentence, translate

CONTEXT = "ApiErrors"
"""The translation context of every sentence of `app.api`."""


class ApiError(Exception):
    """Base of every failure the client reports.

    ``message`` is the sentence shown to the user, in the UI language; ``detail`` is the raw
    material (status, body, exception text) for the "details" view and the log, never
    translated. Neither ever holds the secret: the detail is masked here, where every error is
    built (`app.api.privacy`), so a URL in it never shows its `ApiSignature`. ``log_detail`` is
    what the log may keep of it: the answer's shape, never its contents (customer data).

    ``message`` given here is the English template, ``values`` fill its ``%s`` placeholders.
    """

    def __init__(
        self, message: str, *values: object, detail: str = "", status: int | None = None
    ) -> None:
        self.sentence = Sentence(CONTEXT, message, values)
        super().__init__(self.sentence.english)
        self.detail = mask_credentials(detail)
        self.status = status

    @property
    def log_detail(self) -> str:
        """The detail for the log: status and content type, and only the shape of the answer."""
        return detail_shape(self.detail)

    @property
    def message(self) -> str:
        """The sentence for the user, in the UI language."""
        return str(self.sentence)

    @property
    def english(self) -> str:
        """The sentence in English, for the log."""
        return self.sentence.english

    def __str__(self) -> str:
        return self.message


class InvalidConfigError(ValueError):
    """A client configuration that cannot work (host name, API version, base URL). A
    `ValueError`; ``str()`` is a sentence for the user in the UI language."""

    def __init__(self, message: str, *values: object) -> None:
        self.sentence = Sentence(CONTEXT, message, values)
        super().__init__(self.sentence.english)

    def __str__(self) -> str:
        return str(self.sentence)


class AuthenticationError(ApiError):
    """403 "The API secret is not correct.": wrong secret, wrong scheme or a bad signature."""


class NotFoundError(ApiError):
    """404: unknown object id, unknown instance or an API version the platform does not serve.

    ``missing`` says which: "object", "instance", "version" or "call".
    """

    def __init__(
        self,
        message: str,
        *values: object,
        missing: str = "object",
        detail: str = "",
        status: int | None = None,
    ) -> None:
        super().__init__(message, *values, detail=detail, status=status)
        self.missing = missing


class RateLimitedError(ApiError):
    """405 (the platform's rate limit) or a 403 page from the firewall in front of it."""


class ValidationError(ApiError):
    """400/422: the server refused a value. ``param`` names it when the server said which."""

    def __init__(
        self,
        message: str,
        *values: object,
        param: str | None = None,
        detail: str = "",
        status: int | None = None,
    ) -> None:
        super().__init__(message, *values, detail=detail, status=status)
        self.param = param


class ServerError(ApiError):
    """5xx from the platform."""


class InvalidResponseError(ApiError):
    """An answer that is not the API's JSON envelope: HTML, truncated JSON, a wrong content type."""


class ConnectionFailedError(ApiError):
    """The request never reached the server (DNS, refused, TLS), or the connection was lost.

    ``reason`` is the short cause ("the connection was refused"), in the UI language, for
    sentences of one's own; given here in English, marked for translation like a template.
    """

    def __init__(
        self,
        message: str,
        *values: object,
        reason: str = "",
        detail: str = "",
        status: int | None = None,
    ) -> None:
        super().__init__(message, *values, detail=detail, status=status)
        self._reason = reason

    @property
    def reason(self) -> str:
        return translate(CONTEXT, self._reason) if self._reason else ""


class TimedOutError(ApiError):
    """No answer in time for a call that changes nothing (GET), so it is safe to try again."""


class OutcomeUnknownError(ApiError):
    """A write (POST/PUT/DELETE) was sent but no answer came back: it may or may not have happened.

    Never retried automatically; the user has to check before trying again.
    """

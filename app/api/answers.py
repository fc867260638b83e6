"""What an answer (or its absence) means: the envelope read, every failure turned into one typed
error with the user's sentence and the raw detail.

The rules (API.md §3): a success is ``{"status": "success", "data": [...]}`` (a lone object is
accepted too); after a write, only a clear rejection (a 4xx with the API's error body, or a 200
with ``status: error``) is a failure, everything else leaves the outcome unknown; the rate
limiter answers 405, then 403; a proxy may answer HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.api import errors
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import requests

WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})


@dataclass(frozen=True)
class CallContext:
    """What the sentences of one client's errors name."""

    host: str
    instance: str
    version: str
    read_timeout: float


_PARAM_IN_MESSAGE = re.compile(r"parameter ['\"]?([A-Za-z0-9_\[\]]+)['\"]?")

# Why a connection failed: `ConnectionFailedError.reason`, and one whole sentence for each (a
# translation may need to word the sentence around the cause differently).
_REASON_NAME = QT_TRANSLATE_NOOP("ApiErrors", "the name could not be resolved")
_REASON_TLS = QT_TRANSLATE_NOOP("ApiErrors", "the secure connection (TLS) failed")
_REASON_TIMEOUT = QT_TRANSLATE_NOOP("ApiErrors", "the connection timed out")
_REASON_REFUSED = QT_TRANSLATE_NOOP("ApiErrors", "the connection was refused")
_REASON_FAILED = QT_TRANSLATE_NOOP("ApiErrors", "the connection failed")
_REASON_LOST = QT_TRANSLATE_NOOP("ApiErrors", "the connection was lost")
_CANNOT_REACH: dict[str, str] = {
    _REASON_NAME: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Cannot reach %s: the name could not be resolved. Check the internet connection and the "
        "base domain.",
    ),
    _REASON_TLS: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Cannot reach %s: the secure connection (TLS) failed. Check the internet connection and "
        "the base domain.",
    ),
    _REASON_TIMEOUT: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Cannot reach %s: the connection timed out. Check the internet connection and the base "
        "domain.",
    ),
    _REASON_REFUSED: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Cannot reach %s: the connection was refused. Check the internet connection and the base "
        "domain.",
    ),
    _REASON_FAILED: QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Cannot reach %s: the connection failed. Check the internet connection and the base "
        "domain.",
    ),
}

# A missing object by its API name, in the words of the UI ("Invoice" is a paylink there).
_NO_SUCH_OBJECT: dict[str, str] = {
    "Invoice": QT_TRANSLATE_NOOP(
        "ApiErrors", "Paylink %s does not exist on this instance (it may have been deleted)."
    ),
    "Page": QT_TRANSLATE_NOOP(
        "ApiErrors", "Payment page %s does not exist on this instance (it may have been deleted)."
    ),
    "Subscription": QT_TRANSLATE_NOOP(
        "ApiErrors", "Subscription %s does not exist on this instance (it may have been deleted)."
    ),
    "Transaction": QT_TRANSLATE_NOOP(
        "ApiErrors", "Payment %s does not exist on this instance (it may have been deleted)."
    ),
}


# After a write, an answer that cannot be read (empty, not the envelope, data that does not parse).
UNREADABLE_WRITE_ANSWER = QT_TRANSLATE_NOOP(
    "ApiErrors",
    "The request was sent to %s but its answer could not be read, so it is not known whether "
    "it took effect: check before trying again.",
)


def transport_error(
    ctx: CallContext, method: str, exc: requests.RequestException
) -> errors.ApiError:
    """The typed error for a request that got no HTTP answer."""
    import requests

    detail = f"{type(exc).__name__}: {exc}"
    write = method in WRITE_METHODS
    if isinstance(exc, requests.ConnectTimeout) or _never_sent(exc):
        reason = _connect_reason(exc)
        return errors.ConnectionFailedError(
            _CANNOT_REACH[reason], ctx.host, reason=reason, detail=detail
        )
    if write:
        return errors.OutcomeUnknownError(
            QT_TRANSLATE_NOOP(
                "ApiErrors",
                "The request was sent to %s but no answer came back, so it is not known "
                "whether it took effect: check before trying again.",
            ),
            ctx.host,
            detail=detail,
        )
    if isinstance(exc, requests.ReadTimeout):
        return errors.TimedOutError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "%s did not answer within %s seconds: try again in a moment."
            ),
            ctx.host,
            f"{ctx.read_timeout:g}",
            detail=detail,
        )
    return errors.ConnectionFailedError(
        QT_TRANSLATE_NOOP(
            "ApiErrors", "The connection to %s was lost before the answer arrived: try again."
        ),
        ctx.host,
        reason=_REASON_LOST,
        detail=detail,
    )


def read_envelope(
    ctx: CallContext,
    status: int,
    content_type: str,
    raw: bytes,
    method: str,
    obj: str,
    object_id: int | None,
) -> list[dict[str, Any]]:
    """The envelope's ``data`` of an HTTP answer, or the typed error it amounts to."""
    detail = f"HTTP {status} {content_type}\n" + raw[:2000].decode("utf-8", "replace")
    write = method in WRITE_METHODS
    try:
        body: Any = json.loads(raw)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        # The rate limiter's 405 and the WAF's 403 page stand in front of the API and answer
        # before the request reaches it (API.md: "answered first with 405, then 403"): the
        # write was refused, not half-done, so even after a write this is "not sent, wait",
        # never "unknown". Every other unreadable answer to a write leaves its outcome open.
        if status in (403, 405):
            raise _rate_limited(detail, status)
        if write:
            raise _write_unknown(ctx, status, raw, detail)
        raise _non_json_error(ctx, status, raw, detail)

    if 200 <= status < 300 and body.get("status", "success") == "success" and "error" not in body:
        data = body.get("data", [])
        if isinstance(data, dict):
            return [data]
        if isinstance(data, list) and all(isinstance(item, dict) for item in data):
            return data
        if write:
            raise _write_unknown(ctx, status, raw, detail)
        raise errors.InvalidResponseError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "%s sent data in an unexpected shape: try again, or report it."
            ),
            ctx.host,
            detail=detail,
            status=status,
        )
    if write and not _clear_rejection(status, body):
        # A 5xx (even with an error body), a 3xx, a 4xx without the API's error body: the
        # platform may have done the write before something behind it failed.
        raise _write_unknown(ctx, status, raw, detail)
    message, param = _error_fields(body)
    raise _status_error(ctx, status, message, param, obj, object_id, detail)


def _write_unknown(
    ctx: CallContext, status: int, raw: bytes, detail: str
) -> errors.OutcomeUnknownError:
    """A write was sent and the answer is no clear rejection: it may have taken effect."""
    head = raw.lstrip()[:1]
    values: tuple[object, ...] = (ctx.host,)
    if status >= 500:
        text = QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The request was sent to %s but it answered with an error (HTTP %s), so it is not "
            "known whether it took effect: check before trying again.",
        )
        values = (ctx.host, status)
    elif head == b"<":
        text = QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The request was sent to %s but a web page came back instead of API data, so it "
            "is not known whether it took effect: check before trying again.",
        )
    elif head in (b"{", b"[") and not _is_json(raw):
        text = QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The request was sent to %s but its answer arrived incomplete, so it is "
            "not known whether it took effect: check before trying again.",
        )
    else:
        text = UNREADABLE_WRITE_ANSWER
    return errors.OutcomeUnknownError(text, *values, detail=detail, status=status)


def _non_json_error(ctx: CallContext, status: int, raw: bytes, detail: str) -> errors.ApiError:
    if status >= 500:
        return _server_error(status, detail)
    looks_html = raw.lstrip()[:1] == b"<"
    if looks_html:
        message = QT_TRANSLATE_NOOP(
            "ApiErrors",
            "%s answered with a web page instead of API data (a proxy or firewall may be in "
            "the way): try again later, or check the base domain.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "ApiErrors", "%s sent an incomplete or unreadable answer: try again."
        )
    return errors.InvalidResponseError(message, ctx.host, detail=detail, status=status)


def _status_error(
    ctx: CallContext,
    status: int,
    message: str,
    param: str | None,
    obj: str,
    object_id: int | None,
    detail: str,
) -> errors.ApiError:
    lowered = message.lower()
    if status == 403:
        return errors.AuthenticationError(
            QT_TRANSLATE_NOOP(
                "ApiErrors",
                "The API secret is not correct for this instance: check the secret and the "
                "authentication scheme in the instance settings.",
            ),
            detail=detail,
            status=status,
        )
    if status == 405:
        return _rate_limited(detail, status)
    if status == 404:
        values: tuple[object, ...]
        if "version" in lowered:
            missing = "version"
            text = QT_TRANSLATE_NOOP(
                "ApiErrors",
                "The platform does not serve API version %s: choose another version in the "
                "instance settings.",
            )
            values = (ctx.version,)
        elif "instance" in lowered:
            missing = "instance"
            text = QT_TRANSLATE_NOOP(
                "ApiErrors",
                "No instance “%s” exists on this platform: check the instance name and the "
                "base domain.",
            )
            values = (ctx.instance,)
        elif object_id is not None and obj in _NO_SUCH_OBJECT:
            missing = "object"
            text, values = _NO_SUCH_OBJECT[obj], (object_id,)
        elif object_id is not None:
            missing = "object"
            text = QT_TRANSLATE_NOOP(
                "ApiErrors", "%s %s does not exist on this instance (it may have been deleted)."
            )
            values = (obj, object_id)
        else:
            missing = "call"
            text = QT_TRANSLATE_NOOP(
                "ApiErrors", "The platform does not know the %s call: check the API version."
            )
            values = (obj,)
        return errors.NotFoundError(text, *values, missing=missing, detail=detail, status=status)
    if status >= 500:
        return _server_error(status, detail)
    if status == 422 and "instance" in lowered:
        return errors.ValidationError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "The instance name is missing: set it in the instance settings."
            ),
            param="instance",
            detail=detail,
            status=status,
        )
    # The parameter's name and the platform's own words are values: never translated.
    if param:
        text = QT_TRANSLATE_NOOP(
            "ApiErrors", "The platform refused the value of “%s”: correct it and try again."
        )
        values = (param,)
    elif message:
        text = QT_TRANSLATE_NOOP("ApiErrors", "The platform refused the request: %s.")
        values = (message.rstrip("."),)
    else:
        text = QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The platform refused the request (HTTP %s): check the entered values.",
        )
        values = (status,)
    return errors.ValidationError(text, *values, param=param, detail=detail, status=status)


def _is_json(raw: bytes) -> bool:
    try:
        json.loads(raw)
    except ValueError:
        return False
    return True


def _clear_rejection(status: int, body: Mapping[str, Any]) -> bool:
    """The API's own "no": its error envelope on a 4xx, or ``status: error`` on a 2xx (API.md
    §3). Only this makes a write `failed`; anything else after a write is `unknown`."""
    if not (200 <= status < 300 or 400 <= status < 500):
        return False
    return body.get("status") == "error" or isinstance(body.get("error"), Mapping)


def _error_fields(body: Mapping[str, Any]) -> tuple[str, str | None]:
    nested = body.get("error")
    if isinstance(nested, Mapping):  # Bill's shape: {"error": {"type", "param", "message"}}
        message = str(nested.get("message") or "")
        param = nested.get("param")
        return message, str(param) if param else _param_from(message)
    message = str(body.get("message") or body.get("reason") or "")
    return message, _param_from(message)


def _param_from(message: str) -> str | None:
    match = _PARAM_IN_MESSAGE.search(message)
    return match.group(1) if match else None


def _rate_limited(detail: str, status: int) -> errors.RateLimitedError:
    return errors.RateLimitedError(
        QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The platform is limiting requests from this account: wait a few minutes, then try "
            "again.",
        ),
        detail=detail,
        status=status,
    )


def _server_error(status: int, detail: str) -> errors.ServerError:
    return errors.ServerError(
        QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The payment platform had an internal error (HTTP %s): try again in a few minutes.",
        ),
        status,
        detail=detail,
        status=status,
    )


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, what it wraps (urllib3 keeps it in ``reason`` and ``args``), recursively."""
    seen: list[BaseException] = []
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if any(current is s for s in seen) or len(seen) > 20:
            continue
        seen.append(current)
        stack.extend(arg for arg in current.args if isinstance(arg, BaseException))
        for attr in ("reason", "__cause__", "__context__"):
            inner = getattr(current, attr, None)
            if isinstance(inner, BaseException):
                stack.append(inner)
    return seen


def _never_sent(exc: BaseException) -> bool:
    """True when the failure happened before any byte of the request reached the server."""
    import requests
    import urllib3.exceptions

    return any(
        isinstance(
            cause,
            urllib3.exceptions.NewConnectionError
            | urllib3.exceptions.ConnectTimeoutError
            | urllib3.exceptions.SSLError
            | requests.exceptions.SSLError
            | requests.exceptions.InvalidURL,
        )
        for cause in _causes(exc)
    )


def _connect_reason(exc: BaseException) -> str:
    import requests
    import urllib3.exceptions

    causes = _causes(exc)
    text = " ".join(str(c) for c in causes).lower()
    if any(isinstance(c, urllib3.exceptions.NameResolutionError) for c in causes) or (
        "name or service not known" in text or "nodename nor servname" in text
    ):
        return _REASON_NAME
    if any(
        isinstance(c, urllib3.exceptions.SSLError | requests.exceptions.SSLError) for c in causes
    ):
        return _REASON_TLS
    if isinstance(exc, requests.ConnectTimeout) or "timed out" in text:
        return _REASON_TIMEOUT
    if "refused" in text:
        return _REASON_REFUSED
    return _REASON_FAILED

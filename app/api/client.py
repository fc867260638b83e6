"""`ApiClient`: one profile's transport. Signs, sends, reads the envelope, raises typed errors.

Thread safety: one ``requests.Session`` per calling thread (keep-alive within a thread), so any
number of worker threads may share one client.

``requests`` is imported on the first call, on a worker thread, not when the window is built: it
is a third of what the first window would otherwise import (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app import __version__
from app.api import errors
from app.api.errors import InvalidConfigError
from app.api.platform import (
    DEFAULT_BASE_DOMAIN,
    FILE_DEFAULT_VERSION,
    AuthScheme,
    check_base_domain,
    check_base_url,
    check_version,
)
from app.api.signing import Params, flatten, render, sign_string, urlencode_3986
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

USER_AGENT = f"paydesk/{__version__}"
WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})

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


@dataclass(frozen=True)
class ClientConfig:
    """Everything one profile needs to talk to its instance. The secret never shows in a repr."""

    instance: str
    secret: str = field(repr=False)
    base_domain: str | None = DEFAULT_BASE_DOMAIN
    base_url: str | None = None
    version: str = FILE_DEFAULT_VERSION
    scheme: AuthScheme = AuthScheme.SIGNATURE
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    get_retries: int = 2
    retry_backoff: float = 0.25


@dataclass(frozen=True)
class PreparedCall:
    """What goes on the wire for one call (built without I/O, so it is testable on its own)."""

    method: str
    url: str
    body: bytes | None
    headers: dict[str, str]


class ApiClient:
    def __init__(
        self,
        config: ClientConfig,
        *,
        session_factory: Callable[[], requests.Session] | None = None,
    ) -> None:
        if not config.instance:
            raise InvalidConfigError(QT_TRANSLATE_NOOP("ApiErrors", "The instance name is empty."))
        if config.base_url is not None:
            root = check_base_url(config.base_url)
            self.host = urlsplit(root).netloc
        else:
            self.host = "api." + check_base_domain(config.base_domain or "")
            root = "https://" + self.host
        self.config = config
        self._root = f"{root}/{check_version(config.version)}"
        self._session_factory = session_factory
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ApiClient(instance={self.config.instance!r}, host={self.host!r})"

    # -- building ---------------------------------------------------------------------------

    def prepare(
        self, method: str, obj: str, object_id: int | None = None, params: Params | None = None
    ) -> PreparedCall:
        method = method.upper()
        pairs = flatten(params or {})
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if self.config.scheme is AuthScheme.SIGNATURE:
            pairs.append(("ApiSignature", sign_string(render(pairs), self.config.secret)))
        else:
            headers["X-API-KEY"] = self.config.secret
        wire = render(pairs, rfc3986=True)
        instance = "instance=" + urlencode_3986(self.config.instance)
        path = f"{self._root}/{obj}/" + (f"{object_id}/" if object_id is not None else "")
        if method == "GET":
            query = f"{wire}&{instance}" if wire else instance
            return PreparedCall(method, f"{path}?{query}", None, headers)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return PreparedCall(method, f"{path}?{instance}", wire.encode("ascii"), headers)

    # -- sending ----------------------------------------------------------------------------

    def request(
        self, method: str, obj: str, object_id: int | None = None, params: Params | None = None
    ) -> list[dict[str, Any]]:
        """Send one call and return the envelope's ``data`` as a list of objects."""
        call = self.prepare(method, obj, object_id, params)
        what = f"{call.method} {obj}" + (f"/{object_id}" if object_id is not None else "")
        attempts = 1 + (self.config.get_retries if call.method == "GET" else 0)
        for attempt in range(attempts):
            try:
                return self._send_once(call, what, obj, object_id)
            except (errors.ServerError, errors.ConnectionFailedError) as exc:
                if attempt + 1 >= attempts:
                    raise
                delay = self.config.retry_backoff * (2**attempt)
                log.info(
                    "%s failed (%s); retry %d in %.2fs", what, exc.log_detail, attempt + 1, delay
                )
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _send_once(
        self, call: PreparedCall, what: str, obj: str, object_id: int | None
    ) -> list[dict[str, Any]]:
        import requests

        started = time.monotonic()
        try:
            response = self._session().request(
                call.method,
                call.url,
                data=call.body,
                headers=call.headers,
                timeout=(self.config.connect_timeout, self.config.read_timeout),
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            log.warning("%s: no answer (%s)", what, type(exc).__name__)
            raise self._transport_error(call.method, exc) from None
        elapsed_ms = (time.monotonic() - started) * 1000
        log.info("%s -> %d in %.0f ms", what, response.status_code, elapsed_ms)
        return self._read_envelope(response, call.method, obj, object_id)

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            if self._session_factory is None:
                import requests

                session = requests.Session()
            else:
                session = self._session_factory()
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    # -- reading ----------------------------------------------------------------------------

    def _transport_error(self, method: str, exc: requests.RequestException) -> errors.ApiError:
        import requests

        detail = f"{type(exc).__name__}: {exc}"
        write = method in WRITE_METHODS
        if isinstance(exc, requests.ConnectTimeout) or _never_sent(exc):
            reason = _connect_reason(exc)
            return errors.ConnectionFailedError(
                _CANNOT_REACH[reason], self.host, reason=reason, detail=detail
            )
        if write:
            return errors.OutcomeUnknownError(
                QT_TRANSLATE_NOOP(
                    "ApiErrors",
                    "The request was sent to %s but no answer came back, so it is not known "
                    "whether it took effect: check before trying again.",
                ),
                self.host,
                detail=detail,
            )
        if isinstance(exc, requests.ReadTimeout):
            return errors.TimedOutError(
                QT_TRANSLATE_NOOP(
                    "ApiErrors", "%s did not answer within %s seconds: try again in a moment."
                ),
                self.host,
                f"{self.config.read_timeout:g}",
                detail=detail,
            )
        return errors.ConnectionFailedError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "The connection to %s was lost before the answer arrived: try again."
            ),
            self.host,
            reason=_REASON_LOST,
            detail=detail,
        )

    def _read_envelope(
        self, response: requests.Response, method: str, obj: str, object_id: int | None
    ) -> list[dict[str, Any]]:
        status = response.status_code
        raw = response.content
        detail = f"HTTP {status} {response.headers.get('Content-Type', '')}\n" + raw[:2000].decode(
            "utf-8", "replace"
        )
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
                raise self._write_unknown(status, raw, detail)
            raise self._non_json_error(status, raw, detail)

        if (
            200 <= status < 300
            and body.get("status", "success") == "success"
            and "error" not in body
        ):
            data = body.get("data", [])
            if isinstance(data, dict):
                return [data]
            if isinstance(data, list) and all(isinstance(item, dict) for item in data):
                return data
            if write:
                raise self._write_unknown(status, raw, detail)
            raise errors.InvalidResponseError(
                QT_TRANSLATE_NOOP(
                    "ApiErrors", "%s sent data in an unexpected shape: try again, or report it."
                ),
                self.host,
                detail=detail,
                status=status,
            )
        if write and not _clear_rejection(status, body):
            # A 5xx (even with an error body), a 3xx, a 4xx without the API's error body: the
            # platform may have done the write before something behind it failed.
            raise self._write_unknown(status, raw, detail)
        message, param = _error_fields(body)
        raise self._status_error(status, message, param, obj, object_id, detail)

    def _write_unknown(self, status: int, raw: bytes, detail: str) -> errors.OutcomeUnknownError:
        """A write was sent and the answer is no clear rejection: it may have taken effect."""
        head = raw.lstrip()[:1]
        values: tuple[object, ...] = (self.host,)
        if status >= 500:
            text = QT_TRANSLATE_NOOP(
                "ApiErrors",
                "The request was sent to %s but it answered with an error (HTTP %s), so it is not "
                "known whether it took effect: check before trying again.",
            )
            values = (self.host, status)
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

    def _non_json_error(self, status: int, raw: bytes, detail: str) -> errors.ApiError:
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
        return errors.InvalidResponseError(message, self.host, detail=detail, status=status)

    def _status_error(
        self,
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
                values = (self.config.version,)
            elif "instance" in lowered:
                missing = "instance"
                text = QT_TRANSLATE_NOOP(
                    "ApiErrors",
                    "No instance “%s” exists on this platform: check the instance name and the "
                    "base domain.",
                )
                values = (self.config.instance,)
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
            return errors.NotFoundError(
                text, *values, missing=missing, detail=detail, status=status
            )
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

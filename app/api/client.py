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
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app import __version__
from app.api import errors
from app.api.signing import Params, flatten, render, sign_string, urlencode_3986

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

SERVED_VERSIONS: tuple[str, ...] = tuple(f"v1.{minor}" for minor in range(15))
USER_AGENT = f"paydesk/{__version__}"
WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})

_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PARAM_IN_MESSAGE = re.compile(r"parameter ['\"]?([A-Za-z0-9_\[\]]+)['\"]?")
_LOOPBACK = {"127.0.0.1", "::1"}


class AuthScheme(StrEnum):
    SIGNATURE = "signature"
    API_KEY_HEADER = "api-key header"


def validate_base_domain(domain: str) -> str:
    """A host name only: no scheme, path or port, never empty. Returns it lower-cased."""
    host = domain.strip().lower().rstrip(".")
    if not host:
        raise ValueError("The base domain is empty.")
    if "/" in host or ":" in host or "@" in host:
        raise ValueError("The base domain is a host name only, like okepay.info (no https://).")
    labels = host.split(".")
    if len(labels) < 2 or len(host) > 253 or not all(_HOST_LABEL.match(lab) for lab in labels):
        raise ValueError(f"“{domain}” is not a valid host name.")
    return host


def normalize_version(version: str) -> str:
    text = version.strip()
    text = text if text.startswith("v") else f"v{text}"
    if text not in SERVED_VERSIONS:
        raise ValueError(f"API version {version} is not served (v1.0 to v1.14 are).")
    return text


def _validate_base_url(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host not in _LOOPBACK:
        raise ValueError("A base URL is only allowed for a local sandbox on 127.0.0.1 or ::1.")
    if parts.scheme not in ("http", "https") or parts.query or parts.fragment:
        raise ValueError(f"“{url}” is not a usable base URL.")
    return url.rstrip("/")


@dataclass(frozen=True)
class ClientConfig:
    """Everything one profile needs to talk to its instance. The secret never shows in a repr."""

    instance: str
    secret: str = field(repr=False)
    base_domain: str | None = "payrexx.com"
    base_url: str | None = None
    version: str = "v1.0"
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
            raise ValueError("The instance name is empty.")
        if config.base_url is not None:
            root = _validate_base_url(config.base_url)
            self.host = urlsplit(root).netloc
        else:
            self.host = "api." + validate_base_domain(config.base_domain or "")
            root = "https://" + self.host
        self.config = config
        self._root = f"{root}/{normalize_version(config.version)}"
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
                log.info("%s failed (%s); retry %d in %.2fs", what, exc.detail, attempt + 1, delay)
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
                f"Cannot reach {self.host}: {reason}. Check the internet connection and the "
                "base domain.",
                reason=reason,
                detail=detail,
            )
        if write:
            return errors.OutcomeUnknownError(
                f"The request was sent to {self.host} but no answer came back, so it is not "
                "known whether it took effect: check before trying again.",
                detail=detail,
            )
        if isinstance(exc, requests.ReadTimeout):
            return errors.TimedOutError(
                f"{self.host} did not answer within {self.config.read_timeout:g} seconds: "
                "try again in a moment.",
                detail=detail,
            )
        return errors.ConnectionFailedError(
            f"The connection to {self.host} was lost before the answer arrived: try again.",
            reason="the connection was lost",
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
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            if method in WRITE_METHODS and 200 <= status < 300 and raw.lstrip()[:1] in (b"{", b"["):
                # The API produced an answer that got cut off: the write took effect or not.
                raise errors.OutcomeUnknownError(
                    f"The request was sent to {self.host} but its answer arrived incomplete, so "
                    "it is not known whether it took effect: check before trying again.",
                    detail=detail,
                    status=status,
                )
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
            raise errors.InvalidResponseError(
                f"{self.host} sent data in an unexpected shape: try again, or report it.",
                detail=detail,
                status=status,
            )
        message, param = _error_fields(body)
        raise self._status_error(status, message, param, obj, object_id, detail)

    def _non_json_error(self, status: int, raw: bytes, detail: str) -> errors.ApiError:
        if status == 405 or status == 403:
            return _rate_limited(detail, status)
        if status >= 500:
            return _server_error(status, detail)
        looks_html = raw.lstrip()[:1] == b"<"
        if looks_html:
            message = (
                f"{self.host} answered with a web page instead of API data (a proxy or firewall "
                "may be in the way): try again later, or check the base domain."
            )
        else:
            message = f"{self.host} sent an incomplete or unreadable answer: try again."
        return errors.InvalidResponseError(message, detail=detail, status=status)

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
                "The API secret is not correct for this instance: check the secret and the "
                "authentication scheme in the instance settings.",
                detail=detail,
                status=status,
            )
        if status == 405:
            return _rate_limited(detail, status)
        if status == 404:
            if "version" in lowered:
                missing = "version"
                text = (
                    f"The platform does not serve API version {self.config.version}: choose "
                    "another version in the instance settings."
                )
            elif "instance" in lowered:
                missing = "instance"
                text = (
                    f"No instance “{self.config.instance}” exists on this platform: check the "
                    "instance name and the base domain."
                )
            elif object_id is not None:
                missing = "object"
                text = (
                    f"{obj} {object_id} does not exist on this instance (it may have been deleted)."
                )
            else:
                missing = "call"
                text = f"The platform does not know the {obj} call: check the API version."
            return errors.NotFoundError(text, missing=missing, detail=detail, status=status)
        if status >= 500:
            return _server_error(status, detail)
        if status == 422 and "instance" in lowered:
            return errors.ValidationError(
                "The instance name is missing: set it in the instance settings.",
                param="instance",
                detail=detail,
                status=status,
            )
        if param:
            text = f"The platform refused the value of “{param}”: correct it and try again."
        elif message:
            text = f"The platform refused the request: {message.rstrip('.')}."
        else:
            text = f"The platform refused the request (HTTP {status}): check the entered values."
        return errors.ValidationError(text, param=param, detail=detail, status=status)


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
        "The platform is limiting requests from this account: wait a few minutes, then try again.",
        detail=detail,
        status=status,
    )


def _server_error(status: int, detail: str) -> errors.ServerError:
    return errors.ServerError(
        f"The payment platform had an internal error (HTTP {status}): try again in a few minutes.",
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
        return "the name could not be resolved"
    if any(
        isinstance(c, urllib3.exceptions.SSLError | requests.exceptions.SSLError) for c in causes
    ):
        return "the secure connection (TLS) failed"
    if isinstance(exc, requests.ConnectTimeout) or "timed out" in text:
        return "the connection timed out"
    if "refused" in text:
        return "the connection was refused"
    return "the connection failed"

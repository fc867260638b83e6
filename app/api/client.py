"""`ApiClient`: one profile's transport. Signs and sends; `app.api.answers` reads what came back.

Thread safety: one ``requests.Session`` per calling thread (keep-alive within a thread), so any
number of worker threads may share one client.

``requests`` is imported on the first call, on a worker thread, not when the window is built: it
is a third of what the first window would otherwise import (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app import __version__
from app.api import errors
from app.api.answers import CallContext, read_envelope, transport_error
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
        self._context = CallContext(self.host, config.instance, config.version, config.read_timeout)
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
            raise transport_error(self._context, call.method, exc) from None
        elapsed_ms = (time.monotonic() - started) * 1000
        log.info("%s -> %d in %.0f ms", what, response.status_code, elapsed_ms)
        return read_envelope(
            self._context,
            response.status_code,
            response.headers.get("Content-Type", ""),
            response.content,
            call.method,
            obj,
            object_id,
        )

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

"""The HTTP side: a threaded server on loopback, one handler that records every request, applies
the rate budget and faults, routes API calls through authentication to the endpoints, and
serves the payment pages. Answers use the real envelope and ``Content-Type`` exactly."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import threading
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from app.api.phpquery import QueryTooLarge, parse_query
from app.sandbox import endpoints, incoming, payment_page
from app.sandbox.errors import VERSION_ERROR, ApiError, not_found, secret_error
from app.sandbox.faults import BAD_ANSWERS, REFUSALS, Applied, Fault, FaultTable, RateBudget
from app.sandbox.params import PhpArray
from app.sandbox.recording import RecordedRequest, RequestLog
from app.sandbox.state import PaymentError, SandboxState, hash_from, utc_now

logger = logging.getLogger(__name__)

JSON_TYPE = "application/json"  # exactly: the official SDK compares the whole header
HTML_TYPE = "text/html; charset=UTF-8"
# Any body, chunked or not; larger: 413. The app's largest call (a paylink with every text at
# its limit, in four languages, every character a 4-byte one, escaped) stays below 130 KiB;
# decoding a body of this size costs tens of milliseconds at worst (benchmarks/bench_hostile.py).
MAX_BODY = 256 * 1024
# At least 64 waiting connections everywhere (the app binds the Demo's socket with 64 too): a
# burst of calls from the app's pool, or a test's, never meets a refused connection.
LISTEN_BACKLOG = 128
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_MAX_LINE = 1024  # a chunk-size line or a trailer; longer: 400
_MAX_TRAILERS = 32
WAF_PAGE = (
    b"<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n"
    b"<center><h1>403 Forbidden</h1></center>\r\n<hr><center>Request blocked</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
ERROR_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Service temporarily unavailable</title></head>"
    b"<body><h1>Service temporarily unavailable</h1><p>We are performing maintenance. "
    b"Please try again later.</p></body></html>\n"
)


class BodyRefused(Exception):
    """A request body the sandbox will not read: malformed framing (400) or too large (413)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str = JSON_TYPE
    headers: tuple[tuple[str, str], ...] = ()


def json_answer(status: int, payload: Any) -> Answer:
    # Compact, ASCII-escaped and with "\/" as PHP's json_encode writes it.
    text = json.dumps(payload, separators=(",", ":")).replace("/", "\\/")
    return Answer(status, text.encode("ascii"))


def html_answer(status: int, page: str | bytes) -> Answer:
    body = page.encode("utf-8") if isinstance(page, str) else page
    return Answer(status, body, HTML_TYPE)


@dataclass
class SandboxContext:
    """What every handler thread shares."""

    instance: str
    secret: str
    state: SandboxState
    faults: FaultTable = field(default_factory=FaultTable)
    log: RequestLog = field(default_factory=RequestLog)
    stopping: threading.Event = field(default_factory=threading.Event)
    budget: RateBudget | None = None


class SandboxHTTPServer(ThreadingHTTPServer):
    """Daemon handler threads, all joined by ``server_close``; open connections can be cut so
    that a hanging or reading handler never holds up a stop."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(
        self, port: int, context: SandboxContext, listen_socket: socket.socket | None = None
    ) -> None:
        self.context = context
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self._aborting = False
        if listen_socket is None:
            super().__init__(("127.0.0.1", port), _Handler)
            return
        # Already bound and listening: serve it as it is (see Sandbox's listen_socket).
        host, bound_port = listen_socket.getsockname()[:2]
        super().__init__((host, bound_port), _Handler, bind_and_activate=False)
        self.socket.close()
        self.socket = listen_socket
        listen_socket.listen(LISTEN_BACKLOG)  # raises a smaller backlog it was bound with
        self.server_address = (host, bound_port)
        self.server_name, self.server_port = host, bound_port

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
            if self._aborting:
                _cut(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)

    def abort_open_connections(self) -> None:
        with self._open_lock:
            self._aborting = True
            for request in self._open:
                _cut(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)


def _cut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by the peer
        sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    server: SandboxHTTPServer
    server_version = "PaydeskSandbox"
    sys_version = ""
    protocol_version = "HTTP/1.0"  # one request per connection: nothing idles in a thread
    timeout = 30

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)

    # -- one request ----------------------------------------------------------------------

    def _serve(self) -> None:
        context = self.server.context
        url = urlsplit(self.path)
        try:
            body = self._read_body()
        except BodyRefused as refused:
            self._refuse_body(context, url.path, url.query, refused)
            return
        route = incoming.api_route(url.path)
        if route is None:
            self._serve_page(context, url.path, url.query, body)
        else:
            self._serve_api(context, route, url.path, url.query, body)

    def _serve_api(
        self, context: SandboxContext, route: incoming.Route, path: str, query: str, body: bytes
    ) -> None:
        api_key = self.headers.get("X-API-KEY")
        params: PhpArray = {}
        decode_error: ApiError | None = None
        try:
            params = incoming.decode_params(query, body, self.headers.get("Content-Type", ""))
        except ApiError as error:
            decode_error = error
        record = RecordedRequest(
            method=self.command,
            path=path,
            object=route.object or None,
            object_id=route.object_id,
            version=route.version,
            params=incoming.without_unsigned(params),
            raw_query=query,
            raw_body=body,
            auth=incoming.scheme(api_key, params),
            headers=dict(self.headers.items()),
        )
        context.log.add(record)

        over_budget = context.budget.spend() if context.budget else None
        if over_budget is not None:
            self._deliver(record, _rate_limited(over_budget))
            return
        latency, fault = context.faults.take(record.object, self.command)
        if latency and context.stopping.wait(latency):
            return
        if fault is not None and fault.kind in REFUSALS:
            self._deliver(record, _refusal(fault))
            return
        try:
            if decode_error is not None:
                raise decode_error
            answer = self._call(context, route, query, params, api_key)
        except ApiError as error:
            answer = json_answer(error.status, error.payload())
        except Exception:
            logger.exception("the sandbox failed on %s %s", self.command, self.path)
            answer = json_answer(500, {"status": "error", "message": "Internal sandbox error."})
        self._deliver(record, answer, fault)

    def _call(
        self,
        context: SandboxContext,
        route: incoming.Route,
        query: str,
        params: PhpArray,
        api_key: str | None,
    ) -> Answer:
        if route.version not in incoming.VERSIONS:
            raise ApiError(404, VERSION_ERROR)
        instance = incoming.instance_of(query)
        if instance is None:
            raise ApiError(422, "The instance name is missing.")
        if instance != context.instance:
            raise ApiError(404, f"No instance found with the name '{instance}'.")
        if route.object not in endpoints.OBJECTS or route.extra:
            raise ApiError(404, f"No API object '{route.object}'.")
        if not incoming.authenticated(api_key, params, context.secret):
            raise secret_error()
        if route.bad_id:
            shown = route.id_text if len(route.id_text) <= 40 else route.id_text[:40] + "..."
            raise not_found(route.object, shown)
        call = endpoints.Call(
            method=self.command,
            object=route.object,
            object_id=route.object_id,
            params=incoming.without_unsigned(params),
            now=utc_now(),
        )
        data = endpoints.handle(context.state, call)
        return json_answer(200, {"status": "success", "data": data})

    def _serve_page(self, context: SandboxContext, path: str, query: str, body: bytes) -> None:
        record = RecordedRequest(
            method=self.command,
            path=path,
            object=None,
            object_id=None,
            version=None,
            params=_page_params(body.decode("utf-8", "replace") if body else query),
            raw_query=query,
            raw_body=body,
            auth=None,
            headers=dict(self.headers.items()),
        )
        context.log.add(record)
        try:
            answer = self._page(context, path)
        except Exception:
            logger.exception("the sandbox failed on %s %s", self.command, self.path)
            answer = html_answer(500, payment_page.message_page("Error", "The sandbox failed."))
        self._deliver(record, answer)

    def _page(self, context: SandboxContext, path: str) -> Answer:
        state = context.state
        segments = path.strip("/").split("/")
        if path in ("", "/") and self.command == "GET":
            return html_answer(200, payment_page.index_page(state, context.instance))
        if len(segments) == 2 and segments[0] == "pay":
            paylink = state.find_paylink(hash_from(segments[1]))
            if paylink is None:
                return html_answer(404, payment_page.message_page("Not found", "No such link."))
            if self.command == "POST":
                try:
                    state.pay(paylink.hash)
                except PaymentError as error:
                    page = payment_page.message_page("Not paid", str(error))
                    return html_answer(error.status, page)
                # Post/redirect/get: reloading the page does not pay twice.
                location = f"/pay/{paylink.hash}?paid=1"
                return Answer(303, b"", HTML_TYPE, (("Location", location),))
            with state.lock:
                page = payment_page.paylink_page(paylink, just_paid="paid=1" in self.path)
            return html_answer(200, page)
        if len(segments) == 2 and segments[0] == "auth" and self.command == "GET":
            with state.lock:
                token = state.auth_tokens.get(segments[1])
                if token is not None:
                    return html_answer(200, payment_page.auth_page(state, token, utc_now()))
        return html_answer(404, payment_page.message_page("Not found", "Nothing here."))

    # -- reading and writing --------------------------------------------------------------

    def _read_body(self) -> bytes:
        """The body as framed by Content-Length or chunked, never more than ``MAX_BODY``: a
        larger one is refused before it is read, a malformed one too."""
        length = self.headers.get("Content-Length")
        chunked = "chunked" in self.headers.get("Transfer-Encoding", "").lower()
        if length is not None and chunked:
            raise BodyRefused(400, "Content-Length and chunked together.")
        if chunked:
            return self._read_chunked()
        if length is None:
            return b""
        length = length.strip()
        if not (length.isascii() and length.isdigit()):
            raise BodyRefused(400, "The Content-Length is not a number.")
        if len(length) > len(str(MAX_BODY)) or int(length) > MAX_BODY:
            raise BodyRefused(413, "The request body is too large.")
        return self.rfile.read(int(length))

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            size_text = self._line().split(b";", 1)[0].strip()
            if not _CHUNK_SIZE.fullmatch(size_text):
                raise BodyRefused(400, "A chunk size is not a hexadecimal number.")
            size = int(size_text, 16)
            if size == 0:
                break
            total += size
            if total > MAX_BODY:
                raise BodyRefused(413, "The request body is too large.")
            chunk = self.rfile.read(size)
            if len(chunk) < size or self._line() != b"":
                raise BodyRefused(400, "A chunk is shorter than its size.")
            chunks.append(chunk)
        for _ in range(_MAX_TRAILERS):  # trailers, then the blank line
            if not self._line():
                return b"".join(chunks)
        raise BodyRefused(400, "Too many trailer lines.")

    def _line(self) -> bytes:
        """One CRLF-terminated line of chunked framing, without its end."""
        line = self.rfile.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE or not line.endswith(b"\n"):
            raise BodyRefused(400, "A chunk line is too long or cut off.")
        return line.rstrip(b"\r\n")

    def _refuse_body(
        self, context: SandboxContext, path: str, query: str, refused: BodyRefused
    ) -> None:
        route = incoming.api_route(path)
        record = RecordedRequest(
            method=self.command,
            path=path,
            object=route.object or None if route else None,
            object_id=route.object_id if route else None,
            version=route.version if route else None,
            params={},
            raw_query=query,
            raw_body=b"",
            auth=None,
            headers=dict(self.headers.items()),
        )
        context.log.add(record)
        self.close_connection = True  # the unread body must not be taken for a next request
        self._deliver(record, json_answer(refused.status, _error(refused.message)))

    def _deliver(
        self, record: RecordedRequest, answer: Answer, fault: Applied | None = None
    ) -> None:
        """Send ``answer``, damaged as ``fault`` says. ``record.status`` is set before the first
        byte leaves, so a client that has its answer also sees it recorded."""
        kind = fault.kind if fault else None
        if fault is not None and kind in BAD_ANSWERS:
            answer = _bad_answer(fault, answer)
        if (
            fault is not None
            and kind is Fault.HANG
            and self.server.context.stopping.wait(fault.seconds)
        ):
            return  # stopped: the connection closes unanswered
        if kind is Fault.TRUNCATED_JSON:
            # The connection broke just before the end: nearly all of it arrived, unreadable.
            answer = replace(answer, body=answer.body[: max(1, len(answer.body) - 16)])
        record.status = 0 if kind is Fault.DROP_CONNECTION else answer.status
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            for name, value in answer.headers:
                self.send_header(name, value)
            self.end_headers()
            if kind is Fault.DROP_CONNECTION:
                self.wfile.write(answer.body[: len(answer.body) // 2])
                self.wfile.flush()
                _cut(self.connection)
                self.close_connection = True
                return
            self.wfile.write(answer.body)
        except OSError:
            logger.debug("client went away before %s %s was answered", self.command, self.path)


def _error(message: str) -> dict[str, str]:
    return {"status": "error", "message": message}


def _page_params(query: str) -> dict[Any, Any]:
    try:
        return parse_query(query, incoming.LIMITS)
    except QueryTooLarge:
        return {}


def _refusal(fault: Applied) -> Answer:
    if fault.kind is Fault.RATE_LIMIT:
        return _rate_limited(fault.status)
    if fault.kind is Fault.HTML:
        return html_answer(fault.status, ERROR_PAGE)
    if fault.kind is Fault.ERROR_ON_200:
        return json_answer(200, {"status": "error", "message": fault.message})
    return json_answer(fault.status, {"status": "error", "message": fault.message})


def _bad_answer(fault: Applied, answer: Answer) -> Answer:
    """What a BAD_ANSWERS fault makes of the answer to a call that has already taken effect."""
    if fault.kind is Fault.WRITTEN_SERVER_ERROR:
        return json_answer(fault.status, {"status": "error", "message": fault.message})
    if fault.kind is Fault.WRITTEN_HTML:
        return html_answer(fault.status, ERROR_PAGE)
    if fault.kind is Fault.WRITTEN_EMPTY:
        return Answer(200, b"")
    if answer.status != 200:
        return answer  # the call was refused: nothing to garble
    if fault.kind is Fault.WRITTEN_NO_DATA:
        return json_answer(200, {"status": "success", "data": []})
    payload = json.loads(answer.body)
    data = payload.get("data")
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data[0].update(fault.fields or {})
    return json_answer(200, payload)


def _rate_limited(status: int) -> Answer:
    if status == 405:
        message = "Too many requests. Please try again later."
        return json_answer(405, {"status": "error", "message": message})
    return html_answer(403, WAF_PAGE)

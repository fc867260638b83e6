"""``Sandbox``: the local stand-in for the payment API, started in-process (the Demo instance,
the tests) or from the command line (``python -m app.sandbox``)."""

from __future__ import annotations

import logging
import socket
import threading
from datetime import date
from types import TracebackType
from typing import Any

from app.sandbox import render
from app.sandbox.endpoints import NOT_SIMULATED, OBJECTS
from app.sandbox.faults import ANSWERS_405, Fault, RateBudget
from app.sandbox.recording import RecordedRequest
from app.sandbox.saved import StateDamaged, StateSaver, StateStore, restore
from app.sandbox.seed import seed_demo
from app.sandbox.server import SandboxContext, SandboxHTTPServer
from app.sandbox.state import SandboxState

HOST = "127.0.0.1"

log = logging.getLogger(__name__)


class Sandbox:
    """A server on 127.0.0.1 that answers like the real API for one instance and secret.

    ``port=0`` picks a free port; ``seed`` fills in the demo data (dated back from ``today``,
    default the current date). ``shapes``: ``"current"`` answers in the platform's current
    documented shapes, ``"legacy"`` in the older documented ones (see ``render``). Use as a
    context manager or call ``start()``/``stop()``.

    ``listen_socket``: a socket already bound to 127.0.0.1 and listening, served by the first
    ``start()`` instead of a new one (``port`` is then ignored). The app binds it before its
    window is built, so the Demo's address is known at once, and starts the sandbox after the
    first paint; a client connecting in between waits in the socket's backlog.

    ``store``: where the state is kept between runs (the Demo's data folder). What it holds is
    loaded instead of the seed; every change is written back shortly after (and at ``stop``).
    A state that cannot be read is moved aside (``moved_aside`` says where) and the sandbox
    starts from the seed.
    """

    def __init__(
        self,
        instance: str = "demo",
        secret: str = "demo-secret",
        port: int = 0,
        seed: bool = True,
        *,
        today: date | None = None,
        listen_socket: socket.socket | None = None,
        shapes: str = "current",
        store: StateStore | None = None,
    ) -> None:
        self.instance = instance
        self.secret = secret
        self.state = SandboxState(shapes=shapes)
        self._seed = seed
        self._today = today
        self.moved_aside: str | None = None
        self._requested_port = port
        self._listen_socket = listen_socket
        self._context = SandboxContext(instance=instance, secret=secret, state=self.state)
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._store = store
        self._saver: StateSaver | None = None
        loaded = store is not None and self._load(store)
        if not loaded and seed:
            seed_demo(self.state, today or date.today())
        self._unsaved = store is not None and not loaded  # the seed is saved at start

    def _load(self, store: StateStore) -> bool:
        """The saved state, if there is one that reads; True when it was loaded."""
        try:
            raw = store.read()
            if raw is None:
                return False
            restore(self.state, raw)
            return True
        except (StateDamaged, OSError) as exc:
            log.warning("the saved sandbox state cannot be read (%s); starting afresh", exc)
            try:
                self.moved_aside = store.move_aside()
            except OSError as move_error:
                log.warning("could not move the damaged sandbox state aside: %s", move_error)
                self.moved_aside = ""
            return False

    def reset(self, today: date | None = None) -> None:
        """Back to the seed (or empty, for a sandbox started without one), as if new; saved."""
        fresh = SandboxState(shapes=self.state.shapes)
        if self._seed:
            seed_demo(fresh, today or self._today or date.today())
        self.state.replace_objects(fresh)
        if self._saver is None:
            self._unsaved = self._store is not None  # written when it starts
        self.state.changed()

    # -- life cycle -----------------------------------------------------------------------

    def start(self) -> Sandbox:
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        self._context.stopping = threading.Event()
        listen_socket, self._listen_socket = self._listen_socket, None  # served once
        server = SandboxHTTPServer(self._requested_port, self._context, listen_socket)
        if self._store is not None:
            self._saver = StateSaver(self.state, self._store)
            self.state.on_change = self._saver.changed
            if self._unsaved:
                self._unsaved = False
                self._saver.changed()
        self.state.base_url = f"http://{HOST}:{server.server_address[1]}"
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"sandbox-{server.server_address[1]}",
            daemon=True,
        )
        self._server, self._thread = server, thread
        thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections (a HANG ends unanswered), close the socket and
        join every thread. Safe to call twice."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._context.stopping.set()
        server.shutdown()
        server.abort_open_connections()
        server.server_close()
        thread.join()
        self._server = self._thread = None
        if self._saver is not None:
            self._saver.close()
            self._saver = None
            self.state.on_change = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` while running."""
        return f"http://{HOST}:{self.port}"

    # -- what tests look at ---------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, rejected ones included (a copy)."""
        return self._context.log.snapshot()

    def clear_requests(self) -> None:
        self._context.log.clear()

    def count(self, method: str, object: str) -> int:
        """How many ``method`` requests reached ``object``: ``count("POST", "Invoice")``."""
        return self._context.log.count(method, object)

    # -- what tests switch ----------------------------------------------------------------

    def set_fault(
        self,
        kind: Fault,
        seconds: float | None = None,
        object: str | None = None,
        method: str | None = None,
        times: int | None = None,
        *,
        status: int | None = None,
        message: str | None = None,
        answers_405: int = ANSWERS_405,
        fields: dict[str, object] | None = None,
    ) -> None:
        """Switch a fault on for the API calls matching ``object`` and/or ``method`` (None
        matches all), for the next ``times`` of them (None: until ``clear_faults``).

        ``seconds``: LATENCY's delay (default 0.2) and HANG's wait (default 60; ``stop()``
        ends it early). ``status``: SERVER_ERROR's 5xx (default 500), HTML's (default 200).
        ``message``: the text of SERVER_ERROR and ERROR_ON_200. ``answers_405``: how many
        RATE_LIMIT answers are 405 before they turn into the WAF's 403. ``fields``: the values
        WRITTEN_GARBLED puts into ``data[0]`` (default ``createdAt: 1e14``).
        """
        if object is not None:
            known = {name.lower(): name for name in (*OBJECTS, *NOT_SIMULATED)}
            if object.lower() not in known:
                raise ValueError(f"unknown API object {object!r}")
            object = known[object.lower()]
        self._context.faults.add(
            kind,
            seconds=seconds,
            status=status,
            object=object,
            method=method,
            times=times,
            message=message,
            answers_405=answers_405,
            fields=fields,
        )

    def clear_faults(self) -> None:
        self._context.faults.clear()

    def set_rate_budget(
        self, calls: int | None = 600, per_seconds: float = 300, answers_405: int = ANSWERS_405
    ) -> None:
        """Answer as the platform's limit does once more than ``calls`` API requests arrive
        within ``per_seconds``: 405 (``answers_405`` times), then 403. ``calls=None``: off."""
        self._context.budget = (
            None if calls is None else RateBudget(calls, per_seconds, answers_405)
        )

    # -- what a customer does -------------------------------------------------------------

    def pay(self, hash_or_link: str) -> dict[str, Any]:
        """Pay a link as its payment page's button does; the Transaction as the API shows it.
        Raises ``PaymentError`` for an unknown or already paid link."""
        with self.state.lock:
            return render.transaction(self.state, self.state.pay(hash_or_link))

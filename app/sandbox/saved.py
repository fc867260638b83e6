"""The sandbox's state as bytes and back, and a saver that writes it after each change.

The Demo instance keeps its objects between starts (see DESIGN.md): what a user created,
paid or cancelled there is still there next time. The sandbox stays free of files and paths:
whoever starts it hands in a `StateStore` (the app's is `app.settings.demo.DemoStateFile`)
that reads, writes (atomically) and moves aside one file.

The format is JSON with a schema number. Values the JSON types cannot hold (``Decimal``,
``date``, ``datetime``, the object dataclasses, maps with int keys as PHP sends them) are
tagged ``{"$<tag>": ...}``; a plain map whose keys could be mistaken for a tag is tagged too.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from app.sandbox.objects import (
    AuthToken,
    Contact,
    Discount,
    Paylink,
    Product,
    Subscription,
    Transaction,
)
from app.sandbox.state import SandboxState

log = logging.getLogger(__name__)

SCHEMA = 1
SAVE_DELAY_SECONDS = 0.2
"""Changes that come in a burst (a create and its payment) are written once."""

_CLASSES: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (AuthToken, Contact, Discount, Paylink, Product, Subscription, Transaction)
}
_COLLECTIONS = ("invoices", "pages", "contacts", "subscriptions", "transactions")


class StateDamaged(ValueError):
    """The saved state cannot be read back: not JSON, a newer schema, or not the objects."""


class StateStore(Protocol):
    """Where the state is kept (one file for the Demo)."""

    def read(self) -> bytes | None:
        """The saved bytes, or None when nothing was saved yet."""

    def write(self, data: bytes) -> None:
        """Replace what was saved, atomically: a reader sees the old or the new, never half."""

    def move_aside(self) -> str:
        """Keep damaged bytes for the user under another name; says where."""


# -- encoding ---------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if dataclasses.is_dataclass(value) and type(value).__name__ in _CLASSES:
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$object": type(value).__name__, "fields": fields}
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: _encode(v) for k, v in value.items()}
        return {"$items": [[k, _encode(v)] for k, v in value.items()]}
    raise TypeError(f"the sandbox cannot save a {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    if "$decimal" in value:
        return Decimal(value["$decimal"])
    if "$datetime" in value:
        return datetime.fromisoformat(value["$datetime"])
    if "$date" in value:
        return date.fromisoformat(value["$date"])
    if "$object" in value:
        cls = _CLASSES[value["$object"]]
        return cls(**{k: _decode(v) for k, v in value["fields"].items()})
    if "$items" in value:
        return {k: _decode(v) for k, v in value["$items"]}
    return {k: _decode(v) for k, v in value.items()}


def to_bytes(state: SandboxState) -> bytes:
    """Everything the state holds (its links' address aside: that is the server's)."""
    with state.lock:
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "next_ids": dict(state.next_ids()),
            **{name: [_encode(o) for o in getattr(state, name).values()] for name in _COLLECTIONS},
            "auth_tokens": [_encode(t) for t in state.auth_tokens.values()],
        }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def restore(state: SandboxState, raw: bytes) -> None:
    """Replace what ``state`` holds by the saved ``raw``; raises `StateDamaged` (and leaves
    ``state`` untouched) if it cannot be read."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise StateDamaged("not a JSON object")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise StateDamaged(f"schema {schema!r}, expected {SCHEMA}")
        collections = {
            name: {o.id: o for o in (_decode(item) for item in data[name])} for name in _COLLECTIONS
        }
        tokens = {t.token: t for t in (_decode(item) for item in data["auth_tokens"])}
        next_ids = {str(k): int(v) for k, v in data["next_ids"].items()}
        _check_types(collections, tokens)
    except StateDamaged:
        raise
    # What a damaged or hand-edited file can raise on the way: bad UTF-8 or JSON, a missing key,
    # an unknown tag or class, a field of the wrong name, a bad date or number, too deep.
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        InvalidOperation,
        RecursionError,
    ) as exc:
        raise StateDamaged(f"{type(exc).__name__}: {exc}") from exc
    with state.lock:
        for name, objects in collections.items():
            setattr(state, name, objects)
        state.auth_tokens = tokens
        state.set_next_ids(next_ids)


def _check_types(collections: dict[str, dict[Any, Any]], tokens: dict[Any, Any]) -> None:
    expected = {
        "invoices": Paylink,
        "pages": Paylink,
        "contacts": Contact,
        "subscriptions": Subscription,
        "transactions": Transaction,
    }
    for name, objects in collections.items():
        if not all(isinstance(o, expected[name]) for o in objects.values()):
            raise StateDamaged(f"{name} holds something else")
    if not all(isinstance(t, AuthToken) for t in tokens.values()):
        raise StateDamaged("auth_tokens holds something else")


# -- saving -----------------------------------------------------------------------------------


class StateSaver:
    """Writes the state a moment after it changed, on its own thread (a request never waits
    for the disk); `close` writes what is still pending at once (the sandbox's stop)."""

    def __init__(
        self, state: SandboxState, store: StateStore, delay: float = SAVE_DELAY_SECONDS
    ) -> None:
        self._state = state
        self._store = store
        self._delay = delay
        self._lock = threading.Lock()  # one write at a time; guards _dirty
        self._dirty = False
        self._wake = threading.Event()
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sandbox-saver", daemon=True)
        self._thread.start()

    def changed(self) -> None:
        self._dirty = True
        self._wake.set()

    def flush(self) -> None:
        """Write now if anything changed since the last write."""
        with self._lock:
            self._wake.clear()  # before reading _dirty: a change after this wakes us again
            if not self._dirty:
                return
            self._dirty = False
            data = to_bytes(self._state)
            try:
                self._store.write(data)
            except OSError as exc:  # a full disk: the Demo goes on in memory
                log.warning("the Demo's state could not be saved: %s", exc)

    def close(self) -> None:
        """Write what is pending and stop the thread."""
        self._closing.set()
        self._wake.set()
        self._thread.join()
        self.flush()

    def _run(self) -> None:
        while not self._closing.is_set():
            self._wake.wait()
            self._closing.wait(self._delay)  # a burst of changes is written once
            if not self._closing.is_set():
                self.flush()

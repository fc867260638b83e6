"""Faults a test can switch on per route, and the optional rate budget.

Two families. Refusals (SERVER_ERROR, RATE_LIMIT, HTML, ERROR_ON_200) answer at once: the call
has no effect. Transport damage (TRUNCATED_JSON, DROP_CONNECTION, HANG) happens after the call
took effect, so a create behind it did create: the client's outcome is "unknown", not "failed".
LATENCY delays a call before it runs and combines with any other fault.

A third family, BAD_ANSWERS, also lets the call take effect and then answers it badly, the way a
gateway or a broken platform release can: a 5xx with JSON (WRITTEN_SERVER_ERROR, default 502) or
HTML (WRITTEN_HTML, default 504), an empty 200 (WRITTEN_EMPTY), ``data: []``
(WRITTEN_NO_DATA), or ``data[0]`` with fields a parser cannot read (WRITTEN_GARBLED: ``fields``
replaces values, default ``createdAt: 1e14``). Tests use them to see that a create behind such an
answer exists on the server and is recorded "unknown", never "failed".
"""

from __future__ import annotations

import builtins
import enum
import threading
import time
from collections import deque
from dataclasses import dataclass


class Fault(enum.Enum):
    LATENCY = "latency"
    SERVER_ERROR = "server_error"
    RATE_LIMIT = "rate_limit"
    HTML = "html"
    TRUNCATED_JSON = "truncated_json"
    DROP_CONNECTION = "drop_connection"
    HANG = "hang"
    ERROR_ON_200 = "error_on_200"
    WRITTEN_SERVER_ERROR = "written_server_error"
    WRITTEN_HTML = "written_html"
    WRITTEN_EMPTY = "written_empty"
    WRITTEN_NO_DATA = "written_no_data"
    WRITTEN_GARBLED = "written_garbled"

    @classmethod
    def parse(cls, name: str) -> Fault:
        """``server_error``, ``SERVER_ERROR`` or ``server-error``."""
        return cls(name.strip().lower().replace("-", "_"))


REFUSALS = frozenset({Fault.SERVER_ERROR, Fault.RATE_LIMIT, Fault.HTML, Fault.ERROR_ON_200})
BAD_ANSWERS = frozenset(
    {
        Fault.WRITTEN_SERVER_ERROR,
        Fault.WRITTEN_HTML,
        Fault.WRITTEN_EMPTY,
        Fault.WRITTEN_NO_DATA,
        Fault.WRITTEN_GARBLED,
    }
)
DEFAULT_SECONDS = {Fault.LATENCY: 0.2, Fault.HANG: 60.0}
DEFAULT_STATUS = {
    Fault.SERVER_ERROR: 500,
    Fault.HTML: 200,
    Fault.WRITTEN_SERVER_ERROR: 502,
    Fault.WRITTEN_HTML: 504,
}
DEFAULT_GARBLE: dict[str, object] = {"createdAt": 1e14}
DEFAULT_MESSAGE = "The request could not be processed."
# How many over-limit calls get 405 before the WAF starts answering 403 (a guess: the SDKs
# that report the limit say only "first 405, then 403").
ANSWERS_405 = 3


@dataclass
class FaultRule:
    kind: Fault
    seconds: float
    status: int | None
    object: str | None
    method: str | None
    times: int | None  # remaining; None = until cleared
    message: str
    answers_405: int
    fields: dict[str, builtins.object] | None = None  # `object` is a field name here
    hits: int = 0

    def matches(self, object_name: str | None, method: str) -> bool:
        return (self.object is None or self.object == object_name) and (
            self.method is None or self.method == method
        )


@dataclass(frozen=True)
class Applied:
    """One fault as it applies to one request, resolved (the rate limit's 405 or 403 chosen)."""

    kind: Fault
    seconds: float = 0.0
    status: int = 200
    message: str = DEFAULT_MESSAGE
    fields: dict[str, object] | None = None


class FaultTable:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []

    def add(
        self,
        kind: Fault,
        *,
        seconds: float | None = None,
        status: int | None = None,
        object: str | None = None,
        method: str | None = None,
        times: int | None = None,
        message: str | None = None,
        answers_405: int = ANSWERS_405,
        fields: dict[str, object] | None = None,
    ) -> None:
        five_xx = (Fault.SERVER_ERROR, Fault.WRITTEN_SERVER_ERROR, Fault.WRITTEN_HTML)
        if kind in five_xx and status is not None and not 500 <= status <= 599:
            raise ValueError(f"{kind.name} takes a 5xx status")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        rule = FaultRule(
            kind=kind,
            seconds=DEFAULT_SECONDS.get(kind, 0.0) if seconds is None else seconds,
            status=status,
            object=object,
            method=method.upper() if method else None,
            times=times,
            message=message or DEFAULT_MESSAGE,
            answers_405=answers_405,
            fields=dict(fields) if fields else None,
        )
        with self._lock:
            self._rules.append(rule)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, object_name: str | None, method: str) -> tuple[float, Applied | None]:
        """The latency to add and the one fault (the first added that matches) for a request;
        each rule used counts down its ``times``."""
        latency = 0.0
        chosen: Applied | None = None
        with self._lock:
            for rule in list(self._rules):
                if not rule.matches(object_name, method):
                    continue
                if rule.kind is Fault.LATENCY:
                    latency += rule.seconds
                elif chosen is None:
                    chosen = self._apply(rule)
                else:
                    continue
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times == 0:
                        self._rules.remove(rule)
        return latency, chosen

    @staticmethod
    def _apply(rule: FaultRule) -> Applied:
        rule.hits += 1
        if rule.kind is Fault.RATE_LIMIT:
            status = 405 if rule.hits <= rule.answers_405 else 403
        else:
            status = rule.status or DEFAULT_STATUS.get(rule.kind, 200)
        fields = rule.fields
        if rule.kind is Fault.WRITTEN_GARBLED and fields is None:
            fields = DEFAULT_GARBLE
        return Applied(rule.kind, rule.seconds, status, rule.message, fields)


class RateBudget:
    """At most ``calls`` API requests in any ``per_seconds`` window; every request counts,
    answered or not. Over budget, the first ``answers_405`` requests get 405, the rest 403 (the
    WAF's HTML), until the window has room again."""

    def __init__(self, calls: int, per_seconds: float, answers_405: int = ANSWERS_405) -> None:
        if calls < 1 or per_seconds <= 0:
            raise ValueError("a rate budget needs calls >= 1 and per_seconds > 0")
        self.calls = calls
        self.per_seconds = per_seconds
        self.answers_405 = answers_405
        self._lock = threading.Lock()
        self._times: deque[float] = deque()
        self._over = 0

    def spend(self, now: float | None = None) -> int | None:
        """Count one request; None when within budget, else the status to answer."""
        now = time.monotonic() if now is None else now
        with self._lock:
            while self._times and self._times[0] <= now - self.per_seconds:
                self._times.popleft()
            self._times.append(now)
            if len(self._times) <= self.calls:
                self._over = 0
                return None
            self._over += 1
            return 405 if self._over <= self.answers_405 else 403

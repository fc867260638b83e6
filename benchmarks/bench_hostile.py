"""Hostile requests against the in-process sandbox: each answer's time, and the GUI's stall.

The Demo runs the sandbox in threads of the app's own process, so a request that holds the
interpreter for long freezes the window. For each case, 20 requests are sent one after the other
from a client thread (payloads built beforehand) while a 5 ms QTimer on the GUI thread of a shown
window measures its worst gap beyond 5 ms. Baseline, same run: an ordinary call (a page of ten
subscriptions), after one unshown warm-up round. Targets: every hostile request answered (4xx)
within 100 ms; worst stall under 16 ms (one frame at 60 Hz).

    python -m benchmarks hostile
"""

from __future__ import annotations

import contextlib
import os
import socket
import statistics
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel

from app.sandbox import Sandbox
from app.sandbox.server import MAX_BODY
from benchmarks.bench_gui_stall import GapMeter, run_for

SECRET = "bench-secret"
KEY = f"X-API-KEY: {SECRET}\r\n"
REPEAT = 20
MIB = 1024 * 1024


def _post(body: bytes, content_type: str = "application/x-www-form-urlencoded") -> bytes:
    head = (
        f"POST /v1.16/Invoice/?instance=demo HTTP/1.0\r\n{KEY}"
        f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def _chunked(framing: bytes) -> bytes:
    head = f"POST /v1.16/Invoice/?instance=demo HTTP/1.1\r\n{KEY}Transfer-Encoding: chunked\r\n\r\n"
    return head.encode() + framing


def _get(path_and_query: str) -> bytes:
    return f"GET {path_and_query} HTTP/1.0\r\n{KEY}\r\n".encode()


CASES: dict[str, bytes] = {
    "baseline: 10 subscriptions": _get("/v1.16/Subscription/?limit=10&instance=demo"),
    "10,000-deep brackets (form)": _post(("a" + "%5Bx%5D" * 10_000 + "=1").encode()),
    "10,000-deep brackets (query)": _get(
        "/v1.16/Subscription/?a" + "[]" * 10_000 + "=1&instance=demo"
    ),
    "100,000 a[]= appends (form)": _post("&".join(["a%5B%5D=1"] * 100_000).encode()),
    "100,000 a[]= appends (query)": _get(
        "/v1.16/Subscription/?" + "&".join(["a[]=1"] * 100_000) + "&instance=demo"
    ),
    "5,000-digit id": _get(f"/v1.16/Invoice/{'9' * 5_000}/?instance=demo"),
    "non-ASCII id": _get("/v1.16/Invoice/%D9%A3%D9%A4/?instance=demo"),
    "JSON 100,000 deep": _post(b"[" * 100_000 + b"]" * 100_000, "application/json"),
    "JSON 900 deep objects": _post(b'{"a":' * 900 + b"1" + b"}" * 900, "application/json"),
    "lone surrogate (JSON)": _post(b'{"title":"\\ud800"}', "application/json"),
    "bad chunk size": _chunked(b"zz\r\nabc\r\n0\r\n\r\n"),
    "huge chunk size": _chunked(b"ffffffffffffffff\r\nabc"),
    "2 x 1 MiB chunks (over the limit)": _chunked(
        (f"{MIB:x}\r\n".encode() + b"a" * MIB + b"\r\n") * 2 + b"0\r\n\r\n"
    ),
    "256 KiB of %-escapes (at the limit)": _post(b"title=" + b"%41" * ((MAX_BODY - 6) // 3)),
    "256 KiB of lone % (at the limit)": _post(b"title=" + b"%" * (MAX_BODY - 6)),
    "1,001 parameters": _post("&".join([f"k{n}=v" for n in range(1_001)]).encode()),
    "10 MiB form body (over the limit)": _post(b"title=" + b"a" * 10 * MIB),
}


def _send(port: int, payload: bytes) -> tuple[float, int]:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        start = time.perf_counter()
        with contextlib.suppress(OSError):  # answered and closed before all was taken
            sock.sendall(payload)
        received = b""
        with contextlib.suppress(OSError):
            while chunk := sock.recv(65536):
                received += chunk
        elapsed = (time.perf_counter() - start) * 1000
    return elapsed, int(received.split(b" ", 2)[1]) if received else 0


def _measure(app: QApplication, port: int, payload: bytes) -> tuple[list[float], int, float]:
    meter = GapMeter()
    results: list[tuple[float, int]] = []
    done = threading.Event()

    def client() -> None:
        for _ in range(REPEAT):
            results.append(_send(port, payload))
        done.set()

    meter.start()
    run_for(app, 0.1)  # the timer settles
    thread = threading.Thread(target=client)
    thread.start()
    run_for(app, 120, until=done.is_set)
    run_for(app, 0.05)
    meter.stop()
    thread.join()
    times = [t for t, _ in results]
    return times, results[-1][1], meter.worst_stall()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    window = QLabel("Paydesk")  # a shown window, painted on the GUI thread
    window.resize(400, 200)
    window.show()
    rows: list[tuple[str, float, float, int, float]] = []
    with Sandbox(instance="demo", secret=SECRET, port=0) as sandbox:
        _measure(app, sandbox.port, CASES["baseline: 10 subscriptions"])  # warm up, not shown
        for name, payload in CASES.items():
            times, status, stall = _measure(app, sandbox.port, payload)
            rows.append((name, statistics.median(times), max(times), status, stall))
    base_median, base_stall = rows[0][1], rows[0][4]
    print(
        f"{'request':36s} {'status':>6s} {'median':>9s} {'worst':>9s} {'x base':>7s} "
        f"{'GUI stall':>10s} {'x base':>7s}"
    )
    for name, median, worst, status, stall in rows:
        print(
            f"{name:36s} {status:6d} {median:7.1f}ms {worst:7.1f}ms "
            f"{median / max(base_median, 0.01):6.1f}x {stall:8.2f}ms "
            f"{stall / max(base_stall, 0.01):6.1f}x"
        )
    hostile = rows[1:]
    slowest = max(hostile, key=lambda r: r[2])
    stalled = max(hostile, key=lambda r: r[4])
    print(
        f"slowest hostile answer: {slowest[2]:.1f} ms ({slowest[0]}; target < 100 ms); "
        f"worst GUI stall: {stalled[4]:.2f} ms ({stalled[0]}; target < 16 ms)"
    )
    window.close()


if __name__ == "__main__":
    main()

"""The payment watcher: what it costs in requests, how long the window stalls, how soon it tells.

    python -m benchmarks watcher

1. Requests per simulated hour (a fake clock drives the watcher's timers, its budget and its
   wall time) for an instance with 1,000 open paylinks, each last checked at a time spread over
   the last 6 hours (the steady state): nothing changes, and 10 links are paid during the hour;
   window shown (a poll a minute) and hidden (every 5 minutes). Baseline, same run: the naive
   way, one GET per open link per minute, measured over one simulated minute and scaled.
2. The GUI thread's longest stall while a poll settles 1,000 paid links (10 pages of the
   transaction list, 1,000 rows changed) with what the window wires to the watcher: History's
   real view (sorted by date, the status pills) at 1000x700, Needs attention, the notifier
   (its status-bar notice: no tray offscreen). A 5 ms QTimer measures the gaps, over several
   rounds; baseline: the same timer over an idle loop. Target: under 16 ms.
3. Time from a payment in the sandbox to the notification, with a 1 s poll interval (real
   clock; a budget of 6,000 per 5 minutes, since the default's tenth allows a poll only every
   ~5.5 s). Baseline: the poll interval itself.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests
from PySide6.QtWidgets import QApplication, QMainWindow

from app import gc_thread
from app.api import invoices
from app.models.attention_controller import AttentionController
from app.models.history_controller import HistoryController
from app.models.rate_budget import RateBudgets
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.models.watcher import PaymentWatcher
from app.sandbox import Sandbox
from app.settings.demo import demo_profile
from app.store.database import Database, open_database
from app.store.records import RecordStore
from app.store.watch import WatchStore
from app.views.history import HistoryView
from app.views.notifier import PaymentNotifier
from benchmarks.bench_gui_stall import GapMeter

SECRET = "bench-secret"
LINKS = 1000
STALL_ROUNDS = 5


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self._start = datetime.now(UTC)

    def __call__(self) -> float:
        return self.now

    def utc(self) -> datetime:
        return self._start + timedelta(seconds=self.now - 1000.0)


def run_until(app: QApplication, done: Callable[[], bool], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.0005)


def open_links(sb: Sandbox, records: RecordStore, count: int, profile_id: str = "demo") -> list:
    """``count`` paylinks on the sandbox and in the store, as the forms would have made them."""
    made = []
    created_at = int(time.time())
    for n in range(count):
        values = {"title": f"Link {n}", "amount": 1000 + n, "currency": "CHF"}
        values["referenceId"] = f"INV-{n:05d}"
        paylink = sb.state.add_paylink("Invoice", values, created_at=created_at)
        record_id = records.begin(
            profile_id,
            "invoice",
            values["title"],
            values["referenceId"],
            values["amount"],
            "CHF",
            "",
            values,
        )
        records.settle_created(
            record_id, paylink.id, paylink.hash, sb.state.link(paylink), "waiting"
        )
        made.append((record_id, paylink))
    return made


def setup(tmp: str, sb: Sandbox, budget: int = 600) -> tuple[Database, RecordStore, ProfileSession]:
    db = open_database(Path(tmp) / "bench.sqlite3")
    records = RecordStore(db)
    profile = replace(demo_profile(sb.base_url), rate_budget=budget)
    return db, records, ProfileSession.open(profile, SECRET)


# -- 1. requests per hour ----------------------------------------------------------------------


def requests_per_hour(shown: bool, paid: int) -> tuple[int, int]:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp, Sandbox(secret=SECRET, seed=False) as sb:
        db, records, session = setup(tmp, sb)
        clock = FakeClock()
        watch = WatchStore(db, clock=clock.utc)
        links = open_links(sb, records, LINKS)
        rng = random.Random(7)
        for record_id, _paylink in links:  # the steady state: checks spread over 6 hours
            watch.mark_checked(
                [record_id], clock.utc() - timedelta(seconds=rng.uniform(0, 6 * 3600))
            )
        watch.set_cursor("demo", clock.utc())  # not the first look
        runner = TaskRunner(max_threads=4)
        watcher = PaymentWatcher(
            runner,
            records,
            watch,
            budgets=RateBudgets(clock=clock),
            clock=clock,
            now=clock.utc,
            shown=lambda: shown,
            heartbeat_ms=3_600_000,
        )
        notices: list[object] = []
        watcher.paid.connect(notices.append)
        to_pay = [paylink for _id, paylink in links[:paid]]
        sb.clear_requests()
        watcher.set_session(session)
        for second in range(3600):
            if second == 600:
                for paylink in to_pay:
                    sb.pay(paylink.hash)
            clock.now += 1
            watcher.tick()
            watcher.pump.pump()
            run_until(app, lambda: not watcher.pump.in_flight)
        watcher.set_session(None)
        runner.shutdown(10_000)
        count = len(sb.requests)
        db.close()
    return count, len(notices)


def naive_per_hour() -> int:
    """One GET per open link per minute: measured for one simulated minute, times 60."""
    with tempfile.TemporaryDirectory() as tmp, Sandbox(secret=SECRET, seed=False) as sb:
        db, records, session = setup(tmp, sb, budget=100_000)
        links = open_links(sb, records, LINKS)
        sb.clear_requests()
        for _record_id, paylink in links:
            invoices.get(session.client, paylink.id)
        count = len(sb.requests)
        db.close()
    return count * 60


# -- 2. the window's longest stall -------------------------------------------------------------


class OutOfProcessSandbox:
    """The sandbox in its own process, as a real platform is: its work does not compete with
    the window's thread for Python's interpreter lock (an in-process one would be measured)."""

    def __enter__(self) -> OutOfProcessSandbox:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app.sandbox",
                "--port",
                "0",
                "--instance",
                "demo",
                "--secret",
                SECRET,
                "--no-seed",
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert self.process.stdout is not None
        self.base_url = self.process.stdout.readline().split()[-1]
        return self

    def __exit__(self, *_exc: object) -> None:
        self.process.terminate()
        self.process.wait(10)


def stall() -> tuple[float, float, float]:
    app = QApplication.instance() or QApplication([])
    meter = GapMeter()
    meter.start()
    run_until(app, lambda: False, 2.0)
    meter.stop()
    idle = meter.worst_stall()
    with tempfile.TemporaryDirectory() as tmp, OutOfProcessSandbox() as sb:
        db = open_database(Path(tmp) / "bench.sqlite3")
        records = RecordStore(db)
        profile = replace(demo_profile(sb.base_url), rate_budget=100_000)
        session = ProfileSession.open(profile, SECRET)
        watch = WatchStore(db)
        links = []
        for n in range(LINKS):
            values = {
                "title": f"Link {n}",
                "amount": 1000 + n,
                "currency": "CHF",
                "referenceId": f"INV-{n:05d}",
            }
            record_id = records.begin(
                "demo",
                "invoice",
                values["title"],
                values["referenceId"],
                values["amount"],
                "CHF",
                "",
                values,
            )
            paylink = invoices.create(session.client, values)
            records.settle_created(
                record_id, paylink.id or 0, paylink.hash, paylink.link, paylink.status
            )
            links.append(paylink.link or "")
        watch.set_cursor("demo", datetime.now(UTC) - timedelta(minutes=1))
        runner = TaskRunner(max_threads=4)
        history = HistoryController(runner, records, watch=watch)
        history.set_session(session)
        # What the window wires to the watcher (app/application.py): History's real view (sorted,
        # with the status pills), Needs attention reading History's rows, the notifier's bar.
        window = QMainWindow()
        table = HistoryView(history, auto_refresh=False)
        window.setCentralWidget(table)
        window.resize(1000, 700)
        window.show()
        attention = AttentionController(records)
        attention.watch(history.model)
        attention.set_session(session)
        notifier = PaymentNotifier(window, tray_available=lambda: False)
        watcher = PaymentWatcher(runner, records, watch, heartbeat_ms=3_600_000)
        watcher.records_updated.connect(history.update_records)
        watcher.paid.connect(notifier.notify)
        changed: list[int] = []
        watcher.records_changed.connect(changed.extend)
        with requests.Session() as browser:  # the customers press "Pay (simulated)"
            for link in links:
                browser.post(link, timeout=10)
        run_until(app, lambda: False, 0.5)
        meter.start()
        started = time.monotonic()
        watcher.set_session(session)
        run_until(app, lambda: not watcher.polling, 120)
        elapsed = time.monotonic() - started
        run_until(app, lambda: False, 0.2)
        meter.stop()
        if os.environ.get("BENCH_DEBUG"):
            moment = 0.0
            for gap in meter.gaps:
                moment += gap
                if gap > 12:
                    print(f"  gap {gap:6.1f} ms at {moment:7.1f} ms")
        assert len(changed) == LINKS, len(changed)
        watcher.set_session(None)
        runner.shutdown(10_000)
        attention.stop()
        window.close()
        db.close()
    return idle, meter.worst_stall(), elapsed


# -- 3. payment to notification ----------------------------------------------------------------


def latency(rounds: int = 10) -> list[float]:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp, Sandbox(secret=SECRET, seed=False) as sb:
        # A poll a second needs 3,600 calls an hour: more than a tenth of the default 600 per
        # 5 minutes (720 an hour), which would space the polls ~5.5 s apart. 6,000 lets them run.
        db, records, session = setup(tmp, sb, budget=6000)
        watch = WatchStore(db)
        links = open_links(sb, records, rounds)
        watch.set_cursor("demo", datetime.now(UTC) - timedelta(minutes=1))
        runner = TaskRunner()
        watcher = PaymentWatcher(runner, records, watch, interval_shown=1.0, heartbeat_ms=100)
        seen: dict[int, float] = {}
        watcher.paid.connect(lambda notice: seen.setdefault(notice.record_id, time.monotonic()))
        watcher.set_session(session)
        run_until(app, lambda: not watcher.polling, 10)
        rng = random.Random(3)
        waits = []
        for record_id, paylink in links:
            run_until(app, lambda: False, rng.uniform(0.3, 1.3))
            paid_at = time.monotonic()
            sb.pay(paylink.hash)
            run_until(app, lambda record_id=record_id: record_id in seen, 10)
            waits.append(seen[record_id] - paid_at)
        watcher.set_session(None)
        runner.shutdown(10_000)
        db.close()
    return waits


def main() -> None:
    # As the app does (app/gc_thread.py): collection on the GUI thread only, what start-up made
    # frozen out of full collections. `--python-gc` measures with Python's own collector instead.
    if "--python-gc" not in sys.argv:
        gc_thread.install(QApplication.instance() or QApplication([])).freeze_startup()
    naive = naive_per_hour()
    print(f"baseline: one GET per open link per minute = {naive} requests/hour ({LINKS} links)")
    for shown in (True, False):
        for paid in (0, 10):
            count, notices = requests_per_hour(shown, paid)
            window = "shown " if shown else "hidden"
            print(
                f"window {window}, {paid:2d} links paid: {count:4d} requests/hour, "
                f"{notices} notifications  |  ratio {count / naive:.4f}x of the baseline"
            )
    rounds = [stall() for _ in range(STALL_ROUNDS)]
    idle = statistics.median(r[0] for r in rounds)
    worsts = sorted(r[1] for r in rounds)
    print(
        f"stall: idle worst {idle:5.2f} ms | poll settling {LINKS} paid links, {STALL_ROUNDS} "
        f"rounds: longest stall median {statistics.median(worsts):5.2f} ms, worst "
        f"{worsts[-1]:5.2f} ms (target < 16 ms), done in "
        f"{statistics.median(r[2] for r in rounds):.2f} s | "
        f"ratio {statistics.median(worsts) / max(idle, 0.01):.1f}x"
    )
    print("  longest stall of each round: " + ", ".join(f"{w:.1f}" for w in worsts) + " ms")
    waits = latency()
    print(
        f"payment -> notification with a 1 s poll: median {statistics.median(waits):.2f} s, "
        f"max {max(waits):.2f} s over {len(waits)} payments | ratio to the interval "
        f"{statistics.median(waits) / 1.0:.2f}x"
    )


if __name__ == "__main__":
    main()

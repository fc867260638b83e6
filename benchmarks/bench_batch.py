"""Batches: the preview of a 10,000-row file, and the pace of a 500-row batch under a budget.

    python -m benchmarks batch

Preview: from `BatchController.load` until the table holds every row (parsed on a worker, checked
in slices on the GUI thread, the rows shown at once), in the real batch window (its table,
summary and buttons, 1100x700); a 5 ms QTimer on the GUI thread measures the longest stall, over
5 rounds. Baseline, same run: the same file read by `csv.reader` alone, and the timer over an
idle loop. Targets: under 1 s, stall under 16 ms.

Pace: 500 creates against the sandbox with its rate budget on (as the platform's: refusing what
goes beyond) and the profile's `rate_budget` set to the same figure. The fastest pace the budget
allows is what the token bucket lets through (burst, then `per_second`); the batch must take at
most 1.2 times that, with no "too many requests" answer.
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from app import gc_thread
from app.models.batch_controller import BatchController
from app.models.rate_budget import RateBudgets, TokenBucket
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.sandbox import Sandbox
from app.settings.demo import demo_profile
from app.store.batches import BatchStore
from app.store.database import open_database
from app.store.records import RecordState, RecordStore
from app.store.references import ReferenceCounter
from app.views.batch_window import BatchWindow
from benchmarks.bench_gui_stall import GapMeter

SECRET = "bench-secret"
PREVIEW_ROWS = 10_000
PREVIEW_ROUNDS = 5
BATCH_ROWS = 500
BUDGET = 1000  # per 300 s: 10 burst, then 3.3 per second; 500 rows take about 150 s
WINDOW = 300.0


def spin(app: QApplication, until, seconds: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not until():
        app.processEvents()
        time.sleep(0.0005)


def members(path: Path, rows: int) -> Path:
    lines = ["Titel;Vorname;Name;E-Mail;Betrag;Referenz;Sprache"]
    for n in range(rows):
        lines.append(f"Jahresbeitrag;Anna;Müller {n};a{n}@example.ch;{100 + n % 9}.50;B-{n:05d};de")
    path.write_bytes("\r\n".join(lines).encode("utf-8-sig"))
    return path


def controller_for(
    db_path: Path, session: ProfileSession | None, runner: TaskRunner
) -> BatchController:
    db = open_database(db_path)
    records = RecordStore(db)
    controller = BatchController(
        runner, records, BatchStore(db, records), ReferenceCounter(db), RateBudgets()
    )
    controller.set_session(session)
    return controller


def preview_round(
    app: QApplication, tmp: Path, session: ProfileSession
) -> tuple[float, float, float, float]:
    path = members(tmp / "big.csv", PREVIEW_ROWS)
    start = time.perf_counter()
    data = path.read_bytes().decode("utf-8-sig")
    list(csv.reader(io.StringIO(data), delimiter=";"))
    baseline = time.perf_counter() - start

    meter = GapMeter()
    meter.start()
    spin(app, lambda: False, 1.0)
    meter.stop()
    idle = meter.worst_stall()

    # The last round's controller (its 10,000 rows held in a QObject cycle) is freed by the
    # collector; that pause belongs to no preview, so it is taken before the meter starts.
    gc.collect()
    runner = TaskRunner()
    controller = controller_for(tmp / f"p{time.monotonic_ns()}.sqlite3", session, runner)
    view = BatchWindow(controller)  # the real window: its table, summary and buttons
    view.show()
    # The window's first paint is not the preview's: as in the app, the window is up before a
    # file is chosen.
    spin(app, lambda: view.isVisible() and not view.visibleRegion().isEmpty(), 5)
    spin(app, lambda: False, 0.2)
    meter.start()
    start = time.perf_counter()
    controller.load(path)
    spin(app, lambda: controller.model.rowCount() == PREVIEW_ROWS and not controller.checking, 30)
    app.processEvents()  # the view's repaint
    elapsed = time.perf_counter() - start
    meter.stop()
    assert controller.model.rowCount() == PREVIEW_ROWS
    view.close()
    runner.shutdown(5000)
    return elapsed, meter.worst_stall(), baseline, idle


def pace_round(app: QApplication, tmp: Path) -> tuple[float, float, int]:
    with Sandbox(instance="demo", secret=SECRET, port=0, seed=False) as sandbox:
        sandbox.set_rate_budget(BUDGET, WINDOW)
        profile = dataclasses.replace(demo_profile(sandbox.base_url), rate_budget=BUDGET)
        session = ProfileSession.open(profile, SECRET)
        runner = TaskRunner()
        controller = controller_for(tmp / "pace.sqlite3", session, runner)
        controller.load(members(tmp / "batch.csv", BATCH_ROWS))
        spin(app, lambda: controller.mapping is not None and not controller.checking, 30)
        bucket = TokenBucket.for_budget(BUDGET, WINDOW)
        burst = int(bucket.tokens)
        fastest = (BATCH_ROWS - burst) / bucket.per_second
        start = time.perf_counter()
        assert controller.create()
        spin(app, lambda: not controller.running and not controller.pump.busy, fastest * 2 + 60)
        elapsed = time.perf_counter() - start
        states = [r.record.state for r in controller.model.rows() if r.record]
        created = states.count(RecordState.CREATED)
        runner.shutdown(10_000)
        return elapsed, fastest, created


def main() -> None:
    app = QApplication.instance() or QApplication([])
    # As the app does (app/gc_thread.py): collection on the GUI thread only, what start-up made
    # frozen out of full collections. `--python-gc` measures with Python's own collector instead.
    if "--python-gc" not in sys.argv:
        gc_thread.install(app).freeze_startup()
    with tempfile.TemporaryDirectory() as tmp_name, Sandbox(instance="demo", secret=SECRET) as sb:
        tmp = Path(tmp_name)
        session = ProfileSession.open(demo_profile(sb.base_url), SECRET)
        rounds = [preview_round(app, tmp, session) for _ in range(PREVIEW_ROUNDS)]
        for elapsed, stall, baseline, idle in rounds:
            print(
                f"preview of {PREVIEW_ROWS} rows: {elapsed * 1000:6.0f} ms (csv.reader alone "
                f"{baseline * 1000:4.0f} ms, ratio {elapsed / baseline:4.1f}x); worst stall "
                f"{stall:5.1f} ms (idle loop {idle:4.1f} ms)"
            )
        print(
            f"median: {statistics.median(r[0] for r in rounds) * 1000:.0f} ms (target < 1000), "
            f"longest stall median {statistics.median(r[1] for r in rounds):.1f} ms, worst "
            f"{max(r[1] for r in rounds):.1f} ms over {len(rounds)} rounds (target < 16)"
        )
        if "--no-pace" in sys.argv:
            return
        elapsed, fastest, created = pace_round(app, tmp)
        print(
            f"{BATCH_ROWS} creates with a budget of {BUDGET}/{WINDOW:.0f} s: {elapsed:.1f} s, "
            f"fastest the budget allows {fastest:.1f} s, ratio {elapsed / fastest:.3f} "
            f"(target <= 1.2); {created} created"
        )


if __name__ == "__main__":
    main()

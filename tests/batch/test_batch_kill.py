"""A batch killed (SIGKILL) in the middle resumes after a restart without sending a row twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.models.session import ProfileSession
from app.sandbox import Fault, Sandbox
from app.store.batches import BatchStore
from app.store.database import open_database
from app.store.records import RecordState, RecordStore
from tests.conftest import SANDBOX_SECRET

from .conftest import ControllerFactory, members_csv

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import dataclasses, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from app.models.batch_controller import BatchController
    from app.models.rate_budget import RateBudgets
    from app.models.runner import TaskRunner
    from app.models.session import ProfileSession
    from app.settings.demo import demo_profile
    from app.store.batches import BatchStore
    from app.store.database import open_database
    from app.store.records import RecordStore
    from app.store.references import ReferenceCounter

    qt = QCoreApplication([])
    db_path, base_url, secret, csv_path = sys.argv[1:5]
    db = open_database(__import__("pathlib").Path(db_path))
    records = RecordStore(db)
    profile = dataclasses.replace(demo_profile(base_url), rate_budget=100_000)
    controller = BatchController(
        TaskRunner(), records, BatchStore(db, records), ReferenceCounter(db), RateBudgets(),
        max_in_flight=1,
    )
    controller.set_session(ProfileSession.open(profile, secret, timeouts=(2, 60)))
    controller.load(csv_path)

    def create_once_read():  # the file is read and checked on the worker, then shown
        if controller.mapping is not None and not controller.checking:
            ready.stop()
            if not controller.create():
                qt.exit(5)

    ready = QTimer(interval=5, timeout=create_once_read)
    ready.start()
    sys.exit(qt.exec())  # creating, until the test kills it
    """
)


@pytest.mark.slow
def test_a_batch_killed_mid_create_resumes_without_sending_a_row_twice(
    qtbot: QtBot,
    sandbox: Sandbox,
    session: ProfileSession,
    make_controller: ControllerFactory,
    tmp_path: Path,
) -> None:
    csv_path = members_csv(tmp_path / "m.csv", 20)
    db_path = tmp_path / "child" / "paydesk.sqlite3"
    # The 6th create hangs on the server after it was made: the kill lands with it in flight.
    hung = 0

    sandbox.set_fault(Fault.LATENCY, object="Invoice", method="POST", seconds=0.05)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(db_path),
            sandbox.base_url,
            SANDBOX_SECRET,
            str(csv_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=tmp_path,
    )
    try:
        qtbot.waitUntil(lambda: sandbox.count("POST", "Invoice") >= 5, timeout=30_000)
        sandbox.set_fault(Fault.HANG, object="Invoice", method="POST", seconds=60)
        qtbot.waitUntil(lambda: sandbox.count("POST", "Invoice") >= 6, timeout=30_000)
        hung = sandbox.count("POST", "Invoice")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()
    sandbox.clear_faults()

    # The next start: what was `sending` is `unknown`, the batch is unfinished.
    db = open_database(db_path)
    try:
        records = RecordStore(db)
        interrupted = records.recover_interrupted_records()
        assert len(interrupted) == 1
        from app.models.batch_controller import BatchController
        from app.models.rate_budget import RateBudgets
        from app.models.runner import TaskRunner
        from app.store.references import ReferenceCounter

        runner = TaskRunner()
        controller = BatchController(
            runner, records, BatchStore(db, records), ReferenceCounter(db), RateBudgets()
        )
        controller.set_session(session)
        [(batch_id, _source, total, unsent)] = controller.unfinished_batches()
        assert total == 20 and unsent == 20 - hung
        assert controller.open_batch(batch_id)
        with qtbot.waitSignal(controller.finished, timeout=30_000):
            assert controller.resume()
        states = [r.record.state if r.record else None for r in controller.model.rows()]
        assert states.count(RecordState.UNKNOWN) == 1
        assert states.count(RecordState.CREATED) == 19
        # Every row went out once: the one in doubt was not sent again.
        assert sandbox.count("POST", "Invoice") == 20
        assert controller.unknown_rows() == [states.index(RecordState.UNKNOWN)]
        runner.shutdown(10_000)
    finally:
        db.close()

"""The task runner: where callbacks run, which results are dropped, and an orderly shutdown."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import PySide6
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.models.runner import TaskHandle, TaskRunner

TIMEOUT_S = 5.0


class Gates:
    """Events that hold workers until the test lets them go; all released at teardown."""

    def __init__(self) -> None:
        self._events: list[threading.Event] = []

    def new(self) -> threading.Event:
        event = threading.Event()
        self._events.append(event)
        return event

    def release_all(self) -> None:
        for event in self._events:
            event.set()


@pytest.fixture
def gates() -> Gates:
    return Gates()


@pytest.fixture
def make_runner(qtbot: QtBot, gates: Gates) -> Iterator[Callable[..., TaskRunner]]:
    runners: list[TaskRunner] = []

    def make(**kwargs: Any) -> TaskRunner:
        runner = TaskRunner(**kwargs)
        runners.append(runner)
        return runner

    yield make
    gates.release_all()
    for runner in runners:
        assert runner.shutdown(int(TIMEOUT_S * 1000)), "a worker thread was left running"
        shiboken6.delete(runner)


@pytest.fixture
def runner(make_runner: Callable[..., TaskRunner]) -> TaskRunner:
    return make_runner()


def drain(runner: TaskRunner) -> None:
    """Wait until no worker runs, then deliver whatever they queued for this thread."""
    assert runner._pool.waitForDone(int(TIMEOUT_S * 1000))
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def gated(gate: threading.Event, value: object = None, started: threading.Event | None = None):
    def fn() -> object:
        if started is not None:
            started.set()
        assert gate.wait(TIMEOUT_S), "gate never opened"
        return value

    return fn


class Recorder:
    """Callbacks that remember what they got and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.threads: list[int] = []
        self.qthreads: list[QThread] = []

    def on_success(self, value: object) -> None:
        self._where()
        self.results.append(value)

    def on_error(self, exc: BaseException) -> None:
        self._where()
        self.errors.append(exc)

    def _where(self) -> None:
        self.threads.append(threading.get_ident())
        self.qthreads.append(QThread.currentThread())


def test_success_arrives_on_the_gui_thread(
    qtbot: QtBot, qapp: QCoreApplication, runner: TaskRunner
) -> None:
    worker_threads: list[int] = []
    recorder = Recorder()

    def fn() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    handle = runner.run(fn, recorder.on_success, recorder.on_error, description="answer")
    assert handle.pending
    qtbot.waitUntil(lambda: recorder.results == [42])
    assert recorder.errors == []
    assert worker_threads and worker_threads[0] != threading.main_thread().ident
    assert recorder.threads == [threading.main_thread().ident]
    assert recorder.qthreads == [qapp.thread()]
    assert handle.delivered and not handle.pending and not handle.cancelled


def test_error_arrives_as_data_on_the_gui_thread(
    qtbot: QtBot, qapp: QCoreApplication, runner: TaskRunner
) -> None:
    recorder = Recorder()
    error = ValueError("amount too large")

    def fn() -> None:
        raise error

    with qtbot.assertNotEmitted(runner.unexpected_error):
        runner.run(fn, recorder.on_success, recorder.on_error)
        qtbot.waitUntil(lambda: recorder.errors != [])
    assert recorder.errors == [error]
    assert recorder.results == []
    assert recorder.threads == [threading.main_thread().ident]
    assert recorder.qthreads == [qapp.thread()]
    assert error.__traceback__ is not None  # the raw detail is still there for the log


def test_base_exception_in_a_worker_is_delivered_too(qtbot: QtBot, runner: TaskRunner) -> None:
    class Stop(BaseException):
        pass

    recorder = Recorder()

    def fn() -> None:
        raise Stop

    runner.run(fn, recorder.on_success, recorder.on_error)
    qtbot.waitUntil(lambda: recorder.errors != [])
    assert isinstance(recorder.errors[0], Stop)


def test_none_is_a_result_like_any_other(qtbot: QtBot, runner: TaskRunner) -> None:
    recorder = Recorder()
    runner.run(lambda: None, recorder.on_success)
    qtbot.waitUntil(lambda: recorder.results == [None])


def test_cancel_drops_the_result(qtbot: QtBot, runner: TaskRunner, gates: Gates) -> None:
    gate, started = gates.new(), threading.Event()
    recorder = Recorder()
    handle = runner.run(gated(gate, "late", started), recorder.on_success, recorder.on_error)
    assert started.wait(TIMEOUT_S)
    handle.cancel()
    assert handle.cancelled
    handle.cancel()  # twice is harmless
    gate.set()
    drain(runner)
    assert recorder.results == recorder.errors == []


def test_cancelled_before_it_starts_never_runs(
    make_runner: Callable[..., TaskRunner], gates: Gates
) -> None:
    runner = make_runner(max_threads=1)
    gate, started = gates.new(), threading.Event()
    ran: list[str] = []
    recorder = Recorder()
    runner.run(gated(gate, "first", started), recorder.on_success)
    assert started.wait(TIMEOUT_S)
    queued = runner.run(lambda: ran.append("second"), recorder.on_success)
    queued.cancel()
    gate.set()
    drain(runner)
    assert ran == []
    assert recorder.results == ["first"]


def test_cancel_after_delivery_changes_nothing(qtbot: QtBot, runner: TaskRunner) -> None:
    recorder = Recorder()
    handle = runner.run(lambda: 1, recorder.on_success)
    qtbot.waitUntil(lambda: recorder.results == [1])
    handle.cancel()
    assert handle.delivered and not handle.cancelled


@pytest.mark.parametrize("older_finishes_first", [True, False])
def test_newer_task_with_the_same_key_supersedes(
    qtbot: QtBot, runner: TaskRunner, gates: Gates, older_finishes_first: bool
) -> None:
    older_gate, newer_gate = gates.new(), gates.new()
    recorder = Recorder()
    older = runner.run(gated(older_gate, "old"), recorder.on_success, key="refresh")
    other = runner.run(gated(newer_gate, "other key"), recorder.on_success, key="elsewhere")
    newer = runner.run(gated(newer_gate, "new"), recorder.on_success, key="refresh")
    assert older.cancelled and newer.pending and other.pending
    assert runner.active_count == 2

    for gate in (older_gate, newer_gate) if older_finishes_first else (newer_gate, older_gate):
        gate.set()
    drain(runner)
    assert sorted(recorder.results) == ["new", "other key"]
    assert newer.delivered


def test_key_is_free_again_after_delivery(qtbot: QtBot, runner: TaskRunner) -> None:
    recorder = Recorder()
    first = runner.run(lambda: 1, recorder.on_success, key="refresh")
    qtbot.waitUntil(lambda: recorder.results == [1])
    runner.run(lambda: 2, recorder.on_success, key="refresh")
    qtbot.waitUntil(lambda: recorder.results == [1, 2])
    assert first.delivered


def test_destroyed_owner_drops_the_result(qtbot: QtBot, runner: TaskRunner, gates: Gates) -> None:
    gate = gates.new()
    recorder = Recorder()
    parent = QObject()
    owner = QObject(parent)
    handle = runner.run(gated(gate, "for a closed form"), recorder.on_success, owner=owner)
    shiboken6.delete(parent)
    assert handle.cancelled
    assert runner.active_count == 0
    gate.set()
    drain(runner)
    assert recorder.results == []


def test_closed_form_drops_the_result(qtbot: QtBot, runner: TaskRunner, gates: Gates) -> None:
    gate = gates.new()
    recorder = Recorder()
    form = QWidget()
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.show()
    handle = runner.run(gated(gate, "late"), recorder.on_success, recorder.on_error, owner=form)
    form.close()  # deleted later, from the event loop
    qtbot.waitUntil(lambda: handle.cancelled)
    assert not shiboken6.isValid(form)
    gate.set()
    drain(runner)
    assert recorder.results == recorder.errors == []


def test_live_owner_gets_its_result_and_can_die_later(qtbot: QtBot, runner: TaskRunner) -> None:
    recorder = Recorder()
    owner = QObject()
    handle = runner.run(lambda: "ok", recorder.on_success, owner=owner)
    qtbot.waitUntil(lambda: recorder.results == ["ok"])
    shiboken6.delete(owner)  # its destroyed signal no longer reaches the runner
    assert handle.delivered


def test_owner_already_deleted_never_runs(runner: TaskRunner) -> None:
    owner = QObject()
    shiboken6.delete(owner)
    ran: list[bool] = []
    handle = runner.run(lambda: ran.append(True), owner=owner)
    assert handle.cancelled
    drain(runner)
    assert ran == []


def test_unhandled_error_is_logged_and_signalled(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def refresh_statuses() -> None:
        raise KeyError("missing field")

    with qtbot.waitSignal(runner.unexpected_error, timeout=int(TIMEOUT_S * 1000)) as blocker:
        runner.run(refresh_statuses, description="Refreshing statuses")
    summary, details = blocker.args
    assert summary == "Refreshing statuses: KeyError: 'missing field'"
    assert "Traceback" in details and "refresh_statuses" in details
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert errors[0].name == "app.models.runner"
    assert errors[0].exc_info is not None and errors[0].exc_info[0] is KeyError


def test_callback_that_raises_is_reported_not_swallowed(qtbot: QtBot, runner: TaskRunner) -> None:
    def on_success(value: int) -> None:
        raise RuntimeError(f"view broke on {value}")

    with qtbot.waitSignal(runner.unexpected_error, timeout=int(TIMEOUT_S * 1000)) as blocker:
        runner.run(lambda: 7, on_success)
    assert "RuntimeError: view broke on 7" in blocker.args[0]
    assert not runner.busy


def test_busy_and_active_tasks_for_the_status_bar(
    qtbot: QtBot, runner: TaskRunner, gates: Gates
) -> None:
    busy: list[bool] = []
    counts: list[int] = []
    runner.busy_changed.connect(busy.append)
    runner.active_changed.connect(counts.append)
    gate_a, gate_b = gates.new(), gates.new()

    a = runner.run(gated(gate_a), description="Creating invoice")
    runner.run(gated(gate_b), description="Loading subscriptions")
    runner.run(gated(gate_b))  # no description: counted, not listed
    assert runner.busy and runner.active_count == 3
    assert runner.active_descriptions() == ["Creating invoice", "Loading subscriptions"]
    assert busy == [True] and counts == [1, 2, 3]

    a.cancel()
    assert runner.active_descriptions() == ["Loading subscriptions"]
    assert counts[-1] == 2

    gate_a.set()
    gate_b.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert busy == [True, False]
    assert counts[-1] == 0
    assert runner.active_descriptions() == []


def test_superseding_refresh_still_tells_the_status_bar(runner: TaskRunner, gates: Gates) -> None:
    gate = gates.new()
    counts: list[int] = []
    runner.active_changed.connect(counts.append)
    runner.run(gated(gate), key="refresh", description="Refreshing page 1")
    runner.run(gated(gate), key="refresh", description="Refreshing page 2")
    assert counts == [1, 1]
    assert runner.active_descriptions() == ["Refreshing page 2"]


def test_shutdown_waits_for_workers_drops_results_and_refuses_new_work(
    runner: TaskRunner, gates: Gates
) -> None:
    gate, started, finished = gates.new(), threading.Event(), threading.Event()
    recorder = Recorder()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)

    def slow() -> str:
        started.set()
        assert gate.wait(TIMEOUT_S)
        finished.set()
        return "too late"

    handle = runner.run(slow, recorder.on_success, recorder.on_error)
    assert started.wait(TIMEOUT_S)
    threading.Timer(0.05, gate.set).start()
    assert runner.shutdown(int(TIMEOUT_S * 1000)) is True
    assert finished.is_set()  # shutdown waited for it
    assert handle.cancelled and busy == [True, False]

    ran: list[bool] = []
    refused = runner.run(lambda: ran.append(True), recorder.on_success)
    assert refused.cancelled and runner.is_shut_down
    drain(runner)
    assert ran == [] and recorder.results == recorder.errors == []


def test_shutdown_is_bounded(runner: TaskRunner, gates: Gates) -> None:
    gate, started = gates.new(), threading.Event()
    runner.run(gated(gate, started=started))
    assert started.wait(TIMEOUT_S)
    assert runner.shutdown(20) is False
    gate.set()
    assert runner.shutdown(int(TIMEOUT_S * 1000)) is True


def test_queued_tasks_do_not_start_after_shutdown(
    make_runner: Callable[..., TaskRunner], gates: Gates
) -> None:
    runner = make_runner(max_threads=1)
    gate, started = gates.new(), threading.Event()
    ran: list[int] = []
    runner.run(gated(gate, started=started))
    assert started.wait(TIMEOUT_S)
    for i in range(5):
        runner.run(lambda i=i: ran.append(i))
    threading.Timer(0.05, gate.set).start()
    assert runner.shutdown(int(TIMEOUT_S * 1000))
    assert ran == []


def test_many_concurrent_tasks_all_complete_within_the_thread_limit(
    qtbot: QtBot, make_runner: Callable[..., TaskRunner]
) -> None:
    runner = make_runner(max_threads=3)
    assert runner.max_threads == 3
    lock = threading.Lock()
    running = 0
    peak = 0
    workers: set[int] = set()
    results: list[int] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    first_three = threading.Barrier(3)

    def work(n: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
            workers.add(threading.get_ident())
        if n < 3:  # the first three meet: three run at once for certain, not by luck
            first_three.wait(TIMEOUT_S)
        with lock:
            running -= 1
        return n * n

    handles: list[TaskHandle] = [
        runner.run(lambda n=n: work(n), results.append) for n in range(200)
    ]
    qtbot.waitUntil(lambda: len(results) == 200, timeout=int(TIMEOUT_S * 1000))
    assert sorted(results) == [n * n for n in range(200)]
    assert all(h.delivered for h in handles)
    assert peak == 3 and len(workers) == 3
    assert busy == [True, False]


def test_runner_refuses_calls_from_another_thread(runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def from_worker() -> None:
        try:
            runner.run(lambda: None)
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=from_worker)
    thread.start()
    thread.join(TIMEOUT_S)
    assert len(errors) == 1 and "thread" in str(errors[0])


def test_max_threads_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        TaskRunner(max_threads=0)


def test_qt_binding_does_not_leak_references_to_true_on_emit(runner: TaskRunner) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to `True` on every `emit()`; the runner
    emits several signals per task, so a session aborts ("bool_dealloc") after a few thousand
    tasks. On 3.12+ `True` is immortal and this passes whatever the binding does."""
    before = sys.getrefcount(True)
    for n in range(300):
        runner.active_changed.emit(n)
    lost = before - sys.getrefcount(True)
    # Other code may take or drop a few references meanwhile; the bug drops one per emit.
    assert lost < 150, f"PySide6 {PySide6.__version__} dropped {lost} references to True"


# -- scopes -------------------------------------------------------------------------------------


def test_scope_cancel_all_drops_every_pending_result_and_spares_other_tasks(
    qtbot: QtBot, runner: TaskRunner, gates: Gates
) -> None:
    gate = gates.new()
    recorder, outside = Recorder(), Recorder()
    session = runner.scope()
    first = session.run(gated(gate, "page 1"), recorder.on_success, recorder.on_error)
    second = session.run(gated(gate, "page 2"), recorder.on_success, recorder.on_error)
    write = runner.run(gated(gate, "sent"), outside.on_success)
    assert session.pending == 2
    session.cancel_all()
    assert first.cancelled and second.cancelled and write.pending
    assert session.pending == 0
    gate.set()
    qtbot.waitUntil(lambda: outside.results == ["sent"])
    drain(runner)
    assert recorder.results == recorder.errors == []


def test_scope_stays_usable_after_cancel_all(qtbot: QtBot, runner: TaskRunner) -> None:
    recorder = Recorder()
    scope = runner.scope()
    scope.cancel_all()
    handle = scope.run(lambda: "next load", recorder.on_success)
    qtbot.waitUntil(lambda: recorder.results == ["next load"])
    assert handle.delivered and scope.pending == 0
    scope.cancel_all()  # nothing pending: harmless
    assert handle.delivered


def test_scope_owner_destroyed_drops_its_tasks(
    qtbot: QtBot, runner: TaskRunner, gates: Gates
) -> None:
    gate = gates.new()
    recorder = Recorder()
    owner = QObject()
    handle = runner.scope(owner).run(gated(gate, "late"), recorder.on_success)
    shiboken6.delete(owner)
    assert handle.cancelled
    gate.set()
    drain(runner)
    assert recorder.results == []


def test_scope_turns_errors_into_failures_for_on_failure(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    from app.api.errors import RateLimitedError
    from app.models.failure import Failure

    said: list[Failure] = []
    scope = runner.scope(on_failure=said.append)

    def limited() -> None:
        raise RateLimitedError("Too many requests: wait a minute.", detail="HTTP 429")

    def broken() -> None:
        raise KeyError("field")

    with qtbot.assertNotEmitted(runner.unexpected_error):
        scope.run(limited, description="Loading page 1")
        qtbot.waitUntil(lambda: len(said) == 1)
        scope.run(broken, description="Loading page 2")
        qtbot.waitUntil(lambda: len(said) == 2)
    assert said[0].rate_limited and said[0].message == "Too many requests: wait a minute."
    assert said[1].unexpected and "KeyError" in said[1].detail
    # The bug is logged with its traceback, under the task's description.
    assert any("Loading page 2" in r.getMessage() and r.exc_info for r in caplog.records)


def test_on_error_and_a_tasks_own_on_failure_come_before_the_scopes(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    from app.models.failure import Failure

    scope_said: list[Failure] = []
    task_said: list[Failure] = []
    raw = Recorder()
    scope = runner.scope(on_failure=scope_said.append)

    def fail() -> None:
        raise OSError(28, "No space left on device")

    scope.run(fail, on_error=raw.on_error)
    scope.run(fail, on_failure=task_said.append)
    qtbot.waitUntil(lambda: len(raw.errors) == 1 and len(task_said) == 1)
    drain(runner)
    assert scope_said == []
    assert task_said[0].message == "No space left on device"


def test_scope_without_on_failure_reports_like_the_runner(qtbot: QtBot, runner: TaskRunner) -> None:
    def fail() -> None:
        raise ValueError("nobody handles this")

    with qtbot.waitSignal(runner.unexpected_error, timeout=int(TIMEOUT_S * 1000)) as blocker:
        runner.scope().run(fail, description="Exporting")
    assert blocker.args[0] == "Exporting: ValueError: nobody handles this"

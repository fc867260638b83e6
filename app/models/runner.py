"""The one background-task runner: every API call (and any slow store work) goes through here.

    handle = runner.run(lambda: client.create_invoice(request),
                        on_success=form.show_link, on_error=form.show_error,
                        owner=form, description="Creating invoice")

`fn` runs on a pool thread and touches nothing of Qt's; whatever it returns or raises comes back as
data through a queued signal, and the callbacks run on the thread that owns the runner (the GUI
thread). A result is dropped (no callback runs) when its task was cancelled, superseded by a newer
task with the same `key`, or its `owner` was destroyed, and after `shutdown()`.

A dropped task whose `fn` has not started yet never starts; one that has started runs to the end
(Python threads cannot be interrupted; the API client's timeouts bound it). So work whose outcome
must be recorded even if the form is closed (a create settling its `sending` row) should record it
inside `fn`, or be run without an owner or key.

A `TaskScope` (``runner.scope(owner)``) groups the tasks of one session or one load, so that
``scope.cancel_all()`` drops every pending result of them at once (an instance switch, a new
load): no generation counter to compare in each callback. Its ``on_failure`` turns an error into
a `Failure` (`app.models.failure.describe`) for callers that show sentences, not exceptions.
"""

from __future__ import annotations

import enum
import itertools
import logging
import threading
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, Qt, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from app.models.failure import Failure

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_MAX_THREADS = 4


class _Status(enum.Enum):
    PENDING = enum.auto()
    DELIVERED = enum.auto()
    DROPPED = enum.auto()


@dataclass(eq=False)
class _Task:
    id: int
    fn: Callable[[], Any]
    on_success: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    key: str | None
    description: str
    # Set from the GUI thread, read by the worker before it starts `fn`.
    dropped: threading.Event = field(default_factory=threading.Event)
    status: _Status = _Status.PENDING
    owner_connection: QMetaObject.Connection | None = None


class TaskHandle:
    """What `run()` returns: lets the caller cancel the task and ask how it went.

    Use it on the runner's thread only.
    """

    __slots__ = ("_runner", "_task")

    def __init__(self, runner: TaskRunner, task: _Task) -> None:
        self._runner = runner
        self._task = task

    @property
    def description(self) -> str:
        return self._task.description

    @property
    def key(self) -> str | None:
        return self._task.key

    @property
    def pending(self) -> bool:
        """Neither delivered nor dropped yet."""
        return self._task.status is _Status.PENDING

    @property
    def delivered(self) -> bool:
        """Its result or error was handed to the callbacks (or reported as unexpected)."""
        return self._task.status is _Status.DELIVERED

    @property
    def cancelled(self) -> bool:
        """Dropped: cancelled, superseded, owner destroyed, or refused after shutdown."""
        return self._task.status is _Status.DROPPED

    def cancel(self) -> None:
        """Drop the result: no callback will run. Harmless once delivered or dropped."""
        self._runner._drop(self._task)


class TaskScope:
    """Tasks of one session or one load: `run` as `TaskRunner.run` (with the scope's owner),
    `cancel_all` drops the results of every one still pending.

    A failure goes to the task's ``on_error`` (the exception), else to ``on_failure`` (the
    task's, else the scope's) as a `Failure`, else to the runner's unexpected-error report.
    Writes that must reach the platform once confirmed do not belong in a scope: run them on the
    runner and check, when their outcome arrives, that the scope they were sent in is still the
    one on show. Use it on the runner's thread only.
    """

    __slots__ = ("_handles", "_on_failure", "_owner", "_runner")

    def __init__(
        self,
        runner: TaskRunner,
        owner: QObject | None = None,
        *,
        on_failure: Callable[[Failure], None] | None = None,
    ) -> None:
        self._runner = runner
        # Weakly: the owner usually keeps its scope, and a cycle through a QObject is broken only
        # by the garbage collector, which may run on a worker thread and delete it there.
        self._owner = weakref.ref(owner) if owner is not None else None
        self._on_failure = on_failure
        self._handles: list[TaskHandle] = []

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        on_failure: Callable[[Failure], None] | None = None,
        key: str | None = None,
        description: str = "",
    ) -> TaskHandle:
        """Run `fn` as `TaskRunner.run` does, with the scope's owner; see the class docstring for
        where a failure goes. `key` is the runner's: a task of another scope with the same key is
        superseded too."""
        said = on_failure or self._on_failure
        if on_error is None and said is not None:
            on_error = partial(_say_failure, said, description)
        owner = self._owner() if self._owner is not None else None
        if self._owner is not None and owner is None:
            return self._runner._refused(fn, description)
        handle = self._runner.run(
            fn, on_success, on_error, owner=owner, key=key, description=description
        )
        # Forget the settled ones here, so a long-lived scope holds only what may be pending.
        self._handles = [h for h in self._handles if h.pending]
        if handle.pending:
            self._handles.append(handle)
        return handle

    def cancel_all(self) -> None:
        """Drop every pending result of this scope (tasks not started yet never start). The
        scope stays usable."""
        handles, self._handles = self._handles, []
        for handle in handles:
            handle.cancel()

    @property
    def pending(self) -> int:
        """How many of its tasks are neither delivered nor dropped."""
        return sum(1 for h in self._handles if h.pending)


def _say_failure(
    on_failure: Callable[[Failure], None], description: str, error: BaseException
) -> None:
    from app.models.failure import describe  # failure.py imports the API's errors: load late

    on_failure(describe(error, doing=description or "a background task"))


class _Relay(QObject):
    """Lives on the runner's thread; workers emit through it, so delivery is a queued call."""

    finished = Signal(int, bool, object)


class TaskRunner(QObject):
    """Runs callables on its own `QThreadPool` and delivers the outcome on its own thread.

    Create it on the GUI thread and call `shutdown()` before the application quits.
    """

    busy_changed = Signal(bool)
    # How many tasks are pending, whenever the set changes; `active_descriptions()` says what.
    active_changed = Signal(int)
    # (summary, traceback) of a failure no `on_error` handled, or of a callback that raised.
    unexpected_error = Signal(str, str)

    def __init__(
        self, parent: QObject | None = None, *, max_threads: int = DEFAULT_MAX_THREADS
    ) -> None:
        super().__init__(parent)
        if max_threads < 1:
            raise ValueError(f"max_threads must be at least 1, not {max_threads}")
        self._owner_thread = threading.get_ident()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        # Queued: emitted on pool threads, delivered on ours.
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}  # pending, in submission order
        self._keyed: dict[str, _Task] = {}
        self._closed = False
        self._reported: tuple[int, ...] = ()

    # -- public ---------------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        key: str | None = None,
        description: str = "",
    ) -> TaskHandle:
        """Run `fn` on a pool thread; see the module docstring for when the result is dropped.

        After `shutdown()`, or with an owner that is already deleted, the handle comes back
        already cancelled and `fn` never runs.
        """
        self._check_thread()
        if self._closed or (owner is not None and not shiboken6.isValid(owner)):
            return self._refused(fn, description)
        task = _Task(next(self._ids), fn, on_success, on_error, key, description)
        handle = TaskHandle(self, task)
        if key is not None:
            previous = self._keyed.get(key)
            if previous is not None:
                log.debug("task %r supersedes task %d", key, previous.id)
                self._drop(previous, notify=False)
            self._keyed[key] = task
        if owner is not None:
            task.owner_connection = owner.destroyed.connect(partial(self._owner_destroyed, task.id))
        self._tasks[task.id] = task
        self._pool.start(partial(_work, task, self._relay))
        self._notify()
        return handle

    def scope(
        self,
        owner: QObject | None = None,
        *,
        on_failure: Callable[[Failure], None] | None = None,
    ) -> TaskScope:
        """A group of tasks run with `owner` whose results `TaskScope.cancel_all` drops at once;
        see `TaskScope`."""
        return TaskScope(self, owner, on_failure=on_failure)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Refuse new work, drop every pending result and wait (at most `timeout_ms`) for the
        pool threads to finish. True if they all did."""
        self._check_thread()
        if not self._closed:
            self._closed = True
            for task in list(self._tasks.values()):
                self._drop(task, notify=False)
            self._pool.clear()  # queued tasks that have not started never will
            self._notify()
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.warning("background tasks still running after %d ms at shutdown", timeout_ms)
        return done

    @property
    def is_shut_down(self) -> bool:
        return self._closed

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    @property
    def active_count(self) -> int:
        return len(self._tasks)

    def active_descriptions(self) -> list[str]:
        """Descriptions of the pending tasks that have one, oldest first (for the status bar)."""
        return [task.description for task in self._tasks.values() if task.description]

    @property
    def max_threads(self) -> int:
        return self._pool.maxThreadCount()

    # -- internals ------------------------------------------------------------------------------

    def _refused(self, fn: Callable[[], Any], description: str) -> TaskHandle:
        """A handle that comes back already dropped: `fn` never runs."""
        log.debug("not running %r: runner shut down or owner gone", description)
        task = _Task(next(self._ids), fn, None, None, None, description)
        task.status = _Status.DROPPED
        task.dropped.set()
        return TaskHandle(self, task)

    def _check_thread(self) -> None:
        if threading.get_ident() != self._owner_thread:
            raise RuntimeError("TaskRunner must be used from the thread that created it")

    def _drop(self, task: _Task, *, notify: bool = True) -> None:
        self._check_thread()
        if task.status is not _Status.PENDING:
            return
        task.status = _Status.DROPPED
        task.dropped.set()
        self._forget(task)
        if notify:
            self._notify()

    def _forget(self, task: _Task) -> None:
        # A handle kept by a form must not keep the form's callbacks (and the form) alive.
        task.on_success = task.on_error = None
        self._tasks.pop(task.id, None)
        if task.key is not None and self._keyed.get(task.key) is task:
            del self._keyed[task.key]
        connection, task.owner_connection = task.owner_connection, None
        if connection is not None:
            # The owner is alive here (its destruction clears the connection first).
            QObject.disconnect(connection)

    def _owner_destroyed(self, task_id: int, *_: object) -> None:
        # Called from the owner's destructor: touch nothing of the owner.
        task = self._tasks.get(task_id)
        if task is None:
            return
        task.owner_connection = None
        log.debug("owner of task %d (%r) destroyed; dropping it", task.id, task.description)
        self._drop(task)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        task = self._tasks.get(task_id)
        if task is None or task.status is not _Status.PENDING:
            return  # dropped after the worker finished
        task.status = _Status.DELIVERED
        on_success, on_error = task.on_success, task.on_error
        self._forget(task)
        try:
            if ok:
                if on_success is not None:
                    on_success(payload)
            else:
                assert isinstance(payload, BaseException)
                if on_error is not None:
                    on_error(payload)
                else:
                    self._report(task, payload, "failed")
        except Exception as exc:
            self._report(task, exc, "callback raised")
        finally:
            # After the callback, so one that starts a follow-up task causes no busy flicker.
            self._notify()

    def _report(self, task: _Task, exc: BaseException, what: str) -> None:
        name = task.description or f"background task {task.id}"
        summary = f"{name}: {type(exc).__name__}: {exc}"
        details = "".join(traceback.format_exception(exc))
        log.error("%s %s", name, what, exc_info=exc)
        self.unexpected_error.emit(summary, details)

    def _notify(self) -> None:
        pending = tuple(self._tasks)
        if pending == self._reported:
            return
        was_busy = bool(self._reported)
        self._reported = pending
        # Also when only the tasks changed (a superseding refresh), so the status bar re-reads.
        self.active_changed.emit(len(pending))
        if was_busy != bool(pending):
            self.busy_changed.emit(bool(pending))


def _work(task: _Task, relay: _Relay) -> None:
    """Runs on a pool thread."""
    if task.dropped.is_set():
        return
    ok = True
    payload: object
    try:
        payload = task.fn()
    except BaseException as exc:  # delivered as data; the GUI thread decides what it means
        ok = False
        payload = exc
    if task.dropped.is_set():
        return
    try:
        relay.finished.emit(task.id, ok, payload)
    except RuntimeError:
        # The runner was deleted without shutdown(); nobody is left to tell.
        log.debug("task %d finished after its runner was deleted", task.id)

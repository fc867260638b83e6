"""Uncaught exceptions, in any thread: logged with their traceback, then shown on the GUI thread.

`install_excepthook` replaces `sys.excepthook` (the main thread, and exceptions PySide6 reports from
slots and virtual overrides) and `threading.excepthook` (every `threading.Thread`). The hook logs
first, so the traceback is in the log even if the GUI is wedged, then hands a one-line summary and
the traceback to a `QObject` living on the GUI thread through a queued signal: the callback (the
error dialog) always runs on the GUI thread, whichever thread failed. The app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from app.logs import redact

log = logging.getLogger("app.crash")

ShowError = Callable[[str, str], None]
"""Receives (summary, traceback text) on the GUI thread."""

_SUMMARY_LIMIT = 200


class _Bridge(QObject):
    """Lives on the GUI thread; its queued slot is where the callback runs."""

    raised = Signal(str, str)

    def __init__(self, show: ShowError) -> None:
        super().__init__()
        self._show = show
        self.raised.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(str, str)
    def _deliver(self, summary: str, details: str) -> None:
        try:
            self._show(summary, details)
        except Exception:
            # Logged, not raised: raising here would come back through the hook, again and again.
            log.exception("Could not show the error dialog")


def summarize(
    exc_type: type[BaseException], exc_value: BaseException | None, thread_name: str | None
) -> str:
    """One line: the exception type and the first line of its message, and the thread if not the
    main one."""
    text = str(exc_value).strip() if exc_value is not None else ""
    message = text.splitlines()[0] if text else ""
    summary = f"{exc_type.__name__}: {message}" if message else exc_type.__name__
    if len(summary) > _SUMMARY_LIMIT:
        summary = summary[: _SUMMARY_LIMIT - 1] + "…"
    if thread_name and thread_name != threading.main_thread().name:
        summary += f" (in thread {thread_name})"
    return redact(summary)


class CrashHandler:
    """The installed hooks. `uninstall` puts back the ones that were there before."""

    def __init__(self, show: ShowError) -> None:
        self._bridge = _Bridge(show)
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook

    def _install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.threading_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self.threading_excepthook:
            threading.excepthook = self._previous_threading_hook

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_excepthook(exc_type, exc_value, exc_tb)
            return
        self.report(exc_type, exc_value, exc_tb, threading.current_thread().name)

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):  # what threading's own hook ignores, too
            return
        name = args.thread.name if args.thread is not None else None
        self.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    def report(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException | None,
        exc_tb: TracebackType | None,
        thread_name: str | None,
    ) -> None:
        """Log the exception and send it to the GUI thread. Safe to call from any thread."""
        try:
            log.error(
                "Uncaught exception in thread %s",
                thread_name or "?",
                exc_info=(exc_type, exc_value, exc_tb),  # type: ignore[arg-type]
            )
            details = redact("".join(traceback.format_exception(exc_type, exc_value, exc_tb)))
            self._bridge.raised.emit(summarize(exc_type, exc_value, thread_name), details)
        except Exception:
            # The last resort must not raise: fall back to Python's own printing.
            traceback.print_exception(exc_type, exc_value, exc_tb)


def install_excepthook(show: ShowError) -> CrashHandler:
    """Send every uncaught exception to the log and then to ``show(summary, traceback)``.

    Call on the GUI thread once the `QApplication` exists; ``show`` is always called there.
    """
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("install_excepthook() must be called on the GUI thread of a running app")
    handler = CrashHandler(show)
    handler._install()
    return handler

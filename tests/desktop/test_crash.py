"""Uncaught exceptions in any thread reach the log and the error dialog; the app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import logs
from app.crash import CrashHandler, install_excepthook, summarize
from app.views.error_dialog import ErrorDialog
from app.views.error_reporter import ErrorReporter

SECRET = "very-secret-instance-key-0815"
LEFT = Qt.MouseButton.LeftButton


class Opened:
    """Stands in for QDesktopServices.openUrl."""

    def __init__(self, result: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.result = result

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.result


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    level = logging.getLogger().level
    path = logs.setup_logging(tmp_path / "logs")
    yield path
    logs.shutdown_logging()
    logs._registry.clear()
    logging.getLogger().setLevel(level)


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def reporter(qtbot: QtBot, log_file: Path, opened: Opened) -> Iterator[ErrorReporter]:
    result = ErrorReporter(log_file, open_url=opened)
    yield result
    if result.dialog is not None:
        result.dialog.close()


@pytest.fixture
def installed(reporter: ErrorReporter) -> Iterator[CrashHandler]:
    # Installed inside the test (fixtures run in pytest-qt's capture window) and put back after.
    handler = install_excepthook(reporter)
    yield handler
    handler.uninstall()


def _read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text("utf-8")


def _dialog_shown(reporter: ErrorReporter) -> bool:
    return reporter.dialog is not None and reporter.dialog.isVisible()


def test_exception_in_a_worker_thread_reaches_the_dialog_and_the_log(
    qtbot: QtBot, installed: CrashHandler, reporter: ErrorReporter, log_file: Path
) -> None:
    seen_on: list[threading.Thread] = []

    def boom() -> None:
        raise ValueError("the worker fell over")

    original_call = reporter.__call__

    def spy(summary: str, details: str) -> None:
        seen_on.append(threading.current_thread())
        original_call(summary, details)

    installed._bridge._show = spy
    worker = threading.Thread(target=boom, name="payment-worker")
    worker.start()
    worker.join(5)

    qtbot.waitUntil(lambda: _dialog_shown(reporter), timeout=5000)
    dialog = reporter.dialog
    assert dialog is not None
    assert seen_on == [threading.main_thread()]  # shown on the GUI thread
    summary = dialog.summary_label.text()
    assert "ValueError: the worker fell over" in summary
    assert "payment-worker" in summary
    details = dialog.details_text.toPlainText()
    assert "Traceback (most recent call last)" in details
    assert 'raise ValueError("the worker fell over")' in details
    assert str(log_file) in dialog.log_label.text()

    written = _read(log_file)
    assert "app.crash: Uncaught exception in thread payment-worker" in written
    assert "ValueError: the worker fell over" in written


def test_exception_in_a_slot_on_the_gui_thread_reaches_the_dialog(
    qtbot: QtBot, installed: CrashHandler, reporter: ErrorReporter, log_file: Path
) -> None:
    def slot() -> None:
        raise KeyError("missing-column")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: _dialog_shown(reporter), timeout=5000)
    assert reporter.dialog is not None
    assert "KeyError: 'missing-column'" in reporter.dialog.summary_label.text()
    assert "KeyError: 'missing-column'" in _read(log_file)


def test_sys_excepthook_path_and_the_app_keeps_running(
    qtbot: QtBot, installed: CrashHandler, reporter: ErrorReporter
) -> None:
    try:
        raise OSError("disk full")
    except OSError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: _dialog_shown(reporter), timeout=5000)
    assert reporter.dialog is not None
    assert not reporter.dialog.details_text.isVisible()  # folded away until asked for
    qtbot.mouseClick(reporter.dialog.details_toggle, LEFT)
    assert reporter.dialog.details_text.isVisible()
    assert reporter.dialog.details_text.isReadOnly()

    qtbot.mouseClick(reporter.dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert QApplication.instance() is not None

    # A later problem opens a fresh dialog: nothing was torn down.
    threading.Thread(target=lambda: 1 / 0, name="later").start()
    qtbot.waitUntil(lambda: _dialog_shown(reporter), timeout=5000)
    assert reporter.dialog is not None
    assert "ZeroDivisionError" in reporter.dialog.summary_label.text()


def test_many_problems_share_one_dialog(
    qtbot: QtBot, installed: CrashHandler, reporter: ErrorReporter
) -> None:
    threads = [threading.Thread(target=_raiser(f"problem {i}"), name=f"w{i}") for i in range(3)]
    for thread in threads:
        thread.start()
        thread.join(5)
    qtbot.waitUntil(
        lambda: reporter.dialog is not None and reporter.dialog.problem_count == 3, timeout=5000
    )
    dialog = reporter.dialog
    assert dialog is not None
    assert "and 2 more problem(s) since" in dialog.summary_label.text()
    text = dialog.details_text.toPlainText()
    assert all(f"problem {i}" in text for i in range(3))
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]
    assert [w for w in windows if w.isVisible()] == [dialog]


def test_secrets_never_reach_the_dialog(
    qtbot: QtBot, installed: CrashHandler, reporter: ErrorReporter, log_file: Path
) -> None:
    logs.register_secret(SECRET)
    threading.Thread(target=_raiser(f"rejected {SECRET} and ApiSignature=abcdef123")).start()
    qtbot.waitUntil(lambda: _dialog_shown(reporter), timeout=5000)
    assert reporter.dialog is not None
    for text in (
        reporter.dialog.summary_label.text(),
        reporter.dialog.details(),
        _read(log_file),
    ):
        assert SECRET not in text
        assert "abcdef123" not in text


def test_copy_details_and_open_log_folder(qtbot: QtBot, log_file: Path, opened: Opened) -> None:
    dialog = ErrorDialog("ValueError: bad", "Traceback ...\nValueError: bad", log_file)
    qtbot.addWidget(dialog)
    dialog.open()

    qtbot.mouseClick(dialog.copy_button, LEFT)
    copied = QGuiApplication.clipboard().text()
    assert "ValueError: bad" in copied
    assert "Traceback ..." in copied
    assert str(log_file) in copied
    assert "Paydesk" in copied and "Qt" in copied
    assert dialog.feedback_label.text() == "Details copied to the clipboard."

    dialog._open_url = opened
    qtbot.mouseClick(dialog.open_log_button, LEFT)
    assert opened.urls == [QUrl.fromLocalFile(str(log_file.parent))]

    opened.result = False
    qtbot.mouseClick(dialog.open_log_button, LEFT)
    assert dialog.feedback_label.text().startswith("Could not open")


def test_dialog_texts(qtbot: QtBot) -> None:
    dialog = ErrorDialog("RuntimeError: <b>not bold</b>", "tb", None)
    qtbot.addWidget(dialog)
    dialog.open()
    labels = " ".join(w.text() for w in dialog.findChildren(type(dialog.summary_label)))
    assert (
        "Paydesk hit an unexpected problem. You can keep working; "
        "if it happens again, send the log."
    ) in labels
    assert dialog.summary_label.text() == "RuntimeError: <b>not bold</b>"
    assert dialog.summary_label.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.open_log_button.isEnabled()  # no log file this session
    button_texts = {dialog.copy_button.text(), dialog.open_log_button.text()}
    assert button_texts == {"Copy details", "Open log folder"}
    assert dialog.isVisible()


def test_a_failing_dialog_is_logged_not_looped(
    qtbot: QtBot, log_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []

    def broken_show(summary: str, details: str) -> None:
        calls.append(summary)
        raise RuntimeError("dialog broke")

    handler = install_excepthook(broken_show)
    try:
        threading.Thread(target=_raiser("first")).start()
        qtbot.waitUntil(lambda: "Could not show the error dialog" in caplog.text, timeout=5000)
        # A marker behind anything the failure queued: a loop would show up before it.
        threading.Thread(target=_raiser("second")).start()
        qtbot.waitUntil(lambda: len(calls) >= 2, timeout=5000)
        assert len(calls) == 2 and "second" in calls[1], calls
    finally:
        handler.uninstall()


def test_uninstall_restores_previous_hooks(qtbot: QtBot) -> None:
    before = (sys.excepthook, threading.excepthook)
    handler = install_excepthook(lambda summary, details: None)
    assert sys.excepthook == handler.excepthook
    assert threading.excepthook == handler.threading_excepthook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_install_needs_the_gui_thread(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def off_thread() -> None:
        try:
            install_excepthook(lambda s, d: None)
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=off_thread)
    thread.start()
    thread.join(5)
    assert len(errors) == 1


def test_summary_is_one_line() -> None:
    error = ValueError("first line\nsecond line")
    assert summarize(ValueError, error, threading.main_thread().name) == "ValueError: first line"
    assert summarize(KeyError, None, "w1") == "KeyError (in thread w1)"
    long = summarize(ValueError, ValueError("x" * 500), None)
    assert len(long) <= 200


def _raiser(message: str) -> Callable[[], None]:
    def run() -> None:
        raise RuntimeError(message)

    return run

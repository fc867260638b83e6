"""The garbage collector runs on the GUI thread only (app/gc_thread.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import gc_thread


class Cycle(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a cycle only the collector frees


def test_automatic_collection_is_off_and_the_gui_thread_collects(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    assert gc_thread.install(app) is gc_thread.install(app)  # one per application
    assert not gc.isenabled()
    thresholds = gc.get_threshold()
    gc.set_threshold(1, 1, 1)  # any allocation is "due"
    collector = gc_thread.MainThreadCollector(interval_ms=10)
    try:
        freed_on: list[int] = []
        cycle = Cycle()
        weakref.finalize(cycle, lambda: freed_on.append(threading.get_ident()))
        del cycle

        def churn() -> None:  # a worker allocating a lot: it must not trigger a collection
            for _ in range(50_000):
                [].append(None)

        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert freed_on == []
        qtbot.waitUntil(lambda: freed_on != [], timeout=5000)
        assert freed_on == [threading.get_ident()]  # on this (the GUI) thread
    finally:
        collector.stop()
        collector.deleteLater()
        gc.set_threshold(*thresholds)

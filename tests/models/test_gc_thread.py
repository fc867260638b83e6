"""The garbage collector runs on the GUI thread only (app/gc_thread.py)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
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


def test_a_full_collection_waits_for_a_calm_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    collected: list[int] = []
    collector = gc_thread.MainThreadCollector(interval_ms=200, clock=lambda: now[0])
    try:
        collector._timer.stop()  # ticked by hand below
        monkeypatch.setattr(gc, "get_count", lambda: (0, 0, 10_000))  # a full one is due
        monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
        now[0] += gc_thread.FULL_EVERY_S
        for _ in range(10):  # a poll settling: every tick comes 50 ms late
            now[0] += 0.25
            collector.collect_due()
        assert 2 not in collected  # no full pause on top of the busy loop
        for _ in range(gc_thread.CALM_TICKS):  # then the loop is calm: ticks on time
            now[0] += 0.2
            collector.collect_due()
        assert collected[-1] == 2
        collected.clear()
        now[0] += 0.2
        collector.collect_due()
        assert 2 not in collected  # and not again before FULL_EVERY_S
    finally:
        collector.stop()
        collector.deleteLater()


def test_a_middle_collection_waits_for_a_calm_tick_but_not_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [1000.0]
    collected: list[int] = []
    collector = gc_thread.MainThreadCollector(interval_ms=200, clock=lambda: now[0])
    try:
        collector._timer.stop()
        monkeypatch.setattr(gc, "get_count", lambda: (800, 20, 0))  # generations 0 and 1 due
        monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
        now[0] += 0.25  # a late tick: the loop is busy
        collector.collect_due()
        assert collected == [0]  # the youngest only
        waited = 0.0
        for _ in range(100):  # busy all along: it waits, but not for ever
            if 1 in collected:
                break
            now[0] += 0.25
            waited += 0.25
            collector.collect_due()
        assert waited == pytest.approx(gc_thread.MIDDLE_WAITS_AT_MOST_S, abs=0.25)
        collected.clear()
        now[0] += 0.2  # on time: due again, collected at once
        collector.collect_due()
        assert collected == [1]
    finally:
        collector.stop()
        collector.deleteLater()

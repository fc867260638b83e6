"""History with many rows: what the window waits for when the user searches, sorts or reloads.

    python -m benchmarks history

10,000 paylinks in History's model and filter proxy (sorted by date, newest first, as the tab
opens). Each operation is timed until the proxy answers its row count and first row, median of
5 rounds. Baseline, same run: Python's own work on the same rows, `sorted()` over the 10,000
records by date and a substring test over their titles. Targets: a keystroke and a reload that
finds the same rows under 50 ms. The first keystroke right after a load makes the rows' search
texts; a moment later History has made them while the window idled ("after").
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.history import Column, HistoryFilterProxy, HistoryTableModel
from app.store.database import open_database
from app.store.records import Record, RecordStore

ROWS = 10_000
ROUNDS = 5


def make_records(tmp: Path) -> list[Record]:
    records = RecordStore(open_database(tmp / "history.sqlite3"))
    for n in range(ROWS):
        amount = 1000 + (n * 7919) % 5000
        customer = f"Anna Müller {n}"
        records.begin(
            "demo", "invoice", f"Jahresbeitrag {n}", f"B-{n:05d}", amount, "CHF", customer, {}
        )
    return records.list("demo")


def timed(proxy: HistoryFilterProxy, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    if proxy.rowCount():
        proxy.index(0, Column.TITLE).data()
    return (time.perf_counter() - start) * 1000


def one_round(rows: list[Record]) -> list[tuple[str, float]]:
    model = HistoryTableModel()
    model.set_records(rows)
    proxy = HistoryFilterProxy()
    proxy.setSourceModel(model)
    by_date, by_amount = Column.CREATED, Column.AMOUNT
    descending, ascending = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
    app = QApplication.instance()
    assert app is not None

    def idle() -> None:
        """The window idles a moment after the load, as it does before anyone types: History
        makes the search texts in those turns of the event loop (not timed)."""
        deadline = time.monotonic() + 10
        while model._prepared < model.rowCount() and time.monotonic() < deadline:
            app.processEvents()

    fresh = HistoryTableModel()
    fresh.set_records(rows)
    at_once = HistoryFilterProxy()
    at_once.setSourceModel(fresh)
    steps: list[tuple[str, Callable[[], object]]] = [
        ("first keystroke, no idle yet", lambda: at_once.set_search("a")),
        ("open (sort by date)", lambda: proxy.sort(by_date, descending)),
        ("(the window idles a moment)", idle),
        ("first keystroke 'a'", lambda: proxy.set_search("a")),
        ("keystroke 'ann'", lambda: proxy.set_search("ann")),
        ("keystroke 'anna 99'", lambda: proxy.set_search("anna 99")),
        ("backspace 'anna 9' (widens)", lambda: proxy.set_search("anna 9")),
        ("clear the search", lambda: proxy.set_search("")),
        ("reload, same rows", lambda: model.set_records(rows)),
        ("sort by amount", lambda: proxy.sort(by_amount, ascending)),
    ]
    return [(name, timed(proxy, action)) for name, action in steps]


def main() -> None:
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        rows = make_records(Path(tmp))
    start = time.perf_counter()
    sorted(rows, key=lambda r: (r.created_at, r.id), reverse=True)
    baseline_sort = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    [r for r in rows if "anna 9" in r.customer.casefold()]
    baseline_scan = (time.perf_counter() - start) * 1000
    print(
        f"baseline: sorted() over {ROWS} records {baseline_sort:.1f} ms; a substring test over "
        f"their customers {baseline_scan:.1f} ms"
    )
    cases: dict[str, list[float]] = {}
    for _ in range(ROUNDS):
        for name, took in one_round(rows):
            cases.setdefault(name, []).append(took)
    for name, times in cases.items():
        median = statistics.median(times)
        print(
            f"{name:30s} median {median:7.1f} ms (worst {max(times):7.1f}) | ratio to sorted() "
            f"{median / max(baseline_sort, 0.01):6.1f}x"
        )


if __name__ == "__main__":
    main()

"""The rows of a batch checked on the GUI thread, a few milliseconds at a time.

Checking a row is pure Python (the form's rules), so on a worker thread it holds the interpreter
the GUI thread needs: the window stalled 35–110 ms while 10,000 rows were checked. Here a
zero-delay timer checks rows until a slice's time is up and hands the event loop back between
slices, so the window repaints and answers input all the while; reading the file and the store
stays on the worker. The preview's `Row`s are made here too (10,000 at once held the GUI thread
5 ms), and `done` comes in a turn of its own, never after a slice's work.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from app.batch.mapping import Field, Mapping
from app.batch.rows import ContentKey, RowFlagger, cells_of, check_cells
from app.models.batch_table import Row, Summary, Tally

# A slice ends after this long (the window's frame is 16 ms; the rest is its own work).
SLICE_SECONDS = 0.004
# The clock is read every few rows: one row's check is tens of microseconds.
ROWS_PER_CLOCK_READ = 8


@dataclass(frozen=True)
class Checked:
    rows: list[Row]
    summary: Summary


class SlicedCheck(QObject):
    """Checks and flags ``rows`` in file order; `done` carries a preview `Row` for each
    (`Row.for_check`) and their `Summary`, tallied as they were made (`Checked`). `cancel` (or
    a new check started by the owner) drops it: `done` is never emitted then."""

    done = Signal(object)  # `Checked`; a list signal would copy 10,000 rows into a QVariantList

    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        lines: Sequence[int],
        mapping: Mapping,
        today: date,
        default_currency: str,
        *,
        created_references: Collection[str],
        created_content: Collection[ContentKey],
        overrides: dict[int, dict[Field, str]],
        clock: Callable[[], float] = time.perf_counter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self._lines = lines
        self._mapping = mapping
        self._today = today
        self._currency = default_currency
        self._overrides = overrides
        self._flagger = RowFlagger(created_references, created_content)
        self._clock = clock
        self._rows_made: list[Row] = []
        self._tally = Tally()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._slice)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start(0)

    def cancel(self) -> None:
        self._timer.stop()

    def _slice(self) -> None:
        rows, total = self._rows, len(self._rows)
        made = self._rows_made
        index = len(made)
        if index == total:
            self.done.emit(Checked(made, self._tally.summary()))
            return
        deadline = self._clock() + SLICE_SECONDS
        while index < total:
            stop = min(index + ROWS_PER_CLOCK_READ, total)
            for i in range(index, stop):
                cells = cells_of(rows[i], self._mapping, self._overrides.get(i))
                check = check_cells(i, self._lines[i], cells, self._today, self._currency)
                self._flagger.flag(check)
                row = Row.for_check(check)
                made.append(row)
                self._tally.add(row)
            index = stop
            if self._clock() >= deadline:
                break
        self._timer.start(0)  # the rest, or `done`, after the event loop had its turn

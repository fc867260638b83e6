"""Checking a file's rows on the GUI thread in slices gives what checking them at once gives."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.batch.mapping import Field, Mapping
from app.batch.rows import Flag, check_rows
from app.models.batch_checking import ROWS_PER_CLOCK_READ, SLICE_SECONDS, SlicedCheck
from app.models.batch_table import Summary

HEADER = ["Titel", "Betrag", "Referenz", "E-Mail"]


def _rows(count: int) -> list[list[str]]:
    rows = []
    for n in range(count):
        amount = "zwölf" if n % 13 == 5 else f"{10 + n % 4}.50"
        reference = f"R-{n % 40}"  # from row 40 on, every reference repeats an earlier one
        rows.append(["Kurs", amount, reference, f"a{n}@example.ch"])
    return rows


class SteppingClock:
    """Each read is a millisecond later: a slice ends after a few reads."""

    def __init__(self) -> None:
        self.now = 0.0
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        self.now += 0.001
        return self.now


def test_slices_give_the_same_checks_and_flags_as_all_at_once(qtbot: QtBot) -> None:
    rows = _rows(120)
    lines = list(range(2, 122))
    mapping = Mapping.for_header(HEADER, None)
    today = date(2026, 6, 1)
    created = {"R-3"}
    overrides = {7: {Field.AMOUNT: "99"}}
    clock = SteppingClock()
    sliced = SlicedCheck(
        rows,
        lines,
        mapping,
        today,
        "CHF",
        created_references=created,
        created_content=set(),
        overrides=overrides,
        clock=clock,
    )
    with qtbot.waitSignal(sliced.done, timeout=5_000) as done:
        sliced.start()
        assert sliced.running
    checks = [row.check for row in done.args[0].rows]
    assert done.args[0].summary == Summary.of(done.args[0].rows)  # tallied as they were made
    whole = check_rows(
        rows, lines, mapping, today, "CHF", created_references=created, overrides=overrides
    )
    assert [(c.line, c.cells, c.errors, c.flags) for c in checks] == [
        (c.line, c.cells, c.errors, c.flags) for c in whole
    ]
    assert checks[7].cells[Field.AMOUNT] == "99" and checks[7].valid
    assert Flag.CREATED in checks[3].flags
    assert "line 2" in checks[40].flags[Flag.DUPLICATE]  # R-0 first on line 2
    # A slice reads the clock once for its deadline and once per few rows; each ends when its
    # time is up (4 reads of a millisecond here), so 120 rows took several turns of the loop.
    slices = clock.reads - 120 // ROWS_PER_CLOCK_READ
    assert slices >= 120 / (ROWS_PER_CLOCK_READ * round(SLICE_SECONDS / 0.001))
    assert not sliced.running


def test_a_cancelled_check_never_answers(qtbot: QtBot) -> None:
    sliced = SlicedCheck(
        _rows(500),
        list(range(2, 502)),
        Mapping.for_header(HEADER, None),
        date(2026, 6, 1),
        "CHF",
        created_references=set(),
        created_content=set(),
        overrides={},
        clock=SteppingClock(),
    )
    answers: list[object] = []
    sliced.done.connect(answers.append)
    sliced.start()
    qtbot.waitUntil(lambda: len(sliced._rows_made) > 0)
    sliced.cancel()
    assert not sliced.running  # no slice is due: only a slice answers
    assert answers == [] and len(sliced._rows_made) < 500

"""Batches against the sandbox: every row once, whatever happens in the middle."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.batch.mapping import Field
from app.models.batch_controller import BatchController
from app.models.session import ProfileSession
from app.sandbox import Fault, Sandbox
from app.store.records import RecordState

from .conftest import ControllerFactory, members_csv


def _load(qtbot: QtBot, controller: BatchController, path: Path) -> None:
    with qtbot.waitSignal(controller.loaded, timeout=10_000):
        assert controller.load(path)
    qtbot.waitUntil(lambda: not controller.checking)


def _run(qtbot: QtBot, controller: BatchController, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not controller.running and not controller.pump.busy, timeout=timeout)


def _states(controller: BatchController) -> list[RecordState | None]:
    return [r.record.state if r.record else None for r in controller.model.rows() if r.sent]


def test_200_rows_with_20_bad_create_the_180_good_ones_once(
    qtbot: QtBot,
    sandbox: Sandbox,
    session: ProfileSession,
    make_controller: ControllerFactory,
    tmp_path: Path,
) -> None:
    bad = set(range(5, 200, 10))
    controller = make_controller(session)
    _load(qtbot, controller, members_csv(tmp_path / "members.csv", 200, bad=bad))
    assert controller.model.rowCount() == 200
    to_create, problems, flagged = controller.counts()
    assert (to_create, problems, flagged) == (180, 20, 0)
    row = controller.model.row_at(5)
    assert row.check.errors == {Field.AMOUNT: "Enter the amount as a number, like 1234.50."}
    assert controller.model.index(5, 1).data(3) == "Enter the amount as a number, like 1234.50."
    assert controller.totals() == {
        "CHF": sum(10050 + (n % 7) * 100 for n in range(200) if n not in bad)
    }

    with qtbot.waitSignal(controller.finished, timeout=60_000):
        assert controller.create()
    assert _states(controller) == [RecordState.CREATED] * 180
    assert sandbox.count("POST", "Invoice") == 180
    assert all(r.record and r.record.link for r in controller.model.rows() if r.sent)
    # Resume has nothing left to send.
    assert not controller.resume()
    assert sandbox.count("POST", "Invoice") == 180


def test_a_fixed_cell_is_checked_again_and_put_back_in(
    qtbot: QtBot, session: ProfileSession, make_controller: ControllerFactory, tmp_path: Path
) -> None:
    controller = make_controller(session)
    _load(qtbot, controller, members_csv(tmp_path / "m.csv", 3, bad={1}))
    index = controller.model.index(1, 1)
    assert not controller.model.row_at(1).included
    assert controller.model.setData(index, "12.50")
    assert controller.model.row_at(1).check.errors == {}
    assert controller.model.row_at(1).included
    controller.model.setData(controller.model.index(2, 3), "M-0000")  # now repeats row 0's
    assert "line 2" in controller.model.index(2, 12).data()
    assert controller.counts() == (2, 0, 1)


def test_a_rate_limit_in_the_middle_pauses_and_sends_no_row_twice(
    qtbot: QtBot,
    sandbox: Sandbox,
    session: ProfileSession,
    make_controller: ControllerFactory,
    tmp_path: Path,
) -> None:
    controller = make_controller(session, rate_limit_pause=0.3, max_in_flight=1)
    _load(qtbot, controller, members_csv(tmp_path / "m.csv", 12))
    messages: list[str] = []
    controller.message.connect(messages.append)
    seen = 0

    def limit_after_five(*_a: object) -> None:
        nonlocal seen
        seen += 1
        if seen == 5:
            sandbox.set_fault(Fault.RATE_LIMIT, object="Invoice", method="POST", times=2)

    controller.progress.connect(limit_after_five)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.create()
    assert any("asked to slow down" in m for m in messages)
    assert _states(controller) == [RecordState.CREATED] * 12
    assert sandbox.count("POST", "Invoice") == 14  # 12 created + 2 refused, none twice
    references = [r.record.reference_id for r in controller.model.rows() if r.record]
    assert len(set(references)) == 12


@pytest.mark.parametrize("fault", [Fault.WRITTEN_SERVER_ERROR, Fault.TRUNCATED_JSON])
def test_an_unknown_outcome_is_listed_and_never_sent_again(
    qtbot: QtBot,
    sandbox: Sandbox,
    session: ProfileSession,
    make_controller: ControllerFactory,
    tmp_path: Path,
    fault: Fault,
) -> None:
    controller = make_controller(session, max_in_flight=1)
    _load(qtbot, controller, members_csv(tmp_path / "m.csv", 10))
    done = 0

    def fault_after_four(*_a: object) -> None:
        nonlocal done
        done += 1
        if done == 4:
            sandbox.set_fault(fault, object="Invoice", method="POST", times=1)

    controller.progress.connect(fault_after_four)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.create()
    states = _states(controller)
    assert states.count(RecordState.UNKNOWN) == 1 and states.count(RecordState.CREATED) == 9
    assert sandbox.count("POST", "Invoice") == 10
    [doubtful] = controller.unknown_rows()
    assert "May have been created" in controller.model.index(doubtful, 12).data()
    assert not controller.resume()  # nothing unsent: the row in doubt is not sent by itself
    assert sandbox.count("POST", "Invoice") == 10
    # The user checked: it was not created. Only then, and only with Resume, it goes again.
    assert controller.release(doubtful)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        assert controller.resume()
    assert sandbox.count("POST", "Invoice") == 11
    assert _states(controller).count(RecordState.CREATED) == 10


def test_the_same_file_twice_creates_nothing_twice(
    qtbot: QtBot,
    sandbox: Sandbox,
    session: ProfileSession,
    make_controller: ControllerFactory,
    tmp_path: Path,
) -> None:
    path = members_csv(tmp_path / "m.csv", 8)
    first = make_controller(session)
    _load(qtbot, first, path)
    with qtbot.waitSignal(first.finished, timeout=30_000):
        first.create()
    assert sandbox.count("POST", "Invoice") == 8

    second = make_controller(session)
    _load(qtbot, second, path)
    assert second.counts() == (0, 0, 8)
    assert "already created" in second.model.index(0, 12).data()
    assert not second.can_create() and not second.create()
    assert sandbox.count("POST", "Invoice") == 8


def test_a_file_without_references_gets_them_and_is_recognised_again(
    qtbot: QtBot,
    sandbox: Sandbox,
    session: ProfileSession,
    make_controller: ControllerFactory,
    tmp_path: Path,
) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("Titel,Amount,Email\nKurs,10,a@example.ch\nKurs,20,b@example.ch\n")
    first = make_controller(session)
    _load(qtbot, first, path)
    with qtbot.waitSignal(first.finished, timeout=30_000):
        first.create()
    references = [r.record.reference_id if r.record else "" for r in first.model.rows()]
    assert all(references) and len(set(references)) == 2
    second = make_controller(session)
    _load(qtbot, second, path)
    assert second.counts() == (0, 0, 2)


def test_results_export_csv_and_xlsx_with_links_messages_and_qr_codes(
    qtbot: QtBot, session: ProfileSession, make_controller: ControllerFactory, tmp_path: Path
) -> None:
    path = tmp_path / "m.csv"
    path.write_text(
        "Vorname;Name;E-Mail;Betrag;Referenz;Sprache\n"
        "Zoë;Müller;z@example.ch;10;;fr\n"
        "Luca;Rossi;l@example.ch;=1+1;;it\n"
        "Hans;Meier;h@example.ch;5;R/7;\n",
        encoding="utf-8",
    )
    controller = make_controller(session)
    _load(qtbot, controller, path)
    mapping = controller.mapping
    assert mapping is not None
    mapping.constants[Field.TITLE] = "Jahresbeitrag"
    with qtbot.waitSignal(controller.loaded):
        controller.set_mapping(mapping)
    qtbot.waitUntil(lambda: not controller.checking)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.create()
    csv_path = tmp_path / "out.csv"
    with qtbot.waitCallback() as cb:
        controller.export(csv_path, cb, delimiter=";")
    assert cb.args == [None]
    text = csv_path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Line;Title;Amount")
    assert "'=1+1" in text  # a formula from the file stays text
    assert "Veuillez régler" in text  # Zoë's message is French
    xlsx = tmp_path / "out.xlsx"
    with qtbot.waitCallback() as cb:
        controller.export(xlsx, cb, delimiter=";")
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))
    links = [row[rows[0].index("Link")] for row in rows[1:]]
    assert sum(1 for link in links if link and link.startswith("http")) == 2
    folder = tmp_path / "qr"
    folder.mkdir()
    with qtbot.waitCallback() as cb:
        controller.save_qr_codes(folder, cb)
    assert cb.args == [2]
    names = sorted(p.name for p in folder.iterdir())
    assert names[0].endswith("-qr.png") and "R-7-qr.png" in names
    assert all(n.isascii() for n in names)
    url = controller.mailto_for(controller.model.row_at(0))
    assert url is not None and url.startswith("mailto:z@example.ch?subject=Jahresbeitrag&body=")

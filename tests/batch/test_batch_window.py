"""The batch window as a person uses it, against the sandbox: open a file, see the columns
suggested and the bad cell marked, fix it in place, confirm, watch it finish, export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.batch.mapping import Field
from app.models.batch_table import Column
from app.models.folders import FileKind, FolderMemory
from app.models.session import ProfileSession
from app.sandbox import Sandbox
from app.store.records import RecordState
from app.views import dialogs
from app.views.batch_window import BatchWindow

from .conftest import ControllerFactory, members_csv

AMOUNT_SENTENCE = "Enter the amount as a number, like 1234.50."

# The offscreen platform says this for every top-level window with a layout.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


class Chooser:
    """Stands in for a file dialog: answers with ``path`` and notes what it was asked."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent: QWidget, title: str, start: str, _filters: str) -> str:
        self.asked.append((title, start))
        return str(self.path) if self.path is not None else ""


def test_a_person_creates_a_batch_from_a_file_and_exports_the_links(
    qtbot: QtBot,
    sandbox: Sandbox,
    session: ProfileSession,
    make_controller: ControllerFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    (tmp_path / "in").mkdir()
    source = members_csv(tmp_path / "in" / "members.csv", 6, bad={2})
    exported = tmp_path / "out" / "results.csv"
    exported.parent.mkdir()
    choose_open, choose_save = Chooser(source), Chooser(exported)
    asked: list[str] = []

    def confirm(_parent: QWidget, _title: str, text: str, accept: str, on_done, **_k) -> None:  # type: ignore[no-untyped-def]
        asked.append(text)
        asked.append(accept)
        on_done(True)

    monkeypatch.setattr(dialogs, "ask", confirm)
    folders = FolderMemory({})
    controller = make_controller(session)
    window = BatchWindow(
        controller, folders, choose_open=choose_open, choose_save=choose_save, open_url=print
    )
    qtbot.addWidget(window)
    window.set_session(session)
    window.show()
    qtbot.waitExposed(window)
    assert not window.create_button.isEnabled()

    # Open the file: what it was read as, and the columns suggested from its German headers.
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detected_label.text().startswith("Read as:"), timeout=10_000)
    qtbot.waitUntil(lambda: not controller.checking and controller.model.rowCount() == 6)
    assert "UTF-8" in window.detected_label.text() and "semicolon" in window.detected_label.text()
    assert window.column_combos[Field.AMOUNT].currentText() == "Betrag"
    assert window.column_combos[Field.EMAIL].currentText() == "E-Mail"
    assert window.column_combos[Field.REFERENCE].currentText() == "Referenz"
    assert folders.folder(FileKind.IMPORT) == source.parent

    # The preview shows what the file fills: no empty columns for fields nothing fills, and no
    # link column before a row has a link.
    def shown() -> set[Column]:
        return {c for c in Column if not window.table.isColumnHidden(c)}

    filled = {Column.TITLE, Column.AMOUNT, Column.REFERENCE, Column.FORENAME, Column.SURNAME}
    assert shown() == filled | {Column.EMAIL, Column.LANGUAGE, Column.STATE}
    # A constant fills a field for every row: its column comes.
    purpose = window.constant_edits[Field.PURPOSE]
    qtbot.keyClicks(purpose, "Mitgliederbeitrag")
    qtbot.keyClick(purpose, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Column.PURPOSE in shown(), timeout=10_000)
    qtbot.waitUntil(lambda: not controller.checking)
    assert controller.model.index(0, Column.PURPOSE).data() == "Mitgliederbeitrag"

    # The bad cell says the form's sentence; the row is left out until it is fixed.
    bad = controller.model.index(2, Column.AMOUNT)
    assert bad.data(Qt.ItemDataRole.ToolTipRole) == AMOUNT_SENTENCE
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "5 rows to create" in window.summary_label.text()
    assert "1 with problems" in window.summary_label.text()

    # Fix it in place: type over the cell and press Enter.
    view_index = window.table.model().index(2, Column.AMOUNT)
    window.table.setCurrentIndex(view_index)
    window.table.edit(view_index)
    editor = window.table.findChild(QLineEdit)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "102.50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "6 rows to create" in window.summary_label.text())
    assert controller.model.index(2, Column.AMOUNT).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "0 with problems" in window.summary_label.text()

    # Create: the one question names the count and the totals.
    total = sum(100 + n % 7 for n in range(6)) + 6 * 0.5  # 100.50 + 101.50 + ... each
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert asked[0] == f"Create 6 paylinks for CHF {total:.2f}?"
    assert asked[1] == "Create 6 paylinks"

    # Progress to the end: every row once on the sandbox, each with its link.
    qtbot.waitUntil(lambda: window.progress_bar.value() == 6, timeout=30_000)
    qtbot.waitUntil(lambda: not controller.running and window.export_button.isEnabled())
    assert window.progress_bar.text() == "6 of 6"
    assert sandbox.count("POST", "Invoice") == 6
    rows = controller.model.rows()
    assert all(r.record is not None and r.record.state is RecordState.CREATED for r in rows)
    assert all(controller.model.index(n, Column.LINK).data().startswith("http") for n in range(6))
    assert Column.LINK in shown()
    assert not window.create_button.isEnabled()  # nothing can be sent twice from here

    # Export the results: the links are in the file.
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status_label.text() == "Saved results.csv.", timeout=10_000)
    with exported.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f, delimiter=","))
    assert [row["Link"] for row in table] == [r.record.link for r in rows if r.record]
    assert table[2]["Amount"] == "102.50"
    assert choose_save.asked[0][1].endswith("paylinks.csv")
    assert sandbox.count("POST", "Invoice") == 6


def test_cancelling_the_file_chooser_changes_nothing(
    qtbot: QtBot, session: ProfileSession, make_controller: ControllerFactory
) -> None:
    controller = make_controller(session)
    window = BatchWindow(controller, FolderMemory({}), choose_open=Chooser(None))
    qtbot.addWidget(window)
    window.set_session(session)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    assert controller.model.rowCount() == 0
    assert window.detected_label.text() == "" and window.status_label.text() == ""


def test_a_declined_confirmation_sends_nothing(
    qtbot: QtBot,
    sandbox: Sandbox,
    session: ProfileSession,
    make_controller: ControllerFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *a, **_k: a[4](False))
    controller = make_controller(session)
    window = BatchWindow(
        controller, FolderMemory({}), choose_open=Chooser(members_csv(tmp_path / "m.csv", 3))
    )
    qtbot.addWidget(window)
    window.set_session(session)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.create_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert not controller.running and controller.batch_id is None
    assert sandbox.count("POST", "Invoice") == 0
    assert window.create_button.isEnabled()  # the rows are still there to create

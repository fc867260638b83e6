"""History's export: the rows the table shows (search, filter, sort), its visible columns and
the link, as CSV (the UI language's separator) or .xlsx, chosen in a save dialog."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.i18n import install_translators
from app.models.folders import FileKind, FolderMemory
from app.models.history import Column
from app.models.history_controller import HistoryController
from app.models.session import ProfileSession
from app.views.history import HistoryView
from app.views.link_panel import LinkPanel

from .conftest import Maker, UseLocale


@pytest.fixture
def folders(tmp_path: Path) -> FolderMemory:
    return FolderMemory({})


def _view(
    qtbot: QtBot, controller: HistoryController, session: ProfileSession, folders: FolderMemory
) -> HistoryView:
    view = HistoryView(controller, LinkPanel(), auto_refresh=False, folders=folders)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.set_session(session)
    view.show()
    qtbot.waitExposed(view)
    return view


def _save_as(qtbot: QtBot, view: HistoryView, path: Path, *, xlsx: bool = False) -> QFileDialog:
    """Press Export…, pick the file type, type the name and press Enter, as a person does."""
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(QFileDialog, "historyExportDialog")
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    if xlsx:
        dialog.selectNameFilter(dialog.nameFilters()[1])
        dialog.filterSelected.emit(dialog.nameFilters()[1])
    dialog.setDirectory(str(path.parent))
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name, QLineEdit)
    name.clear()
    qtbot.keyClicks(name, path.name)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    return dialog


def test_export_writes_the_rows_as_shown_with_their_links(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    make_paylink: Maker,
    folders: FolderMemory,
    ui_locale: UseLocale,
    tmp_path: Path,
) -> None:
    ui_locale("de_CH")
    install_translators(QApplication.instance(), "de")  # type: ignore[arg-type]
    a = make_paylink("Kurs Herbst", 12000, reference="K-1", customer="Anna Müller")
    b = make_paylink("Kurs Winter", 9000, reference="K-2", customer="=HYPERLINK(1)")
    make_paylink("Miete", 150000, reference="M-1", customer="Beat")
    view = _view(qtbot, controller, session, folders)
    qtbot.keyClicks(view.search, "kurs")
    view.table.sortByColumn(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert controller.proxy.rowCount() == 2

    target = tmp_path / "out" / "history.csv"
    target.parent.mkdir()
    with qtbot.waitSignal(controller.export_finished, timeout=10_000):
        _save_as(qtbot, view, target)

    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    # The Instance column is hidden for one instance, so it is not written either.
    assert rows[0] == [
        "Erstellt",
        "Art",
        "Titel",
        "Referenz",
        "Kunde",
        "Betrag",
        "Währung",
        "Status",
        "Link",
    ]
    assert [r[2] for r in rows[1:]] == ["Kurs Winter", "Kurs Herbst"]  # sorted by amount
    winter, herbst = rows[1], rows[2]
    assert winter[4] == "'=HYPERLINK(1)"  # never run as a formula
    assert herbst[3:9] == ["K-1", "Anna Müller", "120.00", "CHF", "Offen", a.link]
    assert winter[8] == b.link and b.link
    assert "2 " in view.message_text() and str(target) in view.message_text()
    assert folders.folder(FileKind.EXPORT) == target.parent  # the next dialog opens there


def test_export_as_excel_workbook(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    make_paylink: Maker,
    folders: FolderMemory,
    tmp_path: Path,
) -> None:
    from openpyxl import load_workbook

    paid = make_paylink("Jahresbeitrag", 5000, reference="J-1", customer="Club")
    view = _view(qtbot, controller, session, folders)
    view.all_profiles.click()  # the Instance column shows, so it is written
    target = tmp_path / "history.xlsx"
    with qtbot.waitSignal(controller.export_finished, timeout=10_000):
        _save_as(qtbot, view, target, xlsx=True)

    sheet = load_workbook(target).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][-2:] == ["Instance", "Link"]
    assert values[1][2] == "Jahresbeitrag" and values[1][5:7] == ["50.00", "CHF"]
    assert values[1][-1] == paid.link


def test_a_folder_that_cannot_be_written_says_so_and_leaves_nothing(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    make_paylink: Maker,
    folders: FolderMemory,
    tmp_path: Path,
) -> None:
    make_paylink("Miete", 150000, reference="M-1")
    view = _view(qtbot, controller, session, folders)
    gone = tmp_path / "gone" / "history.csv"
    with qtbot.waitSignal(controller.export_failed, timeout=10_000):
        view.export_to(gone)
    assert view.message_text().startswith("Could not write history.csv:")
    assert not gone.parent.exists()
    assert controller.model.rowCount() == 1


def test_export_is_offered_only_when_rows_are_shown(
    qtbot: QtBot,
    controller: HistoryController,
    session: ProfileSession,
    make_paylink: Maker,
    folders: FolderMemory,
) -> None:
    view = _view(qtbot, controller, session, folders)
    assert not view.export_button.isEnabled()
    make_paylink("Miete", 150000, reference="M-1")
    controller.reload()
    assert view.export_button.isEnabled()
    qtbot.keyClicks(view.search, "nothing like it")
    assert not view.export_button.isEnabled()

"""The link panel as a person uses it: copy, QR, save, open, message."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from app.models.messages import LinkInfo, customer_message
from app.views.link_panel import LinkPanel

# The offscreen platform says this for every top-level widget with a layout and every tooltip (the
# copy feedback); nothing to fix in the code under test.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise)\(\)$"
)

LEFT = Qt.MouseButton.LeftButton
LINK = "https://demo.payrexx.com/?payment=3f2a9c41d0e7b6a5"
INFO = LinkInfo(
    title="Website redesign, March",
    amount_minor=123450,
    currency="CHF",
    link=LINK,
    language="de",
    kind="invoice",
)


class Hooks:
    def __init__(self) -> None:
        self.opened: list[QUrl] = []
        self.save_to: str | None = None
        self.suggested: list[str] = []
        self.open_result = True

    def open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return self.open_result

    def choose(self, parent: object, suggested: str) -> str | None:
        self.suggested.append(suggested)
        return self.save_to


@pytest.fixture
def hooks() -> Hooks:
    return Hooks()


@pytest.fixture
def panel(qtbot: QtBot, hooks: Hooks) -> LinkPanel:
    widget = LinkPanel(file_chooser=hooks.choose, url_opener=hooks.open_url)
    qtbot.addWidget(widget)
    widget.resize(360, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_empty_state_shows_a_friendly_hint(panel: LinkPanel) -> None:
    assert panel.info is None
    assert panel.hint_text() == "Create a paylink or pick a row in History to see its link here."
    assert not panel.copy_link_button.isVisible()


def test_shows_link_amount_and_qr(panel: LinkPanel) -> None:
    panel.show_link(INFO)
    assert panel.copy_link_button.isVisible()
    assert panel.link_text() == LINK
    assert panel.hint_text() == ""
    assert panel.qr_pixmap().width() >= 200
    assert panel.message_language() == "de"
    panel.clear()
    assert panel.info is None and not panel.copy_link_button.isVisible()


def test_long_link_wraps_instead_of_eliding(qtbot: QtBot, panel: LinkPanel) -> None:
    long_link = "https://a-rather-long-instance-name.annanow-pay.com/?payment=" + "f3" * 40
    panel.resize(300, 640)
    panel.show_link(LinkInfo("T", 100, "CHF", long_link))
    link_view = panel.view._link_text
    qtbot.waitUntil(lambda: link_view.height() > 2 * link_view.fontMetrics().height())
    assert panel.link_text() == long_link
    assert link_view.width() <= panel.width()


def test_copy_link_puts_it_on_the_clipboard_with_feedback(qtbot: QtBot, panel: LinkPanel) -> None:
    panel.show_link(INFO)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy_link_button, LEFT)
    assert QGuiApplication.clipboard().text() == LINK
    assert panel.feedback_text() == "Link copied"


def test_copy_message_in_the_chosen_language(qtbot: QtBot, panel: LinkPanel) -> None:
    panel.show_link(INFO)
    qtbot.mouseClick(panel.copy_message_button, LEFT)
    assert QGuiApplication.clipboard().text() == customer_message(INFO)
    assert "CHF 1'234.50" in QGuiApplication.clipboard().text()
    assert panel.feedback_text() == "Message copied"

    combo = panel.findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.mouseClick(panel.copy_message_button, LEFT)
    assert QGuiApplication.clipboard().text().startswith("Hello,")
    assert "CHF 1,234.50" in QGuiApplication.clipboard().text()


def test_copy_qr_as_image(qtbot: QtBot, panel: LinkPanel) -> None:
    panel.show_link(INFO)
    qtbot.mouseClick(panel.copy_qr_button, LEFT)
    image = QGuiApplication.clipboard().image()
    assert isinstance(image, QImage) and not image.isNull()
    assert panel.feedback_text() == "QR code copied"


@pytest.mark.parametrize("name", ["qr.png", "qr.svg", "qr"])
def test_save_qr(qtbot: QtBot, panel: LinkPanel, hooks: Hooks, tmp_path: Path, name: str) -> None:
    panel.show_link(INFO)
    hooks.save_to = str(tmp_path / name)
    qtbot.mouseClick(panel.save_qr_button, LEFT)
    assert hooks.suggested and hooks.suggested[0].endswith("/Website-redesign-March-qr.png")
    if name.endswith(".svg"):
        written = tmp_path / name
        root = ET.fromstring(written.read_bytes())
        assert root.tag.endswith("svg")
        assert root.find("{http://www.w3.org/2000/svg}desc").text == LINK  # type: ignore[union-attr]
    else:
        written = tmp_path / ("qr.png" if name == "qr" else name)
        assert written.read_bytes().startswith(b"\x89PNG")
        assert not QImage(str(written)).isNull()
    assert panel.feedback_text() == f"QR code saved to {written}"


def test_save_qr_names_the_file_in_ascii_and_remembers_the_folder(
    qtbot: QtBot, hooks: Hooks, tmp_path: Path, isolated_home: Path
) -> None:
    from dataclasses import replace

    from app.models.folders import FolderMemory

    store: dict[str, str] = {}
    panel = LinkPanel(file_chooser=hooks.choose, folders=FolderMemory(store))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_link(replace(INFO, title="Gartenpflege März – Müller & Söhne"))
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    hooks.save_to = str(chosen / "mine.png")
    qtbot.mouseClick(panel.save_qr_button, LEFT)
    # First time: the home folder (no Pictures folder here), never the working directory.
    assert hooks.suggested[0] == str(isolated_home / "Gartenpflege-Maerz-Mueller-Soehne-qr.png")
    assert (chosen / "mine.png").is_file()
    qtbot.mouseClick(panel.save_qr_button, LEFT)
    assert hooks.suggested[1] == str(chosen / "Gartenpflege-Maerz-Mueller-Soehne-qr.png")
    assert store == {"qr": str(chosen)}


def test_save_cancelled_writes_nothing(qtbot: QtBot, panel: LinkPanel, hooks: Hooks) -> None:
    panel.show_link(INFO)
    hooks.save_to = None
    qtbot.mouseClick(panel.save_qr_button, LEFT)
    assert panel.feedback_text() == ""


def test_save_into_a_missing_folder_says_so(panel: LinkPanel, tmp_path: Path) -> None:
    panel.show_link(INFO)
    assert not panel.save_qr_to(tmp_path / "missing" / "qr.png")
    assert panel.feedback_text().startswith("Could not save the QR code to ")


def test_open_in_browser_calls_the_hook(qtbot: QtBot, panel: LinkPanel, hooks: Hooks) -> None:
    panel.show_link(INFO)
    qtbot.mouseClick(panel.open_button, LEFT)
    assert hooks.opened == [QUrl(LINK)]
    hooks.open_result = False
    qtbot.mouseClick(panel.open_button, LEFT)
    assert "No browser could be opened" in panel.feedback_text()


def test_buttons_have_accessible_names_and_tooltips(panel: LinkPanel) -> None:
    panel.show_link(INFO)
    buttons = panel.findChildren(QPushButton)
    assert len(buttons) == 6  # copy link, open, copy QR, save QR, copy message, e-mail
    for button in buttons:
        assert button.accessibleName(), button.text()
        assert button.toolTip(), button.text()


def test_e_mail_opens_the_message_in_the_mail_program(
    qtbot: QtBot, panel: LinkPanel, hooks: Hooks
) -> None:
    from dataclasses import replace
    from urllib.parse import parse_qs, urlsplit

    panel.show_link(replace(INFO, email="kunde@example.ch"))
    qtbot.mouseClick(panel.view.mail_button, LEFT)
    [url] = hooks.opened
    parts = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto" and parts.path == "kunde@example.ch"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Website redesign, March"]
    assert LINK in query["body"][0] and "CHF 1'234.50" in query["body"][0]  # German message
    assert panel.feedback_text() == "E-mail opened in your mail program"
    hooks.open_result = False
    qtbot.mouseClick(panel.view.mail_button, LEFT)
    assert panel.feedback_text() == "No e-mail program could be opened."


def test_the_customer_e_mail_comes_from_the_form(tmp_path: Path) -> None:
    from datetime import date

    from app.models.link_state import link_info_of
    from app.store.database import open_database
    from app.store.records import RecordStore

    records = RecordStore(open_database(tmp_path / "db.sqlite3"))
    fields = {"email": {"defaultValue": "kunde@example.ch", "mandatory": True}}
    row = records.begin("p", "invoice", "Hosting", "R-1", 1000, "CHF", "", {"fields": fields})
    records.settle_created(row, 7, "abc", "https://x.example/?payment=abc", "waiting")
    record = records.get(row)
    assert record is not None
    assert link_info_of(record, "de", date.today()).email == "kunde@example.ch"

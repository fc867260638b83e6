"""The inline field message reads well on light and dark schemes, and always carries its sign."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.models.tones import Tone, tone_color
from app.views.field_error import SIGN, FieldError, error_style, ok_style


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _parent(qtbot: QtBot, window: str, text: str) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    palette = parent.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    parent.setPalette(palette)
    return parent


@pytest.mark.parametrize(
    ("window", "text"),
    [("#ffffff", "#000000"), ("#efefef", "#000000"), ("#2b2b2b", "#ffffff"), ("#1e1e1e", "#ddd")],
)
def test_the_message_contrasts_with_the_window_of_either_scheme(
    qtbot: QtBot, window: str, text: str
) -> None:
    parent = _parent(qtbot, window, text)
    label = FieldError(parent)
    label.show_error("Enter a title.")
    shown = label.palette().color(QPalette.ColorRole.WindowText)
    assert contrast(shown, QColor(window)) >= 4.5  # WCAG AA for normal text
    assert shown != QColor(text)  # an error colour, not the plain text colour
    assert label.text() == SIGN + "Enter a title."  # never colour alone
    assert label.message() == "Enter a title."


def test_a_scheme_change_while_shown_recolours_the_message(qtbot: QtBot) -> None:
    parent = _parent(qtbot, "#ffffff", "#000000")
    label = FieldError(parent)
    label.show_error("Enter a title.")
    light = label.palette().color(QPalette.ColorRole.WindowText)
    dark = parent.palette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    parent.setPalette(dark)  # a scheme change reaches the label through its parent
    shown = label.palette().color(QPalette.ColorRole.WindowText)
    assert shown != light
    assert contrast(shown, QColor("#202020")) >= 4.5


def test_clearing_hides_the_message(qtbot: QtBot) -> None:
    parent = _parent(qtbot, "#ffffff", "#000000")
    label = FieldError(parent)
    label.show_error("Enter a title.")
    label.show_error(None)
    assert label.isHidden() and label.message() == ""


@pytest.mark.parametrize(("window", "text"), [("#ffffff", "#000000"), ("#2b2b2b", "#ffffff")])
def test_status_styles_for_other_labels_contrast_too(qtbot: QtBot, window: str, text: str) -> None:
    parent = _parent(qtbot, window, text)
    for style in (error_style(parent), ok_style(parent)):
        color = QColor(style.removeprefix("color: ").removesuffix(";"))
        assert color.isValid()
        assert contrast(color, QColor(window)) >= 4.5


@pytest.mark.parametrize("tone", list(Tone))
@pytest.mark.parametrize("window", ["#ffffff", "#f0f0f0", "#2b2b2b", "#1e1e1e"])
def test_every_tone_contrasts_with_either_scheme(qtbot: QtBot, tone: Tone, window: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    assert contrast(tone_color(tone, palette), QColor(window)) >= 4.5


def test_history_status_colours_follow_the_scheme(qtbot: QtBot, tmp_path: Path) -> None:
    """Red "Failed" on a dark window was about 2:1; it now follows the app's palette."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from app.models.history import Column, HistoryTableModel
    from app.store.database import open_database
    from app.store.records import RecordStore

    records = RecordStore(open_database(tmp_path / "db.sqlite3"))
    row = records.begin("p", "invoice", "Hosting", "", 1000, "CHF", "", {})
    records.settle_failed(row, "no")
    model = HistoryTableModel()
    model.set_records(records.list("p"))
    index = model.index(0, Column.STATUS)
    original = QGuiApplication.palette()
    try:
        for window in ("#ffffff", "#202020"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.Window, QColor(window))
            QGuiApplication.setPalette(palette)
            colour = index.data(Qt.ItemDataRole.ForegroundRole)
            assert contrast(colour, QColor(window)) >= 4.5
    finally:
        QGuiApplication.setPalette(original)

"""The window's hierarchy: the accent colour and the status pills read well on light and dark
windows, and a pill says its status in words (never colour alone)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from app.models.tones import Tone
from app.views.style import StatusPillDelegate, accent_colors, contrast, style_sheet


def _palette(window: str, base: str, text: str, highlight: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    return palette


LIGHT = _palette("#efefef", "#ffffff", "#1a1a1a", "#308cc6")  # Fusion's light blue highlight
DARK = _palette("#2b2b2b", "#1e1e1e", "#eeeeee", "#2a82da")


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_accent_and_its_text_read_at_4_5_to_1(palette: QPalette) -> None:
    accent, on_accent = accent_colors(palette)
    assert contrast(accent, on_accent) >= 4.5
    assert accent.name() in style_sheet(palette)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("tone", [Tone.OK, Tone.ERROR, Tone.CAUTION, None])
def test_a_pill_s_words_read_at_4_5_to_1_on_its_tint(palette: QPalette, tone: Tone | None) -> None:
    delegate = StatusPillDelegate(lambda _index: tone)
    text, background = delegate.colors(QModelIndex(), palette)
    assert contrast(text, background) >= 4.5, (tone, text.name(), background.name())


def test_a_pill_is_drawn_with_its_words_and_tone(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("Fehlgeschlagen"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    delegate = StatusPillDelegate(lambda _index: Tone.ERROR, parent=table)
    table.setItemDelegateForColumn(0, delegate)
    index = model.index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index).adjusted(0, 0, 200, 10)
    # Wide enough for its words: the column can be sized from the hint.
    assert delegate.sizeHint(option, index).width() >= delegate.pill_width(
        option, "Fehlgeschlagen", False
    )
    image = QImage(
        QSize(option.rect.width() + 10, option.rect.height() + 10), QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    _text, background = delegate.colors(index, table.palette())
    colors = {image.pixelColor(x, option.rect.center().y()).name() for x in range(image.width())}
    assert background.name() in colors  # the tint
    assert any(contrast(QColor(c), background) > 3 for c in colors)  # and dark text on it


def test_pills_alike_are_drawn_once_and_a_new_tone_is_drawn_anew(qtbot: QtBot) -> None:
    model = QStandardItemModel(2, 1)
    for row in range(2):
        model.setItem(row, 0, QStandardItem("Bezahlt"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    tones = {0: Tone.OK, 1: Tone.OK}
    delegate = StatusPillDelegate(lambda index: tones[index.row()], parent=table)

    def paint(row: int) -> set[str]:
        index = model.index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = QRect(0, 0, 200, 30)
        image = QImage(QSize(210, 40), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        return {image.pixelColor(x, 15).name() for x in range(image.width())}

    first, second = paint(0), paint(1)
    assert first == second and len(delegate._pills) == 1  # one look, drawn once
    tones[1] = Tone.ERROR  # the row's status changed: its pill is not the cached one
    third = paint(1)
    _text, error_tint = delegate.colors(model.index(1, 0), table.palette())
    assert error_tint.name() in third and error_tint.name() not in first
    assert len(delegate._pills) == 2

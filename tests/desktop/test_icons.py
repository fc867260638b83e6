"""The application icon (SVG and every PNG size) and the UI icons the views use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from app.resources import APP_ID, ICON_SIZES, app_icon_path, icon, resource_path

UI_ICONS = (
    "copy",
    "qr",
    "open-external",
    "save",
    "refresh",
    "stop",
    "status-active",
    "status-in-notice",
    "status-cancelled",
    "status-failed",
    "status-unknown",
    "demo-badge",
)


def test_app_icon_svg_renders(qapp: object) -> None:
    renderer = QSvgRenderer(str(app_icon_path()))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(512, 512)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_of_each_size_exists_and_is_that_size(size: int) -> None:
    path = app_icon_path(size)
    assert path == resource_path(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()  # rounded corners stay transparent


def test_no_unexpected_png_sizes() -> None:
    hicolor = resource_path("icons/hicolor")
    found = sorted(int(d.name.split("x")[0]) for d in hicolor.iterdir() if d.is_dir())
    assert found == sorted(ICON_SIZES)


@pytest.mark.parametrize("name", UI_ICONS)
def test_ui_icon_is_valid_svg(qapp: object, name: str) -> None:
    path = resource_path(f"icons/ui/{name}.svg")
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    assert renderer.defaultSize() == QSize(24, 24)


@pytest.mark.parametrize("name", UI_ICONS)
def test_icon_loads_and_renders_sharp_at_high_dpi(qtbot: QtBot, name: str) -> None:
    loaded = icon(name)
    assert not loaded.isNull()
    # The SVG engine draws at the requested device pixel ratio instead of scaling a bitmap.
    pixmap = loaded.pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.height()) == (48, 48)


def test_app_icon_offers_every_png_size(qtbot: QtBot) -> None:
    loaded = icon(APP_ID)
    assert not loaded.isNull()
    assert {s.width() for s in loaded.availableSizes()} >= set(ICON_SIZES)


def test_unknown_icon_name_is_an_error(qtbot: QtBot) -> None:
    with pytest.raises(FileNotFoundError, match="no-such-icon"):
        icon("no-such-icon")

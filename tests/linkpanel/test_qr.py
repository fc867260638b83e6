"""QR images match segno's encoding of the link, module for module, on screen and in files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import segno
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.views.qr import BORDER, module_matrix, qr_image, qr_png, qr_svg

LINK = "https://demo.payrexx.com/?payment=3f2a9c41"


def _expected_matrix(text: str) -> list[list[bool]]:
    code = segno.make(text, error="m", micro=False)
    return [[bool(b) for b in row] for row in code.matrix_iter(scale=1, border=BORDER)]


def _dark(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).lightness() < 128


def _sampled(image: QImage, modules: int, scale: float, offset: float) -> list[list[bool]]:
    """Read the module grid back from the image at each module's centre."""
    return [
        [
            _dark(image, int(offset + (x + 0.5) * scale), int(offset + (y + 0.5) * scale))
            for x in range(modules)
        ]
        for y in range(modules)
    ]


def test_matrix_is_segnos_encoding_of_the_link() -> None:
    matrix = module_matrix(LINK)
    assert matrix == _expected_matrix(LINK)
    assert any(any(row) for row in matrix) and not all(all(row) for row in matrix)


@pytest.mark.parametrize(("size", "ratio"), [(200, 1.0), (200, 2.0), (180, 1.5), (10, 1.0)])
def test_qr_image_is_crisp_and_encodes_the_link(qapp: object, size: int, ratio: float) -> None:
    image = qr_image(LINK, size, ratio)
    matrix = _expected_matrix(LINK)
    modules = len(matrix)
    assert not image.isNull()
    device = max(int(size * ratio), modules)
    assert (image.width(), image.height()) == (device, device)
    assert image.devicePixelRatio() == ratio
    scale = device // modules
    offset = (device - scale * modules) // 2
    assert _sampled(image, modules, scale, offset) == matrix
    # Crisp: only pure black and pure white pixels, no smoothing at module edges.
    colours = {image.pixel(x, y) for y in range(0, device, 3) for x in range(0, device, 3)}
    assert colours == {QColor("black").rgb(), QColor("white").rgb()}


def test_qr_png_encodes_the_link(qapp: object) -> None:
    image = QImage.fromData(qr_png(LINK, scale=4))
    matrix = _expected_matrix(LINK)
    assert image.width() == len(matrix) * 4
    assert _sampled(image, len(matrix), 4, 0) == matrix


def test_qr_svg_is_xml_and_encodes_the_link(qapp: object) -> None:
    data = qr_svg(LINK + "&lang=de", title="Invoice <1> & more")
    root = ET.fromstring(data)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert root.find(f"{ns}desc").text == LINK + "&lang=de"  # type: ignore[union-attr]
    assert root.find(f"{ns}title").text == "Invoice <1> & more"  # type: ignore[union-attr]

    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()
    matrix = _expected_matrix(LINK + "&lang=de")
    scale = 8
    side = len(matrix) * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert _sampled(image, len(matrix), scale, 0) == matrix


def test_empty_text_is_refused() -> None:
    with pytest.raises(ValueError):
        module_matrix("")

"""QR codes for payment links, drawn with segno.

The on-screen image is built from segno's module matrix, one whole number of device pixels per
module, so it stays crisp on any device pixel ratio (a scaled PNG would blur the edges of the
modules). Saved files come straight from segno: PNG at print size and SVG.

segno is imported when the first code is drawn, not with the window (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    import segno

# The quiet zone the QR standard asks for, in modules.
BORDER = 4
# M: survives a bit of damage or a logo-free print at small size; the usual choice for links.
ERROR_LEVEL = "m"
# Pixels per module of a saved PNG: 370 px for a 37-module code, about 3 cm at 300 dpi.
PNG_SCALE = 10

_DARK = 0
_LIGHT = 255


def qr_code(text: str) -> segno.QRCode:
    if not text:
        raise ValueError("a QR code needs some text")
    import segno

    return segno.make(text, error=ERROR_LEVEL, micro=False)


def module_matrix(text: str) -> list[list[bool]]:
    """The code's modules, quiet zone included: ``True`` is dark."""
    code = qr_code(text)
    return [[bool(bit) for bit in row] for row in code.matrix_iter(scale=1, border=BORDER)]


def qr_image(text: str, size_px: int, device_pixel_ratio: float = 1.0) -> QImage:
    """A square grayscale image of ``size_px`` logical pixels at ``device_pixel_ratio``.

    Every module is the same whole number of device pixels; what is left over widens the quiet
    zone. If ``size_px`` is too small for one device pixel per module, the image grows to fit.
    """
    if size_px <= 0:
        raise ValueError(f"size_px must be positive, not {size_px}")
    ratio = device_pixel_ratio if device_pixel_ratio > 0 else 1.0
    matrix = module_matrix(text)
    modules = len(matrix)
    device = max(math.floor(size_px * ratio), modules)
    scale = device // modules
    offset = (device - scale * modules) // 2

    light_row = bytes([_LIGHT]) * device
    rows: list[bytes] = [light_row] * offset
    for module_row in matrix:
        line = bytearray(light_row)
        for x, dark in enumerate(module_row):
            if dark:
                start = offset + x * scale
                line[start : start + scale] = bytes([_DARK]) * scale
        rows.extend([bytes(line)] * scale)
    rows.extend([light_row] * (device - len(rows)))
    data = b"".join(rows)

    # The constructor borrows `data`; copy() gives the image its own buffer.
    image = QImage(data, device, device, device, QImage.Format.Format_Grayscale8).copy()
    image.setDevicePixelRatio(ratio)
    return image


def qr_svg(text: str, *, title: str | None = None) -> bytes:
    """An SVG of the code (the link itself goes in its ``<desc>``), for print and layout tools."""
    out = io.BytesIO()
    qr_code(text).save(
        out,
        kind="svg",
        scale=10,
        border=BORDER,
        xmldecl=True,
        svgns=True,
        title=title,
        desc=text,
        light="#fff",
        encoding="utf-8",
    )
    return out.getvalue()


def qr_png(text: str, *, scale: int = PNG_SCALE) -> bytes:
    """A PNG of the code, ``scale`` pixels per module."""
    out = io.BytesIO()
    qr_code(text).save(out, kind="png", scale=scale, border=BORDER)
    return out.getvalue()

"""Render the PNG sizes of the application icon from its SVG.

Run after editing ``icons/ch.paydesk.Paydesk.svg`` and commit the PNGs it writes:

    QT_QPA_PLATFORM=offscreen python resources/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_ID = "ch.paydesk.Paydesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent


def png_path(size: int, root: Path = HERE) -> Path:
    """Where the freedesktop icon theme layout wants the PNG of one size."""
    return root / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"{out}: could not write")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    svg = HERE / "icons" / f"{APP_ID}.svg"
    for size in SIZES:
        out = png_path(size)
        render(svg, size, out)
        print(out.relative_to(HERE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

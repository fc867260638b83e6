"""Render the Windows (.ico) and macOS (.icns) application icons from the PNGs in resources/.

    python packaging/make_icons.py OUT_DIR

paydesk.spec runs it on Windows and macOS (into PyInstaller's work directory), so nothing
binary is kept in the repository. Qt writes both formats (its qico and qicns image plugins).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_ID = "ch.paydesk.Paydesk"


def _png(size: int) -> Path:
    return REPO / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def write_icons(out_dir: Path) -> tuple[Path, Path]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage, QImageWriter

    _app = QCoreApplication.instance() or QCoreApplication([])  # plugins need an instance
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    # ICO holds at most 256 px; Windows scales it down. ICNS: Qt writes every standard size up
    # to the image's own.
    for name, fmt, size in (("paydesk.ico", b"ico", 256), ("paydesk.icns", b"icns", 512)):
        image = QImage(str(_png(size)))
        if image.isNull():
            raise FileNotFoundError(_png(size))
        target = out_dir / name
        writer = QImageWriter(str(target), fmt)
        if not writer.write(image):
            raise RuntimeError(f"could not write {target}: {writer.errorString()}")
        written.append(target)
    return written[0], written[1]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in write_icons(Path(sys.argv[1])):
        print(path)

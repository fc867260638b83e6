"""Files shipped with Paydesk (icons, desktop entry, translations), found the same way from the
source tree, an installed wheel and a PyInstaller build.

The repository keeps them in the top-level ``resources/`` directory; the wheel carries that
directory as the data-only package ``app._resources`` (see ``[tool.setuptools.package-dir]`` in
pyproject.toml); a frozen build unpacks it to ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt stays out of the import path of anything that only needs a file path.
    from PySide6.QtGui import QIcon

APP_ID = "ch.paydesk.Paydesk"
"""The reverse-DNS id: names the .desktop file, the AppStream metainfo and the icon."""

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNG sizes rendered from the SVG application icon (``resources/render_icons.py``)."""

_MARKER = Path("icons") / f"{APP_ID}.svg"


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    roots: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        roots += [Path(meipass) / "resources", Path(meipass) / "app" / "_resources"]
    roots += [
        here / "_resources",  # installed wheel
        here.parent / "resources",  # source tree, editable install
    ]
    return roots


@cache
def resources_root() -> Path:
    """The directory holding the shipped resources."""
    candidates = _candidates()
    for root in candidates:
        if (root / _MARKER).is_file():
            return root
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Paydesk's resources are missing (looked in: {tried})")


def resource_path(relative: str) -> Path:
    """The absolute path of a shipped file, e.g. ``resource_path("icons/ui/copy.svg")``.

    The path is not checked: optional files (a translation that was not compiled) may be absent.
    """
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"not a path inside the resources: {relative!r}")
    return resources_root() / rel


def app_icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG, or the PNG rendered at ``size`` pixels."""
    if size is None:
        return resource_path(f"icons/{APP_ID}.svg")
    if size not in ICON_SIZES:
        raise ValueError(f"no {size}px icon; sizes are {ICON_SIZES}")
    return resource_path(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")


def icon(name: str) -> QIcon:
    """A UI icon from ``resources/icons/ui/<name>.svg``, or the application icon for ``APP_ID``.

    The SVG icon engine renders at the device pixel ratio, so icons stay sharp on high-DPI screens.
    Needs a ``QGuiApplication``.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    if name == APP_ID:
        # The rendered PNGs, so window managers and task bars can pick an exact size.
        result = QIcon()
        for size in ICON_SIZES:
            result.addFile(str(app_icon_path(size)), QSize(size, size))
        return result
    path = resource_path(f"icons/ui/{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"no UI icon named {name!r} ({path})")
    return QIcon(str(path))

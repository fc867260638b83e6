"""The few colours the app gives meaning to (success, error, caution), each in a light and a dark
variant, chosen by the window's scheme. Every variant reads at 4.5:1 or better against the
scheme's window (tests/forms/test_field_error.py, tests/history). Never colour alone: the text
(or a sign) says the same."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Tone(StrEnum):
    OK = "ok"
    ERROR = "error"
    CAUTION = "caution"


# (light window, dark window); contrast against white / #2b2b2b in the comments.
_COLORS: dict[Tone, tuple[QColor, QColor]] = {
    Tone.OK: (QColor("#1b6e20"), QColor("#a8dab5")),  # 6.4:1 / 9.0:1
    Tone.ERROR: (QColor("#b3261e"), QColor("#f2b8b5")),  # 6.5:1 / 8.3:1
    Tone.CAUTION: (QColor("#8a4b00"), QColor("#ffcc80")),  # 6.8:1 / 9.6:1
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def tone_color(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The colour of ``tone`` that reads well on ``palette``'s window (the app's by default)."""
    light, dark = _COLORS[tone]
    return dark if is_dark(palette if palette is not None else QGuiApplication.palette()) else light

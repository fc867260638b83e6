"""The inline message under a form field: a sign and text, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.models.tones import Tone, tone_color

SIGN = "⚠ "


def error_color(palette: QPalette) -> QColor:
    """The error colour that reads well on this palette's window (light or dark scheme)."""
    return tone_color(Tone.ERROR, palette)


def ok_color(palette: QPalette) -> QColor:
    """The success colour that reads well on this palette's window (light or dark scheme)."""
    return tone_color(Tone.OK, palette)


def error_style(widget: QWidget) -> str:
    """A style sheet colouring ``widget``'s text as an error, for its scheme as it is now."""
    return f"color: {error_color(widget.palette()).name()};"


def ok_style(widget: QWidget) -> str:
    """A style sheet colouring ``widget``'s text as a success, for its scheme as it is now."""
    return f"color: {ok_color(widget.palette()).name()};"


class FieldError(QLabel):
    """Coloured through its palette, not a style sheet: a form has dozens of these, and each
    style sheet costs a style of its own and a re-polish (start-up time)."""

    _applying = False

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()  # coloured when first shown: most never are

    def show_error(self, message: str | None) -> None:
        if message:
            self.setText(SIGN + message)
            self._apply_color()
            self.show()
        else:
            self.clear()
            self.hide()

    def message(self) -> str:
        """What the user reads, without the sign ("" when hidden)."""
        return self.text().removeprefix(SIGN) if not self.isHidden() else ""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._applying and self.text():
            self._apply_color()  # the scheme changed (light <-> dark)

    def _apply_color(self) -> None:
        palette = self.palette()
        color = error_color(palette)
        if palette.color(QPalette.ColorRole.WindowText) == color:
            return
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self._applying = True
        try:
            self.setPalette(palette)
        finally:
            self._applying = False

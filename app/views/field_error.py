"""The inline message under a form field: a sign and text, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"
SIGN = "⚠ "


class FieldError(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_error(self, message: str | None) -> None:
        if message:
            self.setText(SIGN + message)
            self.show()
        else:
            self.clear()
            self.hide()

    def message(self) -> str:
        """What the user reads, without the sign ("" when hidden)."""
        return self.text().removeprefix(SIGN) if not self.isHidden() else ""

"""Copy with visible feedback: "<what> copied" appears at the pointer and in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QCursor, QGuiApplication, QImage
from PySide6.QtWidgets import QMainWindow, QToolTip, QWidget


def _announce(widget: QWidget, message: str) -> None:
    QToolTip.showText(QCursor.pos(), message, widget, widget.rect(), 2500)
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 4000)
    widget.setProperty("lastFeedback", message)


def copy_text(widget: QWidget, text: str, what: str) -> None:
    """Put ``text`` on the clipboard and tell the user ``what`` was copied."""
    QGuiApplication.clipboard().setText(text)
    _announce(widget, QCoreApplication.translate("clipboard", "%s copied") % what)


def copy_image(widget: QWidget, image: QImage, what: str, text: str | None = None) -> None:
    """Put an image (and optionally its text form) on the clipboard, with feedback."""
    mime = QMimeData()
    mime.setImageData(image)
    if text:
        mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    _announce(widget, QCoreApplication.translate("clipboard", "%s copied") % what)

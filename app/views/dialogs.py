"""Confirmations go through ``ask`` so tests can replace it; dialogs open with ``open()``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    title: str,
    text: str,
    accept_label: str,
    on_done: Callable[[bool], None],
    *,
    informative: str = "",
) -> QMessageBox:
    """A non-blocking question; ``on_done(True)`` when the user accepts."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    if informative:
        box.setInformativeText(informative)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.setEscapeButton(cancel)

    def finished() -> None:
        on_done(box.clickedButton() is accept)
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


def show_details(parent: QWidget, title: str, message: str, detail: str) -> QMessageBox:
    """The raw detail of an error, one click away from its sentence."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Close, parent
    )
    box.setDetailedText(detail or QCoreApplication.translate("dialogs", "(no further detail)"))
    box.finished.connect(box.deleteLater)
    box.open()
    return box

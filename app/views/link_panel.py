"""The link panel beside the forms: the link of the last create or of the selected History row.

It shows a hint until there is a link; the `LinkView` with the link, QR code and their actions is
built for the first one (`app.views.link_view`), so a start-up does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QPixmap

    from app.models.folders import FolderMemory
    from app.models.messages import LinkInfo
    from app.views.link_view import FileChooser, LinkView, UrlOpener

QR_SIZE = 200
"""Side of the on-screen QR code in device-independent pixels (the `LinkView` default)."""
MAX_WIDTH = 520


class LinkPanel(QWidget):
    """Shows one `LinkInfo` (or a hint when there is none) with copy, QR, open and message."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        file_chooser: FileChooser | None = None,
        url_opener: UrlOpener | None = None,
        qr_size: int = QR_SIZE,
        folders: FolderMemory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkPanel")  # the focus outline of its buttons (app.views.style)
        self._folders = folders
        self._file_chooser = file_chooser
        self._url_opener = url_opener
        self._qr_size = qr_size
        self._info: LinkInfo | None = None
        self._view: LinkView | None = None

        self._stack = QStackedWidget(self)
        # Full-width buttons look lost in a wide window: the panel keeps a comfortable width.
        self._stack.setMaximumWidth(MAX_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        # The empty state says what to do, not only that there is nothing.
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(24, 24, 24, 24)
        empty_layout.addStretch(1)
        self._empty_title = QLabel(self.tr("No link yet"), empty)
        self._empty_title.setObjectName("linkPanelEmptyTitle")
        font = self._empty_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self._empty_title.setFont(font)
        self._empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint = QLabel(empty)
        self._hint.setObjectName("linkPanelHint")
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._steps = QLabel(
            self.tr(
                "1. Type a title and an amount.\n2. Press Create.\n"
                "3. Copy the link or the QR code for your customer."
            ),
            empty,
        )
        self._steps.setObjectName("linkPanelSteps")
        self._steps.setWordWrap(True)
        self._steps.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self._empty_title, self._hint, self._steps):
            empty_layout.addWidget(label)
        empty_layout.addStretch(2)
        self._empty = empty
        self._stack.addWidget(empty)
        self.clear()

    # -- public -----------------------------------------------------------------------------------

    @property
    def info(self) -> LinkInfo | None:
        return self._info

    @property
    def view(self) -> LinkView:
        """The link and its actions (built on first use)."""
        if self._view is None:
            from app.views.link_view import LinkView

            self._view = LinkView(
                self,
                file_chooser=self._file_chooser,
                url_opener=self._url_opener,
                qr_size=self._qr_size,
                folders=self._folders,
            )
            self._stack.addWidget(self._view)
        return self._view

    def show_link(self, info: LinkInfo) -> None:
        self._info = info
        self.view.show_link(info)
        self._stack.setCurrentWidget(self.view)

    def refresh(self, info: LinkInfo) -> None:
        """News about the link shown (its state): updated in place, so the message language
        and the last feedback stay. Ignored for another link."""
        if self._info is None or (self._info.record_id, self._info.link) != (
            info.record_id,
            info.link,
        ):
            return
        self._info = info
        self.view.set_state(info.state)

    def clear(self, hint: str | None = None) -> None:
        """Show the hint instead of a link (the friendly default when ``hint`` is None)."""
        self._info = None
        self._hint.setText(
            hint or self.tr("Create a paylink or pick a row in History to see its link here.")
        )
        self._empty_title.setVisible(hint is None)
        self._steps.setVisible(hint is None)
        if self._view is not None:
            self._view.reset()
        self._stack.setCurrentWidget(self._empty)

    def hint_text(self) -> str:
        return self._hint.text() if self._info is None else ""

    def link_text(self) -> str:
        return self._view.link_text() if self._view is not None else ""

    def feedback_text(self) -> str:
        """The last "… copied" / "… saved" sentence shown in the panel ("" once it faded)."""
        return self._view.feedback_text() if self._view is not None else ""

    def message_language(self) -> str:
        return self.view.message_language()

    def set_message_language(self, language: str) -> None:
        self.view.set_message_language(language)

    def qr_pixmap(self) -> QPixmap:
        return self.view.qr_pixmap()

    # The actions do nothing while there is no link.

    def copy_link(self) -> None:
        if self._info is not None:
            self.view.copy_link()

    def copy_message(self) -> None:
        if self._info is not None:
            self.view.copy_message()

    def copy_qr(self) -> None:
        if self._info is not None:
            self.view.copy_qr()

    def save_qr(self) -> None:
        if self._info is not None:
            self.view.save_qr()

    def save_qr_to(self, path: Path) -> bool:
        """Write the QR code to ``path``: SVG for ``.svg``, PNG otherwise. True if written."""
        return self._info is not None and self.view.save_qr_to(path)

    def open_link(self) -> None:
        if self._info is not None:
            self.view.open_link()

    @property
    def copy_link_button(self) -> QPushButton:
        return self.view.copy_link_button

    @property
    def open_button(self) -> QPushButton:
        return self.view.open_button

    @property
    def copy_qr_button(self) -> QPushButton:
        return self.view.copy_qr_button

    @property
    def save_qr_button(self) -> QPushButton:
        return self.view.save_qr_button

    @property
    def copy_message_button(self) -> QPushButton:
        return self.view.copy_message_button

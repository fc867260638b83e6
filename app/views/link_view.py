"""The link itself, once there is one: what a person needs to hand it to a customer.

The link in full, Copy link, the QR code (copy as image, save as PNG or SVG), Open in browser, and
Copy message (a short text in the customer's language). Every copy and save says what happened, at
the pointer and in the view itself. `app.views.link_panel.LinkPanel` creates it for the first link
(the start-up window shows only the panel's hint).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QIcon,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.api.platform import LANGUAGES
from app.models.folders import FileKind, FolderMemory
from app.models.locale_format import ui_money
from app.models.messages import LinkInfo, customer_message, language_of, mailto
from app.plain_text import file_stem
from app.views.clipboard import copy_image, copy_text
from app.views.link_panel import QR_SIZE
from app.views.link_state_badge import LinkStateBadge, confirm_dead_link
from app.views.qr import qr_image, qr_png, qr_svg

log = logging.getLogger(__name__)

# (parent, suggested path) -> the chosen path, or None when the user cancelled.
FileChooser = Callable[[QWidget, str], str | None]
# Opens a URL outside the app; returns False if nothing could open it.
UrlOpener = Callable[[QUrl], bool]

FEEDBACK_MS = 4000

_LANGUAGE_NAMES = {"de": "Deutsch", "fr": "Français", "it": "Italiano", "en": "English"}


def default_file_chooser(parent: QWidget, suggested: str) -> str | None:
    """The platform's save dialog, offering PNG and SVG; adds the extension the filter implies."""
    png = QCoreApplication.translate("LinkPanel", "PNG image (*.png)")
    svg = QCoreApplication.translate("LinkPanel", "SVG image (*.svg)")
    title = QCoreApplication.translate("LinkPanel", "Save QR code")
    path, selected = QFileDialog.getSaveFileName(parent, title, suggested, f"{png};;{svg}")
    if not path:
        return None
    if not Path(path).suffix:
        path += ".svg" if selected == svg else ".png"
    return path


class _LinkText(QTextEdit):
    """The link, read-only and selectable, wrapped anywhere (a URL has no spaces to wrap at) and
    as tall as its text, so it is never elided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(4)
        # Reached by clicking; Tab goes to the buttons (Copy link copies it whole).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.document().contentsChanged.connect(self._fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)


class LinkView(QWidget):
    """One `LinkInfo` with copy, QR, open and message actions."""

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
        self._file_chooser: FileChooser = file_chooser or default_file_chooser
        self._folders = folders or FolderMemory()
        self._url_opener: UrlOpener = url_opener or QDesktopServices.openUrl
        self._qr_size = qr_size
        self._info: LinkInfo | None = None
        self._qr_ratio = 0.0
        self._build_content()

    @property
    def info(self) -> LinkInfo | None:
        return self._info

    def show_link(self, info: LinkInfo) -> None:
        self._info = info
        kind = self.tr("Payment page") if info.kind == "page" else self.tr("Paylink")
        self._kind_label.setText(kind)
        self._title_label.setText(info.title)
        if info.amount_minor:
            self._amount_label.setText(ui_money(info.amount_minor, info.currency))
        else:
            self._amount_label.setText(self.tr("Amount chosen by the customer"))
        self._link_text.setPlainText(info.link)
        self.state_badge.set_state(info.state)
        index = self._language.findData(language_of(info.language))
        self._language.setCurrentIndex(max(index, 0))
        self._render_qr(force=True)
        self._set_feedback("")

    def set_state(self, state: str) -> None:
        """The link's state changed (the watcher saw a payment); everything else stays."""
        if self._info is not None:
            self._info = replace(self._info, state=state)
            self.state_badge.set_state(state)

    def _guarded(self, action: str, go: Callable[[], None]) -> None:
        """Before a dead link (paid, deleted, expired) goes out: ask first."""
        if self._info is not None:
            confirm_dead_link(self, self._info.state, self._info.title, action, go)

    def reset(self) -> None:
        """Forget the link (the panel shows its hint instead)."""
        self._info = None
        self._qr_label.clear()
        self._set_feedback("")

    def link_text(self) -> str:
        return self._link_text.toPlainText()

    def feedback_text(self) -> str:
        """The last "… copied" / "… saved" sentence shown in the panel ("" once it faded)."""
        return self._feedback.text()

    def message_language(self) -> str:
        return str(self._language.currentData())

    def set_message_language(self, language: str) -> None:
        index = self._language.findData(language_of(language))
        self._language.setCurrentIndex(max(index, 0))

    def qr_pixmap(self) -> QPixmap:
        return self._qr_label.pixmap()

    def copy_link(self) -> None:
        self._guarded(self.tr("Copy link"), self._copy_link)

    def _copy_link(self) -> None:
        if self._info is None:
            return
        copy_text(self.copy_link_button, self._info.link, self.tr("Link"))
        self._feedback_from(self.copy_link_button)

    def copy_message(self) -> None:
        self._guarded(self.tr("Copy message"), self._copy_message)

    def _copy_message(self) -> None:
        if self._info is None:
            return
        copy_text(self.copy_message_button, self._message(), self.tr("Message"))
        self._feedback_from(self.copy_message_button)

    def _message(self) -> str:
        """The customer message in the chosen language."""
        assert self._info is not None
        return customer_message(replace(self._info, language=self.message_language()))

    def mail(self) -> None:
        self._guarded(self.tr("E-mail"), self._mail)

    def _mail(self) -> None:
        """The message in the user's e-mail program (``mailto:``), nothing sent by Paydesk."""
        if self._info is None:
            return
        url = QUrl(mailto(self._info.email, self._info.title, self._message()))
        if self._url_opener(url):
            self._set_feedback(self.tr("E-mail opened in your mail program"))
        else:
            self._set_feedback(self.tr("No e-mail program could be opened."))

    def copy_qr(self) -> None:
        self._guarded(self.tr("Copy QR"), self._copy_qr)

    def _copy_qr(self) -> None:
        if self._info is None:
            return
        # A print-sized image for the clipboard: the receiving app decides how big it is shown.
        image = qr_image(self._info.link, self._qr_size * 2, 1.0)
        copy_image(self.copy_qr_button, image, self.tr("QR code"), text=self._info.link)
        self._feedback_from(self.copy_qr_button)

    def save_qr(self) -> None:
        """Ask where (PNG or SVG, by the extension chosen) and write the QR code there."""
        self._guarded(self.tr("Save QR…"), self._save_qr)

    def _save_qr(self) -> None:
        if self._info is None:
            return
        name = file_stem(self._info.title, "qr", fallback="paylink-qr") + ".png"
        path = self._file_chooser(self, self._folders.suggest(FileKind.QR_CODE, name))
        if path:
            self._folders.remember(FileKind.QR_CODE, path)
            self.save_qr_to(Path(path))

    def save_qr_to(self, path: Path) -> bool:
        """Write the QR code to ``path``: SVG for ``.svg``, PNG otherwise. True if written."""
        if self._info is None:
            return False
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        try:
            data = (
                qr_svg(self._info.link, title=self._info.title)
                if path.suffix.lower() == ".svg"
                else qr_png(self._info.link)
            )
            path.write_bytes(data)
        except OSError as exc:
            log.warning("could not save the QR code to %s: %s", path, exc)
            self._set_feedback(
                self.tr("Could not save the QR code to %s: %s") % (path, exc.strerror or exc)
            )
            return False
        log.info("QR code saved to %s", path)
        self._set_feedback(self.tr("QR code saved to %s") % path)
        return True

    def open_link(self) -> None:
        if self._info is None:
            return
        if not self._url_opener(QUrl(self._info.link)):
            self._set_feedback(
                self.tr("No browser could be opened. Copy the link and paste it into one.")
            )

    def _build_content(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        self._kind_label = QLabel(self)
        self._title_label = QLabel(self)
        self._title_label.setWordWrap(True)
        self._title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title_label.setFont(font)
        self._amount_label = QLabel(self)
        self._amount_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._kind_label)
        layout.addWidget(self._title_label)
        layout.addWidget(self._amount_label)
        self.state_badge = LinkStateBadge(self)
        layout.addWidget(self.state_badge)

        self._link_text = _LinkText(self)
        self._link_text.setAccessibleName(self.tr("Payment link"))
        layout.addWidget(self._link_text)

        self.copy_link_button = self._button(
            "edit-copy", self.tr("Copy link"), self.tr("Copy the payment link to the clipboard")
        )
        self.copy_link_button.clicked.connect(self.copy_link)
        self.open_button = self._button(
            "internet-web-browser",
            self.tr("Open in browser"),
            self.tr("Open the payment page in your web browser"),
        )
        self.open_button.clicked.connect(self.open_link)
        layout.addLayout(_row(self.copy_link_button, self.open_button))

        self._qr_label = QLabel(self)
        self._qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._qr_label.setAccessibleName(self.tr("QR code of the payment link"))
        self._qr_label.setMinimumSize(self._qr_size, self._qr_size)
        layout.addWidget(self._qr_label)

        self.copy_qr_button = self._button(
            "edit-copy",
            self.tr("Copy QR"),
            self.tr("Copy the QR code to the clipboard as an image"),
        )
        self.copy_qr_button.clicked.connect(self.copy_qr)
        self.save_qr_button = self._button(
            "document-save-as",
            self.tr("Save QR…"),
            self.tr("Save the QR code as a PNG or SVG file"),
        )
        self.save_qr_button.clicked.connect(self.save_qr)
        layout.addLayout(_row(self.copy_qr_button, self.save_qr_button))

        self._language = QComboBox(self)
        for code in LANGUAGES:
            self._language.addItem(_LANGUAGE_NAMES[code], code)
        self._language.setAccessibleName(self.tr("Message language"))
        self._language.setToolTip(self.tr("The language of the message for the customer"))
        self.copy_message_button = self._button(
            "mail-message-new",
            self.tr("Copy message"),
            self.tr("Copy a short message with title, amount and link, for an e-mail"),
        )
        self.copy_message_button.clicked.connect(self.copy_message)
        self.mail_button = self._button(
            "mail-message-new",
            self.tr("E-mail…"),
            self.tr("Write the message in your e-mail program, to the customer's address if known"),
        )
        self.mail_button.clicked.connect(self.mail)
        layout.addLayout(_row(self._language, self.copy_message_button))
        layout.addLayout(_row(self.mail_button))

        self._feedback = QLabel(self)
        self._feedback.setObjectName("linkPanelFeedback")
        self._feedback.setWordWrap(True)
        self._feedback.setAccessibleName(self.tr("Last action"))
        layout.addWidget(self._feedback)
        layout.addStretch(1)

        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_MS)
        self._feedback_timer.timeout.connect(lambda: self._feedback.setText(""))

    def _button(self, icon_name: str, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(QIcon.fromTheme(icon_name), text, self)
        button.setToolTip(tooltip)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(tooltip)
        return button

    def _feedback_from(self, button: QWidget) -> None:
        self._set_feedback(str(button.property("lastFeedback") or ""))

    def _set_feedback(self, text: str) -> None:
        self._feedback.setText(text)
        if text:
            self._feedback_timer.start()
        else:
            self._feedback_timer.stop()

    def _render_qr(self, *, force: bool = False) -> None:
        if self._info is None:
            return
        ratio = self._qr_label.devicePixelRatioF()
        if not force and ratio == self._qr_ratio:
            return
        self._qr_ratio = ratio
        image = qr_image(self._info.link, self._qr_size, ratio)
        self._qr_label.setPixmap(QPixmap.fromImage(image))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._render_qr()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._render_qr()


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row

"""`NoticeBar`: something the user should know, said in the window until they dismiss it.

A damaged file moved aside at start, a draft that could not be restored, a payment that arrived:
nothing needs answering, so it is a bar in the window, never a dialog that holds anything up.
Notices add up (`add`), or the newest replaces the last (`replace`); an optional action button
(`set_action`: "Open") goes with them.

A ``compact`` bar is one line for the status bar (a payment that arrived): it never changes the
height of what it sits in, so showing it moves nothing the user is about to click and repaints
only itself. Its text is elided to `COMPACT_TEXT_WIDTH`, in full in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

COMPACT_TEXT_WIDTH = 480


class NoticeBar(QFrame):
    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self._compact = compact
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # paths and file names, never markup
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button: QAbstractButton
        self.dismiss_button: QAbstractButton
        if compact:
            layout.setContentsMargins(6, 1, 1, 1)
            layout.setSpacing(4)
            # The style's own information icon: a glyph such as ⓘ is missing from some fonts.
            side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            icon = QLabel(self)
            icon.setPixmap(
                self.style()
                .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
                .pixmap(side)
            )
            layout.addWidget(icon)
            self.action_button, self.dismiss_button = QToolButton(self), QToolButton(self)
            self.dismiss_button.setText(self.tr("Dismiss"))
        else:
            self.setFrameShape(QFrame.Shape.StyledPanel)
            self.label.setWordWrap(True)
            self.action_button = QPushButton(self)
            self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.action_button.clicked.connect(self.action_clicked)
        self.action_button.hide()
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        # Beside a wrapped text, at its first line; in one line, centred on it.
        align = Qt.AlignmentFlag.AlignVCenter if compact else Qt.AlignmentFlag.AlignTop
        layout.addWidget(self.action_button, 0, align)
        layout.addWidget(self.dismiss_button, 0, align)
        self._notices: list[str] = []
        self.hide()

    def add(self, text: str) -> None:
        if text in self._notices:
            return  # the same draft dropped twice (two profile switches) is said once
        self._notices.append(text)
        said = "\n".join(f"ⓘ {notice}" for notice in self._notices)
        if self._compact:
            metrics = self.label.fontMetrics()
            line = " ".join(self._notices)
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, COMPACT_TEXT_WIDTH)
            self.label.setText(elided)
            self.label.setToolTip(said if elided != line else "")
        else:
            self.label.setText(said)
        self.show()

    def replace(self, text: str) -> None:
        """Say ``text`` instead of what the bar said."""
        self._notices = []
        self.add(text)

    def set_action(self, text: str, tooltip: str = "") -> None:
        """Offer an action beside the notices (`action_clicked`)."""
        self.action_button.setText(text)
        self.action_button.setToolTip(tooltip)
        self.action_button.show()

    def notices(self) -> list[str]:
        """What the bar says now (empty once dismissed)."""
        return list(self._notices)

    def dismiss(self) -> None:
        self._notices.clear()
        self.label.clear()
        self.hide()

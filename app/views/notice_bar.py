"""`NoticeBar`: something the user should know, said in the window until they dismiss it.

A damaged file moved aside at start, a draft that could not be restored, a payment that arrived:
nothing needs answering, so it is a bar in the window, never a dialog that holds anything up.
Notices add up (`add`), or the newest replaces the last (`replace`); an optional action button
(`set_action`: "Open") goes with them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # paths and file names, never markup
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.clicked.connect(self.action_clicked)
        self.action_button.hide()
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._notices: list[str] = []
        self.hide()

    def add(self, text: str) -> None:
        if text in self._notices:
            return  # the same draft dropped twice (two profile switches) is said once
        self._notices.append(text)
        self.label.setText("\n".join(f"ⓘ {notice}" for notice in self._notices))
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

"""`NoticeBar`: what Paydesk repaired on its own, said in the window until the user dismisses it.

A damaged file moved aside at start, a draft that could not be restored: the user should know,
but nothing needs answering, so it is a bar above the tabs, never a dialog that holds up the start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
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
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._notices: list[str] = []
        self.hide()

    def add(self, text: str) -> None:
        if text in self._notices:
            return  # the same draft dropped twice (two profile switches) is said once
        self._notices.append(text)
        self.label.setText("\n".join(f"ⓘ {notice}" for notice in self._notices))
        self.show()

    def notices(self) -> list[str]:
        """What the bar says now (empty once dismissed)."""
        return list(self._notices)

    def dismiss(self) -> None:
        self._notices.clear()
        self.label.clear()
        self.hide()

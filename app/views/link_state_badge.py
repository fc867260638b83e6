"""The link's state above it in the link panel (waiting, paid, partly paid, deleted, expired), and
the question asked before a dead link goes out to a customer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.models.link_state import DEAD_STATES, LinkState, dead_link_warning, state_name
from app.models.tones import Tone, tone_color
from app.views import dialogs

_TONES: dict[LinkState, Tone] = {
    LinkState.PAID: Tone.OK,
    LinkState.PARTLY_PAID: Tone.CAUTION,
    LinkState.DELETED: Tone.ERROR,
    LinkState.EXPIRED: Tone.ERROR,
}


class LinkStateBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkState")
        self.setAccessibleName(self.tr("Link state"))
        self.set_state("")

    def set_state(self, state: str) -> None:
        if not state:
            self.clear()
            self.hide()
            return
        link_state = LinkState(state)
        tone = _TONES.get(link_state)
        color = f" color: {tone_color(tone, self.palette()).name()};" if tone else ""
        self.setStyleSheet(f"QLabel#linkState {{ font-weight: bold;{color} }}")
        # Never colour alone: a sign says "this link is dead" too.
        sign = "⚠ " if link_state in DEAD_STATES - {LinkState.PAID} else ""
        self.setText(sign + state_name(state))
        self.show()


def confirm_dead_link(
    parent: QWidget, state: str, title: str, action: str, go: Callable[[], None]
) -> None:
    """Run ``go`` at once for a live link; for a dead one, only after the user says so
    (non-blocking, through `dialogs.ask`, which tests replace)."""
    question = dead_link_warning(state, title)
    if question is None:
        go()
        return
    dialogs.ask(
        parent,
        QCoreApplication.translate("LinkStateBadge", "Send this link?"),
        question,
        action,
        lambda accepted: go() if accepted else None,
    )

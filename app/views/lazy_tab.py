"""A tab page whose view is built on first need, so the first window does not wait for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Stands in the tab bar for the view ``factory`` builds: when the page is first shown, when
    ``focus_search`` is asked of it, or when ``build()`` is called (the application calls it right
    after the window's first paint). The session handed to it before is passed on."""

    built = Signal(QWidget)
    """The view, once built (before the session is passed on)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._view: QWidget | None = None
        self._session: Any = None
        self._session_given = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def view(self) -> QWidget | None:
        """The real view, ``None`` until built."""
        return self._view

    def build(self) -> QWidget:
        if self._view is None:
            view = self._factory()
            self._layout.addWidget(view)
            self.setFocusProxy(view)
            self._view = view
            self.built.emit(view)
            if self._session_given and hasattr(view, "set_session"):
                view.set_session(self._session)
        return self._view

    def set_session(self, session: Any) -> None:
        self._session, self._session_given = session, True
        if self._view is not None and hasattr(self._view, "set_session"):
            self._view.set_session(session)

    def focus_search(self) -> None:
        view = self.build()
        if hasattr(view, "focus_search"):
            view.focus_search()

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)

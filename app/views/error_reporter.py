"""`ErrorReporter`: the ``show`` callable `app.crash.install_excepthook` wants.

It opens one `ErrorDialog` (with ``open()``, never a blocking ``exec()``) and adds later problems to
the dialog already showing rather than stacking a new window per exception. The dialog's module is
imported on the first problem, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.views.error_dialog import ErrorDialog, UrlOpener


class ErrorReporter:
    """``show(summary, details)`` for `install_excepthook`: one dialog at a time.

    Set `parent` once the main window exists so the dialog opens over it. ``open_url`` opens the
    log folder (default: the desktop's handler).
    """

    def __init__(
        self,
        log_file: Path | None,
        parent: QWidget | None = None,
        *,
        open_url: UrlOpener | None = None,
    ) -> None:
        self.log_file = log_file
        self.parent = parent
        self._open_url = open_url
        self._dialog: ErrorDialog | None = None

    @property
    def dialog(self) -> ErrorDialog | None:
        """The dialog showing now, if any."""
        return self._dialog

    def __call__(self, summary: str, details: str) -> None:
        if self._dialog is not None:
            self._dialog.add_problem(summary, details)
            return
        from app.views.error_dialog import ErrorDialog

        if self._open_url is None:
            from PySide6.QtGui import QDesktopServices

            self._open_url = QDesktopServices.openUrl
        dialog = ErrorDialog(summary, details, self.log_file, self.parent, open_url=self._open_url)
        dialog.finished.connect(self._closed)
        self._dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.deleteLater()

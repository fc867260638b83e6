"""The dialog an uncaught exception ends in: what happened, the traceback to copy, and the log.

`app.views.error_reporter.ErrorReporter` opens it (and imports this module only then: no start-up
pays for a dialog that may never show).
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__

# Opens a URL outside the app; returns False if nothing could open it.
UrlOpener = Callable[[QUrl], bool]

MAX_KEPT_PROBLEMS = 20
"""Tracebacks kept in one dialog; later ones are only counted (a failing paint can repeat)."""


def diagnostics_line() -> str:
    """Version, Python, Qt and platform in one line, for a bug report."""
    python = platform.python_version()
    return f"Paydesk {__version__} · Python {python} · Qt {qVersion()} · {platform.platform()}"


class ErrorDialog(QDialog):
    """Summary, explanation, log path, the traceback folded away, and Copy / Open log / Close."""

    def __init__(
        self,
        summary: str,
        details: str,
        log_file: Path | None,
        parent: QWidget | None = None,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self._log_file = log_file
        self._open_url = open_url
        self._problems: list[tuple[str, str]] = [(summary, details)]
        self._count = 1

        self.setWindowTitle(self.tr("Paydesk: unexpected problem"))
        self.setSizeGripEnabled(True)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)  # "<lambda>" is not markup
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        explanation = QLabel(
            self.tr(
                "Paydesk hit an unexpected problem. You can keep working; "
                "if it happens again, send the log."
            )
        )
        explanation.setObjectName("explanationLabel")
        explanation.setWordWrap(True)

        self.log_label = QLabel()
        self.log_label.setObjectName("logPathLabel")
        self.log_label.setWordWrap(True)
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_file is not None:
            self.log_label.setText(self.tr("Log file: %s") % log_file)
        else:
            self.log_label.setText(self.tr("This session writes no log file."))

        self.details_toggle = QToolButton()
        self.details_toggle.setObjectName("detailsToggle")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.toggled.connect(self._set_details_visible)

        self.details_text = QPlainTextEdit()
        self.details_text.setObjectName("detailsText")
        self.details_text.setReadOnly(True)
        self.details_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_text.setAccessibleName(self.tr("Error details"))
        self.details_text.setMinimumHeight(180)

        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedbackLabel")

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.clicked.connect(self.copy_details)
        self.open_log_button = QPushButton(self.tr("Open log folder"))
        self.open_log_button.setObjectName("openLogFolderButton")
        self.open_log_button.setEnabled(log_file is not None)
        self.open_log_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.summary_label)
        text.addWidget(explanation)
        text.addWidget(self.log_label)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_toggle)
        layout.addWidget(self.details_text, 1)
        layout.addWidget(self.feedback_label)
        layout.addWidget(buttons)

        self._set_details_visible(False)
        self._refresh()
        self.close_button.setDefault(True)
        self.resize(560, self.sizeHint().height())

    @property
    def problem_count(self) -> int:
        return self._count

    def add_problem(self, summary: str, details: str) -> None:
        """Another uncaught exception while this dialog is up."""
        self._count += 1
        if len(self._problems) < MAX_KEPT_PROBLEMS:
            self._problems.append((summary, details))
        self._refresh()

    def details(self) -> str:
        """What Copy details puts on the clipboard: diagnostics, log path and every traceback."""
        head = [diagnostics_line()]
        if self._log_file is not None:
            head.append(f"Log: {self._log_file}")
        body = [f"{summary}\n\n{details.rstrip()}" for summary, details in self._problems]
        if self._count > len(self._problems):
            body.append(f"({self._count - len(self._problems)} more not kept)")
        return "\n".join(head) + "\n\n" + "\n\n----\n\n".join(body) + "\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.feedback_label.setText(self.tr("Details copied to the clipboard."))

    def open_log_folder(self) -> None:
        if self._log_file is None:
            return
        folder = self._log_file.parent
        if self._open_url(QUrl.fromLocalFile(str(folder))):
            self.feedback_label.setText("")
        else:
            self.feedback_label.setText(self.tr("Could not open %s") % folder)

    def _refresh(self) -> None:
        first_summary = self._problems[0][0]
        if self._count > 1:
            more = self.tr("and %n more problem(s) since", "", self._count - 1)
            self.summary_label.setText(f"{first_summary}\n({more})")
        else:
            self.summary_label.setText(first_summary)
        self.details_text.setPlainText(
            "\n\n----\n\n".join(f"{s}\n\n{d.rstrip()}" for s, d in self._problems)
        )

    def _set_details_visible(self, visible: bool) -> None:
        self.details_text.setVisible(visible)
        self.details_toggle.setArrowType(
            Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow
        )
        self.details_toggle.setText(self.tr("Hide details") if visible else self.tr("Show details"))
        if not visible:
            self.adjustSize()

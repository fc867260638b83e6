"""The one dialog that settles a create in doubt: what is known, how to look, what to say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.locale_format import ui_datetime, ui_money
from app.models.paylink_create import PaylinkCreator
from app.models.paylink_form import Kind

UrlOpener = Callable[[QUrl], bool]


class UnknownCreateDialog(QDialog):
    """Non-blocking (``open()``); every choice goes to the creator, which sends at most one
    request for it. "Leave it open" closes the dialog and changes nothing."""

    def __init__(
        self,
        creator: PaylinkCreator,
        dashboard_url: str,
        parent: QWidget | None = None,
        *,
        url_opener: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unknownCreateDialog")
        self.creator = creator
        self._dashboard_url = dashboard_url
        self._url_opener: UrlOpener = url_opener or QDesktopServices.openUrl
        record = creator.pending
        assert record is not None
        self.record = record
        invoice = creator.kind is Kind.INVOICE
        self.setWindowTitle(self.tr("Was it created?"))
        layout = QVBoxLayout(self)

        what = self.tr("Paylink") if invoice else self.tr("Payment page")
        self.known_label = QLabel(
            self.tr(
                "%s “%s” for %s (reference %s) was sent to the platform on %s, but no clear "
                "answer came back. Paydesk cannot tell whether it was created, so it will not "
                "create it again until you say what happened."
            )
            % (
                what,
                record.title,
                ui_money(record.amount_minor, record.currency),
                record.reference_id or "–",
                ui_datetime(record.created_at.astimezone()),
            ),
            self,
        )
        self.known_label.setObjectName("known")
        self.known_label.setWordWrap(True)
        self.known_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.known_label)

        look = QGroupBox(self.tr("Look for it"), self)
        look_layout = QVBoxLayout(look)
        hint = QLabel(
            self.tr("Search the payments for reference %s, or look for it in the dashboard (%s).")
            % (record.reference_id or "–", dashboard_url),
            look,
        )
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        look_layout.addWidget(hint)
        look_row = QHBoxLayout()
        self.search_button = QPushButton(self.tr("Search the payments"), look)
        self.search_button.setObjectName("searchPayments")
        self.search_button.setEnabled(bool(record.reference_id))
        self.search_button.clicked.connect(self._search)
        self.dashboard_button = QPushButton(self.tr("Open the dashboard"), look)
        self.dashboard_button.setObjectName("openDashboard")
        self.dashboard_button.clicked.connect(self._open_dashboard)
        look_row.addWidget(self.search_button)
        look_row.addWidget(self.dashboard_button)
        look_row.addStretch(1)
        look_layout.addLayout(look_row)
        layout.addWidget(look)

        created = QGroupBox(self.tr("It was created"), self)
        created_layout = QHBoxLayout(created)
        self.id_edit = QLineEdit(created)
        self.id_edit.setObjectName("createdId")
        self.id_edit.setPlaceholderText(self.tr("Its number (id) from the dashboard, e.g. 123"))
        self.id_edit.setAccessibleName(self.tr("Number (id)"))
        self.id_edit.returnPressed.connect(self._check_id)
        self.check_button = QPushButton(self.tr("It was created: check this id"), created)
        self.check_button.setObjectName("checkCreated")
        self.check_button.clicked.connect(self._check_id)
        created_layout.addWidget(self.id_edit, 1)
        created_layout.addWidget(self.check_button)
        layout.addWidget(created)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

        buttons = QHBoxLayout()
        self.again_button = QPushButton(self.tr("It was not created: create it now"), self)
        self.again_button.setObjectName("notCreated")
        self.again_button.clicked.connect(self._create_again)
        self.leave_button = QPushButton(self.tr("Leave it open"), self)
        self.leave_button.setObjectName("leaveOpen")
        self.leave_button.setDefault(True)  # the choice that sends nothing
        self.leave_button.clicked.connect(self.reject)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        layout.addLayout(buttons)

        creator.check_finished.connect(self._on_checked)
        creator.pending_changed.connect(self._on_pending)
        creator.busy_changed.connect(self._on_busy)
        self._update()

    def result_text(self) -> str:
        return self.result_label.text()

    def _update(self) -> None:
        idle = not self.creator.checking and not self.creator.busy
        self.search_button.setEnabled(idle and bool(self.record.reference_id))
        self.check_button.setEnabled(idle)
        self.again_button.setEnabled(idle)

    def _on_busy(self, _busy: bool) -> None:
        self._update()

    def _search(self) -> None:
        if self.creator.search_payments():
            self.result_label.setText(self.tr("Looking for payments…"))
        self._update()

    def _check_id(self) -> None:
        if self.creator.confirm_created(self.id_edit.text()):
            self.result_label.setText(self.tr("Checking…"))
        self._update()

    def _create_again(self) -> None:
        if self.creator.create_again():
            self.accept()

    def _open_dashboard(self) -> None:
        self._url_opener(QUrl(self._dashboard_url))

    def _on_checked(self, settled: bool, sentence: str) -> None:
        self.result_label.setText(sentence)
        self._update()
        if settled:
            self.accept()

    def _on_pending(self) -> None:
        pending = self.creator.pending
        settled = pending is None or pending.id != self.record.id
        # Settled elsewhere (a payment, another window): nothing left to decide here.
        if settled and self.isVisible() and not self.creator.checking:
            self.accept()

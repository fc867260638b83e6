"""The instance manager: the list of profiles, a form for the selected one, Test connection.

Widgets only: the working copy, validation and saving live in `app.models.instances`, the
connection test in `app.models.connection_test`, where secrets are kept in
`app.models.secret_storage`; the application builds them for each opening. The dialog opens with
`open()` and deletes itself when it closes; what was not saved is discarded (the working copy
goes with the dialog).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Mapping
from typing import cast

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.api.platform import LANGUAGES
from app.models.connection_test import ConnectionTester
from app.models.instances import CONNECTION_FIELDS, FORM_ERROR, InstancesModel
from app.models.secret_storage import FILE_STORAGE_WARNING, SecretStorage
from app.settings.profile import (
    BASE_DOMAIN_PRESETS,
    CURRENCIES,
    MAX_DISPLAY_NAME,
    MAX_REFERENCE_PREFIX,
    SERVED_VERSIONS,
    AuthScheme,
)
from app.views import dialogs
from app.views.field_error import FieldError, error_style, ok_style
from app.views.forms import FieldErrors, SecretField, add_row, field_row

log = logging.getLogger(__name__)

HINT_STYLE = "color: palette(placeholder-text);"


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    on_done: Callable[[bool], None],
    *,
    accept_label: str,
    informative: str = "",
) -> None:
    """Every question this dialog asks goes through here (tests replace it). Non-blocking:
    `on_done(True)` when the user accepts."""
    dialogs.ask(parent, title, text, accept_label, on_done, informative=informative)


def open_instances_dialog(
    parent: QWidget | None, build: Callable[[QWidget | None], InstancesDialog]
) -> InstancesDialog:
    """Open the instance manager (window-modal, never blocking), or raise the one already open.
    `build(parent)` makes a new one, with a fresh working copy."""
    if parent is not None:
        existing = parent.findChild(InstancesDialog)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = build(parent)
    dialog.open()
    return dialog


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(HINT_STYLE)
    return label


class InstancesDialog(QDialog):
    """Add, edit, duplicate, remove and test instance profiles."""

    def __init__(
        self,
        model: InstancesModel,
        tester: ConnectionTester,
        storage: SecretStorage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Manage instances"))
        # The working copy and a running test go with the dialog.
        for part in (model, tester, storage):
            part.setParent(self)
        self.model = model
        self.tester = tester
        self.storage = storage
        self._key: str | None = None
        self._loading = False
        self.errors = FieldErrors()  # the fields' error labels and which may speak
        self.error_labels = self.errors.labels
        self._errors: dict[str, str] = {}
        self._build()
        self._connect()
        self._show_problems()
        self._show_secret_status()
        self.resize(900, 650)
        if self.model.rowCount() > 0:
            self.select_key(self.model.key_at(0))
        else:
            self._load(None)

    # -- building -------------------------------------------------------------------------------

    def _field(self, name: str, widget: QWidget, parent: QWidget) -> QWidget:
        """`widget` with its error label underneath."""
        return field_row(self.errors, name, parent, widget)

    def _row(self, form: QFormLayout, text: str, buddy: QWidget, field: QWidget) -> QLabel:
        return add_row(form, text, buddy, field)

    def _line(self, name: str, parent: QWidget, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text, n=name: self._on_edited(n))
        edit.editingFinished.connect(lambda n=name: self._touch(n))
        return edit

    def _combo(self, name: str, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.currentIndexChanged.connect(lambda _i, n=name: self._on_edited(n))
        return combo

    def _build(self) -> None:
        outer = QVBoxLayout(self)

        # Profile files that could not be loaded.
        self.problems_box = QFrame(self)
        self.problems_box.setObjectName("problems")
        self.problems_box.setFrameShape(QFrame.Shape.StyledPanel)
        problems_layout = QVBoxLayout(self.problems_box)
        self.problems_label = QLabel(self.problems_box)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problems_layout.addWidget(self.problems_label)
        self.problems_box.hide()
        outer.addWidget(self.problems_box)

        middle = QHBoxLayout()
        outer.addLayout(middle, 1)

        # Left: the profiles.
        left = QVBoxLayout()
        self.list_view = QListView(self)
        self.list_view.setObjectName("profiles")
        self.list_view.setAccessibleName(self.tr("Instances"))
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setMinimumWidth(210)
        self.list_view.setMaximumWidth(240)
        left.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setToolTip(self.tr("Add a new instance"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.duplicate_button.setToolTip(
            self.tr(
                "A copy of the selected instance, with the same API secret unless you change it"
            )
        )
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.setToolTip(
            self.tr("Remove the selected instance, its settings file and its API secret")
        )
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            buttons.addWidget(button)
        left.addLayout(buttons)
        middle.addLayout(left)

        # Right: the form (scrolls when the window is small), then Test connection.
        right = QVBoxLayout()
        middle.addLayout(right, 1)
        self.demo_note = _hint("", self)
        self.demo_note.setObjectName("demo_note")
        self.demo_note.hide()
        right.addWidget(self.demo_note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        right.addWidget(scroll, 1)

        self.form_widget = QWidget(scroll)
        scroll.setWidget(self.form_widget)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(6, 0, 6, 0)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fw = self.form_widget

        self.display_name_edit = self._line("display_name", fw, self.tr("e.g. Shop"))
        self.display_name_edit.setMaxLength(MAX_DISPLAY_NAME + 20)
        self._row(
            form,
            self.tr("&Display name:"),
            self.display_name_edit,
            self._field("display_name", self.display_name_edit, fw),
        )

        self.instance_edit = self._line("instance", fw, self.tr("e.g. example"))
        instance_box = self._field("instance", self.instance_edit, fw)
        self.instance_hint = _hint(
            self.tr("The part before the platform's domain, e.g. example in example.okepay.info."),
            instance_box,
        )
        cast(QVBoxLayout, instance_box.layout()).addWidget(self.instance_hint)
        self._row(form, self.tr("&Instance name:"), self.instance_edit, instance_box)

        self.platform_combo = self._combo("platform", fw)
        self.platform_combo.addItems(list(BASE_DOMAIN_PRESETS))
        self.platform_combo.addItem(self.tr("Other…"))
        self.platform_combo.setToolTip(self.tr("The platform's domain; the API is at api.<domain>"))
        self.base_domain_edit = self._line("base_domain", fw, self.tr("e.g. example-pay.ch"))
        self.base_domain_edit.setAccessibleName(self.tr("Base domain"))
        self.base_domain_edit.hide()
        platform_box = QWidget(fw)
        platform_layout = QVBoxLayout(platform_box)
        platform_layout.setContentsMargins(0, 0, 0, 0)
        platform_layout.setSpacing(2)
        platform_layout.addWidget(self.platform_combo)
        platform_layout.addWidget(self._field("base_domain", self.base_domain_edit, platform_box))
        self._row(form, self.tr("&Platform:"), self.platform_combo, platform_box)

        self.version_combo = self._combo("api_version", fw)
        self.version_combo.addItems(list(SERVED_VERSIONS))
        self._row(
            form,
            self.tr("API &version:"),
            self.version_combo,
            self._field("api_version", self.version_combo, fw),
        )

        self.auth_combo = self._combo("auth_scheme", fw)
        self.auth_combo.addItem(self.tr("Signature"), AuthScheme.SIGNATURE.value)
        self.auth_combo.addItem(self.tr("API key header"), AuthScheme.API_KEY_HEADER.value)
        self.auth_combo.setToolTip(
            self.tr(
                "Signature signs every request with the secret (the usual way); API key header "
                "sends the secret itself in an X-API-KEY header"
            )
        )
        self._row(
            form,
            self.tr("Authe&ntication:"),
            self.auth_combo,
            self._field("auth_scheme", self.auth_combo, fw),
        )

        self.secret_field = SecretField(
            fw,
            show_text=self.tr("S&how"),
            hide_text=self.tr("&Hide"),
            tooltip=self.tr("Show or hide the secret"),
        )
        self.secret_edit = self.secret_field.edit
        self.secret_toggle = self.secret_field.toggle
        self.secret_edit.textEdited.connect(lambda _t: self._on_edited("secret"))
        self._row(
            form,
            self.tr("API s&ecret:"),
            self.secret_edit,
            self._field("secret", self.secret_field, fw),
        )

        # Test connection, right under what it tests.
        test_box = QWidget(fw)
        test_layout = QVBoxLayout(test_box)
        test_layout.setContentsMargins(0, 0, 0, 0)
        test_layout.setSpacing(2)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test c&onnection"), test_box)
        self.test_button.setToolTip(
            self.tr("Ask the platform whether instance name and secret are right (unsaved values)")
        )
        self.test_progress = QProgressBar(test_box)
        self.test_progress.setRange(0, 0)  # busy, no percentage
        self.test_progress.setMaximumWidth(80)
        self.test_progress.setMaximumHeight(12)
        self.test_progress.setTextVisible(False)
        self.test_progress.hide()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_progress)
        test_row.addStretch(1)
        test_layout.addLayout(test_row)
        self.test_result = QLabel(test_box)
        self.test_result.setObjectName("test_result")
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        test_layout.addWidget(self.test_result)
        # Offered when the platform does not serve the form's version but a lower one answers.
        self.use_version_button = QPushButton(test_box)
        self.use_version_button.setObjectName("use_version")
        self.use_version_button.setAutoDefault(False)
        self.use_version_button.hide()
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.use_version_button)
        offer_row.addStretch(1)
        test_layout.addLayout(offer_row)
        form.addRow("", test_box)

        self.currency_combo = self._combo("default_currency", fw)
        self.currency_combo.addItems(list(CURRENCIES))
        self._row(
            form,
            self.tr("Default &currency:"),
            self.currency_combo,
            self._field("default_currency", self.currency_combo, fw),
        )

        self.language_combo = self._combo("default_language", fw)
        names = {
            "de": self.tr("German"),
            "fr": self.tr("French"),
            "it": self.tr("Italian"),
            "en": self.tr("English"),
        }
        for code in LANGUAGES:
            self.language_combo.addItem(f"{names.get(code, code)} ({code})", code)
        self._row(
            form,
            self.tr("Default &language:"),
            self.language_combo,
            self._field("default_language", self.language_combo, fw),
        )

        self.reference_prefix_edit = self._line("reference_prefix", fw, self.tr("e.g. INV-"))
        self.reference_prefix_edit.setMaxLength(MAX_REFERENCE_PREFIX + 20)
        self._row(
            form,
            self.tr("&Reference prefix:"),
            self.reference_prefix_edit,
            self._field("reference_prefix", self.reference_prefix_edit, fw),
        )

        self.vat_edit = self._line("default_vat_rate", fw, self.tr("none"))
        self.vat_edit.setToolTip(self.tr("The VAT rate in percent, e.g. 8.1; empty for none"))
        self._row(
            form,
            self.tr("Default VA&T rate (%):"),
            self.vat_edit,
            self._field("default_vat_rate", self.vat_edit, fw),
        )

        self.confirm_above_edit = self._line("confirm_above", fw, self.tr("never ask"))
        self.confirm_above_edit.setToolTip(
            self.tr("Ask before creating a paylink above this amount, e.g. 500; empty: never ask")
        )
        self._row(
            form,
            self.tr("Confirm amounts a&bove:"),
            self.confirm_above_edit,
            self._field("confirm_above", self.confirm_above_edit, fw),
        )

        self.read_only_check = QCheckBox(self.tr("Hide every create, cancel and delete action"), fw)
        self.read_only_check.setObjectName("read_only")
        self.read_only_check.setToolTip(
            self.tr(
                "While this instance is active, Paydesk only looks things up: no paylink or page "
                "is created, nothing is cancelled or deleted."
            )
        )
        self.read_only_check.toggled.connect(lambda _c: self._on_edited("read_only"))
        self._row(
            form,
            self.tr("Read-onl&y:"),
            self.read_only_check,
            self._field("read_only", self.read_only_check, fw),
        )

        self.notify_check = QCheckBox(self.tr("Tell me when a payment arrives"), fw)
        self.notify_check.setObjectName("notify_payments")
        self.notify_check.setToolTip(
            self.tr(
                "A message from the system tray (or in the window) when a paylink of this "
                "instance is paid, and when one of its subscriptions becomes overdue, goes into "
                "notice or is cancelled; clicking it shows the row."
            )
        )
        self.notify_check.toggled.connect(lambda _c: self._on_edited("notify_payments"))
        self._row(
            form,
            self.tr("Payment messa&ges:"),
            self.notify_check,
            self._field("notify_payments", self.notify_check, fw),
        )

        # Where secrets are kept.
        secrets_row = QHBoxLayout()
        self.secrets_label = QLabel(self)
        self.secrets_label.setObjectName("secrets_status")
        self.secrets_label.setTextFormat(Qt.TextFormat.PlainText)
        self.secrets_label.setWordWrap(True)
        self.store_in_file_button = QPushButton(self.tr("Store secrets in a &file…"), self)
        self.store_in_file_button.setAutoDefault(False)
        secrets_row.addWidget(self.secrets_label, 1)
        secrets_row.addWidget(self.store_in_file_button)
        outer.addLayout(secrets_row)

        # Save / Close.
        bottom = QHBoxLayout()
        self.form_error = FieldError(self)
        self.form_error.setObjectName("form_error")
        self.error_labels[FORM_ERROR] = self.form_error
        self.save_reason = QLabel(self)
        self.save_reason.setObjectName("save_reason")
        self.save_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.save_reason.setWordWrap(True)
        self.save_reason.setStyleSheet(HINT_STYLE)
        self.save_reason.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this instance (Enter)"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(
            self.tr("Close the dialog (Esc). Changes that were not saved are discarded.")
        )
        messages = QVBoxLayout()
        messages.addWidget(self.form_error)
        messages.addWidget(self.save_reason)
        bottom.addLayout(messages, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        order: list[QWidget] = [
            self.list_view,
            self.add_button,
            self.duplicate_button,
            self.remove_button,
            self.display_name_edit,
            self.instance_edit,
            self.platform_combo,
            self.base_domain_edit,
            self.version_combo,
            self.auth_combo,
            self.secret_edit,
            self.secret_toggle,
            self.test_button,
            self.use_version_button,
            self.currency_combo,
            self.language_combo,
            self.reference_prefix_edit,
            self.vat_edit,
            self.confirm_above_edit,
            self.read_only_check,
            self.notify_check,
            self.store_in_file_button,
            self.save_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        selection = self.list_view.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        self.add_button.clicked.connect(self.add_profile)
        self.duplicate_button.clicked.connect(self.duplicate_profile)
        self.remove_button.clicked.connect(self.remove_profile)
        self.platform_combo.currentIndexChanged.connect(self._on_platform_changed)
        self.test_button.clicked.connect(self.test_connection)
        self.use_version_button.clicked.connect(self.use_offered_version)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.store_in_file_button.clicked.connect(self._ask_file_storage)
        self.tester.testing_changed.connect(self._on_testing)
        self.tester.connection_tested.connect(self._on_tested)
        self.tester.version_offered.connect(self._on_version_offered)
        self.storage.changed.connect(self._show_secret_status)
        self.model.problems_changed.connect(self._show_problems)
        self.model.modelReset.connect(self._after_reset)
        self.finished.connect(self._on_finished)

    # -- the selected row -----------------------------------------------------------------------

    @property
    def current_key(self) -> str | None:
        return self._key

    def select_key(self, key: str | None) -> None:
        row = self.model.row_of(key)
        if row < 0:
            if self.model.rowCount() == 0:
                self._load(None)
                return
            row = 0
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        # setCurrentIndex emits nothing when the index is already current (after a reset).
        if self.model.key_at(row) != self._key:
            self._load(self.model.key_at(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.model.key_at(current.row()) if current.isValid() else None
        if key != self._key:
            self._load(key)

    def _after_reset(self) -> None:
        # The rows were rebuilt (after a save or a remove); the one shown may have a new key.
        key, self._key = self._key, None
        self.select_key(key)

    def _load(self, key: str | None) -> None:
        if key != self._key:
            self.tester.cancel()
            self._show_test_result("")
        self._key = key
        self.errors.reset()
        self.form_error.show_error(None)
        self._loading = True
        try:
            values = self.model.values(key) if key else {}
            self._set_values(values)
            self.secret_edit.setText(self.model.pending_secret(key) if key else "")
            self.secret_toggle.setChecked(False)
        finally:
            self._loading = False
        profile = self.model.profile(key) if key is not None else None
        demo = profile is not None and profile.is_demo
        editable = key is not None and not demo
        for editor in self._editors():
            editor.setEnabled(editable)
        self.test_button.setEnabled(bool(key) and not self.tester.testing)
        self.duplicate_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        if profile is not None and profile.is_demo:
            self.demo_note.setText(
                self.tr(
                    "Built in: a sandbox on this computer ({url}) to try everything without an "
                    "account. It cannot be changed or removed."
                ).format(url=profile.base_url)
            )
        self.demo_note.setVisible(demo)
        self._update_secret_placeholder()
        self._revalidate()

    def _editors(self) -> list[QWidget]:
        return [
            self.display_name_edit,
            self.instance_edit,
            self.platform_combo,
            self.base_domain_edit,
            self.version_combo,
            self.auth_combo,
            self.secret_edit,
            self.secret_toggle,
            self.currency_combo,
            self.language_combo,
            self.reference_prefix_edit,
            self.vat_edit,
            self.confirm_above_edit,
            self.read_only_check,
            self.notify_check,
        ]

    def _set_values(self, values: Mapping[str, object]) -> None:
        def text(name: str) -> str:
            value = values.get(name)
            return "" if value is None else str(value)

        self.display_name_edit.setText(text("display_name"))
        self.instance_edit.setText(text("instance"))
        domain = text("base_domain")
        if domain in BASE_DOMAIN_PRESETS:
            self.platform_combo.setCurrentIndex(BASE_DOMAIN_PRESETS.index(domain))
            self.base_domain_edit.clear()
        else:
            self.platform_combo.setCurrentIndex(len(BASE_DOMAIN_PRESETS))
            self.base_domain_edit.setText(domain)
        self.base_domain_edit.setVisible(self._other_platform())
        self._select_text(self.version_combo, text("api_version"))
        self._select_data(self.auth_combo, text("auth_scheme") or AuthScheme.SIGNATURE.value)
        self._select_text(self.currency_combo, text("default_currency"))
        self._select_data(self.language_combo, text("default_language"))
        self.reference_prefix_edit.setText(text("reference_prefix"))
        self.vat_edit.setText(text("default_vat_rate"))
        self.confirm_above_edit.setText(text("confirm_above"))
        self.read_only_check.setChecked(values.get("read_only") is True)
        self.notify_check.setChecked(values.get("notify_payments", True) is not False)

    @staticmethod
    def _select_text(combo: QComboBox, value: str) -> None:
        if not value:
            combo.setCurrentIndex(0)
            return
        index = combo.findText(value)
        if index < 0:  # a value from a file that the list does not offer: keep it
            combo.addItem(value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    @staticmethod
    def _select_data(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _other_platform(self) -> bool:
        return self.platform_combo.currentIndex() >= len(BASE_DOMAIN_PRESETS)

    def values(self) -> dict[str, object]:
        """What the form holds, as `InstancesModel` takes it."""
        if self._other_platform():
            domain = self.base_domain_edit.text()
        else:
            domain = self.platform_combo.currentText()
        return {
            "display_name": self.display_name_edit.text(),
            "instance": self.instance_edit.text(),
            "base_domain": domain,
            "api_version": self.version_combo.currentText(),
            "auth_scheme": self.auth_combo.currentData(),
            "default_currency": self.currency_combo.currentText(),
            "default_language": self.language_combo.currentData(),
            "reference_prefix": self.reference_prefix_edit.text(),
            "default_vat_rate": self.vat_edit.text(),
            "confirm_above": self.confirm_above_edit.text(),
            "read_only": self.read_only_check.isChecked(),
            "notify_payments": self.notify_check.isChecked(),
        }

    # -- editing and validation -----------------------------------------------------------------

    def _on_edited(self, name: str) -> None:
        if self._loading or self._key is None or not self.model.is_editable(self._key):
            return
        self.errors.touch(name)
        self.model.update(self._key, self.values(), self.secret_edit.text())
        if name in CONNECTION_FIELDS or name == "secret":
            self._show_test_result("")  # the answer was about other values
        self.form_error.show_error(None)
        self._revalidate()

    def _touch(self, name: str) -> None:
        if self._loading or self._key is None:
            return
        self.errors.touch(name)
        self._revalidate()

    def _on_platform_changed(self, _index: int) -> None:
        other = self._other_platform()
        self.base_domain_edit.setVisible(other)
        if self._loading:
            return
        if other:
            self.base_domain_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.errors.untouch("base_domain")
        self._revalidate()

    def _revalidate(self) -> None:
        key = self._key
        editable = key is not None and self.model.is_editable(key)
        self._errors = self.model.validate(self.values()) if editable else {}
        # The secret's label keeps what saving said about it until the secret is edited.
        self.errors.show(self._errors, skip=(FORM_ERROR, "secret"))
        if not self.errors.shows("secret"):
            self.error_labels["secret"].show_error(None)
        if key is None:
            reason = self.tr("Add an instance to get started.")
        elif not editable:
            reason = self.tr("The built-in Demo instance cannot be changed.")
        elif self._errors:
            reason = next(iter(self._errors.values()))
        else:
            reason = ""
        self.save_button.setEnabled(editable and not self._errors)
        self.save_reason.setStyleSheet(HINT_STYLE)
        self.save_reason.setText(reason)
        self.save_button.setToolTip(reason or self.tr("Save this instance (Enter)"))

    def _show_errors(self, errors: Mapping[str, str]) -> None:
        for name in errors:
            self.errors.touch(name)
        self._revalidate()
        for name, message in errors.items():
            label = self.error_labels.get(name, self.form_error)
            label.show_error(message)

    def _update_secret_placeholder(self) -> None:
        key = self._key
        where = self.storage.location
        if key is None:
            text = ""
        elif self.model.is_demo(key):
            text = self.tr("built in: no secret needed")
        elif self.model.profile(key) is not None and self.model.has_stored_secret(key):
            text = self.tr("stored in {where}; leave blank to keep it").format(where=where)
        elif (source := self.model.secret_source_name(key)) is not None:
            text = self.tr("leave blank to use the secret of “{name}”").format(name=source)
        else:
            text = self.tr("not stored yet; it will be kept in {where}").format(where=where)
        self.secret_edit.setPlaceholderText(text)
        self.secret_edit.setToolTip(text)

    # -- buttons --------------------------------------------------------------------------------

    def add_profile(self) -> None:
        key = self.model.add()
        self.select_key(key)
        self.display_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate_profile(self) -> None:
        if self._key is None:
            return
        key = self.model.duplicate(self._key)
        if key is not None:
            self.select_key(key)
            self.display_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.display_name_edit.selectAll()

    def remove_profile(self) -> None:
        key = self._key
        if key is None or not self.model.is_editable(key):
            return
        if self.model.is_draft(key):
            self._remove(key)
            return
        name = str(self.model.values(key).get("display_name") or key)
        confirm(
            self,
            self.tr("Remove instance"),
            self.tr("Remove “{name}”?").format(name=name),
            lambda accepted: self._remove(key) if accepted else None,
            accept_label=self.tr("Remove"),
            informative=self.tr(
                "Its settings file and its API secret (in {where}) are deleted. What was created "
                "on the platform stays there."
            ).format(where=self.storage.location),
        )

    def _remove(self, key: str) -> None:
        if self.model.row_of(key) < 0:
            return
        position = self.model.row_of(key)
        error = self.model.remove(key)
        if error:
            self.form_error.show_error(error)
            return
        self._key = None
        self.select_key(self.model.key_at(min(position, self.model.rowCount() - 1)))

    def save(self) -> None:
        key = self._key
        if key is None or not self.model.is_editable(key) or not self.save_button.isEnabled():
            return
        name = self.display_name_edit.text().strip()
        secret = self.secret_edit.text()
        errors = self.model.save(self.values(), secret or None, key)
        if errors and FORM_ERROR not in errors:
            self._show_errors(errors)
            return
        # Saved (possibly with a problem storing the secret): the rows were rebuilt.
        self.select_key(self.model.saved_id or key)
        if errors:
            self.form_error.show_error(errors[FORM_ERROR])
        else:
            self.save_reason.setStyleSheet(ok_style(self))
            self.save_reason.setText(self.tr("✓ “{name}” saved.").format(name=name))

    def test_connection(self) -> None:
        key = self._key
        if key is None or self.tester.testing:
            return
        errors = self.tester.test(
            self.values(),
            self.model.test_secret(key, self.secret_edit.text()),
            profile=self.model.tested_as_saved(key),
        )
        if errors:
            self._show_errors(errors)

    def _on_testing(self, testing: bool) -> None:
        self.test_progress.setVisible(testing)
        self.test_button.setEnabled(not testing and self._key is not None)
        if testing:
            self._show_test_result(self.tr("Testing the connection…"))

    def _on_tested(self, ok: bool, sentence: str) -> None:
        if ok:
            self._show_test_result(f"✓ {sentence}", ok_style(self))
        else:
            self._show_test_result(f"⚠ {sentence}", error_style(self))

    def _on_version_offered(self, version: str, sentence: str) -> None:
        self._show_test_result(f"⚠ {sentence}", error_style(self))
        self.use_version_button.setText(self.tr("Use {version}").format(version=version))
        self.use_version_button.setToolTip(
            self.tr("Set the API version to {version}; save to keep it").format(version=version)
        )
        self.use_version_button.show()

    def use_offered_version(self) -> None:
        """Take the version the test offered: the field changes (not saved yet) and the test's
        answer with that version is shown."""
        offer = self.tester.version_offer
        key = self._key
        if offer is None or key is None or not self.model.is_editable(key):
            return
        self._select_text(self.version_combo, offer.version)  # edits the working copy
        self._on_tested(offer.ok, offer.sentence)
        self.version_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_test_result(self, text: str, style: str = "") -> None:
        self.test_result.setStyleSheet(style)
        self.test_result.setText(text)
        self.test_result.setVisible(bool(text))
        self.use_version_button.hide()

    # -- secrets and problems -------------------------------------------------------------------

    def _show_secret_status(self) -> None:
        offer = self.storage.can_store_in_file
        self.secrets_label.setText(self.storage.status_text)
        self.secrets_label.setStyleSheet(error_style(self) if offer else HINT_STYLE)
        self.store_in_file_button.setVisible(offer)
        self._update_secret_placeholder()

    def _ask_file_storage(self) -> None:
        confirm(
            self,
            self.tr("Store secrets in a file"),
            QCoreApplication.translate("app.settings.secrets", FILE_STORAGE_WARNING),
            self._file_storage_answered,
            accept_label=self.tr("Store in a file"),
            informative=self.tr("The file: {path}").format(path=self.storage.file),
        )

    def _file_storage_answered(self, accepted: bool) -> None:
        if not accepted:
            return
        error = self.storage.enable_file_storage()
        if error:
            self.secrets_label.setText(error)
            self.secrets_label.setStyleSheet(error_style(self))

    def _show_problems(self) -> None:
        problems = self.model.problems()
        if not problems:
            self.problems_box.hide()
            return
        lines = [self.tr("Some instance files could not be loaded:")]
        lines += [f"• {text}" for text in problems]
        self.problems_label.setText("\n".join(lines))
        self.problems_box.show()

    def _on_finished(self, _result: int) -> None:
        # Closing drops a running test's answer; the working copy goes with the dialog.
        self.tester.cancel()

"""The invoice (paylink) and payment-page form: fields, inline errors, Create, drafts."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.api.money import AmountError, to_minor
from app.api.platform import CURRENCIES, LANGUAGES
from app.i18n import QT_TRANSLATE_NOOP
from app.models.locale_format import ui_amount, ui_format, ui_money
from app.models.paylink_create import CreateFailure, PaylinkCreator
from app.models.paylink_form import FormValues, Kind, ValidForm, parse_amount
from app.models.session import ProfileSession
from app.models.unknown_create import dashboard_url
from app.store.drafts import DraftStore
from app.store.records import Record
from app.views import dialogs
from app.views.field_error import FieldError
from app.views.unknown_create_dialog import UnknownCreateDialog, UrlOpener

log = logging.getLogger(__name__)
EXPIRY_PRESETS = (("none", 0), ("7", 7), ("14", 14), ("30", 30), ("custom", -1))
DRAFT_DELAY_MS = 400
FORM_MAX_WIDTH = 760

_FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("PaylinkFormView", "Title"),
    "description": QT_TRANSLATE_NOOP("PaylinkFormView", "Description"),
    "purpose": QT_TRANSLATE_NOOP("PaylinkFormView", "Purpose"),
    "amount": QT_TRANSLATE_NOOP("PaylinkFormView", "Amount"),
    "currency": QT_TRANSLATE_NOOP("PaylinkFormView", "Currency"),
    "vat_rate": QT_TRANSLATE_NOOP("PaylinkFormView", "VAT rate"),
    "reference": QT_TRANSLATE_NOOP("PaylinkFormView", "Reference"),
    "expiry": QT_TRANSLATE_NOOP("PaylinkFormView", "Expires"),
    "email": QT_TRANSLATE_NOOP("PaylinkFormView", "E-mail"),
    "forename": QT_TRANSLATE_NOOP("PaylinkFormView", "First name"),
    "surname": QT_TRANSLATE_NOOP("PaylinkFormView", "Last name"),
    "company": QT_TRANSLATE_NOOP("PaylinkFormView", "Company"),
    "psp": QT_TRANSLATE_NOOP("PaylinkFormView", "Payment providers"),
    "success_url": QT_TRANSLATE_NOOP("PaylinkFormView", "Success page"),
    "failed_url": QT_TRANSLATE_NOOP("PaylinkFormView", "Failure page"),
    "button_text": QT_TRANSLATE_NOOP("PaylinkFormView", "Button text"),
    "sku": QT_TRANSLATE_NOOP("PaylinkFormView", "SKU"),
}


class PaylinkFormView(QWidget):
    """Collects ``FormValues``; the creator validates and sends. No business rules here."""

    link_created = Signal(object)  # Record
    notice = Signal(str)
    """Something the window should say once (a draft that could not be restored)."""

    def __init__(
        self, creator: PaylinkCreator, drafts: DraftStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.creator = creator
        self.drafts = drafts
        self.kind = creator.kind
        self._loading = False
        self._touched: set[str] = set()
        self._show_all_errors = False
        self._errors: dict[str, str] = {}
        self._valid: ValidForm | None = None
        self._last_failure: CreateFailure | None = None
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._error_labels: dict[str, FieldError] = {}
        self.unknown_dialog: UnknownCreateDialog | None = None
        self.url_opener: UrlOpener | None = None  # the dashboard button's (tests replace it)
        self._build()
        creator.pending_changed.connect(self._update_create_state)
        creator.busy_changed.connect(self._on_busy)
        creator.created.connect(self._on_created)
        creator.failed.connect(self._on_failed)
        self._revalidate()

    # -- building -------------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "", max_length: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if max_length:
            edit.setMaxLength(max_length)
        edit.textEdited.connect(lambda _t, n=name: self._on_edited(n))
        edit.editingFinished.connect(lambda n=name: self._touch(n))
        return edit

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = FieldError(box)
        self._error_labels[name] = label
        layout.addWidget(label)
        return box

    def _required_box(self, name: str) -> QCheckBox:
        box = QCheckBox(self.tr("Required on the payment page"), self)
        box.setObjectName(f"{name}_required")
        box.toggled.connect(lambda _c: self._on_edited(name))
        return box

    def _build(self) -> None:
        invoice = self.kind is Kind.INVOICE
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        # Fields a line of text wide read better than fields as wide as a big window.
        body.setMaximumWidth(FORM_MAX_WIDTH)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # What the customer pays for.
        what = QGroupBox(self.tr("What is it for?"), body)
        form = QFormLayout(what)
        self.title_edit = self._line("title", self.tr("e.g. Invoice 2026-017"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(self.tr("&Title:"), self._with_error("title", self.title_edit))
        self.description_edit = QPlainTextEdit(what)
        self.description_edit.setObjectName("description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(60)
        self.description_edit.setPlaceholderText(self.tr("Shown on the payment page (optional)"))
        self.description_edit.textChanged.connect(lambda: self._on_edited("description"))
        form.addRow(
            self.tr("&Description:"), self._with_error("description", self.description_edit)
        )
        self.purpose_edit = self._line("purpose", self.tr("Payment purpose (optional)"))
        self.purpose_per_language = QCheckBox(self.tr("One text per language"), what)
        self.purpose_per_language.setObjectName("purpose_per_language")
        self.purpose_per_language.toggled.connect(self._on_purpose_mode)
        purpose_row = QWidget(what)
        purpose_layout = QVBoxLayout(purpose_row)
        purpose_layout.setContentsMargins(0, 0, 0, 0)
        purpose_layout.addWidget(self._with_error("purpose", self.purpose_edit))
        self.purpose_langs = QWidget(purpose_row)
        langs_form = QFormLayout(self.purpose_langs)
        langs_form.setContentsMargins(0, 0, 0, 0)
        self.purpose_edits: dict[str, QLineEdit] = {}
        for lang in LANGUAGES:
            edit = self._line(f"purpose_{lang}")
            self.purpose_edits[lang] = edit
            langs_form.addRow(lang.upper() + ":", self._with_error(f"purpose_{lang}", edit))
        self.purpose_langs.hide()
        purpose_layout.addWidget(self.purpose_langs)
        purpose_layout.addWidget(self.purpose_per_language)
        form.addRow(self.tr("P&urpose:"), purpose_row)
        column.addWidget(what)

        # Money.
        money = QGroupBox(self.tr("Amount"), body)
        form = QFormLayout(money)
        amount_row = QWidget(money)
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        # A hint, not a value: "e.g." and the locale's zero, greyed as every placeholder is.
        self.amount_edit = self._line(
            "amount", self.tr("e.g. %s") % ui_amount(12000, self.creator_currency())
        )
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.currency_combo = QComboBox(money)
        self.currency_combo.setObjectName("currency")
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.currentTextChanged.connect(lambda _t: self._on_edited("currency"))
        amount_layout.addWidget(self.amount_edit, 1)
        amount_layout.addWidget(self.currency_combo)
        form.addRow(self.tr("&Amount:"), self._with_error("amount", amount_row))
        self.vat_edit = self._line("vat_rate", self.tr("e.g. 8.1 (optional)"))
        if invoice:
            form.addRow(self.tr("VAT &rate (%):"), self._with_error("vat_rate", self.vat_edit))
        self.reference_edit = self._line("reference", max_length=255)
        form.addRow(self.tr("Refere&nce:"), self._with_error("reference", self.reference_edit))
        self.expiry_combo = QComboBox(money)
        self.expiry_combo.setObjectName("expiry_preset")
        for key, label in zip(
            (k for k, _ in EXPIRY_PRESETS),
            (
                self.tr("No expiry"),
                self.tr("In 7 days"),
                self.tr("In 14 days"),
                self.tr("In 30 days"),
                self.tr("On a date…"),
            ),
            strict=True,
        ):
            self.expiry_combo.addItem(label, key)
        self.expiry_date = QDateEdit(money)
        self.expiry_date.setObjectName("expiry")
        self.expiry_date.setCalendarPopup(True)
        # As every other date on screen (31.12.2026 in de_CH), with the year in four digits.
        self.expiry_date.setDisplayFormat(ui_format().date_format)
        self.expiry_date.setDate(QDate.currentDate().addDays(30))
        self.expiry_date.setEnabled(False)
        self.expiry_combo.currentIndexChanged.connect(self._on_expiry_preset)
        self.expiry_date.dateChanged.connect(lambda _d: self._on_edited("expiry"))
        expiry_row = QWidget(money)
        expiry_layout = QHBoxLayout(expiry_row)
        expiry_layout.setContentsMargins(0, 0, 0, 0)
        expiry_layout.addWidget(self.expiry_combo)
        expiry_layout.addWidget(self.expiry_date)
        expiry_layout.addStretch(1)
        if invoice:
            form.addRow(self.tr("E&xpires:"), self._with_error("expiry", expiry_row))
        column.addWidget(money)

        # Customer.
        customer = QGroupBox(self.tr("Customer (prefilled on the payment page)"), body)
        form = QFormLayout(customer)
        self.customer_edits: dict[str, QLineEdit] = {}
        self.required_boxes: dict[str, QCheckBox] = {}
        for name, label, placeholder in (
            ("email", self.tr("E-&mail:"), "name@example.ch"),
            ("forename", self.tr("F&irst name:"), ""),
            ("surname", self.tr("&Last name:"), ""),
            ("company", self.tr("&Company:"), ""),
        ):
            edit = self._line(name, placeholder)
            self.customer_edits[name] = edit
            required = self._required_box(name)
            self.required_boxes[name] = required
            row = QWidget(customer)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(edit, 1)
            row_layout.addWidget(required)
            form.addRow(label, self._with_error(name, row))
        column.addWidget(customer)

        # Advanced, folded away.
        self.advanced_toggle = QToolButton(body)
        self.advanced_toggle.setObjectName("advanced_toggle")
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.toggled.connect(self._on_advanced)
        column.addWidget(self.advanced_toggle)
        self.advanced = QGroupBox(body)
        form = QFormLayout(self.advanced)
        self.psp_edit = self._line("psp", self.tr("Provider ids, e.g. 36, 44 (empty: all)"))
        form.addRow(self.tr("Payment &providers:"), self._with_error("psp", self.psp_edit))
        self.pm_edit = self._line("pm", self.tr("e.g. visa, mastercard, twint (empty: all)"))
        self.success_edit = self._line("success_url", "https://")
        self.failed_edit = self._line("failed_url", "https://")
        self.button_edit = self._line("button_text")
        self.sku_edit = self._line("sku")
        if invoice:
            form.addRow(self.tr("Pa&yment methods:"), self._with_error("pm", self.pm_edit))
            form.addRow(
                self.tr("&Success page:"), self._with_error("success_url", self.success_edit)
            )
            form.addRow(self.tr("Failure pa&ge:"), self._with_error("failed_url", self.failed_edit))
            form.addRow(self.tr("&Button text:"), self._with_error("button_text", self.button_edit))
            form.addRow(self.tr("S&KU:"), self._with_error("sku", self.sku_edit))
        self.advanced.hide()
        column.addWidget(self.advanced)
        if not invoice:  # what a Page does not take stays out of sight (and out of the tab chain)
            for widget in (
                self.vat_edit,
                self.pm_edit,
                self.success_edit,
                self.failed_edit,
                self.button_edit,
                self.sku_edit,
                expiry_row,
            ):
                widget.hide()
        column.addStretch(1)

        # The API error banner and the action row stay visible below the scroll area.
        self.error_banner = QFrame(self)
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.error_banner)
        self.error_text = QLabel(self.error_banner)
        self.error_text.setObjectName("errorText")
        self.error_text.setWordWrap(True)
        self.error_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details…"), self.error_banner)
        self.details_button.setObjectName("details")
        self.details_button.clicked.connect(self._show_details)
        banner.addWidget(self.error_text, 1)
        banner.addWidget(self.details_button)
        self.error_banner.hide()
        outer.addWidget(self.error_banner)

        actions = QHBoxLayout()
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("disabledReason")
        self.reason_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear form"), self)
        self.clear_button.setObjectName("clear")
        self.clear_button.clicked.connect(self.clear_form)
        what_label = self.tr("Create paylink") if invoice else self.tr("Create payment page")
        self._create_label = what_label
        self.create_button = QPushButton(what_label, self)
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.create_button.setProperty("primary", True)  # the accent colour (app.views.style)
        self.create_button.setToolTip(self._create_tip())
        self.create_button.clicked.connect(self.request_create)
        self.resolve_button = QPushButton(self.tr("What happened?…"), self)
        self.resolve_button.setObjectName("resolveUnknown")
        self.resolve_button.clicked.connect(self.open_unknown_dialog)
        self.resolve_button.hide()
        actions.addWidget(self.reason_label, 1)
        actions.addWidget(self.resolve_button)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.create_button)
        outer.addLayout(actions)

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.request_create)

    # -- values ---------------------------------------------------------------------------------

    def values(self) -> FormValues:
        preset = self.expiry_combo.currentData()
        expiry = ""
        if self.kind is Kind.INVOICE and preset != "none":
            expiry = self.expiry_date.date().toString("yyyy-MM-dd")
        return FormValues(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            purpose=self.purpose_edit.text(),
            purpose_per_language=self.purpose_per_language.isChecked(),
            purposes={lang: e.text() for lang, e in self.purpose_edits.items() if e.text()},
            amount=self.amount_edit.text(),
            currency=self.currency_combo.currentText(),
            vat_rate=self.vat_edit.text() if self.kind is Kind.INVOICE else "",
            reference=self.reference_edit.text(),
            expiry=expiry,
            email=self.customer_edits["email"].text(),
            email_required=self.required_boxes["email"].isChecked(),
            forename=self.customer_edits["forename"].text(),
            forename_required=self.required_boxes["forename"].isChecked(),
            surname=self.customer_edits["surname"].text(),
            surname_required=self.required_boxes["surname"].isChecked(),
            company=self.customer_edits["company"].text(),
            company_required=self.required_boxes["company"].isChecked(),
            psp=self.psp_edit.text(),
            pm=self.pm_edit.text() if self.kind is Kind.INVOICE else "",
            success_url=self.success_edit.text() if self.kind is Kind.INVOICE else "",
            failed_url=self.failed_edit.text() if self.kind is Kind.INVOICE else "",
            button_text=self.button_edit.text() if self.kind is Kind.INVOICE else "",
            sku=self.sku_edit.text() if self.kind is Kind.INVOICE else "",
        )

    def set_values(self, values: FormValues) -> None:
        self._loading = True
        try:
            self.title_edit.setText(values.title)
            self.description_edit.setPlainText(values.description)
            self.purpose_edit.setText(values.purpose)
            self.purpose_per_language.setChecked(values.purpose_per_language)
            for lang, edit in self.purpose_edits.items():
                edit.setText(values.purposes.get(lang, ""))
            self.amount_edit.setText(values.amount)
            index = self.currency_combo.findText(values.currency)
            if index < 0 and values.currency:
                self.currency_combo.addItem(values.currency)
                index = self.currency_combo.findText(values.currency)
            self.currency_combo.setCurrentIndex(max(index, 0))
            self.vat_edit.setText(values.vat_rate)
            self.reference_edit.setText(values.reference)
            if values.expiry:
                self.expiry_combo.setCurrentIndex(self.expiry_combo.findData("custom"))
                self.expiry_date.setDate(QDate.fromString(values.expiry, "yyyy-MM-dd"))
            else:
                self.expiry_combo.setCurrentIndex(0)
            for name, edit in self.customer_edits.items():
                edit.setText(getattr(values, name))
                self.required_boxes[name].setChecked(bool(getattr(values, f"{name}_required")))
            self.psp_edit.setText(values.psp)
            self.pm_edit.setText(values.pm)
            self.success_edit.setText(values.success_url)
            self.failed_edit.setText(values.failed_url)
            self.button_edit.setText(values.button_text)
            self.sku_edit.setText(values.sku)
            if values.psp or values.pm or values.success_url or values.failed_url or values.sku:
                self.advanced_toggle.setChecked(True)
        finally:
            self._loading = False
        self._revalidate()

    def defaults(self) -> FormValues:
        session = self.creator.session
        if session is None:
            return FormValues()
        profile = session.profile
        return FormValues(
            currency=profile.default_currency,
            vat_rate=format(profile.default_vat_rate, "f") if profile.default_vat_rate else "",
            reference=self.creator.suggested_reference() if self.kind is Kind.INVOICE else "",
        )

    # -- session and drafts ---------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        self.creator.set_session(session)
        self._touched.clear()
        self._show_all_errors = False
        self._set_failure(None)
        self._restore_draft(session)
        read_only = session is None or session.read_only
        self.create_button.setVisible(not read_only)
        self.setEnabled(session is not None)

    def _restore_draft(self, session: ProfileSession | None) -> None:
        """The saved draft, or the defaults. A draft that cannot be restored is dropped and the
        window says so: restoring it again at every start would fail at every start."""
        if session is None:
            self.set_values(self.defaults())
            return
        try:
            draft = self.drafts.load(session.profile_id, self.kind.value)
            if draft:
                self.set_values(FormValues.from_dict(draft))
                return
        except Exception:
            log.warning(
                "the %s draft could not be restored; dropped", self.kind.value, exc_info=True
            )
            self.drafts.clear(session.profile_id, self.kind.value)
            self.notice.emit(
                self.tr("The unsent paylink typed last time could not be restored and was dropped.")
                if self.kind is Kind.INVOICE
                else self.tr(
                    "The unsent payment page typed last time could not be restored and was dropped."
                )
            )
        self.set_values(self.defaults())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        super().closeEvent(event)

    def detach(self) -> None:
        """Stop following the creator (a new form in another language takes over); what is
        typed is saved first."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        self.creator.busy_changed.disconnect(self._on_busy)
        self.creator.created.disconnect(self._on_created)
        self.creator.failed.disconnect(self._on_failed)

    def save_draft(self) -> None:
        self._draft_timer.stop()  # saved now: a pending save must not come after the close
        session = self.creator.session
        if session is not None:
            self.drafts.save(session.profile_id, self.kind.value, self.values().to_dict())

    def clear_form(self) -> None:
        self._touched.clear()
        self._show_all_errors = False
        self._set_failure(None)
        self.set_values(self.defaults())
        session = self.creator.session
        if session is not None:
            self.drafts.clear(session.profile_id, self.kind.value)

    def load_values(self, values: FormValues) -> None:
        """Refill from elsewhere (History's duplicate); keeps a fresh reference."""
        if self.kind is Kind.INVOICE and self.creator.session is not None:
            values.reference = self.creator.suggested_reference()
        self._set_failure(None)
        self.set_values(values)
        self.save_draft()

    # -- validation -----------------------------------------------------------------------------

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._revalidate()
        self._draft_timer.start()

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        if name == "amount":
            self._format_amount()
        self._revalidate()

    def _format_amount(self) -> None:
        """Once typed, show the amount as the UI locale writes money ("1234,5" -> "1'234.50")."""
        currency = self.currency_combo.currentText()
        try:
            minor = to_minor(parse_amount(self.amount_edit.text()), currency)
        except AmountError:
            return  # the inline error explains it; leave the text as typed
        if minor > 0:
            self.amount_edit.setText(ui_amount(minor, currency))

    def _on_purpose_mode(self, per_language: bool) -> None:
        self.purpose_langs.setVisible(per_language)
        self.purpose_edit.setVisible(not per_language)
        self._on_edited("purpose")

    def _on_expiry_preset(self, _index: int) -> None:
        key = self.expiry_combo.currentData()
        days = dict(EXPIRY_PRESETS).get(key, 0)
        self.expiry_date.setEnabled(key == "custom")
        if days > 0:
            self.expiry_date.setDate(QDate.currentDate().addDays(days))
        self._on_edited("expiry")

    def _on_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _revalidate(self) -> None:
        self._errors, self._valid = self.creator.check(self.values(), date.today())
        for name, label in self._error_labels.items():
            visible = self._show_all_errors or name in self._touched or name.startswith("purpose_")
            label.show_error(self._errors.get(name) if visible else None)
        advanced = {"psp", "pm", "success_url", "failed_url", "button_text", "sku"}
        if self._show_all_errors and advanced & self._errors.keys():
            self.advanced_toggle.setChecked(True)  # never hide the field that needs fixing
        self._update_create_state()

    def _update_create_state(self) -> None:
        busy = self.creator.busy
        pending = self.creator.pending
        if busy:
            self.create_button.setText(self.tr("Creating…"))
            reason = self.tr("Waiting for the platform's answer…")
        elif pending is not None:
            self.create_button.setText(self._create_label)
            reason = self.tr(
                "“%s” may have been created: say what happened before creating again."
            ) % (pending.title,)
        else:
            self.create_button.setText(self._create_label)
            reason = self._reason()
        self.resolve_button.setVisible(pending is not None and not busy)
        self.create_button.setEnabled(not busy and pending is None and self._valid is not None)
        self.reason_label.setText(reason)
        self.create_button.setToolTip(reason or self._create_tip())

    def _create_tip(self) -> str:
        # The key's name as the platform and the UI language write it ("Strg+Eingabe" in German).
        keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        return self.tr("Create (%s)") % keys

    def creator_currency(self) -> str:
        session = self.creator.session
        return session.profile.default_currency if session is not None else "CHF"

    def _reason(self) -> str:
        if not self._errors:
            return ""
        names = [
            self.tr(_FIELD_LABELS.get(n.split("_")[0] if n.startswith("purpose_") else n, n))
            for n in self._errors
        ]
        return self.tr("To create, fix: %s.") % ", ".join(dict.fromkeys(names))

    def field_error(self, name: str) -> str:
        """The inline message currently shown for a field ("" when none)."""
        label = self._error_labels.get(name)
        shown = label is not None and label.isVisibleTo(self)
        return label.text().removeprefix("⚠ ") if shown and label is not None else ""

    # -- creating -------------------------------------------------------------------------------

    def request_create(self) -> None:
        if self.creator.busy or not self.create_button.isVisible():
            return
        if self.creator.pending is not None:
            # Refused: a create of this form may have gone through. Ask instead of sending.
            self.open_unknown_dialog()
            return
        self._show_all_errors = True
        self._revalidate()
        form = self._valid
        if form is None:
            first = next(iter(self._errors), None)
            widget = self.findChild(QWidget, first) if first else None
            if widget is not None:
                widget.setFocus()
            return
        if self.creator.needs_confirmation(form):
            money = ui_money(form.amount_minor, form.currency)
            invoice = self.kind is Kind.INVOICE
            dialogs.ask(
                self,
                self.tr("Create paylink") if invoice else self.tr("Create payment page"),
                (
                    self.tr("Create a paylink for %s?")
                    if invoice
                    else self.tr("Create a payment page for %s?")
                )
                % money,
                self.tr("Create"),
                lambda ok: self._confirmed(form) if ok else None,
                informative=self.tr("Title: “%s”. The customer pays exactly %s.")
                % (form.title, money),
            )
            return
        self._submit(form, confirmed=False)

    def _confirmed(self, form: ValidForm) -> None:
        # The user may have typed on while the question was open: send what they confirmed only
        # if it is still what the form says.
        self._revalidate()
        if self._valid == form:
            self._submit(form, confirmed=True)

    def _submit(self, form: ValidForm, *, confirmed: bool) -> None:
        # The draft is on disk before the request goes out: a crash mid-create loses nothing.
        self._draft_timer.stop()
        self.save_draft()
        self.creator.submit(form, confirmed=confirmed)

    def open_unknown_dialog(self) -> UnknownCreateDialog | None:
        """The dialog that settles the create in doubt (one at a time); None if there is none."""
        session = self.creator.session
        if self.creator.pending is None or session is None:
            return None
        if self.unknown_dialog is not None and self.unknown_dialog.isVisible():
            self.unknown_dialog.raise_()
            return self.unknown_dialog
        dialog = UnknownCreateDialog(
            self.creator, dashboard_url(session.profile), self, url_opener=self.url_opener
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(lambda: setattr(self, "unknown_dialog", None))
        self.unknown_dialog = dialog
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.creator.refresh_pending()  # History or a payment may have settled it meanwhile

    def _on_busy(self, _busy: bool) -> None:
        self._update_create_state()

    def _on_created(self, record: Record) -> None:
        session = self.creator.session
        self._set_failure(None)
        self._touched.clear()
        self._show_all_errors = False
        if session is not None:
            self.drafts.clear(session.profile_id, self.kind.value)
        keep_currency = self.currency_combo.currentText()
        values = self.defaults()
        values.currency = keep_currency
        self.set_values(values)
        self.link_created.emit(record)

    def _on_failed(self, failure: CreateFailure) -> None:
        self._set_failure(failure)
        self._update_create_state()

    def _set_failure(self, failure: CreateFailure | None) -> None:
        self._last_failure = failure
        if failure is None:
            self.error_banner.hide()
            return
        self.error_text.setText(("⚠ " if not failure.outcome_unknown else "? ") + failure.message)
        self.error_banner.show()

    def error_message(self) -> str:
        return self._last_failure.message if self._last_failure else ""

    def _show_details(self) -> None:
        if self._last_failure is not None:
            dialogs.show_details(
                self, self.tr("Details"), self._last_failure.message, self._last_failure.detail
            )

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

from app.api.platform import CURRENCIES, LANGUAGES
from app.i18n import QT_TRANSLATE_NOOP
from app.models.failure import Failure
from app.models.locale_format import ui_amount, ui_format, ui_money
from app.models.paylink_create import PaylinkCreator
from app.models.paylink_form import FormValues, Kind, ValidForm
from app.models.session import ProfileSession
from app.models.unknown_create import dashboard_url
from app.views import dialogs
from app.views.forms import FieldErrors, FieldSpec, add_row, field_row, hide_rows, line_rows
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


_CUSTOMER = (
    FieldSpec("email", QT_TRANSLATE_NOOP("PaylinkFormView", "E-&mail:"), "name@example.ch"),
    FieldSpec("forename", QT_TRANSLATE_NOOP("PaylinkFormView", "F&irst name:")),
    FieldSpec("surname", QT_TRANSLATE_NOOP("PaylinkFormView", "&Last name:")),
    FieldSpec("company", QT_TRANSLATE_NOOP("PaylinkFormView", "&Company:")),
)
_ADVANCED = (
    FieldSpec(
        "psp",
        QT_TRANSLATE_NOOP("PaylinkFormView", "Payment &providers:"),
        QT_TRANSLATE_NOOP("PaylinkFormView", "Provider ids, e.g. 36, 44 (empty: all)"),
    ),
    FieldSpec(
        "pm",
        QT_TRANSLATE_NOOP("PaylinkFormView", "Pa&yment methods:"),
        QT_TRANSLATE_NOOP("PaylinkFormView", "e.g. visa, mastercard, twint (empty: all)"),
    ),
    FieldSpec("success_url", QT_TRANSLATE_NOOP("PaylinkFormView", "&Success page:"), "https://"),
    FieldSpec("failed_url", QT_TRANSLATE_NOOP("PaylinkFormView", "Failure pa&ge:"), "https://"),
    FieldSpec("button_text", QT_TRANSLATE_NOOP("PaylinkFormView", "&Button text:")),
    FieldSpec("sku", QT_TRANSLATE_NOOP("PaylinkFormView", "S&KU:")),
)
_ADVANCED_NAMES = frozenset(spec.name for spec in _ADVANCED)
_INVOICE_ONLY = frozenset(
    {"vat_rate", "expiry", "pm", "success_url", "failed_url", "button_text", "sku"}
)
"""What a payment page (the API's Page) does not take: its rows stay out of sight (and out of the
tab chain), and `values` leaves them empty."""


class PaylinkFormView(QWidget):
    """Collects ``FormValues``; the creator validates, sends and keeps the draft. No business
    rules here."""

    link_created = Signal(object)  # Record
    notice = Signal(str)
    """Something the window should say once (a draft that could not be restored)."""

    def __init__(self, creator: PaylinkCreator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.creator = creator
        self.kind = creator.kind
        self._loading = False
        self.errors = FieldErrors()
        self._errors: dict[str, str] = {}
        self._valid: ValidForm | None = None
        self._last_failure: Failure | None = None
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
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

    def _spec_line(self, spec: FieldSpec) -> QLineEdit:
        return self._line(spec.name, self.tr(spec.placeholder) if spec.placeholder else "")

    def _row(self, form: QFormLayout, label: str, buddy: QWidget, *beside: QWidget) -> QLabel:
        """A row whose label's Alt+letter puts the cursor in ``buddy``, with ``beside`` next to
        it and the error label of ``buddy``'s field under them."""
        box = form.parentWidget()
        assert box is not None
        field = field_row(self.errors, buddy.objectName(), box, buddy, *beside)
        return add_row(form, label, buddy, field)

    def _required_box(self, spec: FieldSpec) -> list[QWidget]:
        box = QCheckBox(self.tr("Required on the payment page"), self)
        box.setObjectName(f"{spec.name}_required")
        box.toggled.connect(lambda _c, n=spec.name: self._on_edited(n))
        self.required_boxes[spec.name] = box
        return [box]

    def _build(self) -> None:
        invoice = self.kind is Kind.INVOICE
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: from the tab bar, one Tab reaches Title.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        self._row(form, self.tr("&Title:"), self.title_edit)
        self.description_edit = QPlainTextEdit(what)
        self.description_edit.setObjectName("description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(60)
        self.description_edit.setPlaceholderText(self.tr("Shown on the payment page (optional)"))
        self.description_edit.textChanged.connect(lambda: self._on_edited("description"))
        self._row(form, self.tr("&Description:"), self.description_edit)
        self.purpose_edit = self._line("purpose", self.tr("Payment purpose (optional)"))
        purpose_row = QWidget(what)
        purpose_layout = QVBoxLayout(purpose_row)
        purpose_layout.setContentsMargins(0, 0, 0, 0)
        purpose_layout.addWidget(field_row(self.errors, "purpose", purpose_row, self.purpose_edit))
        self.purpose_langs = QWidget(purpose_row)
        langs_form = QFormLayout(self.purpose_langs)
        langs_form.setContentsMargins(0, 0, 0, 0)
        self.purpose_edits: dict[str, QLineEdit] = {}
        for lang in LANGUAGES:
            edit = self._line(f"purpose_{lang}")
            self.purpose_edits[lang] = edit
            self._row(langs_form, lang.upper() + ":", edit)
        self.purpose_langs.hide()
        purpose_layout.addWidget(self.purpose_langs)
        self.purpose_per_language = QCheckBox(self.tr("One text per language"), what)
        self.purpose_per_language.setObjectName("purpose_per_language")
        self.purpose_per_language.toggled.connect(self._on_purpose_mode)
        purpose_layout.addWidget(self.purpose_per_language)
        self.purpose_label = add_row(form, self.tr("P&urpose:"), self.purpose_edit, purpose_row)
        column.addWidget(what)

        # Money.
        money = QGroupBox(self.tr("Amount"), body)
        form = QFormLayout(money)
        # A hint, not a value: "e.g." and the locale's zero, greyed as every placeholder is.
        self.amount_edit = self._line(
            "amount", self.tr("e.g. %s") % ui_amount(12000, self.creator.default_currency())
        )
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.currency_combo = QComboBox(money)
        self.currency_combo.setObjectName("currency")
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.currentTextChanged.connect(lambda _t: self._on_edited("currency"))
        self._row(form, self.tr("&Amount:"), self.amount_edit, self.currency_combo)
        self.vat_edit = self._line("vat_rate", self.tr("e.g. 8.1 (optional)"))
        self._row(form, self.tr("VAT &rate (%):"), self.vat_edit)
        self.reference_edit = self._line("reference", max_length=255)
        self._row(form, self.tr("Refere&nce:"), self.reference_edit)
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
        add_row(
            form,
            self.tr("E&xpires:"),
            self.expiry_combo,
            field_row(self.errors, "expiry", money, expiry_row),
        )
        if not invoice:
            hide_rows(form, (self.vat_edit, self.expiry_combo))
        column.addWidget(money)

        # Customer.
        customer = QGroupBox(self.tr("Customer (prefilled on the payment page)"), body)
        form = QFormLayout(customer)
        self.required_boxes: dict[str, QCheckBox] = {}
        self.customer_edits = line_rows(
            form,
            _CUSTOMER,
            self.errors,
            customer,
            self._spec_line,
            self.tr,
            extra=self._required_box,
        )
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
        advanced = line_rows(form, _ADVANCED, self.errors, self.advanced, self._spec_line, self.tr)
        self.psp_edit, self.pm_edit = advanced["psp"], advanced["pm"]
        self.success_edit, self.failed_edit = advanced["success_url"], advanced["failed_url"]
        self.button_edit, self.sku_edit = advanced["button_text"], advanced["sku"]
        if not invoice:
            hide_rows(form, [advanced[name] for name in _INVOICE_ONLY & advanced.keys()])
        self.advanced.hide()
        column.addWidget(self.advanced)
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
        return self.creator.defaults()

    # -- session and drafts ---------------------------------------------------------------------

    def set_session(self, session: ProfileSession | None) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        self.creator.set_session(session)
        self.errors.reset()
        self._set_failure(None)
        self._restore_draft()
        read_only = session is None or session.read_only
        self.create_button.setVisible(not read_only)
        self.setEnabled(session is not None)

    def _restore_draft(self) -> None:
        """The saved draft, or the defaults."""
        draft = self.creator.load_draft()
        if draft.dropped:
            self.notice.emit(
                self.tr("The unsent paylink typed last time could not be restored and was dropped.")
                if self.kind is Kind.INVOICE
                else self.tr(
                    "The unsent payment page typed last time could not be restored and was dropped."
                )
            )
        self.set_values(draft.values if draft.values is not None else self.defaults())

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
        self.creator.save_draft(self.values())

    def clear_form(self) -> None:
        self.errors.reset()
        self._set_failure(None)
        self.set_values(self.defaults())
        self.creator.clear_draft()

    def load_values(self, values: FormValues) -> None:
        """Refill from elsewhere (History's duplicate); keeps a fresh reference."""
        self._set_failure(None)
        self.set_values(self.creator.with_fresh_reference(values))
        self.save_draft()

    def focus_first_field(self) -> None:
        """The cursor in Title, the first field (Ctrl+1, Ctrl+2, "Create your first")."""
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- validation -----------------------------------------------------------------------------

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self.errors.touch(name)
        self._revalidate()
        self._draft_timer.start()

    def _touch(self, name: str) -> None:
        self.errors.touch(name)
        if name == "amount":
            # Once typed, the amount reads as the UI locale writes money ("1234,5" -> "1'234.50").
            tidy = self.creator.tidy_amount(
                self.amount_edit.text(), self.currency_combo.currentText()
            )
            if tidy is not None:
                self.amount_edit.setText(tidy)
        self._revalidate()

    def _on_purpose_mode(self, per_language: bool) -> None:
        self.purpose_langs.setVisible(per_language)
        self.purpose_edit.setVisible(not per_language)
        # Alt+U goes to the field that is there: the first language's when there is one each.
        first = self.purpose_edits[LANGUAGES[0]]
        self.purpose_label.setBuddy(first if per_language else self.purpose_edit)
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
        # One text per language speaks from the first keystroke: each is short, and a language
        # left out is the mistake to catch while the others are typed.
        self.errors.show(self._errors, always=lambda name: name.startswith("purpose_"))
        if self.errors.show_all and _ADVANCED_NAMES & self._errors.keys():
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
        enabled = not busy and pending is None and self._valid is not None
        if not enabled and self.create_button.hasFocus():
            # A disabled button hands the focus to the next in the chain, the link panel's
            # Copy link, where a typed space would press it: the cursor goes back to Title.
            self.focus_first_field()
        self.create_button.setEnabled(enabled)
        self.reason_label.setText(reason)
        self.create_button.setToolTip(reason or self._create_tip())

    def _create_tip(self) -> str:
        # The key's name as the platform and the UI language write it ("Strg+Eingabe" in German).
        keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        return self.tr("Create (%s)") % keys

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
        label = self.errors.labels.get(name)
        return label.message() if label is not None and label.isVisibleTo(self) else ""

    # -- creating -------------------------------------------------------------------------------

    def request_create(self) -> None:
        if self.creator.busy or not self.create_button.isVisible():
            return
        if self.creator.pending is not None:
            # Refused: a create of this form may have gone through. Ask instead of sending.
            self.open_unknown_dialog()
            return
        self.errors.show_all = True
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

    def _on_created(self, record: object) -> None:
        self._set_failure(None)
        self.errors.reset()
        self.creator.clear_draft()
        values = self.defaults()
        values.currency = self.currency_combo.currentText()  # the next one is likely the same
        self.set_values(values)
        self.link_created.emit(record)

    def _on_failed(self, failure: Failure) -> None:
        self._set_failure(failure)
        self._update_create_state()

    def _set_failure(self, failure: Failure | None) -> None:
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

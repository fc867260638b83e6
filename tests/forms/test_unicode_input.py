"""Every field meets the whole of Unicode: nothing raises, what must not be sent is refused with a
sentence under its field, and nothing invalid is ever sent."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.application import Application
from app.main import parse_args
from app.models.paylink_form import FormValues, Kind, validate
from app.models.session import ProfileSession
from app.sandbox import Sandbox
from app.settings.profile import FIELD_NAMES, validate_profile
from app.views import dialogs
from app.views.paylink_form import PaylinkFormView
from tests.forms.conftest import FormFactory, Questions

TODAY = date(2026, 6, 1)
VALID = FormValues(title="Hosting", amount="240", currency="CHF")

FOREIGN_DIGITS = ["²", "①", "١٢٣", "۴۵", "５０", "𝟗", "१२"]
HIDDEN = {
    "control": ["\x00", "\x1b", "\x85", "\u2028"],
    "direction": ["\u202e", "\u202d", "\u2066", "\u200f"],
    "invisible": ["\u200b", "\ufeff", "\u2060"],
}
TEXT_FIELDS = [
    "title",
    "reference",
    "email",
    "forename",
    "surname",
    "company",
    "purpose",
    "button_text",
    "sku",
    "success_url",
    "failed_url",
]


@pytest.mark.parametrize("text", FOREIGN_DIGITS)
@pytest.mark.parametrize(
    ("field", "sentence"),
    [
        ("amount", "Use the digits 0-9 for the amount, like 1234.50."),
        ("vat_rate", "Use the digits 0-9 for the VAT rate, like 8.1."),
        ("psp", "Use the digits 0-9 for payment provider ids, like 36, 44."),
    ],
)
def test_digits_other_than_0_to_9_are_refused_in_numbers(
    field: str, sentence: str, text: str
) -> None:
    errors, valid = validate(dataclasses.replace(VALID, **{field: text}), Kind.INVOICE, TODAY)
    assert valid is None
    assert errors == {field: sentence}


@pytest.mark.parametrize(("kind", "char"), [(k, c) for k, cs in HIDDEN.items() for c in cs])
@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_hidden_characters_are_refused_in_every_text_field(
    field: str, kind: str, char: str
) -> None:
    base = "https://shop.example/ok" if field.endswith("_url") else "Hosting"
    values = dataclasses.replace(VALID, **{field: base[:3] + char + base[3:]})
    errors, valid = validate(values, Kind.INVOICE, TODAY)
    assert valid is None
    words = {
        "control": "contains a control character (U+",
        "direction": "contains a hidden character that changes the writing direction (U+",
        "invisible": "contains an invisible character (U+",
    }[kind]
    assert list(errors) == [field]
    assert words in errors[field] and f"U+{ord(char):04X}" in errors[field]


def test_a_broken_character_is_refused_and_line_breaks_stay_fine_in_the_description() -> None:
    errors, _ = validate(dataclasses.replace(VALID, title="Ab\ud800c"), Kind.INVOICE, TODAY)
    assert errors == {
        "title": "The title contains a damaged character: delete it and type it again."
    }
    errors, valid = validate(
        dataclasses.replace(VALID, description="Line one\nline two\tindented"), Kind.INVOICE, TODAY
    )
    assert errors == {} and valid is not None
    errors, _ = validate(dataclasses.replace(VALID, description="a\u202eb"), Kind.INVOICE, TODAY)
    assert list(errors) == ["description"]


def test_a_5000_digit_provider_id_and_an_unclosed_ipv6_url_are_refused_not_raised() -> None:
    values = dataclasses.replace(
        VALID, psp="9" * 5000, success_url="http://[", failed_url="http://x:y"
    )
    errors, valid = validate(values, Kind.INVOICE, TODAY)
    assert valid is None and set(errors) == {"psp", "success_url", "failed_url"}


def test_names_in_scripts_that_need_a_zero_width_joiner_are_fine() -> None:
    values = dataclasses.replace(VALID, forename="می\u200cخواهم", title="Team 👩\u200d💻")
    assert validate(values, Kind.INVOICE, TODAY)[0] == {}


def test_typing_superscript_two_in_payment_providers_shows_a_sentence_and_survives_a_restart(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path of the issue: `²` typed into Payment providers raised inside validation, the
    draft kept it, and the crash dialog came back at every start."""
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: pytest.fail("nothing may be sent"))
    config = tmp_path / "cfg"
    first = Application(parse_args(["--config-dir", str(config)]))
    window = first.build()
    qtbot.addWidget(window)
    window.show()
    form = first.invoice_form
    qtbot.keyClicks(form.title_edit, "Hosting")
    qtbot.keyClicks(form.amount_edit, "240")
    form.advanced_toggle.setChecked(True)
    qtbot.keyClicks(form.psp_edit, "36, ²")
    _type_beyond_latin1(form.psp_edit, "①")
    sentence = "Use the digits 0-9 for payment provider ids, like 36, 44."
    assert form.field_error("psp") == sentence
    assert not form.create_button.isEnabled()
    form.request_create()
    window.close()
    first.crash_handler.uninstall()
    assert first.reporter.dialog is None  # no error dialog at any point

    again = Application(parse_args(["--config-dir", str(config)]))
    second = again.build()
    qtbot.addWidget(second)
    second.show()
    try:
        form = again.invoice_form
        assert form.psp_edit.text() == "36, ²①"  # what was typed survives
        form.request_create()  # shows every error
        assert form.field_error("psp") == sentence
        assert again.reporter.dialog is None
        assert again.sandbox is not None and again.sandbox.count("POST", "Invoice") == 0
    finally:
        second.close()
        again.crash_handler.uninstall()
        from app.logs import shutdown_logging

        shutdown_logging()


def _type_beyond_latin1(widget: QWidget, text: str) -> None:
    """QTest's keyClicks aborts on characters beyond Latin-1; a keyboard layout or an input
    method delivers them as key events carrying the text, which is what this sends."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


# -- everything, at random -----------------------------------------------------------------------

ANY_CHAR = st.characters(codec=None, exclude_categories=())  # surrogates included
SPECIAL = st.sampled_from(
    [*FOREIGN_DIGITS, *(c for cs in HIDDEN.values() for c in cs), "\ud800", "9" * 5000, "http://["]
)
ANY_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=40),
    st.builds(lambda a, b, c: a + b + c, st.text(max_size=8), SPECIAL, st.text(max_size=8)),
    SPECIAL,
)
TEXT_NAMES = [f.name for f in dataclasses.fields(FormValues) if f.type == "str"]
ANY_VALUES = st.builds(
    lambda texts, flags, purposes: FormValues(
        **texts, **flags, purpose_per_language=bool(purposes), purposes=purposes
    ),
    st.fixed_dictionaries({name: ANY_TEXT for name in TEXT_NAMES}),
    st.fixed_dictionaries(
        {f"{n}_required": st.booleans() for n in ("email", "forename", "surname", "company")}
    ),
    st.dictionaries(st.sampled_from(["de", "fr", "it", "en"]), ANY_TEXT, max_size=4),
)


@settings(max_examples=400, deadline=None)
@given(values=ANY_VALUES, kind=st.sampled_from(list(Kind)))
def test_validation_never_raises_for_any_input(values: FormValues, kind: Kind) -> None:
    errors, valid = validate(values, kind, TODAY)
    assert (valid is None) == bool(errors)
    assert all(isinstance(text, str) and text for text in errors.values())


@pytest.fixture
def both_forms(make_form: FormFactory, session: ProfileSession) -> dict[Kind, PaylinkFormView]:
    """One form of each kind for all the examples of a test: a window per example would take
    minutes, and a form holds nothing between examples that `set_values` does not replace."""
    return {kind: make_form(kind, session) for kind in Kind}


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(values=ANY_VALUES)
def test_both_forms_show_a_sentence_and_send_nothing_for_any_invalid_input(
    both_forms: dict[Kind, PaylinkFormView],
    sandbox: Sandbox,
    questions: Questions,
    values: FormValues,
) -> None:
    for form in both_forms.values():
        form.set_values(values)
        errors, valid = form.creator.check(form.values(), date.today())
        if valid is not None:
            continue  # valid input may be sent; this test is about the rest
        before = len(sandbox.requests)
        form.request_create()
        assert not form.creator.busy
        assert len(sandbox.requests) == before
        shown = [form.field_error(name) for name in errors]
        assert any(shown), errors  # the sentence is under a field, not only in the summary
    assert questions.asked == []


PROFILE_TEXT = st.one_of(ANY_TEXT, st.integers(), st.none(), st.booleans(), st.floats())


@settings(max_examples=400, deadline=None)
@given(st.fixed_dictionaries({name: PROFILE_TEXT for name in FIELD_NAMES}))
def test_profile_validation_never_raises_for_any_input(values: dict[str, object]) -> None:
    errors = validate_profile(values)
    assert all(isinstance(text, str) and text for text in errors.values())


@pytest.mark.parametrize("name", ["display_name", "reference_prefix"])
@pytest.mark.parametrize("char", ["\u202e", "\u200b", "\x85", "\ud800"])
def test_profile_names_refuse_hidden_characters(name: str, char: str) -> None:
    values = {"display_name": "Shop", "instance": "shop", name: f"Sh{char}op"}
    assert (
        "must not contain control, invisible or direction-changing"
        in validate_profile(values)[name]
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("rate_budget", "²"),
        ("rate_budget", "６００"),
        ("rate_budget", "9" * 5000),
        ("default_vat_rate", "٨.١"),
        ("confirm_above", "５００"),
    ],
)
def test_profile_numbers_refuse_foreign_digits_with_a_sentence(name: str, text: str) -> None:
    errors = validate_profile({"display_name": "Shop", "instance": "shop", name: text})
    assert list(errors) == [name]
    if text != "9" * 5000:
        assert errors[name].startswith("Use the digits 0-9")

"""The form kit (app.views.forms): rows point at their input, errors speak once touched, the
secret field hides what is typed until asked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.views.forms import FieldErrors, FieldSpec, SecretField, hide_rows, line_rows

SPECS = (FieldSpec("name", "&Name:", "e.g. Anna"), FieldSpec("city", "C&ity:", max_length=5))


def build(qtbot: QtBot) -> tuple[QWidget, QFormLayout, FieldErrors, dict[str, QLineEdit]]:
    widget = QWidget()
    qtbot.addWidget(widget)
    form = QFormLayout(widget)
    errors = FieldErrors()
    edits = line_rows(form, SPECS, errors, widget, lambda spec: QLineEdit(widget), str)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, form, errors, edits


def test_rows_from_specs_point_their_labels_at_the_inputs(qtbot: QtBot) -> None:
    widget, _form, _errors, edits = build(qtbot)
    labels = {label.text(): label.buddy() for label in widget.findChildren(QLabel) if label.buddy()}
    assert labels == {"&Name:": edits["name"], "C&ity:": edits["city"]}
    assert edits["city"].maxLength() == 5
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    edits["name"].setFocus()
    qtbot.keyClick(edits["name"], "i", Qt.KeyboardModifier.AltModifier)
    assert edits["city"].hasFocus()


def test_an_error_speaks_once_touched_or_after_a_submit(qtbot: QtBot) -> None:
    _widget, _form, errors, _edits = build(qtbot)
    found = {"name": "Enter a name.", "city": "Too long."}
    errors.show(found)
    assert errors.message("name") == "" and errors.message("city") == ""
    errors.touch("name")
    errors.show(found)
    assert errors.message("name") == "Enter a name." and errors.message("city") == ""
    errors.show({})  # fixed as the user types: the message goes
    assert errors.message("name") == ""
    errors.show_all = True
    errors.show(found, skip=("city",))
    assert errors.message("name") == "Enter a name." and errors.message("city") == ""
    errors.reset()
    errors.show(found, always=lambda name: name == "city")
    assert errors.message("name") == "" and errors.message("city") == "Too long."


def test_hidden_rows_are_out_of_sight(qtbot: QtBot) -> None:
    widget, form, _errors, edits = build(qtbot)
    hide_rows(form, [edits["city"]])
    assert not edits["city"].isVisibleTo(widget) and edits["name"].isVisibleTo(widget)
    assert [lb.text() for lb in widget.findChildren(QLabel) if lb.isVisible()] == ["&Name:"]


def test_the_secret_field_shows_what_is_typed_only_when_asked(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    field = SecretField(parent, show_text="S&how", hide_text="&Hide", tooltip="Show or hide")
    qtbot.keyClicks(field.edit, "s3cret")
    assert field.edit.echoMode() is QLineEdit.EchoMode.Password and not field.shown()
    assert field.edit.displayText() != "s3cret"
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.shown() and field.edit.displayText() == "s3cret"
    assert field.toggle.text() == "&Hide"
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert not field.shown() and field.toggle.text() == "S&how"

"""Every form label's Alt+letter puts the cursor in its field, in each language (issue 16)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.application import Application

_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.mark.parametrize("language", ["en", "de", "fr", "it"])
def test_each_label_letter_moves_the_cursor_into_its_field(
    qtbot: QtBot, open_window: Callable[[str], Application], language: str
) -> None:
    application = open_window(language)
    window = application.window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for form in (window.invoice_form, window.page_form):
        window.tabs.setCurrentWidget(form if form is window.invoice_form else window.page_tab)
        form.advanced_toggle.setChecked(True)  # its fields' labels are shown too
        labels = [
            label
            for label in form.findChildren(QLabel)
            if label.isVisible() and _MNEMONIC.search(label.text().replace("&&", ""))
        ]
        # Title, Description, Purpose, Amount, Reference, the customer and the advanced rows.
        assert len(labels) >= (15 if form is window.invoice_form else 10), language
        for label in labels:
            buddy = label.buddy()
            assert buddy is not None, f"{language}: {label.text()!r} points at nothing"
            window.profile_combo.setFocus()  # start outside the form
            qtbot.waitUntil(window.profile_combo.hasFocus)
            letter = _MNEMONIC.findall(label.text().replace("&&", ""))[0]
            qtbot.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
            focused = QApplication.focusWidget()
            assert focused is buddy, (
                f"{language}, {form.kind.value} form: Alt+{letter} of {label.text()!r} went to "
                f"{focused.objectName() if focused else None!r}, not {buddy.objectName()!r}"
            )

"""The keyboard on the forms (issue 16): Ctrl+1/Ctrl+2 to the first field, Title within two Tabs
of the top, the link panel's buttons last in the chain and visibly focused, and a space typed
after a create never presses Copy link."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.application import Application
from app.views.main_window import MainWindow
from app.views.style import FOCUS_CONTRAST, contrast, focus_color

CTRL = Qt.KeyboardModifier.ControlModifier


def window_of(application: Application) -> MainWindow:
    window = application.window
    assert window is not None
    return window


def tab_chain(qtbot: QtBot, start: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes round again."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen: list[QWidget] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def create_with_the_mouse(qtbot: QtBot, application: Application) -> None:
    form = application.invoice_form
    qtbot.keyClicks(form.title_edit, "Hosting 2027")
    qtbot.keyClicks(form.amount_edit, "240")
    with qtbot.waitSignal(form.link_created, timeout=10_000):
        qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)


def test_ctrl_1_and_ctrl_2_put_the_cursor_in_title(qtbot: QtBot, application: Application) -> None:
    window = window_of(application)
    window.profile_combo.setFocus()
    qtbot.keyClick(window.profile_combo, Qt.Key.Key_2, CTRL)
    assert window.tabs.currentWidget() is window.page_tab
    qtbot.waitUntil(window.page_form.title_edit.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, CTRL)  # History: its own focus
    assert not application.invoice_form.title_edit.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)
    assert window.tabs.currentWidget() is application.invoice_form
    qtbot.waitUntil(application.invoice_form.title_edit.hasFocus)


def test_title_is_two_tabs_from_the_top_and_the_link_panel_comes_last(
    qtbot: QtBot, application: Application
) -> None:
    window = window_of(application)
    form = application.invoice_form
    create_with_the_mouse(qtbot, application)  # the link panel's buttons exist now
    chain = tab_chain(qtbot, window.profile_combo)
    assert chain.index(form.title_edit) <= 2, [w.objectName() for w in chain[:4]]
    panel = window.link_panel
    in_form = [i for i, w in enumerate(chain) if form.isAncestorOf(w)]
    in_panel = [i for i, w in enumerate(chain) if panel.isAncestorOf(w)]
    assert panel.copy_link_button in chain
    assert in_form and in_panel and max(in_form) < min(in_panel)


def test_a_space_typed_after_a_mouse_create_never_presses_copy_link(
    qtbot: QtBot, application: Application
) -> None:
    window = window_of(application)
    form = application.invoice_form
    QGuiApplication.clipboard().clear()
    create_with_the_mouse(qtbot, application)
    assert window.link_panel.link_text()
    # The Create button is disabled for the empty next form: the cursor is back in Title,
    # not on the link panel's first button.
    qtbot.waitUntil(form.title_edit.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert form.title_edit.text() == " "
    assert QGuiApplication.clipboard().text() == ""
    assert window.link_panel.feedback_text() == ""


def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_focused_link_panel_button_shows_an_outline_that_reads(
    qtbot: QtBot, application: Application, scheme: str
) -> None:
    window = window_of(application)
    create_with_the_mouse(qtbot, application)
    palette = QPalette(window.palette())
    if scheme == "dark":
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.Button, "#3c3c3c"),
            (QPalette.ColorRole.ButtonText, "#f0f0f0"),
            (QPalette.ColorRole.Highlight, "#3d7ccf"),
        ):
            palette.setColor(role, QColor(color))
    else:
        palette.setColor(QPalette.ColorRole.Window, QColor("#f6f6f6"))
    outline = focus_color(palette)
    assert contrast(outline, palette.color(QPalette.ColorRole.Window)) >= FOCUS_CONTRAST
    button = window.link_panel.copy_link_button
    unfocused = _grab(button)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    focused = _grab(button)
    assert focused != unfocused
    # The outline is drawn in the focus colour of the window's scheme.
    window.setPalette(palette)
    from app.views.style import style_sheet

    window.setStyleSheet(style_sheet(palette))
    image = _grab(button)
    expected = focus_color(palette)
    edge = [image.pixelColor(x, image.height() // 2) for x in range(0, 4)]
    assert any(contrast(c, expected) < 1.2 for c in edge), [c.name() for c in edge]

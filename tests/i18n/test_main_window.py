"""The real main window, built by the composition root in each language: no visible text stays
English in German, and the tabs and menus are French and Italian in French and Italian."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.application import Application

# Visible texts that are the same in German and English, on purpose. Kept small: each one is a
# name or a word German shares with English, not a text someone forgot to translate.
SAME_IN_GERMAN = {
    "Demo",  # the name of the built-in instance (data, shown as the user named it)
    "Paydesk – Demo",  # the product's name and that instance's name
    "DEMO",  # the badge; German writes it the same
    "Status",  # German uses the same word
    "Paylink",  # the platform's own name for it, in every language (the API's Invoice)
    "Paylink — Demo",  # the page header: that name and the instance's
}


def _same_by_nature(text: str) -> bool:
    """Texts no language translates: numbers and amounts, currency codes (ISO 4217), and the
    sample e-mail or web addresses in placeholders."""
    return (
        not re.search(r"[A-Za-z]", text)
        or re.fullmatch(r"[A-Z]{3}", text) is not None
        # Amounts with their currency, one per line (the Payments totals): CHF 1'234.50.
        or re.fullmatch(r"([A-Z]{3} -?[\d'.,]+\n?)+", text) is not None
        or "@" in text
        or "://" in text
    )


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        texts.append(widget.placeholderText())  # what is typed is data
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                texts.append(value if isinstance(value, str) else "")
    return texts


def visible_texts(qtbot: QtBot, application: Application) -> list[str]:
    """Every text a person can see or hear (tooltips, accessible names) in the window: each tab
    in turn once what it loads has arrived, the menus and their actions, the tool bars."""
    window = application.window
    assert window is not None
    texts: list[str] = [window.windowTitle()]
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: application.runner.active_count == 0, timeout=15_000)
        texts += [tabs.tabText(index), tabs.tabToolTip(index)]
        for widget in window.findChildren(QWidget):
            if widget.isVisible():
                texts += _widget_texts(widget)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        texts.append(menu.title())
        for action in menu.actions():
            if not action.isSeparator():
                texts += [action.text(), action.toolTip()]
    for bar in window.findChildren(QToolBar):
        if bar.isVisible():
            texts.append(bar.windowTitle())
            texts += [a.text() for a in bar.actions() if a.isVisible() and not a.isSeparator()]
    return [t for t in texts if t and t.strip()]


def test_no_visible_text_of_the_main_window_stays_english_in_german(
    qtbot: QtBot, open_window: Callable[[str], Application]
) -> None:
    english_app = open_window("en")
    assert english_app.language == "en"
    assert english_app.window is not None
    english = set(visible_texts(qtbot, english_app))
    english_app.window.close()
    assert "Paylink" in english and "&File" in english  # the walk sees the tabs and menus

    german_app = open_window("de")
    assert german_app.language == "de"
    assert german_app.window is not None
    german = visible_texts(qtbot, german_app)
    assert "Zahlungsseite" in german and "&Datei" in german
    untranslated = sorted(
        {t for t in german if t in english and t not in SAME_IN_GERMAN and not _same_by_nature(t)}
    )
    assert not untranslated, "visible in English in the German window:\n" + "\n".join(
        repr(t) for t in untranslated
    )
    assert QLocale().name() == "de_CH"


ENGLISH_MENU_ITEMS = {
    "Manage instances…",
    "&Quit",
    "Copy last &link",
    "&Find…",
    "Payment page",
    "History",
    "Subscriptions",
    "&Keyboard shortcuts",
    "Open &log folder",
    "Copy &diagnostics",
    "&About Paydesk",
}


@pytest.mark.parametrize(
    ("language", "tabs", "menus"),
    [
        ("fr", ["Paylink", "Page de paiement", "Historique", "Abonnements"], ["&Fichier"]),
        ("it", ["Paylink", "Pagina di pagamento", "Cronologia", "Abbonamenti"], ["&File"]),
    ],
)
def test_tabs_and_menus_follow_french_and_italian(
    qtbot: QtBot,
    open_window: Callable[[str], Application],
    language: str,
    tabs: list[str],
    menus: list[str],
) -> None:
    application = open_window(language)
    window = application.window
    assert window is not None
    assert application.language == language
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[: len(tabs)] == tabs
    # Needs attention (its count follows once the subscriptions are in) and Payments.
    attention, payments = {"fr": ("À traiter", "Paiements"), "it": ("Da fare", "Pagamenti")}[
        language
    ]
    assert titles[len(tabs)].startswith(attention)
    assert titles[len(tabs) + 1] == payments
    titles = [action.menu().title() for action in window.menuBar().actions()]
    assert titles[: len(menus)] == menus
    english_titles = {"&File", "&Edit", "&View", "&Help"}
    # Italian keeps "File" for the File menu, as Italian software does.
    assert set(titles) & english_titles <= ({"&File"} if language == "it" else set())
    items = [i.text() for a in window.menuBar().actions() for i in a.menu().actions() if i.text()]
    assert len(items) >= len(ENGLISH_MENU_ITEMS)
    assert not set(items) & ENGLISH_MENU_ITEMS, items
    assert QLocale().name() == f"{language}_CH"


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "de", "fr", "it"])
def test_alt_letters_are_unique_on_each_form_tab(
    qtbot: QtBot, open_window: Callable[[str], Application], language: str
) -> None:
    """Alt+letter of the menu bar, the tab bar and the open form's fields (Advanced unfolded)
    share one window: a letter used twice is an ambiguous shortcut, and neither works."""
    application = open_window(language)
    window = application.window
    assert window is not None
    shared = [a.menu().title() for a in window.menuBar().actions()]
    shared += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for form in (window.invoice_form, window.page_form):
        window.tabs.setCurrentWidget(form if form is window.invoice_form else window.page_tab)
        form.advanced_toggle.setChecked(True)
        texts = shared + [
            label.text()
            for label in form.findChildren(QLabel)
            if label.buddy() is not None and label.isVisible()
        ]
        texts += [b.text() for b in form.findChildren(QAbstractButton) if b.isVisible()]
        letters = [(m, t) for t in texts if (m := _mnemonic(t))]
        seen: dict[str, str] = {}
        clashes = []
        for letter, text in letters:
            if letter in seen:
                clashes.append(f"Alt+{letter.upper()}: {seen[letter]!r} and {text!r}")
            seen.setdefault(letter, text)
        assert not clashes, f"{language}, {form.kind.value} form:\n" + "\n".join(clashes)


@pytest.mark.parametrize("language", ["de", "fr", "it"])
def test_subscription_column_titles_are_not_cut_off(
    qtbot: QtBot, open_window: Callable[[str], Application], language: str
) -> None:
    from app.views.subscriptions import SubscriptionsView

    application = open_window(language)
    window = application.window
    assert window is not None
    window.tabs.setCurrentIndex(3)
    view = window.findChild(SubscriptionsView)
    assert view is not None
    header = view.table.horizontalHeader()
    short = [
        header.model().headerData(column, Qt.Orientation.Horizontal)
        for column in range(header.count())
        if not header.isSectionHidden(column)
        and header.sectionSize(column) < header.sectionSizeHint(column)
        and column != header.count() - 1  # the last one stretches
    ]
    assert not short, f"{language}: titles wider than their columns: {short}"

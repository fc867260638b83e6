"""app.i18n: which language, which translators, which locale; and the fallback to English."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale
from pytestqt.qtbot import QtBot

from app import i18n
from app.i18n import UI_LANGUAGES
from app.models.paylink_form import FormValues, Kind, validate

from .conftest import REPO


def _app() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None  # qtbot made it
    return app


def _file_menu() -> str:
    return QCoreApplication.translate("MainWindow", "&File")


def _qt_has_german() -> bool:
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return (path / "qtbase_de.qm").is_file()


@pytest.mark.parametrize(
    ("language", "file_menu", "locale"),
    [("de", "&Datei", "de_CH"), ("fr", "&Fichier", "fr_CH"), ("it", "&File", "it_CH")],
)
def test_installing_a_language_translates_and_sets_the_swiss_locale(
    qtbot: QtBot, language: str, file_menu: str, locale: str
) -> None:
    assert i18n.install_translators(_app(), language) == language
    assert _file_menu() == file_menu
    assert QCoreApplication.translate("MainWindow", "&Help") != "&Help"
    assert QLocale().name() == locale


def test_german_formats_money_and_dates_the_swiss_way(qtbot: QtBot) -> None:
    i18n.install_translators(_app(), "de")
    locale = QLocale()
    # Qt's de_CH groups with an ASCII apostrophe.
    assert locale.toString(1234.5, "f", 2) == "1'234.50"
    assert locale.toCurrencyString(1234.5) == "CHF\u00a01'234.50"
    assert locale.toString(QDate(2026, 12, 31), QLocale.FormatType.ShortFormat) == "31.12.26"


@pytest.mark.skipif(not _qt_has_german(), reason="this Qt build ships no qtbase translations")
def test_qt_s_own_texts_follow_too(qtbot: QtBot) -> None:
    i18n.install_translators(_app(), "de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_english_needs_no_catalog_and_keeps_the_source_texts(qtbot: QtBot) -> None:
    assert i18n.install_translators(_app(), "en") == "en"
    assert _file_menu() == "&File"
    assert QLocale().language() == QLocale.Language.English


def test_a_second_install_replaces_the_first_and_remove_restores_english(qtbot: QtBot) -> None:
    before = QLocale().name()
    i18n.install_translators(_app(), "de")
    i18n.install_translators(_app(), "fr")
    assert _file_menu() == "&Fichier"
    assert QLocale().name() == "fr_CH"
    i18n.remove_translators(_app())
    assert _file_menu() == "&File"
    assert QLocale().name() == before


def test_a_missing_catalog_falls_back_to_english_and_says_so_once(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(i18n, "resource_path", lambda relative: tmp_path / relative)
    monkeypatch.setattr(i18n._state, "warned", set())
    with caplog.at_level(logging.WARNING, logger="app.i18n"):
        assert i18n.install_translators(_app(), "de") == "en"
        assert i18n.install_translators(_app(), "de") == "en"
    assert _file_menu() == "&File"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "paydesk_de.qm" in warnings[0].getMessage()
    assert "make translations" in warnings[0].getMessage()


@pytest.mark.parametrize(
    ("asked", "system", "expected"),
    [
        ("de", "fr_CH", "de"),
        ("de_CH", "C", "de"),
        ("FR", "C", "fr"),
        ("it-CH", "C", "it"),
        ("en", "de_CH", "en"),
        ("", "de_CH", "de"),
        ("", "fr_FR", "fr"),
        ("", "it_CH", "it"),
        ("", "en_US", "en"),
        ("", "ja_JP", "en"),
        ("", "C", "en"),
        ("xx", "it_CH", "it"),  # not a language Paydesk has: follow the system
    ],
)
def test_resolve_language(asked: str, system: str, expected: str) -> None:
    assert i18n.resolve_language(asked, QLocale(system)) == expected


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("de", "en_US", "de_CH"),
        ("fr", "fr_FR", "fr_CH"),
        ("it", "C", "it_CH"),
        ("en", "en_GB", "en_GB"),  # an English system keeps its own region
        ("en", "de_CH", "en_CH"),
        ("en", "C", "en_CH"),
    ],
)
def test_locale_for(language: str, system: str, expected: str) -> None:
    assert i18n.locale_for(language, QLocale(system)).name() == expected


def test_available_languages_are_the_ones_preferences_accept(qtbot: QtBot) -> None:
    languages = i18n.available_languages()
    assert [code for code, _ in languages] == ["", "en", "de", "fr", "it"]
    assert {code for code, _ in languages} == {"", *UI_LANGUAGES}
    assert dict(languages)["de"] == "Deutsch"
    assert dict(languages)[""] == "System language"
    i18n.install_translators(_app(), "de")
    assert i18n.language_name("") == "Systemsprache"
    assert i18n.language_name("fr") == "Français"  # each language in its own name


def test_form_errors_are_translated(qtbot: QtBot) -> None:
    i18n.install_translators(_app(), "de")
    errors, valid = validate(
        FormValues(title="", amount="0", currency="CHF"), Kind.INVOICE, date.today()
    )
    assert valid is None
    assert errors["title"].startswith("Geben Sie einen Titel ein")
    assert errors["amount"] == "Der Betrag muss grösser als null sein."


@pytest.mark.parametrize(
    ("amount", "currency", "message"),
    [
        ("12.345", "CHF", "CHF-Beträge haben höchstens 2 Nachkommastellen."),
        ("10.5", "JPY", "JPY-Beträge haben keine Nachkommastellen."),
        ("99999999", "CHF", "Der Betrag ist grösser, als die Plattform annimmt."),
    ],
)
def test_money_rules_are_translated(qtbot: QtBot, amount: str, currency: str, message: str) -> None:
    i18n.install_translators(_app(), "de")
    errors, _ = validate(
        FormValues(title="x", amount=amount, currency=currency), Kind.INVOICE, date.today()
    )
    assert errors == {"amount": message}


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={**base, **env, "PYTHONPATH": str(REPO)},
    )


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_CH.UTF-8"}, "de &Datei de_CH"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_CH.UTF-8"}, "fr &Fichier fr_CH"),
        ({"LANG": "C.UTF-8"}, "en &File en_CH"),
    ],
)
def test_a_fresh_start_follows_the_system_language(env: dict[str, str], expected: str) -> None:
    run = _run(
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "from app.i18n import install_translators\n"
        "app = QCoreApplication([])\n"
        "code = install_translators(app)\n"
        "print(code, QCoreApplication.translate('MainWindow', '&File'), QLocale().name())\n",
        **env,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == expected


def test_the_form_rules_stay_free_of_qt() -> None:
    """Validation runs headless and is tested without Qt: translating must not pull Qt in."""
    run = _run(
        "import sys\n"
        "from app.models.paylink_form import FormValues, Kind, validate\n"
        "from datetime import date\n"
        "errors, _ = validate(FormValues(currency='CHF'), Kind.INVOICE, date.today())\n"
        "assert errors['title'].startswith('Enter a title'), errors\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
    )
    assert run.returncode == 0, run.stderr


@pytest.mark.skipif(not _qt_has_german(), reason="this Qt build ships no qtbase translations")
def test_qts_own_german_is_swiss_and_keys_read_strg(qtbot: QtBot) -> None:
    """Qt's catalog writes "Schließen"; Swiss German writes "Schliessen". Qt's other German texts
    stay (shortcuts read "Strg+…", as in the menus)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from app.views.main_window import SHORTCUTS, shortcut_text

    i18n.install_translators(_app(), "de")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert "Schliessen" in texts, texts
    assert not any("ß" in t for t in texts)
    message = QMessageBox(QMessageBox.Icon.Information, "t", "x", QMessageBox.StandardButton.Close)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Close).text() == "Schliessen"
    # Texts Qt has no German for still come from our catalog or stay as they are.
    assert QCoreApplication.translate("PaylinkFormView", "e.g. %s") == "z. B. %s"
    assert QCoreApplication.translate("NoSuchContext", "Untranslated") == "Untranslated"
    assert QKeySequence("Ctrl+Q").toString(QKeySequence.SequenceFormat.NativeText) == "Strg+Q"
    keys = [shortcut_text(key) for key, _text in SHORTCUTS]
    assert keys[0].startswith("Strg+") and not any("Ctrl" in k for k in keys), keys

"""The UI language: Qt's translators for Paydesk and for Qt's own dialogs, and the default locale.

English is the source language, so it needs no catalog. German, French and Italian come from
``resources/translations/paydesk_<lang>.qm`` (compiled from the ``.ts`` sources by
``make translations``); Qt's own texts (standard buttons, context menus of text fields) from the
``qtbase_<lang>.qm`` that Qt ships, when present. A missing catalog is not an error: the UI stays
English and the log says so once.

Widgets translate their texts as they are built; View > Language installs the new translators
and the application builds its window again (`Application.apply_language`).

German is Swiss German: no "ß" (Paydesk's own catalog is written so). Qt's German catalog writes
"Schließen" on standard buttons, so for German Qt's texts go through `_SwissSpelling`, which
writes "ss" for every "ß": the rule of Swiss orthography is that mechanical, and it keeps Qt's
other German texts (context menus, "Strg" in shortcuts) rather than falling back to English.

Importing this module does not load Qt: `translate`, `QT_TRANSLATE_NOOP` and `Sentence` serve
the Qt-free modules (form validation, the API client, the secret store) too, and only the
functions that need Qt import it.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
UI_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "it")
"""The UI languages, English (the source) first. Not the platform's languages: those are
`app.api.platform.LANGUAGES`."""

CATALOG = "paydesk"
"""Our catalogs are ``translations/<CATALOG>_<lang>.qm`` under the resources."""

_NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
}
# de, fr and it are the national languages of Switzerland, where Paydesk's platforms live: numbers
# and dates take the Swiss form (1'234.50, 31.12.26) whatever the region of the system.
_SWISS = {"de": "de_CH", "fr": "fr_CH", "it": "it_CH", "en": "en_CH"}


@dataclass
class _Installed:
    """What `install_translators` changed, so `remove_translators` can undo exactly that."""

    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale | None = None
    warned: set[str] = field(default_factory=set)


_state = _Installed()


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` for modules that do not load Qt themselves.

    Call it with literal strings, ``translate("FormErrors", "Choose a currency.")``, so that
    ``pyside6-lupdate`` finds them. Without Qt loaded no translator can be installed, so the
    English text is the answer then, as Qt's own function would give.
    """
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    # Remembered until the translators change: a form's check asks for the same two dozen
    # labels per row, and a batch checks thousands of rows (benchmarks/bench_batch.py).
    key = (context, text)
    found = _translated.get(key)
    if found is None:
        found = str(qtcore.QCoreApplication.translate(context, text))
        _translated[key] = found
    return found


_translated: dict[tuple[str, str], str] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker without Qt: returns ``text`` as it is and tells ``pyside6-lupdate`` (which
    knows the call by this name) to collect it under ``context``. For sentences that are kept in
    English and translated later, when shown (see `Sentence`)."""
    return text


@dataclass(frozen=True)
class Sentence:
    """A sentence kept as its English template and the values it is filled with, translated
    each time it is turned into text: ``str(sentence)`` is in the UI language.

    Qt-free modules build these where they cannot know the language yet (an exception raised on
    a worker thread); whoever shows ``str()`` of it needs to know nothing about translation.
    The template has ``%s`` (``%d``) placeholders, filled in order, and is marked where it is
    written: ``Sentence(CTX, QT_TRANSLATE_NOOP("Ctx", "Cannot reach %s."), (host,))``.
    """

    context: str
    template: str
    values: tuple[object, ...] = ()

    @property
    def english(self) -> str:
        """The sentence in the source language, for logs and ``Exception.args``."""
        return _fill(self.template, self.values)

    def __str__(self) -> str:
        translated = translate(self.context, self.template)
        if translated == self.template:
            return self.english
        try:
            return _fill(translated, self.values)
        except (TypeError, ValueError):  # a catalog with broken placeholders must not hide it
            _warn_once(f"{self.context}\0{self.template}", f"Bad translation of {self.template!r}")
            return self.english


def _fill(template: str, values: tuple[object, ...]) -> str:
    return template % values if values else template


def available_languages() -> list[tuple[str, str]]:
    """``(code, name)`` pairs for a language menu: ``""`` (follow the system) first, then each
    language under its own name ("Deutsch", "Français", ...), as language menus show them."""
    system = translate("i18n", "System language")
    return [("", system), *((code, _NATIVE_NAMES[code]) for code in UI_LANGUAGES)]


def language_name(code: str) -> str:
    """``"de"`` -> ``"Deutsch"``; ``""`` -> "System language" (translated)."""
    return dict(available_languages())[code]


def resolve_language(language: str = "", system: QLocale | None = None) -> str:
    """The UI language to use: ``language`` when Paydesk has it, else the first of the system's
    preferred languages that it has, else English. ``"de_CH"``, ``"DE"`` and ``"de-CH"`` count as
    ``"de"``."""
    from PySide6.QtCore import QLocale

    code = _code(language)
    if code in UI_LANGUAGES:
        return code
    if language:
        log.warning("No UI language %r; following the system", language)
    system = system if system is not None else QLocale.system()
    for preferred in system.uiLanguages():
        code = _code(preferred)
        if code in UI_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers and dates follow: Swiss for de, fr and it; for English the system's own
    English locale (en_GB, en_US, ...) when it has one, else en_CH."""
    from PySide6.QtCore import QLocale

    if language != SOURCE_LANGUAGE:
        return QLocale(_SWISS[language])
    system = system if system is not None else QLocale.system()
    if system.language() == QLocale.Language.English:
        return QLocale(system)
    return QLocale(_SWISS[SOURCE_LANGUAGE])


def install_translators(app: QCoreApplication, language: str = "") -> str:
    """Install the translators for ``language`` ("" follows the system; else "en", "de", "fr",
    "it") and make its locale the default. Returns the language the UI is now in: English when
    the catalog of the language asked for is missing.

    A second call replaces what the first installed; `remove_translators` undoes it.
    """
    from PySide6.QtCore import QLocale

    remove_translators(app)
    _translated.clear()
    code = resolve_language(language)
    translators: list[QTranslator] = []
    if code == SOURCE_LANGUAGE:
        # English needs only its plural forms ("1 payment", "2 payments"): `-pluralonly`.
        plurals = _load_ours(app, code, required=False)
        translators = [plurals] if plurals is not None else []
    else:
        ours = _load_ours(app, code)
        if ours is None:
            code = SOURCE_LANGUAGE
        else:
            qt = _load_qt(app, code)
            translators = [t for t in (qt, ours) if t is not None]
    # Installed last is asked first: ours can override a text of Qt's.
    for translator in translators:
        app.installTranslator(translator)
    _state.translators = translators
    _state.previous_locale = QLocale()
    QLocale.setDefault(locale_for(code))
    log.info("UI language %s, locale %s", code, QLocale().name())
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators `install_translators` installed and restore the default locale it
    replaced (tests switch languages back and forth)."""
    from PySide6.QtCore import QLocale

    for translator in _state.translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _state.translators = []
    _translated.clear()
    if _state.previous_locale is not None:
        QLocale.setDefault(_state.previous_locale)
        _state.previous_locale = None


def _code(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


def _load_ours(app: QCoreApplication, code: str, *, required: bool = True) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    try:
        path = resource_path(f"translations/{CATALOG}_{code}.qm")
    except FileNotFoundError as exc:  # no resources at all: a broken install, said elsewhere
        if required:
            _warn_once(str(exc), "Paydesk's resources are missing; the UI stays in English")
        return None
    translator = QTranslator(app)
    if translator.load(str(path)):
        return translator
    translator.deleteLater()
    if not required:
        return None
    _warn_once(
        str(path),
        f"The translation {path} is missing or unreadable (run "
        "`make translations`); the UI stays in English",
    )
    return None


def _swiss_spelling() -> type[QTranslator]:
    from PySide6.QtCore import QTranslator

    class _SwissSpelling(QTranslator):
        """Qt's German texts in Swiss spelling: "Schliessen", not "Schließen"."""

        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            text = super().translate(context, source, disambiguation, n)
            # None (a null QString) is "not found here": Qt then asks the next catalog, while
            # "" would be taken as the translation.
            return text.replace("ß", "ss").replace("ẞ", "SS") if text else None

    return _SwissSpelling


def _load_qt(app: QCoreApplication, code: str) -> QTranslator | None:
    """Qt's own texts; optional, as some Qt builds come without translations."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = _swiss_spelling()(app) if code == "de" else QTranslator(app)
    if directory and translator.load(f"qtbase_{code}", directory):
        return translator
    translator.deleteLater()
    log.debug("No Qt translation qtbase_%s in %r", code, directory)
    return None


def _warn_once(key: str, message: str) -> None:
    if key not in _state.warned:
        _state.warned.add(key)
        log.warning(message)

"""The .ts sources: complete, faithful to each English text, in step with the code; and the .qm
catalogs compiled from them."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from .conftest import (
    LANGUAGES,
    REPO,
    Message,
    app_sources,
    qm_path,
    qt_tool,
    read_ts,
    ts_path,
)

# Python's %-formatting fills by position, so %s/%d must keep their order; {name} and Qt's %1
# may move. HTML tags (and "<domain>"-style placeholders) must all be kept.
_PERCENT = re.compile(r"%(?:[sdn]|\.\d+f)")
_QT_ARG = re.compile(r"%\d+")
_BRACED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_MNEMONIC = re.compile(r"&([^&\s])")

# The labels that share one window's Alt+letter space: the menu bar, the tabs and the open form's
# field labels (PaylinkFormView). English and the three languages have fewer free letters than that
# window has labels, so the tabs carry none (Ctrl+1 … Ctrl+4 switch them); no letter repeats, in
# the English source nor in a translation.
_MENUBAR_AND_TABS = (
    "&File",
    "&Edit",
    "&View",
    "&Help",
    "Paylink",
    "Payment page",
    "History",
    "Subscriptions",
)
_MAIN_WINDOW_CONTEXTS = ("PaylinkFormView",)
_DIALOG_CONTEXTS = ("InstancesDialog",)


def _mnemonics(text: str) -> list[str]:
    return [m.lower() for m in _MNEMONIC.findall(text.replace("&&", ""))]


@pytest.fixture(scope="module", params=LANGUAGES)
def catalog(request: pytest.FixtureRequest) -> tuple[str, list[Message]]:
    return request.param, read_ts(ts_path(request.param))


def test_every_language_has_a_ts_file_that_parses(catalog: tuple[str, list[Message]]) -> None:
    language, messages = catalog
    assert len(messages) > 400, f"{language}: only {len(messages)} messages"
    header = ts_path(language).read_text("utf-8").splitlines()[2]
    assert f'language="{language}_CH"' in header and 'sourcelanguage="en"' in header


def test_no_translation_is_unfinished_or_empty(catalog: tuple[str, list[Message]]) -> None:
    language, messages = catalog
    bad = [
        f"{m.context}: {m.source!r}"
        for m in messages
        if m.unfinished or not all(t.strip() for t in m.translations)
    ]
    assert not bad, f"{language}: translate these (make translations-update lists them):\n" + (
        "\n".join(bad)
    )


def test_numerus_messages_have_both_plural_forms(catalog: tuple[str, list[Message]]) -> None:
    language, messages = catalog
    for m in messages:
        if m.numerus:
            assert len(m.translations) == 2, (language, m.source)  # de, fr, it: one, other


def test_placeholders_and_tags_are_kept(catalog: tuple[str, list[Message]]) -> None:
    language, messages = catalog
    problems = []
    for m in messages:
        for text in m.translations:
            checks = (
                ("%-placeholders (in order)", _PERCENT.findall, list),
                ("%1-placeholders", _QT_ARG.findall, Counter),
                ("{name} fields", _BRACED.findall, Counter),
                ("tags", _TAG.findall, Counter),
            )
            for what, find, shape in checks:
                if shape(find(m.source)) != shape(find(text)):
                    problems.append(f"{m.context}: {what} differ in {m.source!r} -> {text!r}")
    assert not problems, f"{language}:\n" + "\n".join(problems)


def test_a_mnemonic_in_the_source_has_one_in_the_translation(
    catalog: tuple[str, list[Message]],
) -> None:
    language, messages = catalog
    problems = [
        f"{m.context}: {m.source!r} -> {m.translations[0]!r}"
        for m in messages
        if len(_mnemonics(m.source)) != len(_mnemonics(m.translations[0]))
    ]
    assert not problems, f"{language}:\n" + "\n".join(problems)


def test_mnemonics_are_unique_within_a_window(catalog: tuple[str, list[Message]]) -> None:
    language, messages = catalog
    groups: dict[str, list[str]] = {}
    tabs_and_menus = 0
    for m in messages:
        if m.context == "MainWindow" and m.source in _MENUBAR_AND_TABS:
            tabs_and_menus += 1
            group = "main window"
        elif m.context in _MAIN_WINDOW_CONTEXTS and _mnemonics(m.source):
            group = "main window"
        elif m.context in _DIALOG_CONTEXTS and _mnemonics(m.source):
            group = m.context
        else:
            continue
        groups.setdefault(group, []).append(m.translations[0])
        # English too (not InstancesDialog's: S&how and &Hide are one button's two states)
        if group == "main window":
            groups.setdefault(f"{group} (English)", []).append(m.source)
    assert tabs_and_menus == len(_MENUBAR_AND_TABS)
    for group, texts in groups.items():
        letters = Counter(letter for text in texts for letter in _mnemonics(text))
        repeated = {
            letter: [t for t in texts if letter in _mnemonics(t)]
            for letter, n in letters.items()
            if n > 1
        }
        assert not repeated, f"{language}, {group}: one Alt+letter for several: {repeated}"


def test_the_ts_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """What lupdate finds in app/ now is what the .ts files hold: no new text is left for English,
    no text the code dropped lingers (``make translations-update`` fixes both)."""
    before = {(m.context, m.source) for m in read_ts(ts_path("de"))}
    copy = tmp_path / "paydesk_de.ts"
    shutil.copy2(ts_path("de"), copy)
    run = subprocess.run(
        [
            *qt_tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            *app_sources(),
            "-ts",
            str(copy),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    after = read_ts(copy)
    new = sorted(f"{m.context}: {m.source!r}" for m in after if m.unfinished)
    gone = sorted(f"{c}: {s!r}" for c, s in before - {(m.context, m.source) for m in after})
    assert not new, "texts not in the catalogs yet (make translations-update):\n" + "\n".join(new)
    assert not gone, "texts the code no longer has (make translations-update):\n" + "\n".join(gone)


def _assert_qm_matches(qm: Path, messages: list[Message]) -> None:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    stale = []
    for m in messages:
        if m.numerus:
            # de, fr and it take the first form for one, the second for many.
            got = tuple(translator.translate(m.context, m.source, None, n) for n in (1, 2))
        else:
            got = (translator.translate(m.context, m.source),)
        if got != m.translations:
            stale.append(f"{m.context}: {m.source!r}: {got!r} != {m.translations!r}")
    assert not stale, f"{qm.name} is stale (make translations):\n" + "\n".join(stale[:20])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_current_ts(language: str) -> None:
    qm = qm_path(language)
    assert qm.is_file(), f"{qm} is missing: make translations"
    _assert_qm_matches(qm, read_ts(ts_path(language)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_lrelease_compiles_the_ts_without_complaint(tmp_path: Path, language: str) -> None:
    qm = tmp_path / f"paydesk_{language}.qm"
    run = subprocess.run(
        [*qt_tool("lrelease"), str(ts_path(language)), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    messages = read_ts(ts_path(language))
    # lrelease reports "Generated N translation(s) (N finished and 0 unfinished)".
    assert f"({len(messages)} finished and 0 unfinished)" in run.stdout, run.stdout
    assert "Ignored" not in run.stdout and "Dropped" not in run.stdout, run.stdout
    _assert_qm_matches(qm, messages)

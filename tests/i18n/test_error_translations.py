"""The sentences of the Qt-free core (API errors, where secrets are kept, profile checks) in the
UI's language.

They are built without Qt, often on a worker thread, and kept as English template plus values;
``message``/``str()`` translate when read. Real requests to the sandbox, a real keyring backend
(the in-memory one) and the real catalogs; nothing is mocked.
"""

from __future__ import annotations

import ast
import importlib
import pickle
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.api import errors, invoices, signature_check
from app.api.client import ApiClient, ClientConfig
from app.sandbox import Fault, Sandbox
from app.settings import secrets
from app.settings.memory_keyring import MemoryKeyring
from app.settings.paths import AppPaths
from app.settings.profile import MAX_DISPLAY_NAME, validate_profile
from app.settings.profiles import ProfileRepository
from app.settings.secrets import FILE_STORAGE_WARNING, SecretStore, SecretStoreError
from tests.conftest import SANDBOX_SECRET as SECRET

from .conftest import LANGUAGES, REPO, read_ts, ts_path

WRONG_SECRET = "pd-wrong-secret-Zq81xY"


def _app() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None  # qtbot made it
    return app


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    assert i18n.install_translators(_app(), "de") == "de"
    yield  # english_afterwards (conftest) removes it


def _client(base_url: str, **overrides: object) -> ApiClient:
    config: dict[str, object] = {
        "instance": "demo",
        "secret": SECRET,
        "base_url": base_url,
        "connect_timeout": 2.0,
        "read_timeout": 3.0,
        "retry_backoff": 0.01,
        **overrides,
    }
    return ApiClient(ClientConfig(**config))  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- API errors ---------------------------------------------------------------------------------


def test_a_wrong_secret_is_told_in_german(german: None, sandbox: Sandbox) -> None:
    with pytest.raises(errors.AuthenticationError) as info:
        signature_check.check(_client(sandbox.base_url, secret=WRONG_SECRET))
    error = info.value
    assert error.message == (
        "Das API-Secret ist für diese Instanz nicht korrekt: Prüfen Sie das Secret und die "
        "Authentifizierung in den Einstellungen der Instanz."
    )
    assert str(error) == error.message
    # The log and the raw detail stay as they were: English, untranslated.
    assert error.args == (error.english,)
    assert error.english.startswith("The API secret is not correct for this instance")
    assert "The API secret is not correct." in error.detail
    for text in (error.message, error.english, error.detail, repr(error)):
        assert WRONG_SECRET not in text


def test_a_refused_parameter_stays_inside_the_german_sentence(
    german: None, sandbox: Sandbox
) -> None:
    with pytest.raises(errors.ValidationError) as info:
        invoices.create(_client(sandbox.base_url), {"title": "x", "currency": "CHF"})
    assert info.value.param == "amount"
    assert info.value.message == (
        "Die Plattform hat den Wert von «amount» abgelehnt: Korrigieren Sie ihn und versuchen "
        "Sie es erneut."
    )


def test_a_missing_paylink_is_named_in_german(german: None, sandbox: Sandbox) -> None:
    client = _client(sandbox.base_url)
    created = invoices.create(client, {"title": "x", "amount": 100, "currency": "CHF"})
    assert created.id is not None
    invoices.delete(client, created.id)
    with pytest.raises(errors.NotFoundError) as info:
        invoices.get(client, created.id)
    assert info.value.message == (
        f"Der Paylink {created.id} existiert auf dieser Instanz nicht (eventuell wurde er "
        "gelöscht)."
    )


def test_nothing_listening_is_told_in_german_with_its_reason(german: None) -> None:
    port = _free_port()
    with pytest.raises(errors.ConnectionFailedError) as info:
        signature_check.check(_client(f"http://127.0.0.1:{port}", get_retries=0))
    assert info.value.message == (
        f"127.0.0.1:{port} ist nicht erreichbar: Die Verbindung wurde abgelehnt. Prüfen Sie die "
        "Internetverbindung und die Basisdomain."
    )
    # The short cause, for the sentences of the instance dialog, is translated too.
    assert info.value.reason == "die Verbindung wurde abgelehnt"


def test_a_timeout_is_told_in_german(german: None, sandbox: Sandbox) -> None:
    sandbox.set_fault(Fault.HANG, object="SignatureCheck", seconds=10)
    with pytest.raises(errors.TimedOutError) as info:
        signature_check.check(_client(sandbox.base_url, read_timeout=0.5))
    assert info.value.message == (
        f"127.0.0.1:{sandbox.port} hat nicht innerhalb von 0.5 Sekunden geantwortet: Versuchen "
        "Sie es gleich noch einmal."
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fr",
            "La plateforme a refusé la valeur de «\xa0amount\xa0»\xa0: corrigez-la et réessayez.",
        ),
        ("it", "La piattaforma ha rifiutato il valore di «amount»: correggilo e riprova."),
    ],
)
def test_french_and_italian_too(
    qtbot: QtBot, sandbox: Sandbox, language: str, expected: str
) -> None:
    i18n.install_translators(_app(), language)
    with pytest.raises(errors.ValidationError) as info:
        invoices.create(_client(sandbox.base_url), {"title": "x", "currency": "CHF"})
    assert info.value.message == expected


def test_the_message_is_translated_when_read_not_when_raised(qtbot: QtBot) -> None:
    """An error raised before the language is known (or on a worker) still speaks it."""
    error = errors.ServerError(
        i18n.QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The payment platform had an internal error (HTTP %s): try again in a few minutes.",
        ),
        503,
        detail="HTTP 503",
    )
    english = "The payment platform had an internal error (HTTP 503): try again in a few minutes."
    assert error.message == english
    i18n.install_translators(_app(), "de")
    assert error.message == (
        "Bei der Zahlungsplattform ist ein interner Fehler aufgetreten (HTTP 503): Versuchen Sie "
        "es in einigen Minuten erneut."
    )
    assert error.english == english and error.detail == "HTTP 503"
    copy = pickle.loads(pickle.dumps(error))  # crosses processes and queues intact
    assert (copy.message, copy.detail, copy.status) == (error.message, "HTTP 503", None)


def test_without_a_translator_the_english_is_unchanged(qtbot: QtBot, sandbox: Sandbox) -> None:
    with pytest.raises(errors.AuthenticationError) as info:
        signature_check.check(_client(sandbox.base_url, secret=WRONG_SECRET))
    assert (
        info.value.message
        == str(info.value)
        == info.value.english
        == (
            "The API secret is not correct for this instance: check the secret and the "
            "authentication scheme in the instance settings."
        )
    )
    with pytest.raises(errors.ValidationError) as refused:
        invoices.create(_client(sandbox.base_url), {"title": "x", "currency": "CHF"})
    assert refused.value.message == (
        "The platform refused the value of “amount”: correct it and try again."
    )


def test_a_configuration_error_is_a_value_error_in_german(german: None) -> None:
    with pytest.raises(ValueError) as info:
        _client("http://192.0.2.1:8080")
    assert isinstance(info.value, errors.InvalidConfigError)
    assert str(info.value) == (
        "Die Basis-URL muss eine Loopback-Adresse mit Port sein, zum Beispiel "
        "http://127.0.0.1:8080."
    )
    assert info.value.args[0].startswith("The base URL must be a loopback address")


# -- where secrets are kept ---------------------------------------------------------------------


def test_the_secret_status_is_german(german: None) -> None:
    paths = AppPaths.resolve()
    assert SecretStore(paths, fail.Keyring()).status_text == (
        "Es wurde kein Schlüsselbund des Systems gefunden: Secrets werden nur aufbewahrt, bis "
        "Paydesk geschlossen wird."
    )
    assert SecretStore(paths, MemoryKeyring()).status_text == (
        "Secrets werden im Schlüsselbund des Systems aufbewahrt (in-memory keyring)."
    )
    store = SecretStore(paths, fail.Keyring())
    store.enable_file_storage()
    assert store.status_text == (
        f"Secrets werden in einer Datei gespeichert, die nur Sie lesen können: {store.file_path}"
    )
    assert store.status_sentence.english == (
        f"Secrets are stored in a file readable only by you: {store.file_path}"
    )


def test_the_file_storage_warning_is_german_where_it_is_shown(german: None) -> None:
    # As the instance dialog shows it.
    shown = QCoreApplication.translate(secrets.CONTEXT, FILE_STORAGE_WARNING)
    assert shown.startswith("Die API-Secrets werden unverschlüsselt in einer Datei gespeichert")


def test_a_keychain_failure_is_german_and_never_quotes_the_secret(german: None) -> None:
    class Refusing(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError(f"D-Bus error while storing {password!r}")

    store = SecretStore(AppPaths.resolve(), Refusing())
    with pytest.raises(SecretStoreError) as info:
        store.set("shop", WRONG_SECRET)
    message = str(info.value)
    assert message.startswith(
        "Das API-Secret von «shop» konnte nicht gespeichert werden (in-memory keyring): "
    )
    assert "[secret]" in message
    assert WRONG_SECRET not in message and WRONG_SECRET not in info.value.args[0]


def test_without_a_translator_the_secret_status_is_english(qtbot: QtBot) -> None:
    assert SecretStore(AppPaths.resolve(), fail.Keyring()).status_text == (
        "No system keychain was found: secrets are kept only until Paydesk closes."
    )


# -- profiles ------------------------------------------------------------------------------------


def test_the_instance_form_checks_speak_german(german: None) -> None:
    errors = validate_profile(
        {"display_name": "x" * (MAX_DISPLAY_NAME + 1), "instance": "", "base_domain": "api.x.ch"}
    )
    assert errors == {
        "display_name": f"Der Anzeigename ist zu lang (höchstens {MAX_DISPLAY_NAME} Zeichen).",
        "instance": (
            "Geben Sie den Instanznamen ein: Für eine Zahlungsseite unter example.payrexx.com ist "
            "es «example»."
        ),
        "base_domain": (
            "Lassen Sie «api.» weg: Der API-Host ist immer api. + die Basisdomain (für "
            "api.payrexx.com geben Sie payrexx.com ein)."
        ),
    }


def test_without_a_translator_the_form_checks_are_english(qtbot: QtBot) -> None:
    assert validate_profile({"display_name": " ", "instance": "shop"}) == {
        "display_name": "Enter a display name."
    }


def test_a_broken_profile_file_is_reported_in_german_and_logged_in_english(
    german: None, caplog: pytest.LogCaptureFixture
) -> None:
    paths = AppPaths.resolve()
    paths.instances_dir.mkdir(parents=True)
    (paths.instances_dir / "shop.json").write_text("{ not json", "utf-8")

    [problem] = ProfileRepository(paths).load_all().problems

    assert problem.moved_to is not None
    assert problem.message == (
        "Die Datei ist kein gültiges JSON (Zeile 1, Spalte 3: Expecting property name enclosed "
        f"in double quotes). Die Datei wurde als {problem.moved_to.name} beiseitegelegt."
    )
    assert "The file is not valid JSON (line 1, column 3" in caplog.text
    assert f"The file was moved aside to {problem.moved_to.name}." in caplog.text


def test_the_core_stays_free_of_qt() -> None:
    """Translating must not pull Qt into app.api or app.settings: without it, English."""
    code = (
        "import sys\n"
        "from app.api import errors, signature_check\n"
        "from app.api.client import ApiClient, ClientConfig\n"
        "from app.settings.profile import validate_profile\n"
        "from app.settings.secrets import SecretStore\n"
        "try:\n"
        "    ApiClient(ClientConfig(instance='x', secret='s', base_domain='no'))\n"
        "except ValueError as exc:\n"
        "    assert str(exc) == 'The base domain needs a dot, for example payrexx.com.', exc\n"
        "assert validate_profile({'display_name': '', 'instance': 'a'}) == "
        "{'display_name': 'Enter a display name.'}\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert run.returncode == 0, run.stderr


# -- every sentence of the Qt-free core is in every catalog -------------------------------------

_MARKERS = {"QT_TRANSLATE_NOOP", "translate"}
_CORE = ("app/api", "app/settings")


def _core_modules() -> list[Path]:
    return sorted(p for folder in _CORE for p in (REPO / folder).glob("*.py"))


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _marked(path: Path) -> list[tuple[str, str]]:
    """``(context, text)`` of every ``QT_TRANSLATE_NOOP``/``translate`` call with literals."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and _called_name(node) in _MARKERS:
            args = node.args
            if len(args) == 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
            ):
                found.append((args[0].value, args[1].value))  # type: ignore[attr-defined]
    return found


def _context_of(path: Path) -> str:
    """The context a module's sentences are translated in when read: `errors.CONTEXT` for the
    API, the module's own ``CONTEXT`` in app/settings."""
    if path.parent.name == "api":
        return errors.CONTEXT
    module = importlib.import_module(f"app.settings.{path.stem}")
    return str(getattr(module, "CONTEXT", f"<{path.stem} has no CONTEXT>"))


def test_the_core_marks_its_sentences_in_the_context_they_are_read_in() -> None:
    marked = {path: _marked(path) for path in _core_modules()}
    everything = [m for found in marked.values() for m in found]
    assert len(everything) > 60, "the scan found too few sentences: is the marker still used?"
    wrong = [
        f"{path.relative_to(REPO)}: {context!r} for {text!r}"
        for path, found in marked.items()
        for context, text in found
        if context != _context_of(path)
    ]
    assert not wrong, "a sentence marked in another context is never translated:\n" + "\n".join(
        wrong
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_of_the_core_is_translated(language: str) -> None:
    catalog = {(m.context, m.source): m for m in read_ts(ts_path(language))}
    problems = []
    for path in _core_modules():
        for key in _marked(path):
            message = catalog.get(key)
            if message is None:
                problems.append(f"missing: {key}")
            elif message.unfinished or not message.translations[0].strip():
                problems.append(f"unfinished: {key}")
            elif message.translations[0] == key[1]:
                problems.append(f"still English: {key}")
    assert not problems, f"{language} (make translations-update):\n" + "\n".join(problems)


_SENTENCE_ERRORS = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.ApiError | errors.InvalidConfigError)
} | {"SecretStoreError", "_Invalid", "_Unusable"}


def test_no_error_of_the_core_is_built_from_an_unmarked_sentence() -> None:
    """A literal, an f-string or a ``%``-formatted string as the sentence of an API, secret
    store or profile error would reach the user in English: mark the template, pass the
    values."""
    problems = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and _called_name(node) in _SENTENCE_ERRORS
                and node.args
                and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)
            ):
                problems.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not problems, "unmarked sentences:\n" + "\n".join(problems)

"""The instance manager dialog, driven by keyboard and mouse as a person would."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.models.connection_test import ConnectionTester
from app.models.runner import TaskRunner
from app.models.secret_storage import SecretStorage
from app.models.workspace import Workspace
from app.sandbox import Fault, Sandbox
from app.settings.paths import AppPaths
from app.settings.secrets import FILE_STORAGE_WARNING, SECRETS_FILE_NAME, SecretStore
from app.views.instances_dialog import InstancesDialog, open_instances_dialog
from tests.conftest import SANDBOX_SECRET, Drain

from .conftest import (
    TEST_SECRET,
    DialogFactory,
    Questions,
    WorkspaceFactory,
    files_containing,
    instances_model,
)

ALT = Qt.KeyboardModifier.AltModifier


def fill(
    qtbot: QtBot,
    dialog: InstancesDialog,
    *,
    name: str = "Shop",
    instance: str = "example",
    secret: str = TEST_SECRET,
    version: str | None = None,
) -> None:
    """Add a profile with the keyboard: Alt+A, then type into the fields. `version`: the API
    version to choose instead of the newest (what a new profile starts on)."""
    rows = dialog.model.rowCount()
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)  # &Add: a mnemonic clicks after a short animation
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows + 1)
    assert dialog.display_name_edit.hasFocus()
    qtbot.keyClicks(dialog.display_name_edit, name)
    qtbot.keyClick(dialog.display_name_edit, Qt.Key.Key_Tab)
    assert dialog.instance_edit.hasFocus()
    qtbot.keyClicks(dialog.instance_edit, instance)
    if secret:
        qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)  # API s&ecret
        assert dialog.secret_edit.hasFocus()
        qtbot.keyClicks(dialog.secret_edit, secret)
    if version is not None:
        choose(qtbot, dialog, version)


def choose(qtbot: QtBot, dialog: InstancesDialog, version: str) -> None:
    """Pick an API version with the keyboard: Alt+V, then the arrow keys."""
    qtbot.keyClick(dialog, Qt.Key.Key_V, ALT)  # API &version
    combo = dialog.version_combo
    assert combo.hasFocus()
    target = combo.findText(version)
    assert target >= 0, version
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def mnemonic(qtbot: QtBot, dialog: InstancesDialog, key: Qt.Key) -> None:
    """Alt+key on a button: Qt clicks it after a short animation, so wait for that."""
    clicked: list[bool] = []
    buttons = dialog.findChildren(QAbstractButton)
    for button in buttons:
        button.clicked.connect(lambda *_: clicked.append(True))
    qtbot.keyClick(dialog, key, ALT)
    qtbot.waitUntil(lambda: bool(clicked), timeout=2_000)


def visible_error(dialog: InstancesDialog, name: str) -> str | None:
    label = dialog.error_labels[name]
    return label.text().removeprefix("⚠ ") if label.isVisible() else None


def profile_file(paths: AppPaths, profile_id: str) -> Path:
    return paths.instances_dir / f"{profile_id}.json"


# --- filling, inline errors, saving --------------------------------------------------------------


def test_fill_by_keyboard_and_save_with_enter(
    qtbot: QtBot,
    dialog: InstancesDialog,
    workspace: Workspace,
    paths: AppPaths,
    secrets: SecretStore,
    tmp_path: Path,
) -> None:
    assert not dialog.save_button.isEnabled()
    assert dialog.save_reason.text() == "Add an instance to get started."
    fill(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)  # &Platform
    assert dialog.platform_combo.hasFocus()
    qtbot.keyClicks(dialog.platform_combo, "okepay")
    assert dialog.platform_combo.currentText() == "okepay.info"
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # Default VA&T rate
    qtbot.keyClicks(dialog.vat_edit, "8.1")
    qtbot.keyClick(dialog, Qt.Key.Key_Y, ALT)  # Read-onl&y
    qtbot.keyClick(dialog.read_only_check, Qt.Key.Key_Space)
    assert dialog.read_only_check.isChecked()
    assert dialog.save_button.isEnabled() and dialog.save_reason.text() == ""
    assert dialog.model.data(dialog.model.index(0, 0)) == "Shop (not saved)"

    with qtbot.waitSignal(dialog.model.saved) as saved:
        qtbot.keyClick(dialog.vat_edit, Qt.Key.Key_Return)
    assert saved.args == ["shop"]

    path = profile_file(paths, "shop")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["display_name"] == "Shop" and data["instance"] == "example"
    assert data["base_domain"] == "okepay.info" and data["default_vat_rate"] == "8.1"
    assert data["read_only"] is True
    # The secret went to the keychain, and into no file at all.
    assert secrets.get("shop") == TEST_SECRET
    assert files_containing(TEST_SECRET, tmp_path) == []
    # The app sees it, the list shows it saved, the form shows it with a blank secret field.
    assert [p.id for p in workspace.profiles()] == ["shop"]
    assert dialog.current_key == "shop"
    assert dialog.model.data(dialog.model.index(0, 0)) == "Shop"
    assert dialog.secret_edit.text() == ""
    assert "stored in the system keychain" in dialog.secret_edit.placeholderText()
    assert dialog.save_reason.text() == "✓ “Shop” saved."


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        (
            "instance",
            "Shop!",
            "The instance name may contain only letters a–z, digits and hyphens.",
        ),
        (
            "instance",
            "example.okepay.info",
            "Enter only the instance name, not an address: for example.payrexx.com it is "
            "“example”.",
        ),
        (
            "base_domain",
            "https://okepay.info",
            "Enter the base domain without “https://”, for example payrexx.com.",
        ),
        (
            "base_domain",
            "okepay.info:443",
            "Enter the base domain without a port, for example payrexx.com.",
        ),
        ("base_domain", "localhost", "The base domain needs a dot, for example payrexx.com."),
        (
            "default_vat_rate",
            "200",
            "The VAT rate must be a number from 0 to 100, for example 8.1, or empty for none.",
        ),
        (
            "confirm_above",
            "-5",
            "The confirmation amount must be a number of 0 or more, for example 500, or empty "
            "to never ask.",
        ),
        (
            "reference_prefix",
            "X" * 21,
            "The reference prefix is too long (at most 20 characters).",
        ),
    ],
)
def test_inline_error_as_the_user_types_and_save_disabled(
    qtbot: QtBot, dialog: InstancesDialog, field: str, text: str, message: str
) -> None:
    fill(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    if field == "base_domain":
        dialog.platform_combo.setFocus()
        qtbot.keyClick(dialog.platform_combo, Qt.Key.Key_End)  # the last entry: Other…
        assert dialog.platform_combo.currentText() == "Other…"
        assert dialog.base_domain_edit.isVisible() and dialog.base_domain_edit.hasFocus()
    edit = {
        "instance": dialog.instance_edit,
        "base_domain": dialog.base_domain_edit,
        "default_vat_rate": dialog.vat_edit,
        "confirm_above": dialog.confirm_above_edit,
        "reference_prefix": dialog.reference_prefix_edit,
    }[field]
    edit.clear()
    qtbot.keyClicks(edit, text)
    assert visible_error(dialog, field) == message
    assert not dialog.save_button.isEnabled()
    assert dialog.save_reason.text() == message
    # Enter does nothing while invalid.
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.model.is_draft(dialog.current_key or "")
    # Correcting it clears the error and enables Save again.
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if field in ("instance", "base_domain"):
        qtbot.keyClicks(edit, "example" if field == "instance" else "example-pay.ch")
    assert visible_error(dialog, field) is None
    assert dialog.save_button.isEnabled()


def test_empty_display_name_shows_its_error(qtbot: QtBot, dialog: InstancesDialog) -> None:
    fill(qtbot, dialog, name="S")
    assert visible_error(dialog, "display_name") is None
    qtbot.keyClick(dialog.display_name_edit, Qt.Key.Key_Backspace)
    assert visible_error(dialog, "display_name") == "Enter a display name."
    assert not dialog.save_button.isEnabled()
    assert dialog.save_reason.text() == "Enter a display name."


def test_errors_of_untouched_fields_wait_until_the_field_is_left(
    qtbot: QtBot, dialog: InstancesDialog
) -> None:
    mnemonic(qtbot, dialog, Qt.Key.Key_A)
    # A new profile: nothing typed yet, so no red text; Save says what is missing.
    assert all(not label.isVisible() for label in dialog.error_labels.values())
    assert dialog.save_reason.text() == "Enter a display name."
    qtbot.keyClick(dialog.display_name_edit, Qt.Key.Key_Tab)  # leaves the field empty
    assert visible_error(dialog, "display_name") == "Enter a display name."
    assert visible_error(dialog, "instance") is None


def test_blank_secret_on_edit_keeps_the_stored_one(
    qtbot: QtBot, dialog: InstancesDialog, secrets: SecretStore, paths: AppPaths
) -> None:
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.current_key == "shop"
    dialog.reference_prefix_edit.selectAll()
    qtbot.keyClicks(dialog.reference_prefix_edit, "SH-")
    assert dialog.model.data(dialog.model.index(0, 0)) == "Shop (changed)"
    qtbot.keyClick(dialog.reference_prefix_edit, Qt.Key.Key_Return)
    assert json.loads(profile_file(paths, "shop").read_text())["reference_prefix"] == "SH-"
    assert secrets.get("shop") == TEST_SECRET


def test_renaming_keeps_the_id_so_history_and_secret_stay_attached(
    qtbot: QtBot,
    dialog: InstancesDialog,
    secrets: SecretStore,
    paths: AppPaths,
    workspace: Workspace,
) -> None:
    fill(qtbot, dialog)
    qtbot.keyClick(dialog.instance_edit, Qt.Key.Key_Return)
    workspace.select("shop")
    dialog.display_name_edit.setFocus()
    dialog.display_name_edit.selectAll()
    qtbot.keyClicks(dialog.display_name_edit, "Boutique")
    with qtbot.waitSignal(dialog.model.saved) as saved:
        qtbot.keyClick(dialog.display_name_edit, Qt.Key.Key_Return)
    assert saved.args == ["shop"]
    assert profile_file(paths, "shop").exists()
    assert '"display_name": "Boutique"' in profile_file(paths, "shop").read_text()
    assert secrets.get("shop") == TEST_SECRET
    assert [(p.id, p.display_name) for p in workspace.profiles()] == [("shop", "Boutique")]
    assert workspace.selected_id == "shop"
    assert dialog.current_key == "shop"


def test_duplicate_copies_values_and_secret(
    qtbot: QtBot, dialog: InstancesDialog, secrets: SecretStore, paths: AppPaths
) -> None:
    fill(qtbot, dialog)
    qtbot.keyClicks(dialog.reference_prefix_edit, "X")
    qtbot.keyClick(dialog.instance_edit, Qt.Key.Key_Return)
    mnemonic(qtbot, dialog, Qt.Key.Key_U)  # D&uplicate
    assert dialog.display_name_edit.text() == "Shop (copy)"
    assert dialog.display_name_edit.hasFocus()
    assert dialog.instance_edit.text() == "example"
    assert dialog.reference_prefix_edit.text() == "INV-X"
    assert dialog.secret_edit.text() == ""
    assert dialog.secret_edit.placeholderText() == "leave blank to use the secret of “Shop”"
    assert dialog.model.data(dialog.model.index(1, 0)) == "Shop (copy) (not saved)"
    qtbot.keyClick(dialog.display_name_edit, Qt.Key.Key_Return)
    assert dialog.current_key == "shop-copy"
    data = json.loads(profile_file(paths, "shop-copy").read_text())
    assert data["instance"] == "example" and data["reference_prefix"] == "INV-X"
    assert secrets.get("shop-copy") == TEST_SECRET
    assert secrets.get("shop") == TEST_SECRET


def test_two_profiles_with_the_same_name_get_distinct_files(
    qtbot: QtBot, dialog: InstancesDialog, paths: AppPaths
) -> None:
    for _ in range(2):
        fill(qtbot, dialog, secret="")
        qtbot.keyClick(dialog.instance_edit, Qt.Key.Key_Return)
    assert profile_file(paths, "shop").exists() and profile_file(paths, "shop-2").exists()


# --- removing ------------------------------------------------------------------------------------


def test_remove_asks_then_deletes_file_and_secret(
    qtbot: QtBot,
    dialog: InstancesDialog,
    secrets: SecretStore,
    paths: AppPaths,
    questions: Questions,
    workspace: Workspace,
) -> None:
    fill(qtbot, dialog)
    qtbot.keyClick(dialog.instance_edit, Qt.Key.Key_Return)
    questions.answer = True
    mnemonic(qtbot, dialog, Qt.Key.Key_M)  # Re&move
    assert questions.asked == [
        (
            "Remove instance",
            "Remove “Shop”?",
            "Its settings file and its API secret (in the system keychain) are deleted. What "
            "was created on the platform stays there.",
        )
    ]
    assert not profile_file(paths, "shop").exists()
    assert secrets.get("shop") is None
    assert workspace.profiles() == []
    assert dialog.model.rowCount() == 0 and dialog.current_key is None
    assert not dialog.save_button.isEnabled()


def test_remove_declined_keeps_file_and_secret(
    qtbot: QtBot,
    dialog: InstancesDialog,
    secrets: SecretStore,
    paths: AppPaths,
    questions: Questions,
) -> None:
    fill(qtbot, dialog)
    qtbot.keyClick(dialog.instance_edit, Qt.Key.Key_Return)
    questions.answer = False
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(questions.asked) == 1
    assert profile_file(paths, "shop").exists()
    assert secrets.get("shop") == TEST_SECRET
    assert dialog.current_key == "shop"


def test_removing_an_unsaved_profile_needs_no_question(
    qtbot: QtBot, dialog: InstancesDialog, questions: Questions
) -> None:
    fill(qtbot, dialog, secret="")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert questions.asked == []
    assert dialog.model.rowCount() == 0


# --- the Demo instance and test connection -------------------------------------------------------


def test_demo_is_first_built_in_and_read_only(
    make_workspace: WorkspaceFactory, make_dialog: DialogFactory, sandbox: Sandbox, qtbot: QtBot
) -> None:
    dialog = make_dialog(make_workspace(sandbox))
    assert dialog.model.data(dialog.model.index(0, 0)) == "Demo (built-in)"
    assert dialog.current_key == "demo"
    assert not any(editor.isEnabled() for editor in dialog._editors())
    assert dialog.test_button.isEnabled()
    assert not dialog.remove_button.isEnabled() and not dialog.duplicate_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.save_reason.text() == "The built-in Demo instance cannot be changed."
    assert dialog.demo_note.isVisible() and sandbox.base_url in dialog.demo_note.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter = Save: not for the Demo
    assert dialog.model.rowCount() == 1


def test_test_connection_of_the_demo_against_the_sandbox(
    make_workspace: WorkspaceFactory, make_dialog: DialogFactory, sandbox: Sandbox, qtbot: QtBot
) -> None:
    dialog = make_dialog(make_workspace(sandbox))
    with qtbot.waitSignal(dialog.tester.connection_tested, timeout=10_000) as tested:
        qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)  # Test c&onnection
    host = sandbox.base_url.removeprefix("http://")
    assert tested.args == [True, f"Connected to demo on {host}."]
    assert dialog.test_result.text() == f"✓ Connected to demo on {host}."
    assert sandbox.count("GET", "SignatureCheck") == 1


@pytest.mark.parametrize(
    ("instance", "secret", "expected"),
    [
        ("demo", SANDBOX_SECRET, "✓ Connected to demo on {host}."),
        ("demo", "wrong-secret", "⚠ The API secret is not correct for this instance."),
        ("nosuch", SANDBOX_SECRET, "⚠ No such instance on this platform."),
    ],
)
def test_test_connection_of_a_custom_profile(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    sandbox: Sandbox,
    served_version: str,
    instance: str,
    secret: str,
    expected: str,
) -> None:
    dialog = make_dialog(workspace, base_url=sandbox.base_url)
    fill(qtbot, dialog, instance=instance, secret=secret, version=served_version)
    with qtbot.waitSignal(dialog.tester.connection_tested, timeout=10_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == expected.format(
        host=sandbox.base_url.removeprefix("http://")
    )
    assert sandbox.count("GET", "SignatureCheck") == 1
    assert dialog.model.is_draft(dialog.current_key or "")  # testing saves nothing


def test_test_connection_to_a_closed_port(
    qtbot: QtBot, make_dialog: DialogFactory, workspace: Workspace, closed_port: int
) -> None:
    dialog = make_dialog(workspace, base_url=f"http://127.0.0.1:{closed_port}")
    fill(qtbot, dialog, secret="whatever")
    with qtbot.waitSignal(dialog.tester.connection_tested, timeout=10_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == (
        f"⚠ Cannot reach 127.0.0.1:{closed_port}: the connection was refused."
    )


def test_test_connection_needs_a_secret_and_valid_connection_fields(
    qtbot: QtBot, make_dialog: DialogFactory, workspace: Workspace, sandbox: Sandbox
) -> None:
    dialog = make_dialog(workspace, base_url=sandbox.base_url)
    fill(qtbot, dialog, instance="demo", secret="")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert visible_error(dialog, "secret") == "Enter the API secret to test the connection."
    dialog.instance_edit.clear()
    qtbot.keyClicks(dialog.instance_edit, "de mo")
    qtbot.keyClicks(dialog.secret_edit, SANDBOX_SECRET)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert visible_error(dialog, "instance") == (
        "The instance name may contain only letters a–z, digits and hyphens."
    )
    assert not dialog.tester.testing
    assert sandbox.count("GET", "SignatureCheck") == 0


def test_test_connection_of_a_saved_profile_uses_its_stored_secret(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    sandbox: Sandbox,
    served_version: str,
) -> None:
    dialog = make_dialog(workspace, base_url=sandbox.base_url)
    fill(qtbot, dialog, instance="demo", secret=SANDBOX_SECRET, version=served_version)
    qtbot.keyClick(dialog.instance_edit, Qt.Key.Key_Return)
    assert dialog.secret_edit.text() == ""
    with qtbot.waitSignal(dialog.tester.connection_tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args[0] is True


def test_dialog_stays_responsive_while_testing(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    sandbox: Sandbox,
    served_version: str,
) -> None:
    sandbox.set_fault(Fault.LATENCY, seconds=1.0)
    dialog = make_dialog(workspace, base_url=sandbox.base_url)
    fill(qtbot, dialog, instance="demo", secret=SANDBOX_SECRET, version=served_version)
    ticks: list[int] = []
    timer = QTimer(dialog, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.tester.testing
    assert dialog.test_progress.isVisible() and not dialog.test_button.isEnabled()
    assert dialog.test_result.text() == "Testing the connection…"
    # A second press while testing does nothing, however it arrives.
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    dialog.test_connection()
    # The form still takes typing meanwhile.
    qtbot.keyClicks(dialog.reference_prefix_edit, "Z")
    qtbot.waitUntil(lambda: not dialog.tester.testing, timeout=10_000)
    timer.stop()
    assert len(ticks) >= 20  # the event loop ran all along (about 50 ticks in one second)
    assert dialog.reference_prefix_edit.text() == "INV-Z"
    assert dialog.test_result.text().startswith("✓ Connected to demo on")
    assert sandbox.count("GET", "SignatureCheck") == 1
    assert not dialog.test_progress.isVisible() and dialog.test_button.isEnabled()


def test_closing_mid_test_drops_the_result(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    sandbox: Sandbox,
    served_version: str,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    sandbox.set_fault(Fault.LATENCY, seconds=0.5)
    dialog = make_dialog(workspace, base_url=sandbox.base_url)
    fill(qtbot, dialog, instance="demo", secret=SANDBOX_SECRET, version=served_version)
    answers: list[object] = []
    dialog.tester.connection_tested.connect(lambda *args: answers.append(args))
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.tester.testing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc = Close
    assert finished == [0]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5_000)  # deleted on close
    drain(runner)  # the answer has arrived by now; it went nowhere
    assert answers == []
    assert sandbox.count("GET", "SignatureCheck") <= 1
    assert runner.active_count == 0


def test_switching_profiles_mid_test_drops_the_result(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    sandbox: Sandbox,
    served_version: str,
    runner: TaskRunner,
    drain: Drain,
) -> None:
    sandbox.set_fault(Fault.LATENCY, seconds=0.5)
    dialog = make_dialog(workspace, base_url=sandbox.base_url)
    fill(qtbot, dialog, instance="demo", secret=SANDBOX_SECRET, version=served_version)
    fill(
        qtbot, dialog, name="Other", instance="demo", secret=SANDBOX_SECRET, version=served_version
    )
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.tester.testing
    dialog.list_view.setFocus()
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Up)
    assert dialog.display_name_edit.text() == "Shop"
    assert not dialog.tester.testing and dialog.test_button.isEnabled()
    drain(runner)  # the dropped test has finished (answered or failed): it could have shown
    assert dialog.test_result.text() == ""


# --- secrets status and problems -----------------------------------------------------------------


def test_keychain_status_line(dialog: InstancesDialog) -> None:
    assert dialog.secrets_label.text() == (
        "Secrets are kept in the system keychain (in-memory keyring)."
    )
    assert not dialog.store_in_file_button.isVisible()


@pytest.mark.parametrize("no_keychain", [True])
def test_no_keychain_warns_and_the_file_opt_in_works(
    qtbot: QtBot,
    dialog: InstancesDialog,
    questions: Questions,
    secrets: SecretStore,
    paths: AppPaths,
    tmp_path: Path,
) -> None:
    assert dialog.secrets_label.text() == (
        "No system keychain was found: secrets are kept only until Paydesk closes."
    )
    assert dialog.store_in_file_button.isVisible()
    fill(qtbot, dialog)
    assert dialog.secret_edit.placeholderText() == (
        "not stored yet; it will be kept in memory until Paydesk closes"
    )

    questions.answer = False
    mnemonic(qtbot, dialog, Qt.Key.Key_F)  # Store secrets in a &file…
    assert questions.asked[-1][1] == FILE_STORAGE_WARNING
    assert not (paths.config_dir / SECRETS_FILE_NAME).exists()
    assert dialog.store_in_file_button.isVisible()

    qtbot.keyClick(dialog.instance_edit, Qt.Key.Key_Return)  # saved for this session only
    assert secrets.get("shop") == TEST_SECRET
    assert not (paths.config_dir / SECRETS_FILE_NAME).exists()

    questions.answer = True
    qtbot.mouseClick(dialog.store_in_file_button, Qt.MouseButton.LeftButton)
    assert questions.asked[-1] == (
        "Store secrets in a file",
        FILE_STORAGE_WARNING,
        f"The file: {paths.config_dir / SECRETS_FILE_NAME}",
    )
    secrets_file = paths.config_dir / SECRETS_FILE_NAME
    assert dialog.secrets_label.text() == (
        f"Secrets are stored in a file readable only by you: {secrets_file}"
    )
    assert not dialog.store_in_file_button.isVisible()
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    assert json.loads(secrets_file.read_text())["secrets"] == {"shop": TEST_SECRET}
    assert "stored in the secrets file" in dialog.secret_edit.placeholderText()
    assert files_containing(TEST_SECRET, tmp_path) == []  # nowhere else


def test_a_broken_profile_file_is_reported_at_the_top(
    make_workspace: WorkspaceFactory, make_dialog: DialogFactory, paths: AppPaths
) -> None:
    paths.instances_dir.mkdir(parents=True)
    (paths.instances_dir / "shop.json").write_text(
        json.dumps({"schema": 1, "display_name": "Shop", "instance": "Shop!"}), encoding="utf-8"
    )
    (paths.instances_dir / "garbage.json").write_text("{not json", encoding="utf-8")
    dialog = make_dialog(make_workspace())
    assert dialog.problems_box.isVisible()
    text = dialog.problems_label.text()
    lines = text.splitlines()
    assert lines[0] == "Some instance files could not be loaded:"
    assert re.fullmatch(
        r"• “garbage\.json” could not be loaded: The file is not valid JSON \(line 1, column 2: "
        r"[^)]*\)\. The file was moved aside to garbage\.json\.broken-[0-9-]+\. "
        r"\(Folder: .*\)",
        lines[1],
    ), lines[1]
    assert lines[2].startswith(
        "• “Shop” could not be loaded: The instance name may contain only letters"
    )
    assert str(paths.instances_dir) in lines[2]
    assert dialog.model.rowCount() == 0


def test_no_problems_no_box(dialog: InstancesDialog) -> None:
    assert not dialog.problems_box.isVisible()


# --- keyboard ------------------------------------------------------------------------------------


def test_mnemonics_are_unique(dialog: InstancesDialog) -> None:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    keys = [m.lower() for t in texts for m in re.findall(r"&(\w)", t)]
    assert len(keys) == len(set(keys)), sorted(keys)
    assert len(keys) >= 18


def test_every_field_is_reachable_by_tab(qtbot: QtBot, dialog: InstancesDialog) -> None:
    fill(qtbot, dialog, secret="")
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.count() - 1)  # show Other…
    qtbot.keyClicks(dialog.base_domain_edit, "example-pay.ch")
    assert dialog.save_button.isEnabled()  # a disabled button takes no focus
    dialog.list_view.setFocus()
    seen: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    fields = [
        dialog.display_name_edit,
        dialog.instance_edit,
        dialog.platform_combo,
        dialog.base_domain_edit,
        dialog.version_combo,
        dialog.auth_combo,
        dialog.secret_edit,
        dialog.secret_toggle,
        dialog.test_button,
        dialog.currency_combo,
        dialog.language_combo,
        dialog.reference_prefix_edit,
        dialog.vat_edit,
        dialog.confirm_above_edit,
        dialog.read_only_check,
        dialog.save_button,
        dialog.close_button,
    ]
    missing = [w.objectName() or w.text() for w in fields if w not in seen]  # type: ignore[attr-defined]
    assert missing == []
    order = [seen.index(w) for w in fields]
    assert order == sorted(order)


def test_show_toggle_reveals_the_secret(qtbot: QtBot, dialog: InstancesDialog) -> None:
    fill(qtbot, dialog)
    assert dialog.secret_edit.echoMode() is QLineEdit.EchoMode.Password
    mnemonic(qtbot, dialog, Qt.Key.Key_H)  # S&how
    assert dialog.secret_edit.echoMode() is QLineEdit.EchoMode.Normal
    assert dialog.secret_toggle.text() == "&Hide"
    mnemonic(qtbot, dialog, Qt.Key.Key_H)
    assert dialog.secret_edit.echoMode() is QLineEdit.EchoMode.Password


def test_escape_closes_and_discards_the_working_copy(
    qtbot: QtBot, dialog: InstancesDialog, paths: AppPaths, workspace: Workspace
) -> None:
    fill(qtbot, dialog)
    assert "discarded" in dialog.close_button.toolTip()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.display_name_edit, Qt.Key.Key_Escape)
    assert not paths.instances_dir.exists() or list(paths.instances_dir.iterdir()) == []
    assert workspace.profiles() == []


def test_open_instances_dialog_opens_once_without_blocking(
    qtbot: QtBot, workspace: Workspace, runner: TaskRunner
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    built: list[InstancesDialog] = []

    def build(owner: QWidget | None) -> InstancesDialog:
        dialog = InstancesDialog(
            instances_model(workspace),
            ConnectionTester(runner),
            SecretStorage(workspace.secrets),
            owner,
        )
        built.append(dialog)
        return dialog

    first = open_instances_dialog(parent, build)
    assert first.isVisible()
    assert first.windowModality() is Qt.WindowModality.WindowModal
    second = open_instances_dialog(parent, build)
    assert second is first and built == [first]
    first.close()

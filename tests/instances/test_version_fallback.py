"""API versions in the instance manager: a new profile starts on the newest served version, a
saved one keeps its own, and Test connection, on "Version not found.", offers the highest of the
next lower versions that answers. Driven through the dialog against the sandbox.

The refused version is found by probing the running sandbox (`version_fallback`): today it
serves up to v1.14, so the newest, v1.16, is refused; once it serves every version, a
`VersionGate` in front of it stands in for an older instance.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api.platform import NEWEST_VERSION, SERVED_VERSIONS
from app.models.workspace import Workspace
from app.sandbox import Sandbox
from app.settings.paths import AppPaths
from app.views.instances_dialog import InstancesDialog
from tests.conftest import SANDBOX_SECRET

from .conftest import (
    UNSERVED_VERSION,
    DialogFactory,
    VersionFallback,
    VersionGate,
    WorkspaceFactory,
    version_refused,
)
from .test_instances_dialog import choose, fill, profile_file


def test_a_new_profile_starts_on_the_newest_served_version(
    qtbot: QtBot, dialog: InstancesDialog
) -> None:
    assert NEWEST_VERSION == "v1.16" == SERVED_VERSIONS[-1]
    fill(qtbot, dialog)
    assert dialog.version_combo.currentText() == "v1.16"
    assert [dialog.version_combo.itemText(i) for i in range(dialog.version_combo.count())] == [
        f"v1.{minor}" for minor in range(17)
    ]


def test_a_saved_profile_keeps_its_version(
    qtbot: QtBot, paths: AppPaths, make_workspace: WorkspaceFactory, make_dialog: DialogFactory
) -> None:
    paths.instances_dir.mkdir(parents=True)
    path = profile_file(paths, "old")
    path.write_text(
        json.dumps({"schema": 1, "display_name": "Old", "instance": "old", "api_version": "v1.3"}),
        encoding="utf-8",
    )
    dialog = make_dialog(make_workspace())
    assert dialog.display_name_edit.text() == "Old"
    assert dialog.version_combo.currentText() == "v1.3"
    qtbot.keyClicks(dialog.display_name_edit, " Bern")
    qtbot.keyClick(dialog.display_name_edit, Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: "saved" in dialog.save_reason.text())
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["display_name"] == "Old Bern"
    assert saved["api_version"] == "v1.3"


def test_the_probe_tells_served_from_refused(sandbox: Sandbox) -> None:
    assert not version_refused(sandbox.base_url, "v1.0")
    assert version_refused(sandbox.base_url, UNSERVED_VERSION)


def test_an_unserved_version_offers_the_highest_lower_one_that_answers(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    sandbox: Sandbox,
    version_fallback: VersionFallback,
) -> None:
    fallback = version_fallback
    dialog = make_dialog(workspace, base_url=fallback.base_url)
    fill(qtbot, dialog, instance="demo", secret=SANDBOX_SECRET, version=fallback.refused)
    key = dialog.current_key or ""

    with qtbot.waitSignal(dialog.tester.version_offered, timeout=10_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

    assert dialog.test_result.text() == (
        f"⚠ {fallback.refused} is not served by this instance; {fallback.answers} answers. "
        f"Use {fallback.answers}?"
    )
    assert dialog.use_version_button.isVisible()
    assert dialog.use_version_button.text() == f"Use {fallback.answers}"
    assert sandbox.count("GET", "SignatureCheck") == fallback.calls <= 4
    assert dialog.version_combo.currentText() == fallback.refused  # nothing changes unasked

    qtbot.mouseClick(dialog.use_version_button, Qt.MouseButton.LeftButton)

    assert dialog.version_combo.currentText() == fallback.answers
    assert dialog.model.values(key)["api_version"] == fallback.answers
    host = fallback.base_url.removeprefix("http://")
    assert dialog.test_result.text() == f"✓ Connected to demo on {host}."
    assert not dialog.use_version_button.isVisible()
    assert sandbox.count("GET", "SignatureCheck") == fallback.calls  # no call to take it
    assert dialog.model.is_draft(key)  # taken into the form, not saved

    qtbot.keyClick(dialog.display_name_edit, Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: not dialog.model.is_draft(dialog.current_key or key))
    profile = dialog.model.profile(dialog.current_key or "")
    assert profile is not None and profile.api_version == fallback.answers


def test_the_offer_keeps_what_the_lower_version_answered(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    version_fallback: VersionFallback,
) -> None:
    """A lower version that refuses the secret still answers: it is offered, and taking it
    shows the refusal (a wrong secret is the next thing to fix, not the version)."""
    dialog = make_dialog(workspace, base_url=version_fallback.base_url)
    fill(qtbot, dialog, instance="demo", secret="wrong-secret", version=version_fallback.refused)
    with qtbot.waitSignal(dialog.tester.version_offered, timeout=10_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.use_version_button, Qt.MouseButton.LeftButton)
    assert dialog.version_combo.currentText() == version_fallback.answers
    assert dialog.test_result.text() == "⚠ The API secret is not correct for this instance."


def test_editing_after_the_offer_withdraws_it(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    version_fallback: VersionFallback,
) -> None:
    dialog = make_dialog(workspace, base_url=version_fallback.base_url)
    fill(qtbot, dialog, instance="demo", secret=SANDBOX_SECRET, version=version_fallback.refused)
    with qtbot.waitSignal(dialog.tester.version_offered, timeout=10_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.use_version_button.isVisible()
    qtbot.keyClicks(dialog.instance_edit, "x")  # the answer was about other values
    assert not dialog.use_version_button.isVisible()
    assert dialog.test_result.text() == ""
    assert dialog.version_combo.currentText() == version_fallback.refused


def test_at_most_three_lower_versions_are_tried(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    sandbox: Sandbox,
    version_gate: Callable[[str | None], VersionGate],
) -> None:
    gate = version_gate("v1.12")  # an instance four versions behind
    dialog = make_dialog(workspace, base_url=gate.base_url)
    fill(qtbot, dialog, instance="demo", secret=SANDBOX_SECRET)
    with qtbot.waitSignal(dialog.tester.connection_tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    sentence = "None of v1.13 to v1.16 is served by this instance: choose an older API version."
    assert tested.args == [False, sentence]
    assert dialog.test_result.text() == f"⚠ {sentence}"
    assert not dialog.use_version_button.isVisible()
    assert sandbox.count("GET", "SignatureCheck") == 4  # v1.16, then v1.15, v1.14, v1.13
    assert dialog.version_combo.currentText() == "v1.16"

    choose(qtbot, dialog, "v1.12")  # the user picks it: the instance serves it
    with qtbot.waitSignal(dialog.tester.connection_tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args[0] is True
    assert sandbox.count("GET", "SignatureCheck") == 5


def test_near_v1_0_only_the_versions_that_exist_are_tried(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    workspace: Workspace,
    sandbox: Sandbox,
    version_gate: Callable[[str | None], VersionGate],
) -> None:
    gate = version_gate(None)  # serves no version at all
    dialog = make_dialog(workspace, base_url=gate.base_url)
    fill(qtbot, dialog, instance="demo", secret=SANDBOX_SECRET, version="v1.1")
    with qtbot.waitSignal(dialog.tester.connection_tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [
        False,
        "None of v1.0 to v1.1 is served by this instance: choose an older API version.",
    ]
    assert sandbox.count("GET", "SignatureCheck") == 2

    choose(qtbot, dialog, "v1.0")
    with qtbot.waitSignal(dialog.tester.connection_tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [
        False,
        "The platform does not serve API version v1.0: choose another version in the instance "
        "settings.",
    ]
    assert sandbox.count("GET", "SignatureCheck") == 3  # nothing below v1.0 to try

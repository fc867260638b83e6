"""`InstancesModel` on its own: the working copy, save/rename/duplicate/remove, test connection."""

from __future__ import annotations

from pathlib import Path

import keyring.errors
import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.models.connection_test import ConnectionTester
from app.models.instances import FORM_ERROR, InstancesModel, form_values, new_values
from app.models.profile_saving import ProfileWriter
from app.models.runner import TaskRunner
from app.models.secret_storage import SecretStorage
from app.models.workspace import Workspace
from app.sandbox import Fault, Sandbox
from app.settings.memory_keyring import MemoryKeyring
from app.settings.paths import AppPaths
from app.settings.profiles import ProfileRepository
from app.settings.secrets import SecretStore
from tests.conftest import SANDBOX_SECRET

from .conftest import TEST_SECRET, WorkspaceFactory, instances_model


def shop(**changes: object) -> dict[str, object]:
    return {**new_values(), "display_name": "Shop", "instance": "example", **changes}


@pytest.fixture
def model(workspace: Workspace) -> InstancesModel:
    return instances_model(workspace)


def labels(model: InstancesModel) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester,
    make_workspace: WorkspaceFactory,
    runner: TaskRunner,
    sandbox: Sandbox,
) -> None:
    model = instances_model(make_workspace(sandbox))
    model.save(shop(), TEST_SECRET, model.add())
    model.add()
    qtmodeltester.check(model, force_py=True)
    assert labels(model) == ["Demo (built-in)", "Shop", "New instance (not saved)"]
    assert model.data(model.index(0, 0), InstancesModel.IsDemoRole) is True
    assert model.data(model.index(2, 0), InstancesModel.IsDraftRole) is True
    assert model.data(model.index(2, 0), Qt.ItemDataRole.FontRole).italic()
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable


def test_working_copy_survives_saving_another_row(model: InstancesModel) -> None:
    first = model.add()
    model.update(first, shop(display_name="First"))
    second = model.add()
    assert model.save(shop(display_name="Second"), None, second) == {}
    assert labels(model) == ["Second", "First (not saved)"]
    assert model.values(first)["display_name"] == "First"
    model.update("second", {**model.values("second"), "reference_prefix": "S-"}, "typed")
    assert model.is_dirty("second") and labels(model)[0] == "Second (changed)"
    assert model.save(shop(display_name="First"), None, first) == {}
    # The unsaved edit of "Second" is still there.
    assert model.values("second")["reference_prefix"] == "S-"
    assert model.pending_secret("second") == "typed"
    assert labels(model) == ["First", "Second (changed)"]


def test_save_returns_field_errors_and_writes_nothing(
    model: InstancesModel, repository: ProfileRepository
) -> None:
    errors = model.save(
        shop(display_name=" ", instance="Shop!", default_vat_rate="200"), TEST_SECRET, None
    )
    assert errors == {
        "display_name": "Enter a display name.",
        "instance": "The instance name may contain only letters a–z, digits and hyphens.",
        "default_vat_rate": (
            "The VAT rate must be a number from 0 to 100, for example 8.1, or empty for none."
        ),
    }
    assert repository.load_all().profiles == []


def test_save_without_a_row_and_keeping_the_id(
    model: InstancesModel, secrets: SecretStore, workspace: Workspace
) -> None:
    assert model.save(shop(), TEST_SECRET, None) == {}
    assert model.saved_id == "shop"
    assert model.save(shop(instance="other", display_name="Shop"), None, "shop") == {}
    assert workspace.profile("shop") is not None and workspace.profile("shop").instance == "other"  # type: ignore[union-attr]
    assert secrets.get("shop") == TEST_SECRET


def test_unknown_keys_and_the_request_budget_are_kept(
    model: InstancesModel, paths: AppPaths, repository: ProfileRepository, runner: TaskRunner
) -> None:
    assert model.save(shop(), None, None) == {}
    path = paths.instances_dir / "shop.json"
    text = path.read_text().replace('"rate_budget": 600', '"rate_budget": 42, "future": [1]')
    path.write_text(text)
    model._reload(set())  # as if the dialog had been reopened
    assert model.save(shop(display_name="Boutique"), None, "shop") == {}
    profile = next(p for p in repository.load_all().profiles if p.id == "shop")
    assert profile.display_name == "Boutique"
    assert profile.rate_budget == 42 and profile.extra == {"future": [1]}


def test_a_secret_that_cannot_be_stored_is_reported(paths: AppPaths, runner: TaskRunner) -> None:
    class Refusing(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("locked " + password)

    secrets = SecretStore(paths, Refusing())
    workspace = Workspace(ProfileRepository(paths, secrets), secrets, runner=runner)
    model = InstancesModel(workspace, ProfileWriter(workspace.repository, secrets))
    errors = model.save(shop(), TEST_SECRET, model.add())
    assert list(errors) == [FORM_ERROR]
    assert errors[FORM_ERROR].startswith("The profile was saved, but its API secret was not:")
    assert TEST_SECRET not in errors[FORM_ERROR]
    assert labels(model) == ["Shop"]  # the profile itself was saved


def test_duplicate_and_remove_of_drafts(model: InstancesModel) -> None:
    key = model.add()
    model.update(key, shop(display_name="X" * 80))
    copy = model.duplicate(key)
    assert copy is not None
    name = str(model.values(copy)["display_name"])
    assert name.endswith(" (copy)") and len(name) == 80
    assert model.remove(copy) is None
    assert model.keys() == [key]


def test_demo_row_cannot_be_changed_copied_or_removed(
    make_workspace: WorkspaceFactory, runner: TaskRunner, sandbox: Sandbox
) -> None:
    model = instances_model(make_workspace(sandbox))
    assert model.keys() == ["demo"] and not model.is_editable("demo")
    assert model.duplicate("demo") is None
    assert model.remove("demo") == "The built-in Demo instance cannot be removed."
    assert model.save(form_values(model.profile("demo")), None, "demo") == {  # type: ignore[arg-type]
        FORM_ERROR: "The built-in Demo instance cannot be changed."
    }
    model.update("demo", {"display_name": "Hacked"})
    assert model.values("demo")["display_name"] == "Demo"


def test_the_tests_base_url_is_loopback_only(runner: TaskRunner) -> None:
    assert ConnectionTester(runner).base_url is None  # https://api.<base domain>
    assert ConnectionTester(runner, base_url="http://127.0.0.1:8080").base_url == (
        "http://127.0.0.1:8080"
    )
    with pytest.raises(ValueError, match="loopback"):
        ConnectionTester(runner, base_url="https://api.okepay.info:443")
    with pytest.raises(ValueError, match="loopback"):
        ConnectionTester(runner, base_url="http://127.0.0.1")


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (Fault.SERVER_ERROR, "The payment platform had an internal error (HTTP 500): try again"),
        (Fault.HTML, "{host} answered with a web page instead of API data"),
    ],
)
def test_other_failures_answer_with_the_error_sentence(
    qtbot: QtBot, runner: TaskRunner, sandbox: Sandbox, fault: Fault, expected: str
) -> None:
    sandbox.set_fault(fault)
    tester = ConnectionTester(runner, base_url=sandbox.base_url)
    with qtbot.waitSignal(tester.connection_tested, timeout=10_000) as tested:
        tester.test(shop(instance="demo"), SANDBOX_SECRET)
    ok, sentence = tested.args
    assert not ok
    assert sentence.startswith(expected.format(host=sandbox.base_url.removeprefix("http://")))
    assert sandbox.count("GET", "SignatureCheck") == 1  # one try: no retries for a test


def test_a_test_times_out_quickly(
    qtbot: QtBot, runner: TaskRunner, sandbox: Sandbox, served_version: str
) -> None:
    tester = ConnectionTester(runner, base_url=sandbox.base_url, timeouts=(1.0, 0.3))
    sandbox.set_fault(Fault.LATENCY, seconds=1.0)
    values = shop(instance="demo", api_version=served_version)
    with qtbot.waitSignal(tester.connection_tested, timeout=10_000) as tested:
        tester.test(values, SANDBOX_SECRET)
    host = sandbox.base_url.removeprefix("http://")
    assert tested.args == [
        False,
        f"{host} did not answer within 0.3 seconds: try again in a moment.",
    ]


def test_only_one_test_at_a_time(
    qtbot: QtBot, runner: TaskRunner, sandbox: Sandbox, served_version: str
) -> None:
    sandbox.set_fault(Fault.LATENCY, seconds=0.3)
    tester = ConnectionTester(runner, base_url=sandbox.base_url)
    values = shop(instance="demo", api_version=served_version)
    with qtbot.waitSignals([tester.testing_changed, tester.connection_tested], timeout=10_000):
        assert tester.test(values, SANDBOX_SECRET) == {}
        assert tester.testing
        assert tester.test(values, SANDBOX_SECRET) == {}
    assert not tester.testing
    assert sandbox.count("GET", "SignatureCheck") == 1


def test_file_storage_is_refused_while_a_keychain_exists(secrets: SecretStore) -> None:
    storage = SecretStorage(secrets)
    assert not storage.can_store_in_file
    assert storage.enable_file_storage() == "A system keychain is available; secrets stay in it."


def test_problems_are_sentences(
    qtbot: QtBot,
    make_workspace: WorkspaceFactory,
    runner: TaskRunner,
    paths: AppPaths,
    tmp_path: Path,
) -> None:
    paths.instances_dir.mkdir(parents=True)
    (paths.instances_dir / "x.json").write_bytes(b"\xff\xfe")
    model = instances_model(make_workspace())
    [problem] = model.problems()
    assert problem.startswith("“x.json” could not be loaded: The file is not UTF-8 text. ")
    assert f"(Folder: {paths.instances_dir})" in problem
    # Problems found while the dialog is open are added.
    (paths.instances_dir / "y.json").write_text("[]")
    with qtbot.waitSignal(model.problems_changed):
        model.save(shop(), None, None)
    assert len(model.problems()) == 2


def test_a_new_profile_never_overwrites_a_file_that_did_not_load(
    model: InstancesModel, paths: AppPaths
) -> None:
    paths.instances_dir.mkdir(parents=True)
    newer = paths.instances_dir / "shop.json"
    newer.write_text('{"schema": 99, "display_name": "Shop", "instance": "x", "api_version": "v9"}')
    model._reload(set())
    assert model.keys() == [] and newer.exists()  # left in place: a newer Paydesk wrote it
    assert model.save(shop(), None, model.add()) == {}
    assert model.saved_id == "shop-2"
    assert '"schema": 99' in newer.read_text()

"""Payment pages created elsewhere (in the dashboard, by another program) show in History beside
what this app created: listed with ``GET /Page/``, read-only, never twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.api import pages
from app.models import elsewhere_pages
from app.models.history import Column
from app.models.history_controller import HistoryController
from app.models.runner import TaskRunner
from app.models.session import ProfileSession
from app.sandbox import Fault, Sandbox
from app.settings.demo import demo_profile
from app.store.records import Record, RecordState, RecordStore
from app.views.history import HistoryView
from tests.conftest import SANDBOX_SECRET

from .conftest import Maker


@pytest.fixture
def empty_session(empty_sandbox: Sandbox) -> Iterator[ProfileSession]:
    opened = ProfileSession.open(
        demo_profile(empty_sandbox.base_url), SANDBOX_SECRET, timeouts=(2, 3)
    )
    yield opened
    opened.close()


def _elsewhere_made(session: ProfileSession, title: str, amount: int = 5000) -> int:
    """A page made on the platform directly, not through the app: no local record."""
    made = pages.create(session.client, {"title": title, "amount": amount, "currency": "CHF"})
    assert made.id is not None
    return made.id


def _refresh(qtbot: QtBot, controller: HistoryController) -> None:
    with qtbot.waitSignal(controller.elsewhere.changed, timeout=10_000):
        controller.refresh_statuses()


def _rows(controller: HistoryController) -> list[Record]:
    return list(controller.model.records())


def _cell(controller: HistoryController, record_id: int, column: Column, role: int = 0) -> str:
    row = controller.model.row_of(record_id)
    assert row is not None
    return str(controller.model.index(row, column).data(role))


def test_pages_made_elsewhere_appear_once_beside_the_apps_own(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    empty_session: ProfileSession,
    empty_sandbox: Sandbox,
) -> None:
    ours = Maker(empty_session, records)("Kurs Yoga", kind="page")
    theirs = _elsewhere_made(empty_session, "Spenden Turnverein")
    controller = HistoryController(runner, records)
    controller.set_session(empty_session)
    assert [r.title for r in _rows(controller)] == ["Kurs Yoga"]  # nothing fetched yet

    _refresh(qtbot, controller)

    rows = _rows(controller)
    assert sorted(r.title for r in rows) == ["Kurs Yoga", "Spenden Turnverein"]  # never twice
    [other] = [r for r in rows if r.elsewhere]
    assert other.remote_id == theirs and other.id == -theirs
    assert other.link == f"{empty_sandbox.base_url}/pay/{other.hash}"
    assert _cell(controller, other.id, Column.KIND) == "Page, created elsewhere"
    assert "did not create" in _cell(controller, other.id, Column.KIND, 3)  # ToolTipRole
    assert _cell(controller, ours.id, Column.KIND) == "Page"
    assert _cell(controller, other.id, Column.AMOUNT).endswith("50.00")
    assert _cell(controller, other.id, Column.STATUS) == "Active"
    # Nothing of it went into the local record: the platform is its record.
    assert [r.title for r in records.list("demo")] == ["Kurs Yoga"]
    # Its status came with the list: no per-row read for it, ever.
    assert not any(r.object_id == theirs for r in empty_sandbox.requests)


def test_a_page_made_elsewhere_is_read_only_but_copy_open_and_payments_work(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    empty_session: ProfileSession,
    empty_sandbox: Sandbox,
) -> None:
    theirs = _elsewhere_made(empty_session, "Spenden Turnverein")
    controller = HistoryController(runner, records)
    view = HistoryView(controller)
    qtbot.addWidget(view)
    view.set_session(empty_session)
    _refresh(qtbot, controller)
    assert view.select_record(-theirs)
    assert view.copy_action.isEnabled() and view.open_action.isEnabled()
    assert not view.delete_action.isEnabled()
    assert not controller.can_delete(-theirs)
    info = controller.link_info(-theirs)
    assert info is not None and info.link.startswith(empty_sandbox.base_url)

    empty_sandbox.pay(info.link)
    with qtbot.waitSignal(controller.payments_ready, timeout=10_000) as ready:
        assert controller.payments(-theirs)
    assert ready.args[0] == -theirs and len(ready.args[1]) == 1
    assert any(r.id == -theirs for r in _rows(controller))  # the row stays


def test_the_list_is_fetched_page_by_page_within_the_budget(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    empty_session: ProfileSession,
    empty_sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(elsewhere_pages, "PAGE_SIZE", 2)
    made = {_elsewhere_made(empty_session, f"Kurs {n}") for n in range(5)}
    controller = HistoryController(runner, records)
    controller.set_session(empty_session)
    empty_sandbox.clear_requests()
    _refresh(qtbot, controller)
    assert {-r.id for r in _rows(controller)} == made
    listed = [r for r in empty_sandbox.requests if r.object == "Page"]
    assert [(r.params.get("offset"), r.params.get("limit")) for r in listed] == [
        (None, "2"),
        ("2", "2"),
        ("4", "2"),
    ]


def test_a_failed_list_says_so_and_keeps_the_apps_rows(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    empty_session: ProfileSession,
    empty_sandbox: Sandbox,
) -> None:
    Maker(empty_session, records)("Kurs Yoga", kind="page")
    _elsewhere_made(empty_session, "Spenden")
    controller = HistoryController(runner, records)
    controller.set_session(empty_session)
    empty_sandbox.set_fault(Fault.SERVER_ERROR, object="Page", method="GET")
    with qtbot.waitSignal(controller.elsewhere.failed, timeout=20_000) as failed:
        controller.refresh_statuses()
    assert failed.args[0].startswith("The payment pages created elsewhere could not be loaded")
    qtbot.waitUntil(lambda: not controller.refreshing, timeout=20_000)
    assert [r.title for r in _rows(controller)] == ["Kurs Yoga"]


def test_switching_instance_drops_the_other_instances_pages(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    empty_session: ProfileSession,
    session: ProfileSession,
) -> None:
    _elsewhere_made(empty_session, "Spenden")
    controller = HistoryController(runner, records)
    controller.set_session(empty_session)
    _refresh(qtbot, controller)
    assert len(_rows(controller)) == 1
    controller.set_session(None)
    assert _rows(controller) == []
    controller.set_session(session)  # the seeded sandbox: its own pages, not the other's
    _refresh(qtbot, controller)
    assert _rows(controller) and all(r.title != "Spenden" for r in _rows(controller))


def _in_doubt_page(
    session: ProfileSession, records: RecordStore, sandbox: Sandbox, title: str, reference: str
) -> int:
    """A page create sent as the form sends it whose answer never came (the sandbox wrote the
    page, then answered 502): the row stays 'may have been created'."""
    from app.api.errors import OutcomeUnknownError

    params = {"title": title, "amount": 4500, "currency": "CHF", "referenceId": reference}
    record_id = records.begin(session.profile_id, "page", title, reference, 4500, "CHF", "", params)
    sandbox.set_fault(Fault.WRITTEN_SERVER_ERROR, object="Page", method="POST", times=1)
    with pytest.raises(OutcomeUnknownError):
        pages.create(session.client, params)
    records.settle_unknown(record_id, "no answer")
    return record_id


def test_a_page_in_doubt_that_the_list_shows_is_settled_as_created_never_sent_again(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    empty_session: ProfileSession,
    empty_sandbox: Sandbox,
) -> None:
    record_id = _in_doubt_page(empty_session, records, empty_sandbox, "Kurs Pilates", "KP-7")
    assert records.unresolved("demo", "page") is not None  # the form would be blocked
    controller = HistoryController(runner, records)
    controller.set_session(empty_session)
    with qtbot.waitSignal(controller.settled, timeout=10_000) as settled:
        controller.refresh_statuses()

    assert settled.args == [[record_id]]
    record = records.get(record_id)
    assert record is not None and record.state is RecordState.CREATED
    [page] = [p for p in controller.elsewhere.pages() if p.reference_id == "KP-7"]
    assert (record.remote_id, record.link) == (page.id, page.link)
    # One row, the app's own: not a second one "created elsewhere".
    assert [(r.title, r.elsewhere) for r in _rows(controller)] == [("Kurs Pilates", False)]
    assert records.unresolved("demo", "page") is None  # the form may create again
    assert empty_sandbox.count("POST", "Page") == 1  # nothing was sent again


def test_a_listed_page_settles_nothing_when_it_is_not_surely_the_rows(
    qtbot: QtBot,
    runner: TaskRunner,
    records: RecordStore,
    empty_session: ProfileSession,
    empty_sandbox: Sandbox,
) -> None:
    # Two rows in doubt with one reference: which one the page is, nobody can say.
    twins = [
        _in_doubt_page(empty_session, records, empty_sandbox, f"Kurs {n}", "SAME-1") for n in (1, 2)
    ]
    # A row in doubt whose reference is on a page for another amount: not its page.
    other = records.begin("demo", "page", "Kurs 3", "KP-3", 9900, "CHF", "", {})
    records.settle_unknown(other, "no answer")
    pages.create(
        empty_session.client,
        {"title": "Kurs 3", "amount": 1000, "currency": "CHF", "referenceId": "KP-3"},
    )
    controller = HistoryController(runner, records)
    controller.set_session(empty_session)
    controller.refresh_statuses()
    # The rows of the list show after the settling ran (on a worker), whatever it decided.
    qtbot.waitUntil(lambda: any(r.elsewhere for r in _rows(controller)), timeout=10_000)
    for record_id in (*twins, other):
        record = records.get(record_id)
        assert record is not None and record.state is RecordState.UNKNOWN
    assert sum(r.elsewhere for r in _rows(controller)) == 3  # shown, as pages made elsewhere

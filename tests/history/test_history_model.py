"""The History table model and its proxy, on rows of every state (no network needed)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.models.history import (
    Column,
    HistoryFilterProxy,
    HistoryTableModel,
    Roles,
    StatusCategory,
    is_refreshable,
    status_text,
)
from app.store.database import Database
from app.store.records import INTERRUPTED_NOTE, Record, RecordStore

from .conftest import Begin, UseLocale

UNKNOWN = "May have been created – check before creating again"


@pytest.fixture
def rows(records: RecordStore, begin: Begin) -> dict[str, int]:
    ids = {
        "waiting": begin(
            "Website redesign", 123450, reference="INV-2026-001", customer="Anna Muster"
        ),
        "paid": begin("Logo", 50000, reference="INV-2026-002", customer="Bruno Beispiel"),
        "page": begin("Donations", 0, kind="page", reference="PAGE-7"),
        "failed": begin("Hosting", 9900, reference="INV-2026-003"),
        "unknown": begin("Consulting", 25000, reference="INV-2026-004", customer="Carla Rossi"),
        "sending": begin("Workshop", 80000, reference="INV-2026-005"),
        "deleted": begin("Old offer", 1500, reference="INV-2025-099"),
        "authorized": begin("Deposit", 100000, reference="INV-2026-006"),
        "odd": begin("Tickets", 4200, reference="INV-2026-007"),
        "jpy": begin("Tokyo trip", 123456, currency="JPY", reference="JP-1"),
    }
    created = {
        "waiting": "waiting",
        "paid": "confirmed",
        "page": None,
        "deleted": "waiting",
        "authorized": "authorized",
        "odd": "expired",
        "jpy": "waiting",
    }
    for n, (name, status) in enumerate(created.items(), start=1):
        records.settle_created(
            ids[name], 100 + n, f"h{n}", f"https://demo.example/?payment=h{n}", status
        )
    records.mark_remote_deleted(ids["deleted"])
    records.settle_failed(ids["failed"], "The API secret is not correct.")
    records.settle_unknown(ids["unknown"], INTERRUPTED_NOTE)
    return ids


@pytest.fixture
def model(records: RecordStore, rows: dict[str, int], ui_locale: UseLocale) -> HistoryTableModel:
    ui_locale("de_CH")  # the UI locale of a German UI
    table = HistoryTableModel()
    table.set_records(records.list("demo"))
    return table


def _text(model: HistoryTableModel, record_id: int, column: Column) -> str:
    row = model.row_of(record_id)
    assert row is not None
    return str(model.index(row, column).data())


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, model: HistoryTableModel
) -> None:
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_the_model_tester(
    qtmodeltester: ModelTester, model: HistoryTableModel
) -> None:
    proxy = HistoryFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    proxy.set_search("inv")
    qtmodeltester.check(proxy, force_py=True)


def test_headers(model: HistoryTableModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == [
        "Created",
        "Kind",
        "Title",
        "Reference",
        "Customer",
        "Amount",
        "Status",
        "Instance",
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("waiting", "Waiting"),
        ("paid", "Paid"),
        ("page", "Waiting"),
        ("failed", "Failed: The API secret is not correct."),
        ("unknown", UNKNOWN),
        ("sending", "Sending…"),
        ("deleted", "Deleted"),
        ("authorized", "Authorized (not charged yet)"),
        ("odd", "expired"),
    ],
)
def test_status_text(
    model: HistoryTableModel, rows: dict[str, int], name: str, expected: str
) -> None:
    assert _text(model, rows[name], Column.STATUS) == expected


def test_unknown_row_explains_itself_in_the_tooltip(
    model: HistoryTableModel, rows: dict[str, int]
) -> None:
    row = model.row_of(rows["unknown"])
    tooltip = model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)  # type: ignore[arg-type]
    assert tooltip == f"{UNKNOWN}\n{INTERRUPTED_NOTE}"


def test_columns_show_kind_amount_and_profile(
    model: HistoryTableModel, rows: dict[str, int]
) -> None:
    assert _text(model, rows["waiting"], Column.KIND) == "Paylink"
    assert _text(model, rows["page"], Column.KIND) == "Page"
    assert _text(model, rows["waiting"], Column.AMOUNT) == "CHF 1'234.50"
    assert _text(model, rows["jpy"], Column.AMOUNT) == "JPY 123'456"
    assert _text(model, rows["waiting"], Column.CUSTOMER) == "Anna Muster"
    assert _text(model, rows["waiting"], Column.REFERENCE) == "INV-2026-001"
    assert _text(model, rows["waiting"], Column.PROFILE) == "demo"
    model.set_profile_names({"demo": "Demo"})
    assert _text(model, rows["waiting"], Column.PROFILE) == "Demo"
    created = _text(model, rows["waiting"], Column.CREATED)
    assert datetime.strptime(created, "%d.%m.%Y %H:%M")


@pytest.mark.parametrize(
    ("locale", "created", "tooltip", "amount"),
    [
        ("de_CH", "31.12.2025 23:59", "31.12.2025 23:59:58", "CHF 1'234.50"),
        ("fr_CH", "31.12.2025 23:59", "31.12.2025 23:59:58", "CHF 1'234.50"),
        ("it_CH", "31.12.2025 23:59", "31.12.2025 23:59:58", "CHF 1'234.50"),
        ("en_GB", "31/12/2025 23:59", "31/12/2025 23:59:58", "CHF 1,234.50"),
        ("en_US", "12/31/2025 11:59\u202fPM", "12/31/2025 11:59:58\u202fPM", "CHF 1,234.50"),
    ],
)
def test_created_and_amount_follow_the_ui_locale(
    db: Database,
    ui_locale: UseLocale,
    locale: str,
    created: str,
    tooltip: str,
    amount: str,
) -> None:
    # The wall-clock time that shows is local; pick the UTC moment that is 23:59:58 here.
    local = datetime(2025, 12, 31, 23, 59, 58).astimezone()
    store = RecordStore(db, clock=lambda: local.astimezone(UTC))
    record_id = store.begin("demo", "invoice", "Website", "R-1", 123450, "CHF", "", {})
    ui_locale(locale)
    model = HistoryTableModel()
    model.set_records(store.list("demo"))
    index = model.index(0, Column.CREATED)
    assert index.data() == created
    assert index.data(Qt.ItemDataRole.ToolTipRole) == tooltip
    assert _text(model, record_id, Column.AMOUNT) == amount


def test_dates_sort_by_time_not_by_their_localized_text(db: Database, ui_locale: UseLocale) -> None:
    moments = iter(
        datetime(*parts).astimezone().astimezone(UTC)
        for parts in ((2026, 1, 2, 9, 0), (2025, 12, 31, 9, 0), (2025, 2, 1, 9, 0))
    )
    store = RecordStore(db, clock=lambda: next(moments))
    for title in ("January", "December", "February"):
        store.begin("demo", "invoice", title, "R", 1000, "CHF", "", {})
    ui_locale("de_CH")
    model = HistoryTableModel()
    model.set_records(store.list("demo"))
    proxy = HistoryFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.CREATED, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, Column.CREATED).data()[:10] for r in range(proxy.rowCount())]
    # As text, "01.02.2025" < "02.01.2026" < "31.12.2025"; in time, it is this:
    assert shown == ["01.02.2025", "31.12.2025", "02.01.2026"]
    assert _titles(proxy) == ["February", "December", "January"]


def test_only_created_rows_that_can_change_are_refreshable(
    model: HistoryTableModel, rows: dict[str, int]
) -> None:
    refreshable = {name for name, rid in rows.items() if is_refreshable(model.record(rid))}  # type: ignore[arg-type]
    assert refreshable == {"waiting", "page", "authorized", "odd", "jpy"}


@pytest.fixture
def proxy(model: HistoryTableModel) -> HistoryFilterProxy:
    filtered = HistoryFilterProxy()
    filtered.setSourceModel(model)
    return filtered


def _titles(proxy: HistoryFilterProxy) -> list[str]:
    return [str(proxy.index(r, Column.TITLE).data()) for r in range(proxy.rowCount())]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", 10),
        ("logo", 1),  # title
        ("inv-2026", 7),  # reference
        ("ROSSI", 1),  # customer, any case
        ("1'234.50", 1),  # amount as shown
        ("1234.50", 1),  # amount as typed
        ("chf", 9),  # currency
        ("anna redesign", 1),  # every word must match
        ("anna logo", 0),
        ("nothing-like-this", 0),
    ],
)
def test_search(proxy: HistoryFilterProxy, search: str, expected: int) -> None:
    proxy.set_search(search)
    assert proxy.rowCount() == expected


@pytest.mark.parametrize("search", ["märz müller", "marz muller", "maerz mueller", "MÄRZ"])
def test_search_ignores_accents_and_finds_umlauts_spelled_out(
    model: HistoryTableModel,
    proxy: HistoryFilterProxy,
    records: RecordStore,
    begin: Begin,
    search: str,
) -> None:
    begin("Gartenpflege März", customer="Jürg Müller")
    model.set_records(records.list("demo"))
    proxy.set_search(search)
    assert _titles(proxy) == ["Gartenpflege März"]


@pytest.mark.parametrize(
    ("category", "titles"),
    [
        (StatusCategory.WAITING, {"Website redesign", "Donations", "Tokyo trip"}),
        (StatusCategory.PAID, {"Logo"}),
        (StatusCategory.FAILED, {"Hosting"}),
        (StatusCategory.UNKNOWN, {"Consulting"}),
        (StatusCategory.SENDING, {"Workshop"}),
        (StatusCategory.DELETED, {"Old offer"}),
        (StatusCategory.OTHER, {"Deposit", "Tickets"}),
    ],
)
def test_status_filter(
    proxy: HistoryFilterProxy, category: StatusCategory, titles: set[str]
) -> None:
    proxy.set_status_filter(category)
    assert set(_titles(proxy)) == titles
    proxy.set_status_filter(None)
    assert proxy.rowCount() == 10


def test_search_and_status_filter_combine(proxy: HistoryFilterProxy) -> None:
    proxy.set_status_filter([StatusCategory.WAITING, StatusCategory.PAID])
    proxy.set_search("inv-2026")
    assert set(_titles(proxy)) == {"Website redesign", "Logo"}


def test_sorting_by_amount_and_date(proxy: HistoryFilterProxy, model: HistoryTableModel) -> None:
    proxy.set_status_filter([StatusCategory.WAITING, StatusCategory.PAID])
    proxy.sort(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    # JPY 123'456 sorts as 123456 (major units), CHF 0.00 first; by value, not by the text
    # ("CHF 1'234.50" < "CHF 500.00" as text).
    assert _titles(proxy) == ["Donations", "Logo", "Website redesign", "Tokyo trip"]
    amounts = [proxy.index(r, Column.AMOUNT).data() for r in range(proxy.rowCount())]
    assert amounts == ["CHF 0.00", "CHF 500.00", "CHF 1'234.50", "JPY 123'456"]
    proxy.sort(Column.CREATED, Qt.SortOrder.DescendingOrder)
    assert _titles(proxy)[0] == "Tokyo trip"  # the newest


def test_update_insert_remove_keep_the_index(
    records: RecordStore, model: HistoryTableModel, rows: dict[str, int], begin: Begin
) -> None:
    records.update_remote_status(rows["waiting"], "confirmed")
    record = records.get(rows["waiting"])
    assert record is not None
    assert model.update_record(record)
    assert _text(model, rows["waiting"], Column.STATUS) == "Paid"
    new_id = begin("Fresh")
    fresh = records.get(new_id)
    assert fresh is not None
    model.insert_record(fresh)
    assert model.row_of(new_id) == 0
    assert model.row_of(rows["waiting"]) is not None
    assert model.remove_record(rows["waiting"])
    assert model.row_of(rows["waiting"]) is None
    assert model.rowCount() == 10


def test_record_role_and_status_text_agree(model: HistoryTableModel) -> None:
    for row in range(model.rowCount()):
        record = model.index(row, 0).data(Roles.RECORD)
        assert isinstance(record, Record)
        assert model.index(row, Column.STATUS).data() == status_text(record)


def test_a_status_change_repaints_the_status_cell_and_keeps_the_date_order(
    records: RecordStore, model: HistoryTableModel, proxy: HistoryFilterProxy, rows: dict[str, int]
) -> None:
    proxy.sort(Column.CREATED, Qt.SortOrder.DescendingOrder)
    order = _titles(proxy)
    moved: list[int] = []
    proxy.layoutChanged.connect(lambda *_: moved.append(1))
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_: changes.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    records.update_remote_status(rows["waiting"], "confirmed")
    record = records.get(rows["waiting"])
    assert record is not None
    assert model.update_record(record)
    row = model.row_of(rows["waiting"])
    assert changes == [(row, Column.STATUS, row, Column.STATUS)]
    assert moved == []  # sorted by date: nothing to sort again
    assert _titles(proxy) == order
    assert _text(model, rows["waiting"], Column.STATUS) == "Paid"  # the shown text follows
    assert model.update_record(record)  # the same row again: nothing to repaint
    assert len(changes) == 1


def test_a_changed_title_repaints_from_title_to_status_and_sorts_again(
    model: HistoryTableModel, proxy: HistoryFilterProxy, rows: dict[str, int]
) -> None:
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    row = model.row_of(rows["waiting"])
    assert row is not None
    record = model.record_at(row)
    assert record is not None
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_: changes.append((top.column(), bottom.column()))
    )
    assert model.update_record(replace(record, title="AAA first"))
    assert changes == [(Column.TITLE, Column.STATUS)]
    assert _titles(proxy)[0] == "AAA first"
    assert _text(model, rows["waiting"], Column.TITLE) == "AAA first"


def test_a_reload_that_finds_the_same_rows_updates_them_in_place(
    records: RecordStore, model: HistoryTableModel, proxy: HistoryFilterProxy, rows: dict[str, int]
) -> None:
    proxy.sort(Column.CREATED, Qt.SortOrder.DescendingOrder)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    changed: list[int] = []
    model.dataChanged.connect(lambda top, *_: changed.append(top.row()))
    records.update_remote_status(rows["waiting"], "confirmed")

    model.set_records(records.list("demo"))  # what a reload reads: one row changed

    assert resets == []  # no reset: the proxy does not sort every row again
    assert changed == [model.row_of(rows["waiting"])]
    assert _text(model, rows["waiting"], Column.STATUS) == "Paid"
    model.set_records(records.list("demo"), new_texts=True)  # the UI language changed
    assert resets == [1]
    begin_id = records.begin("demo", "invoice", "Fresh", "F-1", 100, "CHF", "", {})
    model.set_records(records.list("demo"))  # another row set: a reset
    assert resets == [1, 1] and model.row_of(begin_id) is not None


def _amounts(model: HistoryTableModel) -> list[int]:
    return [r.amount_minor for r in model.records()]


def test_the_model_sorts_its_rows_and_the_selection_follows(
    qtmodeltester: ModelTester, model: HistoryTableModel, proxy: HistoryFilterProxy
) -> None:
    qtmodeltester.check(proxy, force_py=True)  # watches every change that follows
    logo = model.row_of(next(r.id for r in model.records() if r.title == "Logo"))
    assert logo is not None
    selected = QPersistentModelIndex(model.index(logo, Column.TITLE))

    proxy.sort(Column.AMOUNT, Qt.SortOrder.AscendingOrder)  # what a click on the header does

    assert model.sort_column() == Column.AMOUNT and proxy.sortColumn() == -1  # the model's
    amounts = [model.sort_key(row, Column.AMOUNT) for row in range(model.rowCount())]
    assert amounts == sorted(amounts)
    assert selected.isValid() and selected.data() == "Logo"  # the selection followed its row
    proxy.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert _amounts(model)[0] == 123456  # JPY 123'456, the largest by value
    assert selected.data() == "Logo"


def test_a_row_goes_to_its_place_when_it_changes_or_comes(
    qtmodeltester: ModelTester,
    records: RecordStore,
    model: HistoryTableModel,
    proxy: HistoryFilterProxy,
    rows: dict[str, int],
) -> None:
    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    waiting = rows["waiting"]
    row = model.row_of(waiting)
    assert row is not None
    followed = QPersistentModelIndex(model.index(row, Column.TITLE))
    moves: list[int] = []
    model.rowsMoved.connect(lambda *_: moves.append(1))

    records.update_remote_status(waiting, "confirmed")  # Waiting -> Paid: another place
    assert model.update_record(records.get(waiting))  # type: ignore[arg-type]

    statuses = [model.sort_key(r, Column.STATUS) for r in range(model.rowCount())]
    assert statuses == sorted(statuses) and moves == [1]
    assert followed.data() == "Website redesign" and followed.row() == model.row_of(waiting)
    fresh = records.begin("demo", "invoice", "Fresh", "F-1", 100, "CHF", "", {})
    model.insert_record(records.get(fresh))  # type: ignore[arg-type]  # "Sending…"
    statuses = [model.sort_key(r, Column.STATUS) for r in range(model.rowCount())]
    assert statuses == sorted(statuses)
    assert [str(proxy.index(r, Column.TITLE).data()) for r in range(proxy.rowCount())] == [
        r.title for r in model.records()
    ]


@pytest.mark.parametrize("column", [Column.STATUS, Column.AMOUNT, Column.TITLE, Column.CREATED])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_order_holds_through_many_changes(
    qtmodeltester: ModelTester,
    model: HistoryTableModel,
    proxy: HistoryFilterProxy,
    column: Column,
    order: Qt.SortOrder,
) -> None:

    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(column, order)
    rng = random.Random(f"{column}-{order}")
    statuses = ["waiting", "confirmed", "authorized", "deleted", "expired"]
    for n in range(60):
        record = model.record_at(rng.randrange(model.rowCount()))
        assert record is not None
        if rng.random() < 0.2:
            model.insert_record(replace(record, id=1000 + n, title=f"Copy {rng.randrange(99)}"))
        else:
            model.update_record(
                replace(
                    record,
                    remote_status=rng.choice(statuses),
                    amount_minor=rng.randrange(1, 90000),
                    title=rng.choice([record.title, f"T{rng.randrange(9)}"]),
                )
            )
        keys = [model.sort_key(r, column) for r in range(model.rowCount())]
        descending = order == Qt.SortOrder.DescendingOrder
        assert keys == sorted(keys, reverse=descending), n
        assert all(model.row_of(r.id) == i for i, r in enumerate(model.records()))


def test_after_a_load_the_search_texts_are_made_while_the_window_idles(
    qtbot: QtBot, records: RecordStore, monkeypatch: pytest.MonkeyPatch, begin: Begin
) -> None:
    for n in range(300):
        begin(f"Kurs {n}", 1000 + n, customer=f"Anna {n}")
    model = HistoryTableModel()
    proxy = HistoryFilterProxy()
    proxy.setSourceModel(model)
    made: list[int] = []
    real = HistoryTableModel._search_text
    monkeypatch.setattr(
        HistoryTableModel, "_search_text", lambda self, r: made.append(r.id) or real(self, r)
    )
    model.set_records(records.list("demo"))
    assert len(made) < 300  # not all at once in the load
    qtbot.waitUntil(lambda: len(made) >= 300)  # the event loop's idle turns made them
    made.clear()
    proxy.set_search("anna 29")
    assert {"Kurs 29", "Kurs 299"} <= set(_titles(proxy))
    assert made == []  # the keystroke made none

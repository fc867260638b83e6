"""The table model and its filter proxy, tested directly with data() and qtmodeltester."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.api.models import Subscription
from app.models import subscriptions_format as fmt
from app.models.subscriptions_proxy import SubscriptionFilterProxy
from app.models.subscriptions_table import (
    EXPORT_ROLE,
    SORT_ROLE,
    SUBSCRIPTION_ROLE,
    Column,
    SubscriptionTableModel,
)

from .conftest import UseLocale

TODAY = date(2026, 6, 15)
MakeSub = Callable[..., Subscription]


@pytest.fixture
def model(make_sub: MakeSub) -> SubscriptionTableModel:
    model = SubscriptionTableModel(today=lambda: TODAY)
    model.set_subscriptions(
        [
            make_sub(
                1, status="active", amount=2900, firstname="Anna", company="Muster AG", test=0
            ),
            # Active with an end to come: in notice, derived from the date.
            make_sub(2, end="2026-09-30", amount=100, currency="JPY", firstname="Ben", test=1),
            # Only our sandbox says "in_notice": shown by its raw name, like any unknown status.
            make_sub(3, status="in_notice", amount=150000, firstname="Chloé", email="c@x.ch"),
            make_sub(4, status="cancelled", firstname="Dario", end="2026-01-31"),
            make_sub(5, status="active", valid_until="2026-06-01", firstname="Eva"),  # overdue
            make_sub(6, status="paused", interval="P2M", firstname="Fritz", reference="ZZ-9"),
        ]
    )
    return model


@pytest.fixture
def proxy(model: SubscriptionTableModel) -> SubscriptionFilterProxy:
    proxy = SubscriptionFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def column_texts(proxy: SubscriptionFilterProxy, column: Column) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_display_of_every_column(model: SubscriptionTableModel) -> None:
    row = [model.index(0, c).data() for c in Column]
    assert row == [
        "Active",
        "Anna Muster, Muster AG",
        "anna1@example.ch",
        "CHF 29.00",
        "monthly",
        "2025-01-15",
        "2099-02-15",
        "—",
        "REF-00001",
        "1",
        "Live",
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Status",
        "Customer",
        "E-mail",
        "Amount",
        "Interval",
        "Start",
        "Next payment",
        "End",
        "Reference",
        "Id",
        "Test/live",
    ]


def test_status_has_text_and_icon_and_unknown_is_raw(model: SubscriptionTableModel) -> None:
    for row in range(model.rowCount()):
        index = model.index(row, Column.STATUS)
        assert index.data()
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(5, Column.STATUS).data() == "paused"
    assert model.index(5, Column.INTERVAL).data() == "every 2 months"


def test_roles_for_sorting_and_export(model: SubscriptionTableModel) -> None:
    assert model.index(2, Column.AMOUNT).data(SORT_ROLE) == 1_500_000
    assert model.index(2, Column.AMOUNT).data(EXPORT_ROLE) == "1500.00"
    assert model.index(2, Column.AMOUNT).data() == "CHF 1,500.00"
    assert model.index(0, Column.ID).data(SORT_ROLE) == 1
    assert model.index(0, Column.ID).data(SUBSCRIPTION_ROLE).id == 1


@pytest.mark.parametrize(
    ("locale", "amount", "next_payment", "end"),
    [
        ("de_CH", "CHF 1'500.00", "15.02.2099", "31.01.2026"),
        ("fr_CH", "CHF 1'500.00", "15.02.2099", "31.01.2026"),
        ("it_CH", "CHF 1'500.00", "15.02.2099", "31.01.2026"),
        ("en_GB", "CHF 1,500.00", "15/02/2099", "31/01/2026"),
        ("en_US", "CHF 1,500.00", "2/15/2099", "1/31/2026"),
    ],
)
def test_money_and_dates_show_in_the_ui_locale(
    make_sub: MakeSub, ui_locale: UseLocale, locale: str, amount: str, next_payment: str, end: str
) -> None:
    ui_locale(locale)
    model = SubscriptionTableModel(today=lambda: TODAY)
    model.set_subscriptions(
        [make_sub(3, amount=150000), make_sub(4, status="cancelled", end="2026-01-31")]
    )
    assert model.index(0, Column.AMOUNT).data() == amount
    assert model.index(0, Column.NEXT_PAYMENT).data() == next_payment
    assert model.index(1, Column.END).data() == end
    # What is exported or sorted by does not change with the locale.
    assert model.index(0, Column.AMOUNT).data(EXPORT_ROLE) == "1500.00"
    assert model.index(0, Column.NEXT_PAYMENT).data(EXPORT_ROLE) == "2099-02-15"
    assert model.index(1, Column.END).data(EXPORT_ROLE) == "2026-01-31"
    assert model.index(0, Column.NEXT_PAYMENT).data(SORT_ROLE) == date(2099, 2, 15).toordinal()


@pytest.mark.parametrize("column", [Column.START, Column.NEXT_PAYMENT, Column.END])
def test_dates_sort_by_day_not_by_their_localized_text(
    make_sub: MakeSub, ui_locale: UseLocale, column: Column
) -> None:
    ui_locale("de_CH")
    days = {1: "2026-01-02", 2: "2025-12-31", 3: None, 4: "2025-02-01", 5: "2026-01-31"}
    field = {Column.START: "start", Column.NEXT_PAYMENT: "valid_until", Column.END: "end"}[column]
    model = SubscriptionTableModel(today=lambda: TODAY)
    model.set_subscriptions([make_sub(i, **{field: day}) for i, day in days.items()])
    proxy = SubscriptionFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    # As text, "01.02.2025" < "02.01.2026" < "31.01.2026" < "31.12.2025"; a missing date first.
    assert column_texts(proxy, column) == [
        "—",
        "01.02.2025",
        "31.12.2025",
        "02.01.2026",
        "31.01.2026",
    ]
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, Column.ID) == ["5", "1", "2", "4", "3"]


def test_amounts_sort_by_value_not_by_their_localized_text(
    make_sub: MakeSub, ui_locale: UseLocale
) -> None:
    ui_locale("de_CH")
    model = SubscriptionTableModel(today=lambda: TODAY)
    model.set_subscriptions(
        [make_sub(1, amount=123450), make_sub(2, amount=90000), make_sub(3, amount=5)]
    )
    proxy = SubscriptionFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, Column.AMOUNT) == ["CHF 0.05", "CHF 900.00", "CHF 1'234.50"]


def test_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, model: SubscriptionTableModel
) -> None:
    qtmodeltester.check(model)


def test_proxy_passes_qtmodeltester_filtered_and_sorted(
    qtmodeltester: ModelTester, proxy: SubscriptionFilterProxy
) -> None:
    proxy.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("a")
    qtmodeltester.check(proxy)


def test_proxy_follows_changes_under_qtmodeltester(
    qtmodeltester: ModelTester,
    model: SubscriptionTableModel,
    proxy: SubscriptionFilterProxy,
    make_sub: MakeSub,
) -> None:
    qtmodeltester.check(proxy)
    proxy.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    model.merge([make_sub(7, firstname="Aaron"), make_sub(1, status="cancelled")])
    proxy.set_filter_text("muster")
    proxy.set_status_filter({"cancelled"})
    proxy.set_filter_text("")
    model.clear()
    assert proxy.rowCount() == 0


def test_text_filter_over_customer_company_email_reference_id(
    proxy: SubscriptionFilterProxy,
) -> None:
    proxy.set_filter_text("muster ag")
    assert column_texts(proxy, Column.ID) == ["1"]
    proxy.set_filter_text("C@X.CH")
    assert column_texts(proxy, Column.ID) == ["3"]
    proxy.set_filter_text("chloe")  # accents ignored
    assert column_texts(proxy, Column.ID) == ["3"]
    proxy.set_filter_text("CHLOÉ")
    assert column_texts(proxy, Column.ID) == ["3"]
    proxy.set_filter_text("zz-9")
    assert column_texts(proxy, Column.ID) == ["6"]
    proxy.set_filter_text("  4 ")
    assert column_texts(proxy, Column.ID) == ["4"]
    proxy.set_filter_text("chlo")
    assert column_texts(proxy, Column.ID) == ["3"]
    proxy.set_filter_text("no such customer")
    assert proxy.rowCount() == 0
    proxy.set_filter_text("")
    assert proxy.rowCount() == 6


def test_narrowing_then_widening_the_text(proxy: SubscriptionFilterProxy) -> None:
    for text in ("m", "mu", "mus", "must", "mu", ""):
        proxy.set_filter_text(text)
        expected = [
            str(r + 1)
            for r in range(6)
            if text in proxy.sourceModel().haystacks[r]  # type: ignore[attr-defined]
        ]
        assert column_texts(proxy, Column.ID) == expected, text


def test_status_chips_and_counts(proxy: SubscriptionFilterProxy) -> None:
    assert proxy.status_counts() == {
        "active": 1,
        "notice": 1,
        "overdue": 1,
        "in_notice": 1,
        "cancelled": 1,
        "paused": 1,
    }
    proxy.set_status_filter({"active", "overdue"})
    assert column_texts(proxy, Column.ID) == ["1", "5"]
    # "Other": every status Paydesk does not know, the sandbox's "in_notice" among them.
    proxy.set_status_filter({fmt.OTHER})
    assert column_texts(proxy, Column.ID) == ["3", "6"]
    proxy.set_status_filter({"notice", fmt.OTHER})
    assert column_texts(proxy, Column.ID) == ["2", "3", "6"]
    proxy.set_status_filter({"active", "overdue"})
    # The counts ignore the status filter (each chip says what it would show)...
    assert proxy.status_counts()["cancelled"] == 1
    # ...but follow the text filter.
    proxy.set_filter_text("anna")
    assert proxy.status_counts() == {"active": 1}
    assert column_texts(proxy, Column.ID) == ["1"]
    assert fmt.chip_counts(proxy.status_counts())[fmt.OTHER] == 0
    proxy.set_status_filter(set())
    proxy.set_filter_text("")
    assert proxy.rowCount() == 6


def test_needs_attention(proxy: SubscriptionFilterProxy) -> None:
    proxy.set_needs_attention(True)
    # In notice, overdue (its next payment, 2026-06-01, is before today), and the statuses
    # Paydesk does not know.
    assert column_texts(proxy, Column.ID) == ["2", "3", "5", "6"]
    assert proxy.status_counts() == {"notice": 1, "in_notice": 1, "overdue": 1, "paused": 1}
    proxy.set_needs_attention(False)
    assert proxy.rowCount() == 6


def test_sort_by_amount_across_currencies_and_back(proxy: SubscriptionFilterProxy) -> None:
    proxy.sort(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    # By value whatever the currency's decimals; equal amounts keep their order (stable).
    assert column_texts(proxy, Column.AMOUNT) == ["CHF 29.00"] * 4 + ["JPY 100", "CHF 1,500.00"]
    assert column_texts(proxy, Column.ID)[:4] == ["1", "4", "5", "6"]
    proxy.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, Column.AMOUNT)[:2] == ["CHF 1,500.00", "JPY 100"]
    proxy.sort(Column.ID, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy, Column.ID) == ["6", "5", "4", "3", "2", "1"]
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, Column.STATUS) == [
        "Active",
        "In notice",
        "Overdue",
        "Cancelled",
        "in_notice",
        "paused",
    ]
    proxy.sort(-1)
    assert column_texts(proxy, Column.ID) == ["1", "2", "3", "4", "5", "6"]


def test_merge_updates_in_place_and_appends(
    model: SubscriptionTableModel,
    proxy: SubscriptionFilterProxy,
    make_sub: MakeSub,
    qtbot: QtBot,
) -> None:
    with qtbot.waitSignal(model.dataChanged), qtbot.waitSignal(model.rowsInserted):
        assert model.merge([make_sub(3, status="cancelled"), make_sub(8), make_sub(8)]) == (1, 1)
    assert model.rowCount() == 7
    assert model.index(2, Column.STATUS).data() == "Cancelled"
    assert proxy.rowCount() == 7
    assert proxy.status_counts()["cancelled"] == 2
    assert model.row_of(8) == 6
    assert model.retain({1, 2, 3}) == 4
    assert column_texts(proxy, Column.ID) == ["1", "2", "3"]


def test_appended_rows_land_in_sorted_place(
    model: SubscriptionTableModel,
    proxy: SubscriptionFilterProxy,
    make_sub: MakeSub,
) -> None:
    proxy.sort(Column.ID, Qt.SortOrder.DescendingOrder)
    model.merge([make_sub(0), make_sub(10)])
    assert column_texts(proxy, Column.ID) == ["10", "6", "5", "4", "3", "2", "1", "0"]
    proxy.set_status_filter({"active"})
    model.merge([make_sub(7, status="failed"), make_sub(9, status="active")])
    assert column_texts(proxy, Column.ID) == ["10", "9", "1", "0"]  # 5 is overdue


def test_selection_follows_its_row_through_filter_and_sort(
    qtbot: QtBot, proxy: SubscriptionFilterProxy
) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.selectionModel().setCurrentIndex(
        proxy.index(4, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    marker = QPersistentModelIndex(proxy.index(4, Column.ID))
    proxy.sort(Column.ID, Qt.SortOrder.DescendingOrder)
    assert view.currentIndex().siblingAtColumn(Column.ID).data() == "5"
    assert marker.data() == "5"
    proxy.set_filter_text("eva")
    assert proxy.rowCount() == 1
    assert view.verticalHeader().count() == 1
    assert view.currentIndex().siblingAtColumn(Column.ID).data() == "5"
    proxy.set_filter_text("anna")
    assert not marker.isValid()
    assert view.verticalHeader().count() == 1
    proxy.set_filter_text("")
    assert view.verticalHeader().count() == 6


def reference_rows(
    model: SubscriptionTableModel, proxy: SubscriptionFilterProxy, *, by_status: bool = True
) -> list[int]:
    """What the proxy should show, computed the slow, obvious way."""
    n = model.rowCount()
    order = list(range(n))
    column = proxy.sort_column()
    if 0 <= column < len(Column):
        keys = [model.index(r, column).data(SORT_ROLE) for r in range(n)]
        descending = proxy.sort_order() == Qt.SortOrder.DescendingOrder
        order = sorted(order, key=keys.__getitem__, reverse=descending)
    text = proxy.filter_text
    rows = [r for r in order if text in model.haystacks[r]]
    known = ("active", "notice", "overdue", "cancelled", "terminated")
    if proxy.needs_attention:
        rows = [
            r
            for r in rows
            if model.statuses[r] in ("notice", "overdue") or model.statuses[r] not in known
        ]
    if proxy.status_filter and by_status:
        chosen = proxy.status_filter
        rows = [
            r
            for r in rows
            if model.statuses[r] in chosen
            or (fmt.OTHER in chosen and model.statuses[r] not in known)
        ]
    return rows


ACTIONS = ["merge", "merge", "text", "text", "text", "status", "attention", "sort"]


@pytest.mark.parametrize("seed", range(8))
def test_proxy_agrees_with_a_brute_force_reference(make_sub: MakeSub, seed: int) -> None:
    rng = random.Random(seed)
    model = SubscriptionTableModel(today=lambda: TODAY)
    proxy = SubscriptionFilterProxy()
    proxy.setSourceModel(model)
    names = ["Anna", "Annika", "Ben", "Benno", "Chloé", "Dario"]
    statuses = ["active", "in_notice", "failed", "cancelled", "terminated", "paused"]
    chips = ["active", "notice", "overdue", "cancelled", "in_notice", fmt.OTHER]
    next_id = 1
    texts = ["", "a", "an", "ann", "anni", "ann", "an", "b", "be", "ben", "3", "ref-0001", "é"]
    for _step in range(60):
        action = rng.choice(ACTIONS)
        if action == "merge":
            batch = []
            for _ in range(rng.randint(1, 12)):
                if next_id > 1 and rng.random() < 0.3:
                    ident = rng.randint(1, next_id - 1)  # an update of a known row
                else:
                    ident, next_id = next_id, next_id + 1
                batch.append(
                    make_sub(
                        ident,
                        firstname=rng.choice(names),
                        status=rng.choice(statuses),
                        amount=rng.choice([100, 2900, 4900]),
                        valid_until=rng.choice(["2026-06-01", "2026-07-01", None]),
                        end=rng.choice([None, None, "2026-06-15", "2026-01-01"]),
                    )
                )
            model.merge(batch)
        elif action == "text":
            proxy.set_filter_text(rng.choice(texts))
        elif action == "status":
            proxy.set_status_filter(rng.sample(chips, rng.randint(0, 2)))
        elif action == "attention":
            proxy.set_needs_attention(not proxy.needs_attention)
        else:
            column = rng.choice([-1, Column.CUSTOMER, Column.AMOUNT, Column.ID, Column.STATUS])
            proxy.sort(column, rng.choice(list(Qt.SortOrder)))
        expected = reference_rows(model, proxy)
        assert proxy.source_rows() == expected, (seed, _step, action)
        assert proxy.rowCount() == len(expected)
        # The chip counts: every filter but the status filter.
        unfiltered = reference_rows(model, proxy, by_status=False)
        assert proxy.status_counts() == dict(Counter(model.statuses[r] for r in unfiltered))

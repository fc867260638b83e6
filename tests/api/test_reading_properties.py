"""Property: take a documented answer, drop any subset of its fields, set others to ``null`` or
to a value of another JSON type. Reading it never raises, the subscription table and the
payments dialog show it without raising, and a value whose every source is missing or ``null``
shows as "—"."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from app.api.models import Paylink, Subscription, Transaction
from app.models.subscriptions_table import (
    EXPORT_ROLE,
    SORT_ROLE,
    Column,
    SubscriptionTableModel,
)

FIXTURES = Path(__file__).with_name("fixtures")
DASH = "—"
Path_ = tuple[str, ...]


def _examples(*names: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in names:
        answer = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
        found.extend(answer.get("data", [answer]))
    return found


SUBSCRIPTIONS = _examples(
    "subscription_list.json",
    "subscription_update.json",
    "subscription_sdk_fields.json",
)
TRANSACTIONS = _examples("transaction_list.json", "transaction_live_variants.json")
PAYLINKS = _examples("invoice_create.json", "invoice_create_python_dict.json")

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
ACTIONS = st.sampled_from(["keep", "keep", "drop", "null", "other"])

# Which fields a column of the subscription table is read from: when every one of them is
# missing or null, the cell shows "—".
SOURCES: dict[Column, list[Path_]] = {
    Column.CUSTOMER: [("contact", "firstname"), ("contact", "lastname"), ("contact", "company")],
    Column.EMAIL: [("contact", "email")],
    Column.AMOUNT: [
        ("invoice", "originalAmount"),
        ("invoice", "products"),
        ("invoice", "amount"),
        ("amount",),
    ],
    Column.INTERVAL: [("paymentInterval",)],
    Column.START: [("start",)],
    Column.NEXT_PAYMENT: [("nextPayDate",), ("valid_until",), ("validUntil",)],
    Column.END: [("end",)],
    Column.REFERENCE: [("referenceId",), ("invoice", "referenceId")],
    Column.ID: [("id",)],
    Column.MODE: [("invoice", "test")],
}


def _paths(raw: dict[str, Any]) -> list[Path_]:
    """Every top-level field, and every field of the objects one level down."""
    paths: list[Path_] = []
    for key, value in raw.items():
        paths.append((key,))
        if isinstance(value, dict):
            paths.extend((key, inner) for inner in value)
    return paths


@st.composite
def mangled(draw: st.DrawFn, examples: list[dict[str, Any]]) -> tuple[dict[str, Any], set[Path_]]:
    """An example with some fields dropped, nulled or replaced; and the paths now absent."""
    raw = copy.deepcopy(draw(st.sampled_from(examples)))
    absent: set[Path_] = set()
    for path in _paths(raw):
        parent = raw
        for key in path[:-1]:
            parent = parent.get(key) if isinstance(parent, dict) else None  # type: ignore[assignment]
        if not isinstance(parent, dict) or path[-1] not in parent:
            absent.add(path)  # its object went already
            continue
        action = draw(ACTIONS)
        if action == "drop":
            del parent[path[-1]]
            absent.add(path)
        elif action == "null":
            parent[path[-1]] = None
            absent.add(path)
        elif action == "other":
            parent[path[-1]] = draw(JSON)
    return raw, absent


def _gone(path: Path_, raw: dict[str, Any], absent: set[Path_]) -> bool:
    """The field is missing or null, by the draw or because its object is."""
    if path in absent or path[:1] in absent:
        return True
    value: Any = raw
    for key in path:
        if not isinstance(value, dict) or value.get(key) is None:
            return True
        value = value[key]
    return False


ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.DecorationRole,
    SORT_ROLE,
    EXPORT_ROLE,
)


@pytest.mark.usefixtures("qapp")
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mangled(SUBSCRIPTIONS))
def test_any_subscription_answer_reads_and_shows(case: tuple[dict[str, Any], set[Path_]]) -> None:
    raw, absent = case
    sub = Subscription.parse(raw)
    model = SubscriptionTableModel()
    model.set_subscriptions([sub, Subscription.parse(None), Subscription.parse([])])
    for row in range(model.rowCount()):
        for column in Column:
            for role in ROLES:
                model.index(row, column).data(role)
    for column, sources in SOURCES.items():
        if all(_gone(p, raw, absent) for p in sources):
            assert model.index(0, column).data() == DASH, column
            assert model.index(1, column).data() == DASH, column


@settings(max_examples=150, deadline=None)
@given(mangled(TRANSACTIONS))
def test_any_transaction_answer_reads(case: tuple[dict[str, Any], set[Path_]]) -> None:
    raw, absent = case
    payment = Transaction.parse(raw)
    sources = [("amount",), ("invoice", "totalAmount"), ("invoice", "amount")]
    if all(_gone(p, raw, absent) for p in sources):
        assert payment.amount is None
    if _gone(("mode",), raw, absent):
        assert payment.test is None


@settings(max_examples=100, deadline=None)
@given(mangled(PAYLINKS))
def test_any_paylink_answer_reads(case: tuple[dict[str, Any], set[Path_]]) -> None:
    raw, _absent = case
    paylink = Paylink.parse(raw)
    assert isinstance(paylink.fields, dict)
    assert all(isinstance(p, int) for p in paylink.psp)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_any_json_value_at_all_reads(value: object) -> None:
    Subscription.parse(value)
    Transaction.parse(value)
    Paylink.parse(value)


def test_an_id_beyond_64_bits_reads_as_missing() -> None:
    """Found by the property above: an ``id`` of 9.2e18 as a float overflowed Qt's int."""
    from app.api.fields import as_int

    assert as_int(9.223372036854776e18) is None
    assert as_int(str(2**63)) is None
    assert as_int(2**63 - 1) == 2**63 - 1
    assert as_int(-(2**63)) == -(2**63)

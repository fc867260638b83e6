"""The detail pane shows what a person reads off a documented Subscription answer."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.api.models import Subscription
from app.views.subscriptions_detail import SubscriptionDetail

from .conftest import UseLocale

FIXTURES = Path(__file__).parents[1] / "api" / "fixtures"


def documented(name: str, index: int = 0) -> Subscription:
    answer = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return Subscription.parse(answer["data"][index])


def texts(detail: SubscriptionDetail) -> dict[str, str]:
    return {key: label.text() for key, label in detail.values.items()}


def test_current_shape_in_the_detail_pane(qtbot: QtBot, ui_locale: UseLocale) -> None:
    ui_locale("de_CH")
    detail = SubscriptionDetail()
    qtbot.addWidget(detail)
    detail.show_subscription(documented("subscription_list.json", 1), "active")
    shown = texts(detail)
    assert shown["mode"] == "Test"
    assert shown["amount"] == "EUR 4.00"
    assert shown["vat"] == "8.10 %"
    assert shown["next_payment"] == "18.12.2026"
    assert shown["customer"] == "Mr Payrexx Test"
    assert shown["address"] == "Burgstrasse 20, 3600 Thun"
    assert shown["country"] == "Schweiz (CH)"
    assert shown["email"] == "user2@example.com"
    assert shown["discount"] == shown["refunded"] == shown["end"] == "—"
    assert detail.status.text().startswith("Active:")


def test_sdk_fields_and_a_derived_status(qtbot: QtBot, ui_locale: UseLocale) -> None:
    ui_locale("de_CH")
    detail = SubscriptionDetail()
    qtbot.addWidget(detail)
    detail.show_subscription(documented("subscription_sdk_fields.json"), "notice")
    shown = texts(detail)
    assert shown["mode"] == "Test"
    assert shown["amount"] == "CHF 30.00"  # "1250" × 2 + 500
    assert shown["discount"] == "CHF 3.00 (10 %, TREUE10)"
    assert shown["refunded"] == "CHF 12.50"
    assert shown["next_payment"] == "01.04.2026"  # nextPayDate
    assert shown["first_cancel"] == "01.09.2026"
    assert shown["country"] == "Svizzera (CH)"
    assert detail.status.text().startswith("In notice:")
    # Without the list's status, the reported one.
    detail.show_subscription(documented("subscription_sdk_fields.json", 2))
    assert detail.status.text().startswith("Terminated:")
    assert texts(detail)["mode"] == "Live"

"""Each fault does what it says, on the routes it is set for, as many times as asked."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import requests
from pytestqt.qtbot import QtBot

from app.sandbox import Fault, Sandbox
from app.sandbox.faults import RateBudget
from tests.conftest import FakeClock


def test_latency_delays_the_answer(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_fault(Fault.LATENCY, seconds=0.3)
    started = time.monotonic()
    assert wire.get("SignatureCheck").status_code == 200
    assert time.monotonic() - started >= 0.3


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_error_answers_the_5xx(sandbox: Sandbox, wire: Any, status: int) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR, status=status)
    response = wire.get("SignatureCheck")
    assert response.status_code == status
    assert response.json()["status"] == "error"


def test_server_error_takes_only_5xx(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError):
        sandbox.set_fault(Fault.SERVER_ERROR, status=404)


def test_a_refusal_has_no_effect(sandbox: Sandbox, wire: Any, invoice: dict[str, Any]) -> None:
    before = len(sandbox.state.invoices)
    sandbox.set_fault(Fault.SERVER_ERROR, object="Invoice", method="POST")
    assert wire.send("POST", "Invoice", invoice).status_code == 500
    assert len(sandbox.state.invoices) == before


def test_rate_limit_answers_405_then_the_wafs_403_page(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_fault(Fault.RATE_LIMIT, answers_405=2)
    answers = [wire.get("SignatureCheck") for _ in range(4)]
    assert [a.status_code for a in answers] == [405, 405, 403, 403]
    assert answers[0].headers["Content-Type"] == "application/json"
    assert answers[-1].headers["Content-Type"].startswith("text/html")
    assert "403 Forbidden" in answers[-1].text


def test_html_answers_an_error_page(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_fault(Fault.HTML)
    response = wire.get("SignatureCheck")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    with pytest.raises(ValueError):
        response.json()
    sandbox.clear_faults()
    sandbox.set_fault(Fault.HTML, status=502)
    assert wire.get("SignatureCheck").status_code == 502


def test_truncated_json_cannot_be_decoded_but_the_call_took_effect(
    sandbox: Sandbox, wire: Any, invoice: dict[str, Any]
) -> None:
    before = len(sandbox.state.invoices)
    sandbox.set_fault(Fault.TRUNCATED_JSON, object="Invoice")
    response = wire.send("POST", "Invoice", invoice)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    with pytest.raises(ValueError):
        response.json()
    assert len(sandbox.state.invoices) == before + 1


def test_drop_connection_closes_mid_answer_after_the_call_took_effect(
    sandbox: Sandbox, wire: Any, invoice: dict[str, Any]
) -> None:
    before = len(sandbox.state.invoices)
    sandbox.set_fault(Fault.DROP_CONNECTION, method="POST")
    with pytest.raises((requests.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        wire.send("POST", "Invoice", invoice)
    assert len(sandbox.state.invoices) == before + 1
    assert sandbox.requests[-1].status == 0


def test_hang_answers_nothing_until_the_client_times_out(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_fault(Fault.HANG, seconds=30)
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(
            wire.url("SignatureCheck", query=f"{wire.signed({})}&instance=demo"), timeout=0.3
        )


def test_hang_does_not_block_stop(qtbot: QtBot) -> None:
    sandbox = Sandbox(secret="s", seed=False).start()
    sandbox.set_fault(Fault.HANG, seconds=60)
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            requests.get(f"{sandbox.base_url}/v1.0/SignatureCheck/?instance=demo", timeout=10)
        except requests.RequestException as error:
            outcome.append(error)

    caller = threading.Thread(target=call)
    caller.start()
    qtbot.waitUntil(lambda: bool(sandbox.requests), timeout=5000)
    started = time.monotonic()
    sandbox.stop()
    caller.join(5)
    assert time.monotonic() - started < 2
    assert len(outcome) == 1  # the connection closed unanswered


def test_a_hang_that_ends_answers_late(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_fault(Fault.HANG, seconds=0.2)
    assert wire.get("SignatureCheck").status_code == 200


def test_error_on_200(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_fault(Fault.ERROR_ON_200, message="Invalid value passed for parameter 'fields'")
    response = wire.get("SignatureCheck")
    assert response.status_code == 200
    assert response.json() == {
        "status": "error",
        "message": "Invalid value passed for parameter 'fields'",
    }


def test_a_fault_applies_only_to_its_route(
    sandbox: Sandbox, wire: Any, invoice: dict[str, Any]
) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR, object="Invoice", method="POST")
    assert wire.get("SignatureCheck").status_code == 200
    assert wire.get("Subscription").status_code == 200
    assert wire.send("POST", "Page", invoice).status_code == 200
    assert wire.send("POST", "Invoice", invoice).status_code == 500


def test_times_limits_a_fault_to_the_next_requests(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR, times=2)
    assert [wire.get("SignatureCheck").status_code for _ in range(3)] == [500, 500, 200]


def test_clear_faults(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR)
    sandbox.clear_faults()
    assert wire.get("SignatureCheck").status_code == 200


def test_a_fault_for_an_unknown_object_is_refused(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError):
        sandbox.set_fault(Fault.SERVER_ERROR, object="Invoices")


def test_the_rate_budget_answers_405_then_403(sandbox: Sandbox, wire: Any) -> None:
    sandbox.set_rate_budget(calls=3, per_seconds=60, answers_405=2)
    statuses = [wire.get("SignatureCheck").status_code for _ in range(7)]
    assert statuses == [200, 200, 200, 405, 405, 403, 403]
    sandbox.set_rate_budget(None)
    assert wire.get("SignatureCheck").status_code == 200


def test_the_rate_budget_refills_with_time(clock: FakeClock) -> None:
    # The sandbox's budget on the test's clock (the server asks it at the real time; the test
    # above shows it is asked for every request).
    budget = RateBudget(calls=2, per_seconds=300, answers_405=2)
    assert [budget.spend(clock()) for _ in range(3)] == [None, None, 405]
    clock.advance(299)  # the window still holds all three
    assert budget.spend(clock()) == 405
    clock.advance(1)  # the first three have left the window; the fourth is still in it
    assert budget.spend(clock()) is None


def test_faults_leave_the_payment_page_alone(sandbox: Sandbox) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR)
    assert requests.get(sandbox.base_url + "/", timeout=5).status_code == 200

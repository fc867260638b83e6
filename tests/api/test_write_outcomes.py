"""After a write was sent, only a clear rejection is "failed"; every other outcome is "unknown".

The BAD_ANSWERS faults let the sandbox perform the write and then answer badly, so each test can
see that the object exists on the server although the answer was unusable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.api import auth_tokens, errors, invoices, pages, subscriptions
from app.api.client import ApiClient, ClientConfig
from app.sandbox import Fault, Sandbox
from tests.conftest import SANDBOX_SECRET as SECRET

PAYLINK: dict[str, Any] = {
    "title": "Hosting 2027",
    "referenceId": "INV-0042",
    "amount": 24000,
    "currency": "CHF",
}

# (fault, extra set_fault arguments): the six ways the platform answered after creating.
BADLY_ANSWERED: list[tuple[Fault, dict[str, Any]]] = [
    (Fault.WRITTEN_SERVER_ERROR, {"status": 502}),
    (Fault.WRITTEN_HTML, {"status": 504}),
    (Fault.WRITTEN_EMPTY, {}),
    (Fault.WRITTEN_NO_DATA, {}),
    (Fault.WRITTEN_GARBLED, {"fields": {"id": "x-17"}}),
    (Fault.WRITTEN_GARBLED, {"fields": {"id": [17]}}),
]
BADLY_IDS = ["502-json", "504-html", "empty-200", "data-empty", "id-text", "id-list"]


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[ApiClient]:
    api = ApiClient(
        ClientConfig(
            instance="demo",
            secret=SECRET,
            base_url=sandbox.base_url,
            connect_timeout=2.0,
            read_timeout=2.0,
        )
    )
    yield api
    api.close()


def created_titles(sandbox: Sandbox) -> list[str]:
    with sandbox.state.lock:
        return [inv.title for inv in sandbox.state.invoices.values()]


@pytest.mark.parametrize(("fault", "extra"), BADLY_ANSWERED, ids=BADLY_IDS)
def test_a_create_answered_badly_exists_and_is_unknown(
    client: ApiClient, sandbox: Sandbox, fault: Fault, extra: dict[str, Any]
) -> None:
    sandbox.set_fault(fault, object="Invoice", method="POST", **extra)
    with pytest.raises(errors.OutcomeUnknownError) as info:
        invoices.create(client, PAYLINK)
    assert "not known whether it took effect" in info.value.message
    assert info.value.detail  # the raw answer, one click away
    assert sandbox.count("POST", "Invoice") == 1  # never retried
    assert created_titles(sandbox).count("Hosting 2027") == 1  # and it was created


@pytest.mark.parametrize("fields", [{"createdAt": 1e14}, {"invoices": 5}, {"psp": "x"}])
def test_an_odd_secondary_field_does_not_make_a_create_doubtful(
    client: ApiClient, sandbox: Sandbox, fields: dict[str, Any]
) -> None:
    """The reader is lenient (issue 11): an odd ``createdAt`` or ``invoices`` still leaves the
    id and link readable, so the create is known to have happened, with its link."""
    sandbox.set_fault(Fault.WRITTEN_GARBLED, object="Invoice", method="POST", fields=fields)
    paylink = invoices.create(client, PAYLINK)
    assert paylink.id is not None and paylink.link
    assert created_titles(sandbox).count("Hosting 2027") == 1


@pytest.mark.parametrize(
    ("fault", "status", "sentence"),
    [
        (Fault.WRITTEN_SERVER_ERROR, 502, "it answered with an error (HTTP 502)"),
        (Fault.WRITTEN_HTML, 504, "it answered with an error (HTTP 504)"),
        (Fault.WRITTEN_EMPTY, None, "its answer could not be read"),
        (Fault.WRITTEN_NO_DATA, None, "its answer could not be read"),
        (Fault.TRUNCATED_JSON, None, "its answer arrived incomplete"),
    ],
)
def test_the_sentence_says_what_came_back(
    client: ApiClient, sandbox: Sandbox, fault: Fault, status: int | None, sentence: str
) -> None:
    sandbox.set_fault(fault, object="Page", method="POST", status=status)
    with pytest.raises(errors.OutcomeUnknownError) as info:
        pages.create(client, PAYLINK)
    assert sentence in info.value.message
    assert "check before trying again" in info.value.message


@pytest.mark.parametrize(
    ("fault", "status"), [(Fault.SERVER_ERROR, 500), (Fault.SERVER_ERROR, 503), (Fault.HTML, 200)]
)
def test_a_refusal_the_client_cannot_tell_from_a_bad_answer_is_unknown_too(
    client: ApiClient, sandbox: Sandbox, fault: Fault, status: int
) -> None:
    # Here the sandbox did not create anything, but from the outside a 5xx or an HTML page
    # looks exactly like the bad answers above: "unknown" is the only honest word for both.
    sandbox.set_fault(fault, object="Invoice", method="POST", status=status)
    with pytest.raises(errors.OutcomeUnknownError):
        invoices.create(client, PAYLINK)
    assert created_titles(sandbox).count("Hosting 2027") == 0


def test_clear_rejections_stay_failed(client: ApiClient, sandbox: Sandbox) -> None:
    # 400 with the API's error body (a value the platform refuses).
    with pytest.raises(errors.ValidationError) as info:
        invoices.create(client, {**PAYLINK, "title": None})
    assert not isinstance(info.value, errors.OutcomeUnknownError)
    # status: error on HTTP 200.
    sandbox.set_fault(Fault.ERROR_ON_200, object="Invoice", method="POST", times=1)
    with pytest.raises(errors.ValidationError):
        invoices.create(client, PAYLINK)
    assert created_titles(sandbox).count("Hosting 2027") == 0


def test_the_rate_limiter_is_a_refusal_even_after_a_write(
    client: ApiClient, sandbox: Sandbox
) -> None:
    # 405 then the WAF's 403 page answer before the request reaches the API: "not sent, wait".
    sandbox.set_fault(Fault.RATE_LIMIT, object="Invoice", method="POST", answers_405=1)
    statuses = []
    for _ in range(2):
        with pytest.raises(errors.RateLimitedError) as info:
            invoices.create(client, PAYLINK)
        statuses.append(info.value.status)
    assert statuses == [405, 403]
    assert created_titles(sandbox).count("Hosting 2027") == 0


def test_every_write_site_reads_answers_the_same_way(client: ApiClient, sandbox: Sandbox) -> None:
    subs = subscriptions.list_subscriptions(client, limit=50)
    active = next(s for s in subs if s.status == "active" and s.contact and s.contact.id)
    assert active.id is not None and active.contact is not None and active.contact.id is not None
    for method, obj in (("DELETE", "Subscription"), ("POST", "AuthToken"), ("DELETE", "Invoice")):
        sandbox.set_fault(Fault.WRITTEN_HTML, object=obj, method=method, times=1)
    invoice = invoices.create(client, PAYLINK)
    assert invoice.id is not None
    with pytest.raises(errors.OutcomeUnknownError):
        subscriptions.cancel(client, active.id)
    with pytest.raises(errors.OutcomeUnknownError):
        auth_tokens.create(client, active.contact.id)
    with pytest.raises(errors.OutcomeUnknownError):
        invoices.delete(client, invoice.id)
    # Each of them took effect on the server.
    assert subscriptions.get(client, active.id).status == "cancelled"
    with pytest.raises(errors.NotFoundError):
        invoices.get(client, invoice.id)

"""The client against the sandbox over loopback: every call, every typed error, retries."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime, timedelta

import pytest

from app import __version__
from app.api import (
    auth_tokens,
    errors,
    invoices,
    pages,
    signature_check,
    subscriptions,
    transactions,
)
from app.api.client import ApiClient, AuthScheme, ClientConfig
from app.sandbox import Fault, Sandbox
from tests.conftest import SANDBOX_SECRET as SECRET


def make_client(sandbox: Sandbox, **overrides: object) -> ApiClient:
    config: dict[str, object] = {
        "instance": "demo",
        "secret": SECRET,
        "base_url": sandbox.base_url,
        "connect_timeout": 2.0,
        "read_timeout": 3.0,
        "retry_backoff": 0.01,
        **overrides,
    }
    return ApiClient(ClientConfig(**config))  # type: ignore[arg-type]


@pytest.fixture
def client(sandbox: Sandbox) -> ApiClient:
    api = make_client(sandbox)
    yield api  # type: ignore[misc]
    api.close()


PAYLINK = {
    "title": "Rechnung 2024-017",
    "description": "Beratung & Support, März 2024",
    "referenceId": "INV-2024-017",
    "purpose": {1: "Zahlung", 2: "Payment"},
    "amount": 12550,
    "currency": "CHF",
    "psp": [36],
    "pm": ["visa", "twint"],
    "vatRate": "8.1",
    "fields": {"email": {"defaultValue": "kunde@example.ch", "mandatory": True}},
}


# -- every call ---------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", list(AuthScheme))
def test_signature_check_passes_with_either_scheme(sandbox: Sandbox, scheme: AuthScheme) -> None:
    signature_check.check(make_client(sandbox, scheme=scheme))
    [request] = sandbox.requests
    assert request.auth == ("signature" if scheme is AuthScheme.SIGNATURE else "api-key")
    assert request.status == 200


def test_invoice_create_get_pay_delete(client: ApiClient, sandbox: Sandbox) -> None:
    created = invoices.create(client, PAYLINK)
    assert created.id is not None and created.hash and created.link
    assert created.link == f"{sandbox.base_url}/pay/{created.hash}"
    assert (created.amount, created.currency, created.status) == (12550, "CHF", "waiting")
    assert created.created_at is not None and created.created_at.tzinfo is UTC
    sent = sandbox.requests[-1]
    # Decoded with PHP's rules: language ids and list indexes arrive as int keys.
    assert sent.params["purpose"] == {1: "Zahlung", 2: "Payment"}
    assert sent.params["pm"] == {0: "visa", 1: "twint"}

    sandbox.pay(created.hash)
    paid = invoices.get(client, created.id)
    assert paid.status == "confirmed"
    assert len(paid.transactions) == 1 and paid.transactions[0].mode == "TEST"

    invoices.delete(client, created.id)
    with pytest.raises(errors.NotFoundError) as info:
        invoices.get(client, created.id)
    assert info.value.message == (
        f"Paylink {created.id} does not exist on this instance (it may have been deleted)."
    )


def test_page_create_get_list(client: ApiClient) -> None:
    page = pages.create(client, {"title": "Mitgliederbeitrag", "amount": 5000, "currency": "EUR"})
    assert page.id is not None
    assert pages.get(client, page.id).title == "Mitgliederbeitrag"
    assert page.id in [p.id for p in pages.list_pages(client)]


def test_subscriptions_page_through_offset_and_limit(client: ApiClient) -> None:
    first = subscriptions.list_subscriptions(client, offset=0, limit=10, order="ASC")
    second = subscriptions.list_subscriptions(client, offset=10, limit=10, order="ASC")
    assert len(first) == 10 and len(second) == 10
    assert not {s.id for s in first} & {s.id for s in second}
    assert [s.start for s in first] == sorted(s.start for s in first)  # type: ignore[type-var]
    everything = subscriptions.list_subscriptions(client, offset=0, limit=1000)
    assert len(everything) >= 40
    assert {s.status for s in everything} == {"active", "cancelled", "terminated"}  # documented
    one = everything[0]
    assert one.contact is not None and one.contact.email
    assert subscriptions.get(client, one.id or 0).uuid == one.uuid


def test_subscription_update_and_cancel(client: ApiClient, sandbox: Sandbox) -> None:
    active = next(
        s for s in subscriptions.list_subscriptions(client, limit=100) if s.status == "active"
    )
    assert active.id is not None
    updated = subscriptions.update(client, active.id, {"amount": 4200, "currency": "CHF"})
    assert updated.amount == 4200
    cancelled = subscriptions.cancel(client, active.id)
    assert sandbox.count("DELETE", "Subscription") == 1
    assert cancelled is None or cancelled.status == "cancelled"
    assert subscriptions.get(client, active.id).status == "cancelled"


def test_auth_token_gives_a_self_service_link(client: ApiClient) -> None:
    subscription = subscriptions.list_subscriptions(client, limit=1)[0]
    assert subscription.contact is not None and subscription.contact.id is not None
    token = auth_tokens.create(client, subscription.contact.id)
    assert token.token and token.link and token.link.startswith("http://127.0.0.1:")
    assert token.expires_at is not None


def test_transactions_list_with_filters_and_get(client: ApiClient, sandbox: Sandbox) -> None:
    created = invoices.create(client, PAYLINK)
    assert created.hash
    sandbox.pay(created.hash)
    since = datetime.now(UTC) - timedelta(minutes=5)
    recent = transactions.list_transactions(client, since=since, order="DESC", limit=50)
    assert recent and recent[0].reference_id == "INV-2024-017"
    query = sandbox.requests[-1].raw_query
    assert "filterDatetimeUtcGreaterThan=" in query and "%20" in query  # "YYYY-MM-DD HH:MM:SS"
    assert transactions.get(client, recent[0].id or 0).uuid == recent[0].uuid


# -- what goes on the wire ----------------------------------------------------------------------


def test_get_has_no_body_and_write_has_only_instance_in_query(
    client: ApiClient, sandbox: Sandbox
) -> None:
    subscriptions.list_subscriptions(client, offset=0, limit=5)
    invoices.create(client, PAYLINK)
    get, post = sandbox.requests
    assert get.raw_body == b""
    assert get.raw_query.startswith("offset=0&limit=5&ApiSignature=")
    assert get.raw_query.endswith("&instance=demo")
    assert post.raw_query == "instance=demo"
    assert b"description=Beratung%20%26%20Support%2C%20M%C3%A4rz%202024" in post.raw_body
    assert post.headers["User-Agent"] == f"paydesk/{__version__}"


def test_client_is_safe_from_many_threads(client: ApiClient, sandbox: Sandbox) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                signature_check.check(client)
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sandbox.count("GET", "SignatureCheck") == 40


# -- errors -------------------------------------------------------------------------------------


def test_wrong_secret_is_an_authentication_error(sandbox: Sandbox) -> None:
    with pytest.raises(errors.AuthenticationError) as info:
        signature_check.check(make_client(sandbox, secret="wrong"))
    assert info.value.status == 403
    assert "The API secret is not correct." in info.value.detail
    assert "wrong" not in info.value.message


def test_unknown_instance_says_so(sandbox: Sandbox) -> None:
    with pytest.raises(errors.NotFoundError) as info:
        signature_check.check(make_client(sandbox, instance="nosuchshop"))
    assert info.value.message == (
        "No instance “nosuchshop” exists on this platform: check the instance name and the base "
        "domain."
    )


def test_missing_required_field_names_the_parameter(client: ApiClient) -> None:
    with pytest.raises(errors.ValidationError) as info:
        invoices.create(client, {"title": "x", "currency": "CHF"})
    assert info.value.param == "amount"
    assert (
        info.value.message
        == "The platform refused the value of “amount”: correct it and try again."
    )


@pytest.mark.parametrize("status", [500, 502, 503])
def test_get_is_retried_on_server_errors_then_succeeds(
    client: ApiClient, sandbox: Sandbox, status: int
) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR, object="SignatureCheck", times=2, status=status)
    signature_check.check(client)
    assert sandbox.count("GET", "SignatureCheck") == 3


def test_get_gives_up_after_bounded_retries(client: ApiClient, sandbox: Sandbox) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR, object="SignatureCheck", status=503)
    with pytest.raises(errors.ServerError) as info:
        signature_check.check(client)
    assert info.value.message == (
        "The payment platform had an internal error (HTTP 503): try again in a few minutes."
    )
    assert sandbox.count("GET", "SignatureCheck") == 3


def test_writes_are_never_retried(client: ApiClient, sandbox: Sandbox) -> None:
    sandbox.set_fault(Fault.SERVER_ERROR, object="Invoice", method="POST", times=1)
    # A 5xx after a write is no clear rejection: the outcome is unknown (test_write_outcomes.py).
    with pytest.raises(errors.OutcomeUnknownError):
        invoices.create(client, PAYLINK)
    assert sandbox.count("POST", "Invoice") == 1
    assert sandbox.state.invoices == {} or all(
        inv.title != PAYLINK["title"] for inv in sandbox.state.invoices.values()
    )


def test_rate_limit_405_then_waf_403_are_rate_limited_not_wrong_secret(
    client: ApiClient, sandbox: Sandbox
) -> None:
    sandbox.set_fault(Fault.RATE_LIMIT, object="SignatureCheck", answers_405=1)
    seen = []
    for _ in range(2):
        with pytest.raises(errors.RateLimitedError) as info:
            signature_check.check(client)
        seen.append(info.value.status)
    assert seen == [405, 403]
    assert sandbox.count("GET", "SignatureCheck") == 2  # rate limits are not retried


def test_rate_budget_answers_like_the_platform(client: ApiClient, sandbox: Sandbox) -> None:
    sandbox.set_rate_budget(calls=3, per_seconds=60)
    for _ in range(3):
        signature_check.check(client)
    with pytest.raises(errors.RateLimitedError):
        signature_check.check(client)


def test_html_page_is_an_invalid_response_never_a_crash(
    client: ApiClient, sandbox: Sandbox
) -> None:
    sandbox.set_fault(Fault.HTML, object="SignatureCheck")
    with pytest.raises(errors.InvalidResponseError) as info:
        signature_check.check(client)
    assert "answered with a web page instead of API data" in info.value.message
    assert "<" in info.value.detail


def test_status_error_on_http_200_is_an_error(client: ApiClient, sandbox: Sandbox) -> None:
    sandbox.set_fault(
        Fault.ERROR_ON_200, object="Page", message="Invalid value passed for parameter 'psp'"
    )
    with pytest.raises(errors.ValidationError) as info:
        pages.create(client, {"title": "x", "amount": 100, "currency": "CHF"})
    assert info.value.param == "psp"


def test_truncated_json_on_get_is_invalid_response(client: ApiClient, sandbox: Sandbox) -> None:
    sandbox.set_fault(Fault.TRUNCATED_JSON, object="Subscription")
    with pytest.raises(errors.InvalidResponseError) as info:
        subscriptions.list_subscriptions(client)
    assert "incomplete or unreadable" in info.value.message


@pytest.mark.parametrize("fault", [Fault.TRUNCATED_JSON, Fault.DROP_CONNECTION, Fault.HANG])
def test_write_without_a_readable_answer_is_outcome_unknown(
    client: ApiClient, sandbox: Sandbox, fault: Fault
) -> None:
    sandbox.set_fault(fault, object="Invoice", method="POST", seconds=10)
    with pytest.raises(errors.OutcomeUnknownError) as info:
        invoices.create(client, PAYLINK)
    assert "not known whether it took effect" in info.value.message
    assert sandbox.count("POST", "Invoice") == 1
    # The sandbox did create it: that is exactly why "failed" would be a lie.
    assert any(inv.title == PAYLINK["title"] for inv in sandbox.state.invoices.values())


def test_get_that_hangs_times_out(sandbox: Sandbox) -> None:
    sandbox.set_fault(Fault.HANG, object="SignatureCheck", seconds=10)
    with pytest.raises(errors.TimedOutError) as info:
        signature_check.check(make_client(sandbox, read_timeout=0.5))
    assert (
        info.value.message
        == f"127.0.0.1:{sandbox.port} did not answer within 0.5 seconds: try again in a moment."
    )
    assert sandbox.count("GET", "SignatureCheck") == 1


def test_dropped_connection_on_get_is_retried(client: ApiClient, sandbox: Sandbox) -> None:
    sandbox.set_fault(Fault.DROP_CONNECTION, object="SignatureCheck", times=1)
    signature_check.check(client)
    assert sandbox.count("GET", "SignatureCheck") == 2


def test_nothing_listening_is_connection_failed_even_for_a_write() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    api = ApiClient(
        ClientConfig(
            instance="demo",
            secret=SECRET,
            base_url=f"http://127.0.0.1:{port}",
            connect_timeout=1,
            retry_backoff=0.01,
        )
    )
    with pytest.raises(errors.ConnectionFailedError) as info:
        invoices.create(api, PAYLINK)  # never sent, so safe to call "failed"
    assert info.value.message == (
        f"Cannot reach 127.0.0.1:{port}: the connection was refused. Check the internet "
        "connection and the base domain."
    )


def test_unknown_version_is_404_version_not_found(sandbox: Sandbox) -> None:
    # The client refuses unserved versions itself; the sandbox's answer is checked raw here.
    import requests

    response = requests.get(f"{sandbox.base_url}/v2.0/SignatureCheck/?instance=demo", timeout=5)
    assert response.status_code == 404
    assert response.json() == {"status": "error", "message": "Version not found."}
    assert response.headers["Content-Type"] == "application/json"


def test_secret_never_appears_in_errors_or_logs(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    api = make_client(sandbox, scheme=AuthScheme.API_KEY_HEADER)
    sandbox.set_fault(Fault.SERVER_ERROR, object="SignatureCheck")
    with pytest.raises(errors.ServerError) as info:
        signature_check.check(api)
    assert SECRET not in str(info.value) and SECRET not in info.value.detail
    assert SECRET not in caplog.text

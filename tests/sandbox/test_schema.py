"""Every answer the sandbox gives to a call the app makes holds to the platform's documented
response schema, and carries no field that no source documents.

The calls are the app's own (``app.api``, with parameters built by the app's form validation),
sent to the sandbox over loopback; every raw answer is captured on its way in. The schemas and
examples are copied from the platform's reference into ``fixtures/payrexx_responses.json``.

Two checks per answer:

1. ``jsonschema`` validation of the whole envelope against the documented response schema. The
   reference lacks some calls; what stands in for them:

   * Invoice read and delete, Page create/read/list: the documented Invoice-create schema
     (``Paylink``). API.md §4: a Page is answered "as Invoice"; a delete answers the object's
     ``id``, an integer as ``Paylink.id`` types it.
   * Transaction read: the ``Transaction`` schema the list answers with (the read example has
     no schema of its own).
   * AuthToken: written from API.md §4 and the PHP SDK 2.0.12 response model: ``authToken`` and
     ``link`` strings, ``authTokenExpirationDate`` a string (``?string`` in the SDK).
   * SignatureCheck: nothing documents ``data``; the SDK reads one object from it, so: a
     non-empty list of objects.

   One documented widening: ``purpose`` is typed a string in ``Paylink``, yet the reference's
   own PHP example (Gateway) answers a map language-id -> text, as the app sends it.

2. No invented field: each key path of an answer (``invoice.products[].price``) appears in the
   documented schema or a documented example of that object, old or current shape, or in the
   short list of fields the official SDK's response models read (``SDK_FIELDS``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import requests

from app.api import auth_tokens, invoices, pages, signature_check, subscriptions, transactions
from app.api.client import ApiClient, ClientConfig
from app.api.errors import ApiError
from app.models.paylink_form import FormValues, Kind, validate
from app.sandbox import Sandbox
from tests.conftest import SANDBOX_SECRET as SECRET

SPEC = json.loads((Path(__file__).parent / "fixtures" / "payrexx_responses.json").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

# Read by the official SDK's response models (PHP SDK 2.0.12, Models/Response/Invoice.php and
# the request model it extends), and shown in the reference's PHP example of an Invoice; not in
# the JSON example.
SDK_FIELDS = {
    "Paylink": {
        "status",
        "title",
        "description",
        "expirationDate",
        "successRedirectUrl",
        "failedRedirectUrl",
    },
}


# -- the documented schemas -------------------------------------------------------------------


def _inline(node: Any) -> Any:
    """The schema with every ``#/components/schemas/X`` replaced by X itself."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            return _inline(SCHEMAS[ref.rsplit("/", 1)[1]])
        return {k: _inline(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v) for v in node]
    return node


def documented(call: str, status: str = "200") -> dict[str, Any]:
    return dict(_inline(SPEC["responses"][call][status]["schema"]))


def _envelope(item: dict[str, Any], *, non_empty: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {"type": "array", "items": item}
    if non_empty:
        data["minItems"] = 1
    return {"type": "object", "properties": {"status": {"type": "string"}, "data": data}}


def _paylink_schema() -> dict[str, Any]:
    schema = documented("POST /Invoice/")
    item = schema["properties"]["data"]["items"]
    # The documented widening (see the module's docstring).
    item["properties"]["purpose"] = {"type": ["string", "object"]}
    return schema


STAND_INS: dict[str, dict[str, Any]] = {
    "AuthToken": _envelope(
        {
            "type": "object",
            "required": ["authToken", "authTokenExpirationDate", "link"],
            "properties": {
                "authToken": {"type": "string", "minLength": 1},
                "authTokenExpirationDate": {"type": "string"},
                "link": {"type": "string", "minLength": 1},
            },
        },
        non_empty=True,
    ),
    "SignatureCheck": _envelope({"type": "object"}, non_empty=True),
}


def response_schema(method: str, object_name: str, with_id: bool) -> dict[str, Any]:
    """The documented (or stand-in) schema of a successful answer."""
    if object_name in ("Invoice", "Page"):
        return _paylink_schema()
    if object_name == "Subscription":
        return documented(f"{method} /Subscription/{'{id}/' if with_id else ''}")
    if object_name == "Transaction":
        return documented("GET /Transaction/")
    return STAND_INS[object_name]


# -- the documented fields --------------------------------------------------------------------


def _schema_paths(schema: dict[str, Any], prefix: str = "") -> set[str]:
    paths: set[str] = set()
    for name, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}{name}"
        paths.add(path)
        if isinstance(sub, dict):
            paths |= _schema_paths(sub, path + ".")
            if isinstance(sub.get("items"), dict):
                paths |= _schema_paths(sub["items"], path + "[].")
    return paths


def key_paths(value: Any, prefix: str = "") -> set[str]:
    """``{"a": {"b": 1}, "c": [{"d": 2}]}`` -> {"a", "a.b", "c", "c[].d"}."""
    paths: set[str] = set()
    if isinstance(value, dict):
        for name, sub in value.items():
            path = f"{prefix}{name}"
            paths.add(path)
            paths |= key_paths(sub, path + ".")
    elif isinstance(value, list):
        for item in value:
            paths |= key_paths(item, prefix[:-1] + "[]." if prefix else "[].")
    return paths


def _example_items(*calls: str) -> Iterator[dict[str, Any]]:
    for call in calls:
        for example in SPEC["responses"][call]["200"].get("examples", {}).values():
            yield from example["data"]


def _documented_paths(component: str, *calls: str) -> set[str]:
    paths = _schema_paths(SCHEMAS[component]) | SDK_FIELDS.get(component, set())
    for item in _example_items(*calls):
        paths |= key_paths(item)
    return paths


TRANSACTION_PATHS = _documented_paths("Transaction", "GET /Transaction/", "GET /Transaction/{id}/")
SUBSCRIPTION_PATHS = _documented_paths(
    "Subscription", "GET /Subscription/", "GET /Subscription/{id}/", "PUT /Subscription/{id}/"
)
# A paylink's payments (``invoices``): no source documents their items. The sandbox writes them
# as the documented invoice of a Subscription with the payment's transactions (documented
# Transaction shape) beside it, so every name in them is a documented one.
PAYLINK_PATHS = (
    _documented_paths("Paylink", "POST /Invoice/")
    | {
        p[len("invoice") :].replace(".", "invoices[].", 1)
        for p in SUBSCRIPTION_PATHS
        if p.startswith("invoice.")
    }
    | {"invoices[].transactions"}
    | {f"invoices[].transactions[].{p}" for p in TRANSACTION_PATHS}
)
DOCUMENTED_PATHS = {
    "Invoice": PAYLINK_PATHS,
    "Page": PAYLINK_PATHS,
    "Subscription": SUBSCRIPTION_PATHS,
    "Transaction": TRANSACTION_PATHS,
    "AuthToken": {"authToken", "authTokenExpirationDate", "link"},
    "SignatureCheck": {"id"},
}


# -- the app's calls, captured ----------------------------------------------------------------


class Captured:
    def __init__(self) -> None:
        self.answers: list[tuple[str, str, int | None, int, Any]] = []

    def session(self) -> requests.Session:
        session = requests.Session()
        session.hooks["response"].append(self._record)
        return session

    def _record(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        segments = urlsplit(response.request.url or "").path.strip("/").split("/")
        object_id = int(segments[2]) if len(segments) > 2 and segments[2] != "0" else None
        body = json.loads(response.content)
        method = response.request.method or ""
        self.answers.append((method, segments[1], object_id, response.status_code, body))


@pytest.fixture(params=["current", "legacy"])
def shapes(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def answers(shapes: str) -> list[tuple[str, str, int | None, int, Any]]:
    """Every answer to every call the app makes, against a sandbox with demo data."""
    captured = Captured()
    with Sandbox(secret=SECRET, today=date.today(), shapes=shapes) as sandbox:
        client = ApiClient(
            ClientConfig(instance="demo", secret=SECRET, base_url=sandbox.base_url),
            session_factory=captured.session,
        )
        try:
            _make_every_call(client, sandbox)
        finally:
            client.close()
    return captured.answers


def _form(kind: Kind, **values: Any) -> dict[str, Any]:
    errors, form = validate(FormValues(**values), kind, date.today())
    assert not errors and form is not None, errors
    return form.params


def _make_every_call(client: ApiClient, sandbox: Sandbox) -> None:
    signature_check.check(client)
    plain = invoices.create(client, _form(Kind.INVOICE, title="Reparatur", amount="125.50"))
    full = invoices.create(
        client,
        _form(
            Kind.INVOICE,
            title="Beratung",
            description="März",
            purpose_per_language=True,
            purposes={"de": "Beratung", "fr": "Conseil"},
            amount="1'250.00",
            currency="EUR",
            vat_rate="8.1",
            reference="R-1",
            expiry=(date.today() + timedelta(days=30)).isoformat(),
            email="kunde@example.ch",
            email_required=True,
            forename="Anna",
            psp="36, 44",
            pm="visa, twint",
            success_url="https://shop.example.com/ok",
            failed_url="https://shop.example.com/no",
            button_text="Bezahlen",
            sku="SKU-1",
        ),
    )
    sandbox.pay(full.link or "")
    for created in (plain, full):
        invoices.get(client, created.id or 0)
    invoices.delete(client, plain.id or 0)
    page = pages.create(client, _form(Kind.PAGE, title="Spenden", amount="50", purpose="Spende"))
    sandbox.pay(page.link or "")
    pages.get(client, page.id or 0)
    pages.list_pages(client)
    pages.list_pages(client, 1, 2)  # as History pages through them

    listed = subscriptions.list_subscriptions(client, limit=100, order="DESC")
    subscriptions.list_subscriptions(client, offset=10, limit=10)
    first = listed[0].id or 0
    subscriptions.get(client, first)
    changed = {"amount": 4500, "currency": "EUR", "purpose": "Neu", "vatRate": "7.7"}
    subscriptions.update(client, first, changed)
    subscriptions.cancel(client, first)
    contact = listed[1].contact
    assert contact is not None and contact.id is not None
    auth_tokens.create(client, contact.id)

    since = datetime.now(UTC) - timedelta(days=400)
    payments = transactions.list_transactions(client, since=since, order="DESC")
    transactions.get(client, payments[0].id or 0)

    for failing in (
        lambda: invoices.get(client, 999_999),
        lambda: subscriptions.get(client, 1),
        lambda: transactions.get(client, 1),
        lambda: subscriptions.update(client, first, {"currency": "Franken"}),
    ):
        with pytest.raises(ApiError):
            failing()


# -- the tests --------------------------------------------------------------------------------


def test_every_call_the_app_makes_was_answered(answers: list[Any]) -> None:
    made = {(method, name, object_id is not None) for method, name, object_id, _, _ in answers}
    assert made >= {
        ("GET", "SignatureCheck", False),
        ("POST", "Invoice", False),
        ("GET", "Invoice", True),
        ("DELETE", "Invoice", True),
        ("POST", "Page", False),
        ("GET", "Page", True),
        ("GET", "Page", False),
        ("GET", "Subscription", False),
        ("GET", "Subscription", True),
        ("PUT", "Subscription", True),
        ("DELETE", "Subscription", True),
        ("POST", "AuthToken", False),
        ("GET", "Transaction", False),
        ("GET", "Transaction", True),
    }


def test_every_success_validates_against_the_documented_schema(answers: list[Any]) -> None:
    for method, name, object_id, status, body in answers:
        if status != 200:
            continue
        assert body["status"] == "success"
        assert isinstance(body["data"], list)
        schema = response_schema(method, name, object_id is not None)
        jsonschema.validate(body, schema, cls=jsonschema.Draft7Validator)


def test_every_error_validates_against_the_documented_error_schema(answers: list[Any]) -> None:
    errors = [
        (name, object_id, status, body)
        for _, name, object_id, status, body in answers
        if status != 200
    ]
    assert {status for _, _, status, _ in errors} == {400, 404}
    error_schema = documented("GET /Subscription/", "404")
    for name, object_id, status, body in errors:
        jsonschema.validate(body, error_schema, cls=jsonschema.Draft7Validator)
        assert body["status"] == "error"
        if status == 404:
            assert body["message"] == f"An error occurred: No {name} found with id {object_id}"


def test_no_answer_carries_an_undocumented_field(answers: list[Any]) -> None:
    for method, name, _, status, body in answers:
        if status != 200:
            continue
        for item in body["data"]:
            # A per-language purpose is a map: its keys (language ids) are data, not fields.
            fields = {p for p in key_paths(item) if not p.startswith("purpose.")}
            invented = fields - DOCUMENTED_PATHS[name]
            assert not invented, f"{method} {name}: {sorted(invented)}"


def test_no_null_where_the_sdk_types_a_string(answers: list[Any]) -> None:
    """The official SDK 2.0.12 crashes on ``null`` for these (typed ``string``, not ``?string``);
    the documented ``null``s (a running subscription's ``end``, ...) are typed ``?string``."""
    non_nullable = {
        "Invoice": (
            "hash",
            "link",
            "status",
            "expirationDate",
            "successRedirectUrl",
            "failedRedirectUrl",
            "title",
            "description",
            "referenceId",
            "name",
            "currency",
            "sku",
        ),
        "Subscription": ("status", "start"),
        "AuthToken": ("authToken", "link"),
    }
    non_nullable["Page"] = non_nullable["Invoice"]
    for _, name, _, status, body in answers:
        if status != 200:
            continue
        for item in body["data"]:
            for key in non_nullable.get(name, ()):
                assert item.get(key, "") is not None, (name, key)


def test_the_shapes_differ_where_the_documents_do(answers: list[Any], shapes: str) -> None:
    subscription = next(
        body["data"][0]
        for method, name, object_id, status, body in answers
        if (method, name, status) == ("GET", "Subscription", 200) and object_id is not None
    )
    payment = next(
        body["data"][0]
        for method, name, object_id, status, body in answers
        if (method, name, status) == ("GET", "Transaction", 200) and object_id is not None
    )
    invoice = subscription["invoice"]
    if shapes == "current":
        assert "amount" not in invoice and "amount" not in payment
        assert invoice["originalAmount"] > 0 and invoice["test"] in (0, 1)
        assert payment["invoice"]["totalAmount"] > 0
        assert "countryISO" in subscription["contact"] and "uuid" in subscription
    else:
        assert set(invoice) == {
            "number",
            "amount",
            "currency",
            "referenceId",
            "paymentRequestId",
            "paymentLink",
        }
        assert payment["amount"] > 0 and "totalAmount" not in payment["invoice"]
        assert "uuid" not in subscription
    assert payment["invoice"]["currencyAlpha3"] in ("CHF", "EUR")
    assert payment["mode"] in ("LIVE", "TEST")

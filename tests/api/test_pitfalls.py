"""API.md §5: mistakes other clients made. Each test fails if the client made that mistake."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from app.api.client import ApiClient, ClientConfig
from app.api.platform import check_base_domain
from app.api.signing import api_signature, http_build_query, php_float, wire_query

SECRET = "API-SECRET"


def client(**overrides: object) -> ApiClient:
    config = {"instance": "shop", "secret": SECRET, "base_domain": "okepay.info", **overrides}
    return ApiClient(ClientConfig(**config))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("char", "encoded"),
    [("~", "%7E"), ("!", "%21"), ("*", "%2A"), ("'", "%27"), ("(", "%28"), (")", "%29")],
)
def test_tilde_and_sub_delims_are_encoded_in_the_signed_form(char: str, encoded: str) -> None:
    assert http_build_query({"t": char}) == f"t={encoded}"


def test_booleans_are_one_and_zero_not_words() -> None:
    assert http_build_query({"a": True, "b": False}) == "a=1&b=0"


def test_null_is_left_out_not_none_or_empty() -> None:
    assert http_build_query({"a": None, "b": "x"}) == "b=x"


def test_lists_get_explicit_indexes_never_empty_brackets_or_repeats() -> None:
    rendered = http_build_query({"pm": ["visa", "twint"]})
    assert rendered == "pm%5B0%5D=visa&pm%5B1%5D=twint"
    assert "%5B%5D" not in rendered


def test_signature_on_the_wire_is_percent_encoded() -> None:
    # PHP's vector "spaces and reserved characters": its signature holds '+' and '='.
    params = {"purpose": "Abo Basis", "title": "a&b=c+d", "sym": "~!*()'", "path": "x/y?z#w"}
    signature = api_signature(params, SECRET)
    assert signature == "DMuvrPPEMxppXOhZU4RkspA7T5CHBCBMmjXX+y6F3qE="
    call = client().prepare("GET", "Invoice", 1, params)
    query = urlsplit(call.url).query
    raw = dict(part.split("=", 1) for part in query.split("&"))
    assert raw["ApiSignature"] == signature.replace("+", "%2B").replace("/", "%2F").replace(
        "=", "%3D"
    )
    assert dict(parse_qsl(query))["ApiSignature"] == signature


def test_signature_is_over_the_plus_form_not_the_percent_20_form() -> None:
    params = {"purpose": "Abo Basis"}
    call = client().prepare("POST", "Invoice", None, params)
    body = dict(parse_qsl(call.body.decode() if call.body else ""))
    assert body["ApiSignature"] == api_signature(params, SECRET)
    assert "purpose=Abo%20Basis" in call.body.decode()  # type: ignore[union-attr]


def test_get_sends_no_body() -> None:
    call = client().prepare("GET", "Subscription", None, {"offset": 10, "limit": 10})
    assert call.body is None
    assert "offset=10&limit=10&ApiSignature=" in call.url


def test_write_sends_form_body_and_only_instance_in_query() -> None:
    call = client().prepare("POST", "Invoice", None, {"amount": 100})
    assert urlsplit(call.url).query == "instance=shop"
    assert call.body is not None and call.body.startswith(b"amount=100&ApiSignature=")
    assert call.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_api_signature_comes_last_before_instance_on_get() -> None:
    call = client().prepare("GET", "Invoice", 5, {"a": 1})
    names = [part.split("=")[0] for part in urlsplit(call.url).query.split("&")]
    assert names == ["a", "ApiSignature", "instance"]


def test_floats_are_not_rendered_by_repr() -> None:
    assert php_float(5.90 * 100) == "590"
    assert php_float(0.1 + 0.2) == "0.3"
    assert http_build_query({"vatRate": 7.7}) == "vatRate=7.7"


@pytest.mark.parametrize(
    "bad", ["", "   ", "https://okepay.info", "okepay.info/x", "okepay.info:443", "localhost"]
)
def test_base_domain_must_be_a_host_name(bad: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        check_base_domain(bad)
    with pytest.raises(ValueError):
        client(base_domain=bad)


def test_the_url_never_becomes_api_dot_slash() -> None:
    call = client().prepare("GET", "Invoice", 1)
    assert call.url.startswith("https://api.okepay.info/v1.0/Invoice/1/?")


def test_api_key_scheme_sends_header_and_no_signature() -> None:
    call = client(scheme="api-key header").prepare("GET", "Invoice", 1)
    assert call.headers["X-API-KEY"] == SECRET
    assert "ApiSignature" not in call.url


def test_secret_is_never_on_the_wire_with_signature_scheme() -> None:
    call = client().prepare("POST", "Invoice", None, {"title": "x"})
    assert SECRET not in call.url
    assert SECRET.encode() not in (call.body or b"")
    assert "X-API-KEY" not in call.headers


def test_secret_never_in_repr() -> None:
    c = client()
    assert SECRET not in repr(c) and SECRET not in repr(c.config)


def test_plain_http_refused_except_loopback() -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        client(base_url="http://example.com")
    with pytest.raises(ValueError):
        client(base_url="http://10.0.0.1:8080")
    assert client(base_url="http://127.0.0.1:8080").host == "127.0.0.1:8080"
    assert client(base_url="http://[::1]:8080").host == "[::1]:8080"


@pytest.mark.parametrize("bad", ["v2.0", "v1.17", "1.14", "V1.14", ""])
def test_unknown_version_is_refused_locally(bad: str) -> None:
    with pytest.raises(ValueError, match=r"v1\.0 to v1\.16"):
        client(version=bad)


@pytest.mark.parametrize("version", ["v1.14", "v1.16"])
def test_served_versions_are_the_first_path_segment(version: str) -> None:
    assert (
        client(version=version)
        .prepare("GET", "Page")
        .url.startswith(f"https://api.okepay.info/{version}/Page/?")
    )


def test_wire_and_signed_forms_of_one_call_share_a_sequence() -> None:
    params = {"title": "Café ~ 2", "psp": [36]}
    assert wire_query(params).replace("%20", "+").replace("~", "%7E") == http_build_query(params)

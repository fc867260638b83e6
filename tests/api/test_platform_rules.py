"""The platform's rules live once (`app.api.platform`): the profile settings and the API client
give every input the same verdict, with the same sentence. Before, a Demo profile on
http://localhost:8080 passed the settings and was then refused by the client."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.api import client as client_module
from app.api import money, platform
from app.api.client import ApiClient, ClientConfig
from app.api.platform import (
    FIRST_SPECIFIC_STATUS_VERSION,
    LOOPBACK_HOSTS,
    NEWEST_VERSION,
    SERVED_VERSIONS,
    AuthScheme,
    decimals,
    is_currency_code,
    lower_versions,
    specific_status_codes,
)
from app.models.session import client_config
from app.settings import profile as profile_module
from app.settings.demo import DEMO_SECRET, demo_profile
from app.settings.profile import ProfileValidationError, profile_from_values, validate_profile

DEMO = {"display_name": "Demo", "instance": "demo", "is_demo": True, "id": "demo"}
SHOP = {"display_name": "Shop", "instance": "shop"}


def settings_verdict(field: str, value: str, base: dict[str, object]) -> str | None:
    """None when the settings accept `value` for `field`, else the sentence they show."""
    return validate_profile({**base, field: value}).get(field)


def client_verdict(**config: str) -> str | None:
    """None when the client accepts the configuration, else the sentence it raises."""
    try:
        ApiClient(ClientConfig(instance="demo", secret="s", **config)).close()
    except ValueError as exc:
        return str(exc)
    return None


BASE_URLS = [
    ("http://127.0.0.1:8080", True),
    ("http://127.0.0.1:8080/", True),
    ("https://127.0.0.1:8443", True),
    ("http://[::1]:8080", True),
    (" http://127.0.0.1:8080 ", True),
    ("http://localhost:8080", False),  # a name: the resolver decides where it goes
    ("http://LOCALHOST:8080", False),
    ("http://127.0.0.2:8080", False),
    ("http://0.0.0.0:8080", False),
    ("http://[::ffff:127.0.0.1]:8080", False),
    ("http://10.0.0.1:8080", False),
    ("http://example.com:8080", False),
    ("http://127.0.0.1", False),  # no port
    ("http://127.0.0.1:99999", False),
    ("http://127.0.0.1:8080/v1.0", False),
    ("http://127.0.0.1:8080/?instance=x", False),
    ("http://127.0.0.1:8080/#x", False),
    ("http://user@127.0.0.1:8080", False),
    ("ftp://127.0.0.1:21", False),
    ("127.0.0.1:8080", False),
    ("http://127.0.0.1.nip.io:8080", False),
]


@pytest.mark.parametrize(("url", "accepted"), BASE_URLS)
def test_a_base_url_gets_the_same_verdict_from_settings_and_client(
    url: str, accepted: bool
) -> None:
    in_settings = settings_verdict("base_url", url, DEMO)
    in_client = client_verdict(base_url=url)
    assert in_settings == in_client
    assert (in_settings is None) is accepted
    if not accepted:
        assert in_settings == (
            "The base URL must be a loopback address with a port, for example "
            "http://127.0.0.1:8080."
        )


@pytest.mark.parametrize(("url", "accepted"), BASE_URLS)
def test_a_demo_profile_the_settings_accept_is_one_the_client_accepts(
    url: str, accepted: bool
) -> None:
    """The path the app takes: settings build the profile, the session builds its client."""
    try:
        profile = demo_profile(url)
    except ProfileValidationError:
        assert not accepted
        return
    assert accepted
    client = ApiClient(client_config(profile, DEMO_SECRET))
    assert client.host in {"127.0.0.1:8080", "127.0.0.1:8443", "[::1]:8080"}
    client.close()


BASE_DOMAINS = [
    ("payrexx.com", True),
    (" OKEPAY.info ", True),
    ("demo.invalid", True),
    ("xn--zrich-kva.ch", True),
    ("a-b.c-d.ch", True),
    ("", False),
    ("   ", False),
    ("https://payrexx.com", False),
    ("payrexx.com/v1.0", False),
    ("payrexx.com?x=1", False),
    ("payrexx.com:443", False),
    ("user@payrexx.com", False),
    ("payrexx", False),
    ("localhost", False),
    ("api.payrexx.com", False),  # would become api.api.payrexx.com
    ("pay_rexx.com", False),
    ("zürich.ch", False),
    ("payrexx..com", False),
    (".payrexx.com", False),
    ("payrexx.com.", False),
    ("-payrexx.com", False),
    (("a" * 64) + ".com", False),
    (".".join(["a" * 60] * 5), False),  # longer than a host name may be
    ("10.0.0.1", False),
    ("127.0.0.1", False),
]


@pytest.mark.parametrize(("domain", "accepted"), BASE_DOMAINS)
def test_a_base_domain_gets_the_same_verdict_from_settings_and_client(
    domain: str, accepted: bool
) -> None:
    in_settings = settings_verdict("base_domain", domain, SHOP)
    in_client = client_verdict(base_domain=domain)
    assert in_settings == in_client
    assert (in_settings is None) is accepted


VERSIONS = [
    *((version, True) for version in SERVED_VERSIONS),
    (" v1.16 ", True),
    ("v1.17", False),
    ("v2.0", False),
    ("1.14", False),
    ("V1.14", False),
    ("v1.014", False),
    ("v1", False),
    ("", False),
]


@pytest.mark.parametrize(("version", "accepted"), VERSIONS)
def test_a_version_gets_the_same_verdict_from_settings_and_client(
    version: str, accepted: bool
) -> None:
    in_settings = settings_verdict("api_version", version, SHOP)
    in_client = client_verdict(version=version)
    assert in_settings == in_client
    assert (in_settings is None) is accepted
    if not accepted:
        assert in_settings == "Choose an API version from v1.0 to v1.16."


@pytest.mark.parametrize("scheme", list(AuthScheme))
def test_a_profile_s_auth_scheme_is_the_client_s(scheme: AuthScheme) -> None:
    profile = profile_from_values({**SHOP, "auth_scheme": scheme.value})
    assert client_config(profile, "s").scheme is scheme


def test_the_rules_are_written_once() -> None:
    """Settings and client hold the platform's objects themselves, not copies of them."""
    assert profile_module.AuthScheme is client_module.AuthScheme is AuthScheme
    assert profile_module.SERVED_VERSIONS is SERVED_VERSIONS
    assert profile_module.LOOPBACK_HOSTS is LOOPBACK_HOSTS
    assert profile_module.BASE_DOMAIN_PRESETS is platform.BASE_DOMAIN_PRESETS
    assert profile_module.CURRENCIES is platform.CURRENCIES
    assert money.decimals is decimals
    assert {"127.0.0.1", "::1"} == LOOPBACK_HOSTS


def test_v1_0_to_v1_16_are_served_and_new_profiles_start_on_the_newest() -> None:
    assert tuple(f"v1.{minor}" for minor in range(17)) == SERVED_VERSIONS
    assert NEWEST_VERSION == "v1.16"


@pytest.mark.parametrize(
    ("version", "specific"),
    [("v1.0", False), ("v1.9", False), ("v1.14", False), ("v1.15", True), ("v1.16", True)],
)
def test_specific_status_codes_from_v1_15_on(version: str, specific: bool) -> None:
    assert FIRST_SPECIFIC_STATUS_VERSION == "v1.15"
    assert specific_status_codes(version) is specific


@pytest.mark.parametrize("bad", ["1.15", "v2.0", "", "v1.x"])
def test_specific_status_codes_refuses_what_is_no_version(bad: str) -> None:
    with pytest.raises(ValueError):
        specific_status_codes(bad)


@pytest.mark.parametrize(
    ("version", "count", "lower"),
    [
        ("v1.16", 3, ("v1.15", "v1.14", "v1.13")),
        ("v1.10", 3, ("v1.9", "v1.8", "v1.7")),
        ("v1.2", 3, ("v1.1", "v1.0")),
        ("v1.0", 3, ()),
        ("v1.16", 0, ()),
        ("v1.17", 1, ("v1.16",)),
    ],
)
def test_lower_versions_counts_down_from_the_next_one(
    version: str, count: int, lower: tuple[str, ...]
) -> None:
    assert lower_versions(version, count) == lower


@pytest.mark.parametrize(
    ("currency", "places"),
    [("CHF", 2), ("eur", 2), ("JPY", 0), ("KRW", 0), ("KWD", 3), ("XYZ", 2)],
)
def test_currencies_know_their_minor_unit(currency: str, places: int) -> None:
    assert decimals(currency) == places
    assert money.from_minor(12345, currency) == Decimal(12345).scaleb(-places)


def test_every_offered_currency_is_a_code() -> None:
    assert platform.CURRENCIES[:4] == ("CHF", "EUR", "USD", "GBP")
    assert len(set(platform.CURRENCIES)) == len(platform.CURRENCIES)
    assert all(is_currency_code(code) for code in platform.CURRENCIES)
    assert not any(is_currency_code(code) for code in ("", "chf", "CH", "CHFF", "C1F", "€"))

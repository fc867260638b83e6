"""The declared profile schema: every invalid value refused with its sentence, normalisation,
ids, and the file format of one profile."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.settings.paths import AppPaths
from app.settings.profile import (
    BASE_DOMAIN_PRESETS,
    CURRENCIES,
    FIELD_NAMES,
    SERVED_VERSIONS,
    STORED_FIELDS,
    AuthScheme,
    Profile,
    ProfileValidationError,
    new_profile_id,
    profile_from_json,
    profile_from_values,
    profile_to_json,
    profile_values,
    slugify,
    validate_profile,
)
from app.settings.profiles import ProfileRepository

VALID: dict[str, object] = {
    "id": "shop",
    "display_name": "Shop",
    "instance": "example",
    "base_domain": "okepay.info",
    "api_version": "v1.0",
    "auth_scheme": "signature",
    "default_currency": "CHF",
    "default_language": "de",
    "reference_prefix": "INV-",
    "default_vat_rate": "8.1",
    "read_only": False,
    "confirm_above": "500",
    "rate_budget": "600",
}
DEMO_VALID: dict[str, object] = {
    **VALID,
    "id": "demo",
    "is_demo": True,
    "base_url": "http://127.0.0.1:8080",
}

# (field, invalid value, part of the sentence the user sees)
INVALID: list[tuple[str, object, str]] = [
    ("display_name", "", "Enter a display name."),
    ("display_name", "   ", "Enter a display name."),
    (
        "display_name",
        "Shop\tBern",
        "must not contain control, invisible or direction-changing characters (U+",
    ),
    ("display_name", "x" * 81, "too long (at most 80 characters)"),
    ("display_name", 42, "must be text"),
    ("instance", "", "Enter the instance name"),
    ("instance", "example.payrexx.com", "only the instance name, not an address"),
    ("instance", "https://example", "only the instance name, not an address"),
    ("instance", "my shop", "only letters a–z, digits and hyphens"),
    ("instance", "my_shop", "only letters a–z, digits and hyphens"),
    ("instance", "zürich", "only letters a–z, digits and hyphens"),
    ("instance", "-example", "must not start or end with a hyphen"),
    ("instance", "example-", "must not start or end with a hyphen"),
    ("instance", "a" * 64, "too long (at most 63 characters)"),
    ("instance", None, "must be text"),
    ("base_domain", "", "Enter the base domain"),
    ("base_domain", "  ", "Enter the base domain"),
    ("base_domain", "https://payrexx.com", "without “https://”"),
    ("base_domain", "payrexx.com/v1.0", "without a path"),
    ("base_domain", "payrexx.com?x=1", "without a path"),
    ("base_domain", "payrexx.com:443", "without a port"),
    ("base_domain", "payrexx", "needs a dot"),
    ("base_domain", "api.payrexx.com", "Leave out “api.”"),
    ("base_domain", "pay rexx.com", "only letters a–z, digits, hyphens and dots"),
    ("base_domain", "pay_rexx.com", "only letters a–z, digits, hyphens and dots"),
    ("base_domain", "payrexx..com", "not a valid host name"),
    ("base_domain", ".payrexx.com", "not a valid host name"),
    ("base_domain", "payrexx.com.", "not a valid host name"),
    ("base_domain", "-payrexx.com", "not a valid host name"),
    ("base_domain", ("a" * 64) + ".com", "not a valid host name"),
    ("base_domain", "10.0.0.1", "not an IP address"),
    ("base_domain", None, "must be text"),
    ("api_version", "", "Choose an API version from v1.0 to v1.16."),
    ("api_version", "v2.0", "Choose an API version from v1.0 to v1.16."),
    ("api_version", "v1.17", "Choose an API version from v1.0 to v1.16."),
    ("api_version", "1.0", "Choose an API version from v1.0 to v1.16."),
    ("api_version", "V1.0", "Choose an API version from v1.0 to v1.16."),
    ("api_version", 16, "The API version must be text."),
    ("auth_scheme", "", "must be “signature” or “api-key header”"),
    ("auth_scheme", "hmac", "must be “signature” or “api-key header”"),
    ("auth_scheme", "Signature", "must be “signature” or “api-key header”"),
    ("default_currency", "", "three-letter code"),
    ("default_currency", "CH", "three-letter code"),
    ("default_currency", "CHFF", "three-letter code"),
    ("default_currency", "C1F", "three-letter code"),
    ("default_currency", "€", "three-letter code"),
    ("default_language", "", "one of de, fr, it or en"),
    ("default_language", "es", "one of de, fr, it or en"),
    ("default_language", "deu", "one of de, fr, it or en"),
    ("reference_prefix", "x" * 21, "too long (at most 20 characters)"),
    (
        "reference_prefix",
        "IN\nV",
        "must not contain control, invisible or direction-changing characters (U+",
    ),
    ("reference_prefix", 7, "must be text"),
    ("default_vat_rate", "-1", "from 0 to 100"),
    ("default_vat_rate", "100.01", "from 0 to 100"),
    ("default_vat_rate", "abc", "from 0 to 100"),
    ("default_vat_rate", "8.1%", "from 0 to 100"),
    ("default_vat_rate", "NaN", "from 0 to 100"),
    ("default_vat_rate", "Infinity", "from 0 to 100"),
    ("default_vat_rate", "1e1", "from 0 to 100"),
    ("default_vat_rate", Decimal("NaN"), "from 0 to 100"),
    ("default_vat_rate", 8.1, "from 0 to 100"),  # a float: never
    ("default_vat_rate", True, "from 0 to 100"),
    ("read_only", "yes", "Read-only must be on or off"),
    ("read_only", 1, "Read-only must be on or off"),
    ("read_only", None, "Read-only must be on or off"),
    ("confirm_above", "-0.01", "0 or more"),
    ("confirm_above", "lots", "0 or more"),
    ("confirm_above", "sNaN", "0 or more"),
    ("confirm_above", 500.0, "0 or more"),
    ("rate_budget", 0, "whole number from 1 to 100000"),
    ("rate_budget", -5, "whole number from 1 to 100000"),
    ("rate_budget", "0", "whole number from 1 to 100000"),
    ("rate_budget", 100_001, "whole number from 1 to 100000"),
    ("rate_budget", "ten", "whole number from 1 to 100000"),
    ("rate_budget", "", "whole number from 1 to 100000"),
    ("rate_budget", 1.5, "whole number from 1 to 100000"),
    ("rate_budget", True, "whole number from 1 to 100000"),
    ("is_demo", "true", "The Demo switch must be on or off"),
    ("base_url", "http://127.0.0.1:8080", "only allowed for the built-in Demo instance"),
    ("id", "Shop", "lowercase letters a–z, digits and single hyphens"),
    ("id", "../etc/passwd", "lowercase letters a–z, digits and single hyphens"),
    ("id", "a--b", "lowercase letters a–z, digits and single hyphens"),
    ("id", "x" * 49, "lowercase letters a–z, digits and single hyphens"),
    ("id", "demo", "reserved for the built-in Demo instance"),
]

# Base URLs refused even for the Demo profile.
INVALID_DEMO_BASE_URLS = [
    "",
    "https://api.payrexx.com",
    "http://127.0.0.1",
    "ftp://127.0.0.1:21",
    "http://127.0.0.1:8080/v1.0",
    "http://127.0.0.1:8080/?instance=x",
    "http://user@127.0.0.1:8080",
    "http://10.0.0.1:8080",
    "http://localhost:8080",  # a name, not an address: see app.api.platform.LOOPBACK_HOSTS
    "http://127.0.0.2:8080",
    "127.0.0.1:8080",
    "http://127.0.0.1:99999",
]


def _case_id(case: tuple[str, object, str]) -> str:
    return f"{case[0]}={case[1]!r}"[:60]


@pytest.mark.parametrize(("name", "value", "message"), INVALID, ids=map(_case_id, INVALID))
def test_every_invalid_field_value_is_refused_with_its_sentence(
    name: str, value: object, message: str
) -> None:
    errors = validate_profile({**VALID, name: value})

    assert list(errors) == [name]
    assert message in errors[name]
    assert errors[name].endswith(".")


@pytest.mark.parametrize(("name", "value", "message"), INVALID, ids=map(_case_id, INVALID))
def test_building_a_profile_from_an_invalid_value_raises_the_same_sentence(
    name: str, value: object, message: str
) -> None:
    with pytest.raises(ProfileValidationError) as caught:
        profile_from_values({**VALID, name: value})

    assert caught.value.errors == validate_profile({**VALID, name: value})


FILE_CASES = [
    case
    for case in INVALID
    if case[0] in STORED_FIELDS and isinstance(case[1], str | int | bool | type(None))
]


@pytest.mark.parametrize(("name", "value", "message"), FILE_CASES, ids=map(_case_id, FILE_CASES))
def test_an_invalid_value_in_a_profile_file_is_reported_with_the_same_sentence(
    paths: AppPaths, name: str, value: Any, message: str
) -> None:
    good = profile_from_values(VALID)
    data = {**profile_to_json(good), name: value}
    paths.instances_dir.mkdir(parents=True)
    (paths.instances_dir / "shop.json").write_text(json.dumps(data), encoding="utf-8")

    result = ProfileRepository(paths).load_all()

    assert result.profiles == []
    [problem] = result.problems
    assert message in problem.message


@pytest.mark.parametrize("base_url", INVALID_DEMO_BASE_URLS)
def test_the_demo_base_url_must_be_a_loopback_address_with_a_port(base_url: str) -> None:
    errors = validate_profile({**DEMO_VALID, "base_url": base_url})

    assert list(errors) == ["base_url"]
    assert "loopback address" in errors["base_url"]


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:8080", "http://127.0.0.1:1234/", "http://[::1]:8080"]
)
def test_loopback_base_urls_are_accepted_for_the_demo(base_url: str) -> None:
    assert validate_profile({**DEMO_VALID, "base_url": base_url}) == {}


def test_several_invalid_fields_are_all_reported_at_once() -> None:
    errors = validate_profile({**VALID, "instance": "", "base_domain": "", "api_version": "x"})

    assert set(errors) == {"instance", "base_domain", "api_version"}


def test_missing_required_fields_are_reported_and_optional_ones_default() -> None:
    assert set(validate_profile({})) == {"display_name", "instance"}
    profile = profile_from_values({"display_name": "Shop", "instance": "example"})
    assert profile == Profile(id="shop", display_name="Shop", instance="example")


def test_valid_values_are_normalised_into_typed_fields() -> None:
    profile = profile_from_values(
        {
            **VALID,
            "display_name": "  Shop  ",
            "instance": " Example ",
            "base_domain": " OKEPAY.info ",
            "default_currency": "eur",
            "default_language": "FR",
            "default_vat_rate": "8,1",
            "confirm_above": " 1000.50 ",
            "rate_budget": " 300 ",
            "auth_scheme": "api-key header",
            "read_only": True,
        }
    )

    assert profile.display_name == "Shop"
    assert profile.instance == "example"
    assert profile.base_domain == "okepay.info"
    assert profile.default_currency == "EUR"
    assert profile.default_language == "fr"
    assert profile.default_vat_rate == Decimal("8.1")
    assert profile.confirm_above == Decimal("1000.50")
    assert profile.rate_budget == 300
    assert profile.auth_scheme is AuthScheme.API_KEY_HEADER
    assert profile.read_only is True


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_blank_vat_rate_and_confirmation_amount_mean_none(blank: object) -> None:
    profile = profile_from_values({**VALID, "default_vat_rate": blank, "confirm_above": blank})

    assert profile.default_vat_rate is None
    assert profile.confirm_above is None


@pytest.mark.parametrize("value", ["0", "100", "7.7", Decimal("2.6"), 0, 100])
def test_vat_rates_from_0_to_100_are_accepted(value: object) -> None:
    assert validate_profile({**VALID, "default_vat_rate": value}) == {}


@pytest.mark.parametrize("domain", BASE_DOMAIN_PRESETS)
def test_every_preset_base_domain_is_valid(domain: str) -> None:
    assert validate_profile({**VALID, "base_domain": domain}) == {}


@pytest.mark.parametrize("version", SERVED_VERSIONS)
def test_every_served_version_is_valid(version: str) -> None:
    assert validate_profile({**VALID, "api_version": version}) == {}


def test_presets_versions_and_currencies_are_in_the_documented_order() -> None:
    assert BASE_DOMAIN_PRESETS[:5] == (
        "payrexx.com",
        "okepay.info",
        "annanow-pay.com",
        "zahls.ch",
        "pay-link.eu",
    )
    assert len(BASE_DOMAIN_PRESETS) == 14
    assert SERVED_VERSIONS[0] == "v1.0"
    assert SERVED_VERSIONS[-1] == "v1.16"
    assert len(SERVED_VERSIONS) == 17
    assert CURRENCIES[:4] == ("CHF", "EUR", "USD", "GBP")


def test_defaults_match_the_design() -> None:
    profile = Profile(id="shop", display_name="Shop", instance="example")

    assert profile.base_domain == "payrexx.com"
    assert profile.api_version == "v1.0"
    assert profile.auth_scheme is AuthScheme.SIGNATURE
    assert profile.default_currency == "CHF"
    assert profile.default_language == "de"
    assert profile.reference_prefix == "INV-"
    assert profile.default_vat_rate is None
    assert profile.read_only is False
    assert profile.confirm_above is None
    assert profile.rate_budget == 600
    assert profile.is_demo is False
    assert profile.base_url is None
    assert profile.api_host == "api.payrexx.com"
    assert profile.api_base_url == "https://api.payrexx.com"


def test_the_auth_scheme_values_are_the_documented_words() -> None:
    assert AuthScheme.SIGNATURE == "signature"
    assert AuthScheme.API_KEY_HEADER == "api-key header"


def test_profile_has_no_secret_field_and_extra_is_left_out_of_eq_and_repr() -> None:
    profile = Profile(id="shop", display_name="Shop", instance="example", extra={"x": "hidden"})

    assert not any("secret" in name or "key" in name for name in FIELD_NAMES)
    assert "hidden" not in repr(profile)
    assert profile == replace(profile, extra={})
    assert hash(profile) == hash(replace(profile, extra={}))


def test_profile_values_round_trip_through_profile_from_values() -> None:
    profile = profile_from_values(VALID)

    assert profile_from_values(profile_values(profile)) == profile


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Shop", "shop"),
        ("Zürich Shop (2)", "zurich-shop-2"),
        ("  --Verein  Bern--  ", "verein-bern"),
        ("Crème brûlée & Co.", "creme-brulee-co"),
        ("日本", ""),
        ("x" * 100, "x" * 48),
    ],
)
def test_slugify_makes_ascii_lowercase_hyphenated_ids(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_new_profile_id_avoids_taken_ids_and_the_demo() -> None:
    assert new_profile_id("Shop") == "shop"
    assert new_profile_id("Shop", {"shop"}) == "shop-2"
    assert new_profile_id("Shop", {"shop", "shop-2"}) == "shop-3"
    assert new_profile_id("Demo") == "demo-2"
    assert new_profile_id("日本") == "profile"
    long_id = new_profile_id("x" * 100, {"x" * 48})
    assert long_id.endswith("-2")
    assert len(long_id) <= 48


def test_a_new_profile_without_id_gets_one_from_its_name() -> None:
    profile = profile_from_values(
        {**VALID, "id": "", "display_name": "Shop"}, existing_ids={"shop"}
    )

    assert profile.id == "shop-2"


def test_profile_to_json_writes_decimals_as_text_and_leaves_out_id_and_demo_fields() -> None:
    profile = profile_from_values(VALID)

    data = profile_to_json(profile)

    assert data["schema"] == 2
    assert next(iter(data)) == "schema"
    assert data["default_vat_rate"] == "8.1"
    assert data["confirm_above"] == "500"
    assert data["auth_scheme"] == "signature"
    assert "id" not in data
    assert "is_demo" not in data
    assert "base_url" not in data
    assert profile_from_json("shop", data) == profile


def test_profile_from_json_accepts_json_numbers_for_decimals() -> None:
    data = json.loads(
        '{"display_name": "S", "instance": "e", "default_vat_rate": 8.1}', parse_float=Decimal
    )

    assert profile_from_json("s", data).default_vat_rate == Decimal("8.1")


def test_a_file_cannot_make_a_profile_the_demo_or_point_it_at_another_url(tmp_path: Path) -> None:
    data = {
        "schema": 1,
        "display_name": "S",
        "instance": "e",
        "is_demo": True,
        "base_url": "http://127.0.0.1:1",
    }

    profile = profile_from_json("s", data)

    assert profile.is_demo is False
    assert profile.base_url is None
    assert profile.extra == {"is_demo": True, "base_url": "http://127.0.0.1:1"}

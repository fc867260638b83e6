"""The platform's rules, written once: API versions, authentication schemes, loopback hosts, the
base-domain presets, the checks of a base domain and of a (loopback) base URL, and currencies with
their minor units (API.md §1, §2, §4).

`app.api.client` and `app.settings.profile` both import this module (it is the one part of
`app.api` the settings layer uses), so a profile the settings accept is one the client accepts,
with the same sentence for what is wrong. Qt-free and light: nothing here imports ``requests``.

A check raises `InvalidConfigError` (a `ValueError` whose ``str()`` is a sentence for the user).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal
from urllib.parse import urlsplit

from app.api.errors import InvalidConfigError
from app.i18n import QT_TRANSLATE_NOOP

# --- API versions ------------------------------------------------------------------------------

SERVED_VERSIONS: tuple[str, ...] = tuple(f"v1.{minor}" for minor in range(17))
"""``v1.0`` … ``v1.16``: what the live API serves (``v1.17`` answers 404 "Version not found.")."""

NEWEST_VERSION = SERVED_VERSIONS[-1]
"""What a new profile starts on."""

FILE_DEFAULT_VERSION = "v1.0"
"""What a profile file without an ``api_version`` means: the version every profile had before
new ones started on the newest (the white-label documentation shows it). Never changes, so an
existing profile keeps its version."""

FIRST_SPECIFIC_STATUS_VERSION = "v1.15"
"""From this version on a failure carries a specific HTTP status code; below it the status says
little and the body must be read (a validation error may even come with 200)."""

_VERSION = re.compile(r"v1\.(0|[1-9][0-9]*)")


def _minor(version: str) -> int:
    match = _VERSION.fullmatch(version)
    if match is None:
        raise ValueError(f"not an API version: {version!r}")
    return int(match.group(1))


def check_version(version: str) -> str:
    """``"v1.14"`` as it is (surrounding blanks dropped), or `InvalidConfigError` for anything the
    platform does not serve ("1.14" and "V1.14" included: one spelling everywhere)."""
    text = version.strip()
    if text not in SERVED_VERSIONS:
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP("ApiErrors", "Choose an API version from %s to %s."),
            SERVED_VERSIONS[0],
            SERVED_VERSIONS[-1],
        )
    return text


def specific_status_codes(version: str) -> bool:
    """Whether the platform answers failures of this version with specific HTTP status codes
    (``v1.15`` and later). Below it an error's status code cannot be trusted, only its body."""
    return _minor(version) >= _minor(FIRST_SPECIFIC_STATUS_VERSION)


def lower_versions(version: str, count: int) -> tuple[str, ...]:
    """The next `count` served versions below `version`, highest first (fewer near ``v1.0``)."""
    below = [v for v in SERVED_VERSIONS if _minor(v) < _minor(version)]
    return tuple(reversed(below[-count:])) if count > 0 else ()


# --- languages ---------------------------------------------------------------------------------

Language = Literal["de", "fr", "it", "en"]
"""A language the platform writes documents, payment pages and messages in."""

LANGUAGES: tuple[Language, ...] = ("de", "fr", "it", "en")
"""The platform's languages, in the order Paydesk offers them (the default first). Not the UI's
languages: those are `app.i18n.UI_LANGUAGES`."""

DEFAULT_LANGUAGE: Language = "de"

LANGUAGE_IDS: dict[Language, int] = {"de": 1, "en": 2, "fr": 3, "it": 4}
"""The platform's id of each language, the keys of a per-language text such as a purpose."""


# --- authentication ----------------------------------------------------------------------------


class AuthScheme(StrEnum):
    """How requests are authenticated (API.md §2). The values are what profile files hold."""

    SIGNATURE = "signature"
    API_KEY_HEADER = "api-key header"


# --- where the API is --------------------------------------------------------------------------

BASE_DOMAIN_PRESETS: tuple[str, ...] = (
    "payrexx.com",
    "okepay.info",
    "annanow-pay.com",
    "zahls.ch",
    "pay-link.eu",
    "swissbrain-pay.ch",
    "loop-pay.com",
    "loxopay.ch",
    "ideal-pay.ch",
    "1pay.ch",
    "payzzter.com",
    "go2flow.finance",
    "shop-and-pay.com",
    "bkpos-pay.com",
)
DEFAULT_BASE_DOMAIN = BASE_DOMAIN_PRESETS[0]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1"})
"""The only hosts a base URL (plain http, for a local sandbox) may name. Addresses, not names:
``localhost`` goes through the resolver (hosts file, NSS, sometimes DNS), so nothing guarantees
it stays on this machine, and where it resolves to ::1 first it misses a sandbox that listens on
127.0.0.1 only. The Demo profile is built from the sandbox's own address, never typed."""

_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_MAX_HOST = 250  # 253 for a host name, less the "api." in front of it


def check_base_domain(domain: str) -> str:
    """A host name only, lower-cased: no scheme, path, port or "api.", never empty, never an IP
    address (the API host is always ``api.`` + the base domain). `InvalidConfigError` saying
    what to change otherwise."""
    text = domain.strip().lower()
    if not text:
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP("ApiErrors", "Enter the base domain, for example payrexx.com.")
        )
    if "://" in text:
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "Enter the base domain without “https://”, for example payrexx.com."
            )
        )
    if "/" in text or "?" in text or "#" in text:
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "Enter the base domain without a path, for example payrexx.com."
            )
        )
    if ":" in text:
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "Enter the base domain without a port, for example payrexx.com."
            )
        )
    if not re.fullmatch(r"[a-z0-9.-]+", text):
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP(
                "ApiErrors",
                "The base domain may contain only letters a–z, digits, hyphens and dots.",
            )
        )
    if "." not in text:
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP("ApiErrors", "The base domain needs a dot, for example payrexx.com.")
        )
    if text.startswith("api."):
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP(
                "ApiErrors",
                "Leave out “api.”: the API host is always api. + the base domain "
                "(for api.payrexx.com enter payrexx.com).",
            )
        )
    labels = text.split(".")
    if len(text) > _MAX_HOST or not all(_LABEL.fullmatch(label) for label in labels):
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "The base domain is not a valid host name, for example payrexx.com."
            )
        )
    if labels[-1].isdigit():
        raise InvalidConfigError(
            QT_TRANSLATE_NOOP(
                "ApiErrors", "Enter a host name, not an IP address, for example payrexx.com."
            )
        )
    return text


def check_base_url(url: str) -> str:
    """A local sandbox's address, ``http://127.0.0.1:8080`` or ``http://[::1]:8080``: http or
    https, a loopback address, a port, nothing else. Returned without a trailing slash, so the
    version segment can follow it."""
    message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The base URL must be a loopback address with a port, for example http://127.0.0.1:8080.",
    )
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise InvalidConfigError(message) from None
    if (
        parts.scheme not in {"http", "https"}
        or parts.hostname not in LOOPBACK_HOSTS
        or port is None
        or parts.path not in {"", "/"}
        or parts.query
        or parts.fragment
        or parts.username is not None
    ):
        raise InvalidConfigError(message)
    return text.rstrip("/")


# --- currencies --------------------------------------------------------------------------------

CURRENCIES: tuple[str, ...] = (
    "CHF",
    "EUR",
    "USD",
    "GBP",
    "AUD",
    "CAD",
    "CZK",
    "DKK",
    "HUF",
    "JPY",
    "NOK",
    "PLN",
    "SEK",
)
"""The currencies the forms offer: the usual four first, then alphabetical. A profile or an
answer may name any other ISO 4217 code."""

# ISO 4217 currencies whose minor unit is not 2 decimals.
_MINOR_UNIT_DECIMALS: dict[str, int] = {
    **dict.fromkeys(
        (
            "BIF",
            "CLP",
            "DJF",
            "GNF",
            "ISK",
            "JPY",
            "KMF",
            "KRW",
            "PYG",
            "RWF",
            "UGX",
            "VND",
            "VUV",
            "XAF",
            "XOF",
            "XPF",
        ),
        0,
    ),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}

_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def decimals(currency: str) -> int:
    """How many decimals the currency's minor unit has (2 unless ISO 4217 says otherwise):
    amounts on the wire are integers of that unit."""
    return _MINOR_UNIT_DECIMALS.get(currency.upper(), 2)


def is_currency_code(text: str) -> bool:
    """Three capital letters, the form of an ISO 4217 code (``CHF``)."""
    return bool(_CURRENCY_CODE.fullmatch(text))

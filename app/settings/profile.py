"""The one declared schema of an instance profile: fields, defaults, validation, file format.

Every field is parsed by exactly one function in `_PARSERS`; the dialog (raw text from the form),
the profile files (JSON) and code building profiles all go through it, so a value that one path
accepts is accepted by all and reported with the same sentence by all.

The sentences are in the UI's language (context `CONTEXT`), translated when a field is checked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from app.api.errors import InvalidConfigError

# The platform's rules (versions, schemes, base domains, loopback hosts, currencies) live in
# `app.api.platform`, shared with the API client; the settings' users may take them from here.
from app.api.platform import BASE_DOMAIN_PRESETS as BASE_DOMAIN_PRESETS
from app.api.platform import CURRENCIES as CURRENCIES
from app.api.platform import DEFAULT_BASE_DOMAIN as DEFAULT_BASE_DOMAIN
from app.api.platform import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from app.api.platform import FILE_DEFAULT_VERSION as FILE_DEFAULT_VERSION
from app.api.platform import LANGUAGES as LANGUAGES
from app.api.platform import LOOPBACK_HOSTS as LOOPBACK_HOSTS
from app.api.platform import NEWEST_VERSION as NEWEST_VERSION
from app.api.platform import SERVED_VERSIONS as SERVED_VERSIONS
from app.api.platform import AuthScheme as AuthScheme
from app.api.platform import (
    check_base_domain,
    check_base_url,
    check_version,
    is_currency_code,
)
from app.i18n import QT_TRANSLATE_NOOP, Sentence
from app.text_checks import code_point, has_foreign_digits, is_ascii_number, text_problem

SCHEMA_VERSION = 2
"""The `"schema"` number written into every profile file.

1: the first format. 2: the same keys; ``api_version`` may be ``v1.15`` or ``v1.16``, which a
Paydesk reading only schema 1 refuses; seeing a newer schema, it leaves such a file alone instead of
moving it aside as broken (`profiles.py`). Files of schema 1 load unchanged and are written back as
2 when saved."""

CONTEXT = "ProfileErrors"
"""The translation context of this module's sentences."""

SCHEMA_KEY = "schema"

DEMO_PROFILE_ID = "demo"
"""Reserved for the built-in Demo instance; no profile file may use it."""


DEFAULT_CURRENCY = "CHF"


DEFAULT_REFERENCE_PREFIX = "INV-"
DEFAULT_RATE_BUDGET = 600
"""Requests per 5 minutes the app allows itself per profile."""

MAX_DISPLAY_NAME = 80
MAX_REFERENCE_PREFIX = 20
MAX_ID = 48
MAX_RATE_BUDGET = 100_000


@dataclass(frozen=True)
class Profile:
    """One instance the user works with. The API secret is not part of it (see `secrets.py`)."""

    id: str
    """The file stem: a slug, see `new_profile_id`."""
    display_name: str
    instance: str
    base_domain: str = DEFAULT_BASE_DOMAIN
    api_version: str = FILE_DEFAULT_VERSION
    """A file without one means v1.0; a new profile from the dialog starts on `NEWEST_VERSION`."""
    auth_scheme: AuthScheme = AuthScheme.SIGNATURE
    default_currency: str = DEFAULT_CURRENCY
    default_language: str = DEFAULT_LANGUAGE
    reference_prefix: str = DEFAULT_REFERENCE_PREFIX
    default_vat_rate: Decimal | None = None
    read_only: bool = False
    confirm_above: Decimal | None = None
    """Amounts above this need a confirmation; None: never ask."""
    rate_budget: int = DEFAULT_RATE_BUDGET
    notify_payments: bool = True
    """Announce payments (tray message or a bar in the window). A file without it: on."""
    is_demo: bool = False
    base_url: str | None = None
    """A loopback URL replacing https://api.<base_domain>; only the Demo instance has one."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Keys from the file this version does not know; written back unchanged on save."""

    @property
    def api_host(self) -> str:
        return f"api.{self.base_domain}"

    @property
    def api_base_url(self) -> str:
        """Scheme and host the API client talks to, without the version segment."""
        if self.base_url:
            return self.base_url.rstrip("/")
        return f"https://{self.api_host}"


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Profile) if f.name != "extra")

STORED_FIELDS: tuple[str, ...] = tuple(
    name for name in FIELD_NAMES if name not in {"id", "is_demo", "base_url"}
)
"""What a profile file holds. The id is the file name; Demo-only fields are never written."""

REQUIRED_FIELDS: frozenset[str] = frozenset({"display_name", "instance"})


class ProfileValidationError(ValueError):
    """A profile has invalid fields. `errors` maps each field name to one sentence (in the UI's
    language)."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__(" ".join(self.errors.values()))


class _Invalid(Exception):
    """Raised by a field parser with the sentence to show: the English template, marked with
    ``QT_TRANSLATE_NOOP(CONTEXT, ...)``, and the values for its placeholders."""

    def __init__(self, message: str, *values: object) -> None:
        self.sentence = Sentence(CONTEXT, message, values)
        super().__init__(self.sentence.english)

    @classmethod
    def of(cls, sentence: Sentence) -> _Invalid:
        """A sentence written elsewhere (a platform rule, in its own context)."""
        invalid = cls(sentence.template, *sentence.values)
        invalid.sentence = sentence
        return invalid

    def __str__(self) -> str:
        return str(self.sentence)


def _sentence(message: str, *values: object) -> str:
    return str(Sentence(CONTEXT, message, values))


# --- field parsers: raw value (form text, JSON value or typed value) -> typed value ----------

_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)", re.ASCII)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _text(value: object, message: str, *values: object) -> str:
    if not isinstance(value, str):
        raise _Invalid(message, *values)
    return value.strip()


def _parse_id(value: object) -> str:
    message = QT_TRANSLATE_NOOP(
        "ProfileErrors",
        "The profile id may contain only lowercase letters a–z, digits and single hyphens "
        "(at most %d characters).",
    )
    text = _text(value, message, MAX_ID)
    if not _SLUG.fullmatch(text) or len(text) > MAX_ID:
        raise _Invalid(message, MAX_ID)
    return text


def _refuse_hidden_characters(text: str, message: str) -> None:
    """Control, direction, invisible and broken characters (`app.text_checks`): a name that
    shows differently from what it is, or cannot even be written to the profile file."""
    found = text_problem(text)
    if found is not None:
        raise _Invalid(message, code_point(found[1]))


def _parse_display_name(value: object) -> str:
    text = _text(value, QT_TRANSLATE_NOOP("ProfileErrors", "The display name must be text."))
    if not text:
        raise _Invalid(QT_TRANSLATE_NOOP("ProfileErrors", "Enter a display name."))
    _refuse_hidden_characters(
        text,
        QT_TRANSLATE_NOOP(
            "ProfileErrors",
            "The display name must not contain control, invisible or direction-changing "
            "characters (%s).",
        ),
    )
    if len(text) > MAX_DISPLAY_NAME:
        raise _Invalid(
            QT_TRANSLATE_NOOP(
                "ProfileErrors", "The display name is too long (at most %d characters)."
            ),
            MAX_DISPLAY_NAME,
        )
    return text


def _parse_instance(value: object) -> str:
    # Host names are case-insensitive, so "Example" is accepted as "example".
    text = _text(
        value, QT_TRANSLATE_NOOP("ProfileErrors", "The instance name must be text.")
    ).lower()
    if not text:
        raise _Invalid(
            QT_TRANSLATE_NOOP(
                "ProfileErrors",
                "Enter the instance name: for a payment page at example.payrexx.com it is "
                "“example”.",
            )
        )
    if "." in text or "/" in text or ":" in text:
        raise _Invalid(
            QT_TRANSLATE_NOOP(
                "ProfileErrors",
                "Enter only the instance name, not an address: for example.payrexx.com it is "
                "“example”.",
            )
        )
    if not re.fullmatch(r"[a-z0-9-]+", text):
        raise _Invalid(
            QT_TRANSLATE_NOOP(
                "ProfileErrors",
                "The instance name may contain only letters a–z, digits and hyphens.",
            )
        )
    if text.startswith("-") or text.endswith("-"):
        raise _Invalid(
            QT_TRANSLATE_NOOP(
                "ProfileErrors", "The instance name must not start or end with a hyphen."
            )
        )
    if len(text) > 63:
        raise _Invalid(
            QT_TRANSLATE_NOOP(
                "ProfileErrors", "The instance name is too long (at most 63 characters)."
            )
        )
    return text


def _platform_rule(check: Callable[[str], str], value: str) -> str:
    """One of `app.api.platform`'s checks, its sentence reported as this field's."""
    try:
        return check(value)
    except InvalidConfigError as exc:
        raise _Invalid.of(exc.sentence) from None


def _parse_base_domain(value: object) -> str:
    text = _text(value, QT_TRANSLATE_NOOP("ProfileErrors", "The base domain must be text."))
    return _platform_rule(check_base_domain, text)


def _parse_api_version(value: object) -> str:
    text = _text(value, QT_TRANSLATE_NOOP("ProfileErrors", "The API version must be text."))
    return _platform_rule(check_version, text)


def _parse_auth_scheme(value: object) -> AuthScheme:
    message = QT_TRANSLATE_NOOP(
        "ProfileErrors", "The authentication scheme must be “signature” or “api-key header”."
    )
    text = _text(value, message)
    try:
        return AuthScheme(text)
    except ValueError:
        raise _Invalid(message) from None


def _parse_currency(value: object) -> str:
    message = QT_TRANSLATE_NOOP(
        "ProfileErrors", "The currency must be a three-letter code such as CHF or EUR."
    )
    text = _text(value, message).upper()
    if not is_currency_code(text):
        raise _Invalid(message)
    return text


def _parse_language(value: object) -> str:
    message = QT_TRANSLATE_NOOP(
        "ProfileErrors", "The document language must be one of de, fr, it or en."
    )
    text = _text(value, message).lower()
    if text not in LANGUAGES:
        raise _Invalid(message)
    return text


def _parse_reference_prefix(value: object) -> str:
    text = _text(value, QT_TRANSLATE_NOOP("ProfileErrors", "The reference prefix must be text."))
    _refuse_hidden_characters(
        text,
        QT_TRANSLATE_NOOP(
            "ProfileErrors",
            "The reference prefix must not contain control, invisible or direction-changing "
            "characters (%s).",
        ),
    )
    if len(text) > MAX_REFERENCE_PREFIX:
        raise _Invalid(
            QT_TRANSLATE_NOOP(
                "ProfileErrors", "The reference prefix is too long (at most %d characters)."
            ),
            MAX_REFERENCE_PREFIX,
        )
    return text


def _decimal_or_none(value: object, message: str, digits_message: str) -> Decimal | None:
    """Decimal from Decimal, int or text ("8.1" or "8,1"); None or blank text means none.
    A float is refused: money and rates never pass through binary floating point."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise _Invalid(message)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        if has_foreign_digits(text):
            raise _Invalid(digits_message)
        if not _DECIMAL.fullmatch(text):
            raise _Invalid(message)
        value = text
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise _Invalid(message) from None
    if not number.is_finite():
        raise _Invalid(message)
    return number


def _parse_vat_rate(value: object) -> Decimal | None:
    message = QT_TRANSLATE_NOOP(
        "ProfileErrors",
        "The VAT rate must be a number from 0 to 100, for example 8.1, or empty for none.",
    )
    rate = _decimal_or_none(
        value,
        message,
        QT_TRANSLATE_NOOP("ProfileErrors", "Use the digits 0-9 for the VAT rate, for example 8.1."),
    )
    if rate is not None and not Decimal(0) <= rate <= Decimal(100):
        raise _Invalid(message)
    return rate


def _parse_confirm_above(value: object) -> Decimal | None:
    message = QT_TRANSLATE_NOOP(
        "ProfileErrors",
        "The confirmation amount must be a number of 0 or more, for example 500, "
        "or empty to never ask.",
    )
    amount = _decimal_or_none(
        value,
        message,
        QT_TRANSLATE_NOOP(
            "ProfileErrors", "Use the digits 0-9 for the confirmation amount, for example 500."
        ),
    )
    if amount is not None and amount < 0:
        raise _Invalid(message)
    return amount


def _bool_parser(message: str) -> Callable[[object], bool]:
    def parse(value: object) -> bool:
        if not isinstance(value, bool):
            raise _Invalid(message)
        return value

    return parse


def _parse_rate_budget(value: object) -> int:
    message = QT_TRANSLATE_NOOP(
        "ProfileErrors",
        "The request budget must be a whole number from 1 to %d (requests per 5 minutes).",
    )
    if isinstance(value, str):
        text = value.strip()
        if has_foreign_digits(text):
            raise _Invalid(
                QT_TRANSLATE_NOOP(
                    "ProfileErrors",
                    "Use the digits 0-9 for the request budget, a whole number from 1 to %d.",
                ),
                MAX_RATE_BUDGET,
            )
        # Not str.isdigit and int(): "²" is a digit to the one and an error to the other.
        if is_ascii_number(text, len(str(MAX_RATE_BUDGET))):
            value = int(text)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(message, MAX_RATE_BUDGET)
    if not 1 <= value <= MAX_RATE_BUDGET:
        raise _Invalid(message, MAX_RATE_BUDGET)
    return value


def _parse_base_url(value: object) -> str | None:
    if value is None:
        return None
    text = _text(value, QT_TRANSLATE_NOOP("ProfileErrors", "The base URL must be text."))
    if not text:
        return None
    return _platform_rule(check_base_url, text)


_PARSERS: dict[str, Callable[[object], object]] = {
    "id": _parse_id,
    "display_name": _parse_display_name,
    "instance": _parse_instance,
    "base_domain": _parse_base_domain,
    "api_version": _parse_api_version,
    "auth_scheme": _parse_auth_scheme,
    "default_currency": _parse_currency,
    "default_language": _parse_language,
    "reference_prefix": _parse_reference_prefix,
    "default_vat_rate": _parse_vat_rate,
    "read_only": _bool_parser(
        QT_TRANSLATE_NOOP("ProfileErrors", "Read-only must be on or off (true or false).")
    ),
    "confirm_above": _parse_confirm_above,
    "rate_budget": _parse_rate_budget,
    "notify_payments": _bool_parser(
        QT_TRANSLATE_NOOP("ProfileErrors", "Notifications must be on or off (true or false).")
    ),
    "is_demo": _bool_parser(
        QT_TRANSLATE_NOOP("ProfileErrors", "The Demo switch must be on or off (true or false).")
    ),
    "base_url": _parse_base_url,
}
assert tuple(_PARSERS) == FIELD_NAMES, "every Profile field has exactly one parser"


def _parse_fields(
    values: Mapping[str, object], names: Collection[str]
) -> tuple[dict[str, object], dict[str, str]]:
    """Parse the `names` present in `values`; required ones that are missing are errors."""
    parsed: dict[str, object] = {}
    errors: dict[str, str] = {}
    for name in FIELD_NAMES:
        if name not in names:
            continue
        if name == "id" and values.get("id") in ("", None):
            continue  # a new profile: the id is made from the display name
        if name not in values:
            if name in REQUIRED_FIELDS:
                try:
                    _PARSERS[name]("")
                except _Invalid as exc:
                    errors[name] = str(exc)
            continue
        try:
            parsed[name] = _PARSERS[name](values[name])
        except _Invalid as exc:
            errors[name] = str(exc)
    is_demo = parsed.get("is_demo", False) is True
    if "base_url" not in errors:
        if parsed.get("base_url") and not is_demo:
            errors["base_url"] = _sentence(
                QT_TRANSLATE_NOOP(
                    "ProfileErrors", "A base URL is only allowed for the built-in Demo instance."
                )
            )
        elif is_demo and not parsed.get("base_url"):
            errors["base_url"] = _sentence(
                QT_TRANSLATE_NOOP(
                    "ProfileErrors",
                    "The Demo instance needs the sandbox's loopback address, "
                    "for example http://127.0.0.1:8080.",
                )
            )
    if parsed.get("id") == DEMO_PROFILE_ID and not is_demo:
        errors["id"] = _sentence(
            QT_TRANSLATE_NOOP(
                "ProfileErrors", "The id “%s” is reserved for the built-in Demo instance."
            ),
            DEMO_PROFILE_ID,
        )
    return parsed, errors


def validate_profile(values: Mapping[str, object]) -> dict[str, str]:
    """Check profile values as the dialog or a file holds them.

    `values` maps field names to raw values: text from the form ("8.1", "600") or typed values
    (Decimal, int, bool, AuthScheme). Absent optional fields take their defaults; `id` is only
    checked when present. Returns field name -> one plain-English sentence for every invalid
    field; an empty dict means valid. Unknown keys are ignored.
    """
    return _parse_fields(values, FIELD_NAMES)[1]


def profile_from_values(
    values: Mapping[str, object], *, existing_ids: Collection[str] = ()
) -> Profile:
    """Build a Profile from form values, or raise ProfileValidationError with every field error.

    Without an `id` in `values`, a new one is made from the display name, unique among
    `existing_ids`.
    """
    parsed, errors = _parse_fields(values, FIELD_NAMES)
    if errors:
        raise ProfileValidationError(errors)
    if not parsed.get("id"):
        parsed["id"] = new_profile_id(str(parsed["display_name"]), existing_ids)
    return Profile(**parsed)  # type: ignore[arg-type]  # each parser returns its field's type


def profile_values(profile: Profile) -> dict[str, object]:
    """The fields of `profile` as a dict (for prefilling a form or building a changed copy)."""
    return {name: getattr(profile, name) for name in FIELD_NAMES}


# --- the file format ---------------------------------------------------------------------------


def profile_from_json(profile_id: str, data: Mapping[str, Any]) -> Profile:
    """Read the dict of a profile file (without checking its `"schema"` number).

    Known keys are parsed, missing optional ones take their defaults, everything else goes to
    `extra` so that saving writes it back. A file written by a newer schema keeps that number in
    `extra`, so saving never claims an older schema than the file had.
    """
    known = {name: data[name] for name in STORED_FIELDS if name in data}
    parsed, errors = _parse_fields({"id": profile_id, **known}, {"id", *STORED_FIELDS})
    if errors:
        raise ProfileValidationError(errors)
    extra = {key: _plain(value) for key, value in data.items() if key not in STORED_FIELDS}
    schema = extra.pop(SCHEMA_KEY, SCHEMA_VERSION)
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        extra[SCHEMA_KEY] = schema
    return Profile(**parsed, extra=extra)  # type: ignore[arg-type]


def _plain(value: Any) -> Any:
    """Unknown values go back to the file as ordinary JSON numbers, not as Decimal text."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def profile_to_json(profile: Profile) -> dict[str, Any]:
    """The dict written to a profile file: schema number, known fields, then unknown keys."""
    schema = profile.extra.get(SCHEMA_KEY, SCHEMA_VERSION)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < SCHEMA_VERSION:
        schema = SCHEMA_VERSION
    data: dict[str, Any] = {SCHEMA_KEY: schema}
    for name in STORED_FIELDS:
        value = getattr(profile, name)
        if isinstance(value, Decimal):
            value = str(value)  # text, never a float, so 8.1 stays exactly 8.1
        elif isinstance(value, AuthScheme):
            value = value.value
        data[name] = value
    for key, value in profile.extra.items():
        if key not in data:
            data[key] = value
    return data


# --- ids ---------------------------------------------------------------------------------------


def is_valid_profile_id(profile_id: str) -> bool:
    return bool(_SLUG.fullmatch(profile_id)) and len(profile_id) <= MAX_ID


def slugify(text: str) -> str:
    """ "Zürich Shop (2)" -> "zurich-shop-2": ASCII lowercase letters, digits and single hyphens;
    empty when nothing usable is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_ID].rstrip("-")


def new_profile_id(display_name: str, existing_ids: Collection[str] = ()) -> str:
    """A valid id for a new profile, derived from its name, not in `existing_ids` and never the
    Demo's reserved id."""
    taken = set(existing_ids) | {DEMO_PROFILE_ID}
    base = slugify(display_name) or "profile"
    if base not in taken:
        return base
    counter = 2
    while True:
        suffix = f"-{counter}"
        candidate = base[: MAX_ID - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        counter += 1

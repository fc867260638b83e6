"""Reading decoded request parameters the way the server validates them.

Parameters arrive as a PHP array (nested dicts of strings, see ``app.api.phpquery``). Empty strings
of optional fields count as absent; parameters a call does not use are never looked at (the
official SDKs send every property, ``model=Invoice`` and ``amount=0`` included, on every call).
"""

from __future__ import annotations

import ipaddress
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from app.sandbox.errors import invalid, secret_error

PhpArray = dict[str | int, Any]

_DIGITS = re.compile(r"[0-9]+")
_CURRENCY = re.compile(r"[A-Za-z]{3}")
_RATE = re.compile(r"[0-9]{1,3}(\.[0-9]{1,4})?")
_DURATION = re.compile(r"P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?")
_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def text(params: PhpArray, key: str) -> str | None:
    """A scalar parameter, or None when it is absent or empty."""
    value = params.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise invalid(key)
    return value


def required_text(params: PhpArray, key: str) -> str:
    value = text(params, key)
    if value is None:
        raise invalid(key)
    return value


def text_or_map(params: PhpArray, key: str) -> str | dict[str, str] | None:
    """``purpose`` and ``title`` may be a string or a map language-id -> string."""
    value = params.get(key)
    if isinstance(value, dict):
        texts = {str(k): v for k, v in value.items() if isinstance(v, str) and v != ""}
        if len(texts) != len(value):
            raise invalid(key)
        return texts or None
    return text(params, key)


def positive_int(params: PhpArray, key: str, *, required: bool) -> int | None:
    value = text(params, key)
    if value is None:
        if required:
            raise invalid(key)
        return None
    if not _DIGITS.fullmatch(value) or int(value) <= 0:
        raise invalid(key)
    return int(value)


def amount(params: PhpArray, *, required: bool) -> int | None:
    """An amount in minor units: a positive integer, never ``12.50``."""
    return positive_int(params, "amount", required=required)


def currency(params: PhpArray, *, required: bool) -> str | None:
    value = text(params, "currency")
    if value is None:
        if required:
            raise invalid("currency")
        return None
    if not _CURRENCY.fullmatch(value):
        raise invalid("currency")
    return value.upper()


def rate(params: PhpArray, key: str) -> Decimal | None:
    """A VAT rate in percent: ``8.1``, ``7.7``, ``0``."""
    value = text(params, key)
    if value is None:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise invalid(key) from None
    if not _RATE.fullmatch(value) or number > 100:
        raise invalid(key)
    return number


def flag(params: PhpArray, key: str) -> bool | None:
    """A boolean as PHP reads it: ``"0"`` is false, any other non-empty string is true."""
    value = text(params, key)
    return None if value is None else value != "0"


def int_list(params: PhpArray, key: str) -> list[int]:
    """``psp=36`` or ``psp[0]=36&psp[1]=44``."""
    value = params.get(key)
    if value is None or value == "":
        return []
    items = list(value.values()) if isinstance(value, dict) else [value]
    if not all(isinstance(item, str) and _DIGITS.fullmatch(item) for item in items):
        raise invalid(key)
    return [int(item) for item in items]


def str_list(params: PhpArray, key: str) -> list[str]:
    value = params.get(key)
    if value is None or value == "":
        return []
    items = list(value.values()) if isinstance(value, dict) else [value]
    if not all(isinstance(item, str) for item in items):
        raise invalid(key)
    return [item for item in items if item]


def mapping(params: PhpArray, key: str) -> dict[str, Any]:
    value = params.get(key)
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise invalid(key)
    return {str(k): v for k, v in value.items()}


def iso_date(params: PhpArray, key: str) -> str | None:
    value = text(params, key)
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise invalid(key) from None
    if len(value) != 10:
        raise invalid(key)
    return value


def utc_datetime(params: PhpArray, key: str) -> datetime | None:
    """``YYYY-MM-DD HH:MM:SS``, UTC, as the Transaction filters take it."""
    value = text(params, key)
    if value is None:
        return None
    try:
        return datetime.strptime(value, _DATETIME_FORMAT)
    except ValueError:
        raise invalid(key) from None


def duration(params: PhpArray, key: str, *, required: bool) -> str | None:
    """An ISO-8601 duration such as ``P1M``, ``P3M``, ``P1Y``."""
    value = text(params, key)
    if value is None:
        if required:
            raise invalid(key)
        return None
    if not _DURATION.fullmatch(value):
        raise invalid(key)
    return value


def paging(params: PhpArray, *, default_limit: int | None) -> tuple[int, int | None]:
    offset = text(params, "offset")
    limit = text(params, "limit")
    if offset is not None and not _DIGITS.fullmatch(offset):
        raise invalid("offset")
    if limit is not None and not _DIGITS.fullmatch(limit):
        raise invalid("limit")
    return int(offset or 0), int(limit) if limit is not None else default_limit


def order(params: PhpArray, key: str) -> str | None:
    value = text(params, key)
    if value is None:
        return None
    if value.upper() not in ("ASC", "DESC"):
        raise invalid(key)
    return value.upper()


def redirect_url(params: PhpArray, key: str) -> str | None:
    """A redirect URL the platform accepts: http(s), a public host name. Anything else is
    answered as the real server answers it, with the secret error (403)."""
    value = text(params, key)
    if value is None:
        return None
    if not _is_public_url(value):
        raise secret_error()
    return value


def _is_public_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or any(c.isspace() for c in value):
        return False
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return "." in host and host != "localhost" and not host.endswith(".localhost")
    return False

"""Lenient readers for one field of an API answer.

The platform's answers are not typed the way its documentation says (``psp`` is an int or a
list, ``amount`` an int or a numeric string, ``vatRate`` a number or ``"8.10"``, ``fields`` an
object or ``[]``), and one field may be spelled in snake_case or camelCase (the official SDK maps
``valid_until`` and ``validUntil`` to one setter). Every reader here takes whatever JSON value
arrived and returns the value or ``None``: nothing an answer holds makes reading it raise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z]+)")
_SNAKE_PART = re.compile(r"_([a-z0-9])")

# The platform's ints are signed 64-bit at most; anything longer is not a value but noise
# (and int("9" * 5000) would be slow and refused by Python's digit limit).
_MAX_DIGITS = 19
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


@lru_cache(maxsize=512)
def spellings(name: str) -> tuple[str, ...]:
    """``"valid_until"`` -> ``("valid_until", "validUntil")``; ``"countryISO"`` stays one."""
    snake = _CAMEL_HUMP.sub(lambda m: "_" + m.group(1).lower(), name)
    camel = _SNAKE_PART.sub(lambda m: m.group(1).upper(), name)
    return tuple(dict.fromkeys((name, snake, camel)))


def pick(data: Any, name: str) -> Any:
    """The value of field ``name`` under any of its spellings; the first that is not ``None``
    or ``""`` wins (a PHP answer may carry both, one of them empty)."""
    # `type(...) is dict` first: JSON gives dicts, and an ABC check costs ten times as much
    # (a page of payments asks ~3,000 times).
    if type(data) is not dict and not isinstance(data, Mapping):
        return None
    for key in spellings(name):
        value = data.get(key)
        if value is not None and value != "":
            return value
    return None


def as_dict(value: Any) -> dict[str, Any]:
    """An object, or ``{}``: PHP renders an empty map as ``[]``."""
    if isinstance(value, dict):
        return value
    return dict(value) if isinstance(value, Mapping) else {}


def as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def as_int(value: Any) -> int | None:
    """An int from an int, a whole float, or a numeric string (``"5000"``); else ``None``.
    Beyond a signed 64-bit integer it is no id or amount the platform sends (and Qt could not
    show it): ``None``."""
    number: int | None = None
    if isinstance(value, bool):
        number = int(value)
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = int(value) if value.is_integer() else None
    elif isinstance(value, str):
        text = value.strip()
        digits = text.lstrip("+-")
        if digits.isascii() and digits.isdigit() and len(digits) <= _MAX_DIGITS:
            number = int(text)
    if number is None or not _INT64_MIN <= number <= _INT64_MAX:
        return None
    return number


def as_str(value: Any) -> str | None:
    """Text from a string or a number; ``None`` for null, ``""``, objects and lists."""
    if type(value) is str:  # the common case, without the ABC check below
        return value.strip() or None
    if value is None or isinstance(value, bool | Mapping | list):
        return None
    text = str(value).strip()
    return text or None


def as_decimal(value: Any) -> Decimal | None:
    """``8.1``, ``"8.10"`` -> a finite Decimal (``"8.10"`` keeps its two places)."""
    if value is None or isinstance(value, bool | Mapping | list):
        return None
    text = str(value).strip()
    if not text or len(text) > 64:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def as_bool(value: Any) -> bool | None:
    """``0``/``1``, ``true``/``false``, ``"0"``/``"1"``; anything else ``None``."""
    if isinstance(value, bool):
        return value
    number = as_int(value)
    if number in (0, 1):
        return bool(number)
    text = as_str(value)
    if text is not None and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return None


def as_timestamp(value: Any) -> datetime | None:
    """Unix seconds (int or numeric string) or ``YYYY-MM-DD HH:MM:SS`` (UTC) -> aware UTC."""
    seconds = as_int(value)
    if seconds is not None:
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    text = as_str(value)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def as_date(value: Any) -> date | None:
    """``"2026-12-18"`` (or a longer ISO time), or unix seconds (``nextPayDate``) -> a date."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        moment = as_timestamp(value)
        return moment.date() if moment is not None else None
    text = as_str(value)
    if text is None:
        return None
    if text.isdigit():
        moment = as_timestamp(text)
        return moment.date() if moment is not None else None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def as_int_list(value: Any) -> tuple[int, ...]:
    """``1`` or ``[36, 44]`` (or ``{"0": 36}``, as PHP may render a list) -> ``(36, 44)``."""
    items = value.values() if isinstance(value, Mapping) else value
    if not isinstance(items, list) and not isinstance(value, Mapping):
        items = [value]
    found = (as_int(item) for item in items)
    return tuple(n for n in found if n is not None)

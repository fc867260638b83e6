"""PHP-exact query rendering and the `ApiSignature` HMAC.

The server signs what PHP's ``http_build_query($params, '', '&')`` renders (RFC 1738: space as
``+``, ``~`` as ``%7E``), so the client renders its parameters the same way, byte for byte. The
wire uses RFC 3986 (``%20``, raw ``~``) over the *same* key/value sequence; the server decodes and
re-renders before it compares, so both forms describe the same parameters.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

# Parameters: a mapping (or a list, which PHP treats as a map with keys 0..n-1) whose values are
# str, int, bool, float, Decimal, None, or nested mappings and lists of those.
Params = Mapping[Any, Any] | Sequence[Any]

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
_PHP_PRECISION = 14


def _quote(text: str, *, rfc3986: bool) -> str:
    out: list[str] = []
    for byte in text.encode("utf-8"):
        if byte in _UNRESERVED or (rfc3986 and byte == 0x7E):
            out.append(chr(byte))
        elif byte == 0x20 and not rfc3986:
            out.append("+")
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def urlencode_1738(text: str) -> str:
    """PHP ``urlencode``: what is signed."""
    return _quote(text, rfc3986=False)


def urlencode_3986(text: str) -> str:
    """PHP ``rawurlencode``: what goes on the wire."""
    return _quote(text, rfc3986=True)


def php_float(value: float) -> str:
    """A float as PHP prints it with ``precision=14`` (``zend_gcvt``, mode 2)."""
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    if value == 0:
        return "-0" if math.copysign(1.0, value) < 0 else "0"
    sign = "-" if value < 0 else ""
    mantissa, exponent = f"{abs(value):.{_PHP_PRECISION - 1}e}".split("e")
    digits = mantissa.replace(".", "").rstrip("0") or "0"
    decpt = int(exponent) + 1  # position of the decimal point relative to the digits
    if decpt < -3 or decpt > _PHP_PRECISION:
        exp = decpt - 1
        tail = digits[1:] or "0"
        return f"{sign}{digits[0]}.{tail}E{'-' if exp < 0 else '+'}{abs(exp)}"
    if decpt <= 0:
        return f"{sign}0.{'0' * -decpt}{digits}"
    if len(digits) <= decpt:
        return sign + digits + "0" * (decpt - len(digits))
    return f"{sign}{digits[:decpt]}.{digits[decpt:]}"


def scalar_text(value: object) -> str:
    """One leaf value as PHP converts it to a string."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return php_float(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, str):
        return value
    raise TypeError(f"cannot encode a {type(value).__name__} as an API parameter")


def _items(container: Params) -> Iterator[tuple[Any, Any]]:
    if isinstance(container, Mapping):
        return iter(container.items())
    return iter(enumerate(container))


def _is_container(value: object) -> bool:
    return isinstance(value, Mapping) or (
        isinstance(value, Sequence) and not isinstance(value, str | bytes)
    )


def flatten(params: Params, prefix: str | None = None) -> list[tuple[str, str]]:
    """The (raw key, raw value) sequence PHP renders: brackets for nesting, explicit list indexes,
    booleans as 1/0, nulls and empty containers left out at any depth (a list keeps its holes)."""
    pairs: list[tuple[str, str]] = []
    for key, value in _items(params):
        key_text = scalar_text(key) if not isinstance(key, str) else key
        name = key_text if prefix is None else f"{prefix}[{key_text}]"
        if value is None:
            continue
        if _is_container(value):
            pairs.extend(flatten(value, name))
        else:
            pairs.append((name, scalar_text(value)))
    return pairs


def render(pairs: Sequence[tuple[str, str]], *, rfc3986: bool = False) -> str:
    """Join a flattened sequence the way PHP does (``&``), in either encoding."""
    quote = urlencode_3986 if rfc3986 else urlencode_1738
    return "&".join(f"{quote(k)}={quote(v)}" for k, v in pairs)


def http_build_query(params: Params) -> str:
    """PHP's ``http_build_query($params, '', '&')``: the string that is signed."""
    return render(flatten(params))


def wire_query(params: Params) -> str:
    """The same sequence rendered for the wire (RFC 3986)."""
    return render(flatten(params), rfc3986=True)


def sign_string(signed: str, secret: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), signed.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def api_signature(params: Params, secret: str) -> str:
    """``base64(HMAC-SHA256(secret, http_build_query(params)))``, as the platform computes it."""
    return sign_string(http_build_query(params), secret)

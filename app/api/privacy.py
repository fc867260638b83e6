"""What of a request or an answer may be shown or logged.

`mask_credentials` hides the two credentials that travel with a call (the `ApiSignature`
parameter and the `X-API-KEY` header) wherever they appear in a text: a URL, a form body, JSON, a
Python repr. Every error detail goes through it (`app.api.errors.ApiError`), and so does every log
record (`app.logs`).

`body_shape` describes an answer without its contents: keys and the types of their values, never
the values. Answers carry customers' names, addresses and e-mails; the log keeps only the shape of
an answer it could not read, which is what a developer needs to see why it could not be read.
"""

from __future__ import annotations

import json
import re
from typing import Any

MASK = "***"

# Each pattern keeps group 1 (the name and separator) and masks what follows.
CREDENTIAL_PATTERNS: tuple[re.Pattern[str], ...] = (
    # ApiSignature=... in a URL or form body, also percent-encoded as ApiSignature%3D...
    re.compile(r"(ApiSignature(?:=|%3D))[^&\s\"'<>#]+", re.IGNORECASE),
    # "ApiSignature": "..." in JSON or a dict repr, ('ApiSignature', '...') in a list of pairs
    re.compile(r"""(["']ApiSignature["']\s*[:,]\s*["'])[^"']*""", re.IGNORECASE),
    # X-API-KEY: value (HTTP header), 'X-API-KEY': 'value' (dict repr), X-API-KEY=value
    re.compile(r"""(X-API-KEY["']?\s*[:=]\s*["']?)[^"'\s,;}&]+""", re.IGNORECASE),
    # ('X-API-KEY', 'value') in a list of pairs
    re.compile(r"""(["']X-API-KEY["']\s*,\s*["'])[^"']*""", re.IGNORECASE),
)

MAX_SHAPE = 600
"""Characters of a shape at most: enough to see what came back, too little to hold much."""
_MAX_KEYS = 30
_MAX_DEPTH = 4
_KEY_IN_TEXT = re.compile(r'"([A-Za-z_][A-Za-z0-9_]{0,40})"\s*:\s*(\S?)')
_TYPE_OF_START = {'"': "str", "{": "object", "[": "array", "t": "bool", "f": "bool", "n": "null"}
_HTTP_LINE = re.compile(r"^HTTP \d{3} [\w./+; =-]{0,80}$")


def mask_credentials(text: str) -> str:
    """``text`` with every `ApiSignature` value and `X-API-KEY` header value replaced by ``***``."""
    for pattern in CREDENTIAL_PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


def body_shape(body: bytes | str) -> str:
    """Keys and value types of an answer, never its values: ``{"status": str, "data": [{"id":
    int, ...}]}``; for an answer that is not JSON, its length and what it looks like."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        shape = _shape(json.loads(text), 0)
    except (ValueError, RecursionError):
        shape = _shape_of_text(text)
    return shape if len(shape) <= MAX_SHAPE else shape[: MAX_SHAPE - 1] + "…"


def detail_shape(detail: str) -> str:
    """What of an error detail (as `app.api.client` writes it) may be logged: after a first line
    ``HTTP <status> <content type>`` comes the answer, which is reduced to its shape; any other
    detail is an exception's text (the answer never reaches it) and is kept, masked."""
    first, newline, rest = detail.partition("\n")
    if _HTTP_LINE.match(first):
        return f"{first}; {body_shape(rest)}" if newline else first
    text = mask_credentials(detail)
    return text if len(text) <= MAX_SHAPE else text[: MAX_SHAPE - 1] + "…"


def _shape(value: Any, depth: int) -> str:
    if isinstance(value, dict):
        if depth >= _MAX_DEPTH:
            return "{…}"
        items = [f"{json.dumps(str(k)[:40])}: {_shape(v, depth + 1)}" for k, v in value.items()]
        more = ", …" if len(items) > _MAX_KEYS else ""
        return "{" + ", ".join(items[:_MAX_KEYS]) + more + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if depth >= _MAX_DEPTH:
            return "[…]"
        return f"[{len(value)} × {_shape(value[0], depth + 1)}]"
    if isinstance(value, bool):
        return "bool"
    if value is None:
        return "null"
    return type(value).__name__


def _shape_of_text(text: str) -> str:
    stripped = text.lstrip()
    if stripped[:1] == "<":
        kind = "HTML"
    elif stripped[:1] in ("{", "["):
        kind = "incomplete JSON"
    elif not stripped:
        return "empty"
    else:
        kind = "text"
    keys: list[str] = []
    for match in _KEY_IN_TEXT.finditer(text):
        if len(keys) >= _MAX_KEYS:
            keys.append("…")
            break
        start = match.group(2)
        kind_of_value = _TYPE_OF_START.get(start, "number" if start[:1] in "-0123456789" else "?")
        keys.append(f"{match.group(1)}: {kind_of_value}")
    found = f", keys {{{', '.join(keys)}}}" if keys else ""
    return f"{kind}, {len(text)} characters{found}"

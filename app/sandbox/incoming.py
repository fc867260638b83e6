"""Reading an API request as the real server does: the route, the parameters that arrived and
the authentication that came with them."""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.api.phpquery import Limits, QueryTooLarge, parse_query
from app.api.platform import SERVED_VERSIONS
from app.api.signing import http_build_query, sign_string
from app.sandbox.endpoints import NOT_SIMULATED, OBJECTS
from app.sandbox.errors import ApiError
from app.sandbox.params import PhpArray

# Served as the platform serves them (v1.0 ... v1.16); anything else: "Version not found."
VERSIONS = frozenset(version.removeprefix("v") for version in SERVED_VERSIONS)
UNSIGNED = ("instance", "ApiSignature")
# PHP's own caps (max_input_vars, max_input_nesting_level): no call of the API comes near them.
LIMITS = Limits(max_vars=1000, max_depth=64)
_VERSION_SEGMENT = re.compile(r"v[0-9]")
# Ids are unsigned 64-bit at most: a longer string of digits is no id (and Python refuses to
# convert more than 4,300 digits at all).
_MAX_ID_DIGITS = 19
_CANONICAL = {name.lower(): name for name in (*OBJECTS, *NOT_SIMULATED)}


@dataclass(frozen=True)
class Route:
    version: str  # as sent, without the "v"
    object: str  # canonical ("invoice" -> "Invoice") when known, else as sent
    object_id: int | None  # None for no id, "" or "0"
    bad_id: bool  # an id that is no number (answered 404)
    id_text: str  # the id segment as sent (percent-encoded as it arrived)
    extra: bool  # more path segments than /v/Object/id/


def api_route(path: str) -> Route | None:
    """``/v1.0/Invoice/42/`` -> Route; None for paths outside the API (payment pages)."""
    segments = path.strip("/").split("/")
    if not _VERSION_SEGMENT.match(segments[0]):
        return None
    name = segments[1] if len(segments) > 1 else ""
    id_text = segments[2] if len(segments) > 2 else ""
    # ASCII digits only: str.isdigit() and int() also take "٣" and other scripts' digits.
    is_number = id_text.isascii() and id_text.isdigit() and len(id_text) <= _MAX_ID_DIGITS
    object_id = int(id_text) if is_number and int(id_text) > 0 else None
    return Route(
        version=segments[0][1:],
        object=_CANONICAL.get(name.lower(), name),
        object_id=object_id,
        bad_id=bool(id_text) and not is_number,
        id_text=id_text,
        extra=len(segments) > 3,
    )


def decode_params(query: str, body: bytes, content_type: str) -> PhpArray:
    """What the server reads: a body whenever there is one (a GET's body displaces its query),
    parsed as JSON when it says so, else as a form (PHP bracket rules); otherwise the query.

    Whatever arrives costs at most linear time and answers 400: too many parameters, brackets
    or JSON nested deeper than PHP allows, JSON that is no object, a lone surrogate."""
    try:
        if not body:
            return parse_query(query, LIMITS)
        if content_type.split(";", 1)[0].strip().lower() == "application/json":
            # JSON becomes what PHP would see, so it is signed and validated like a form.
            return parse_query(_rendered_json(body), LIMITS)
        return parse_query(body.decode("utf-8", "replace"), LIMITS)
    except QueryTooLarge as error:
        raise ApiError(400, f"Invalid request: {error}.") from None


def _rendered_json(body: bytes) -> str:
    """A JSON object body as PHP's form rendering. Nesting beyond Python's recursion limit
    fails fast in the decoder; anything deeper than ``LIMITS`` is then refused by the parser."""
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        raise ApiError(400, "The request body is not valid JSON.") from None
    if not isinstance(value, Mapping):
        raise ApiError(400, "The request body is not a JSON object.")
    if _deeper_than(value, LIMITS.max_depth):
        # Checked before rendering, which recurses: a deep object would take the renderer
        # to Python's recursion limit, and unwinding from there holds the interpreter.
        raise QueryTooLarge("the parameters are nested too deeply")
    try:
        return http_build_query(value)
    except UnicodeEncodeError:  # a lone surrogate ("\ud800"): no text PHP could hold
        raise ApiError(400, "The request body is not valid UTF-8.") from None


def _deeper_than(value: object, limit: int) -> bool:
    """Whether JSON ``value`` nests more than ``limit`` levels; iterative, so any depth."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[object] = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def instance_of(query: str) -> str | None:
    try:
        value = parse_query(query, LIMITS).get("instance")
    except QueryTooLarge:
        return None
    return value if isinstance(value, str) and value else None


def without_unsigned(params: PhpArray) -> PhpArray:
    return {k: v for k, v in params.items() if k not in UNSIGNED}


def scheme(api_key: str | None, params: PhpArray) -> str | None:
    """The scheme a request presents: the header wins over a signature parameter."""
    if api_key is not None:
        return "api-key"
    return "signature" if "ApiSignature" in params else None


def authenticated(api_key: str | None, params: PhpArray, secret: str) -> bool:
    """``X-API-KEY`` equal to the secret, or an ``ApiSignature`` over the re-rendered parameters
    (decoded, minus instance and ApiSignature, rendered as PHP renders them), constant time."""
    if api_key is not None:
        return hmac.compare_digest(api_key.encode("utf-8"), secret.encode("utf-8"))
    signature = params.get("ApiSignature")
    if not isinstance(signature, str):
        return False
    expected = sign_string(http_build_query(without_unsigned(params)), secret)
    return hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8"))

"""Decoding a query string or form body the way PHP fills ``$_GET`` / ``$_POST``.

The sandbox uses this to check signatures as the real server does (decode, re-render, compare),
and the tests use it to state round-trip invariants of the encoder.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_plus

# PHP arrays keep insertion order and have int or string keys; a dict models that.
PhpArray = dict[str | int, Any]

_INT_KEY = re.compile(r"^(0|-?[1-9][0-9]{0,17})\Z")  # \Z: "$" would also match "0\n"


def _php_key(text: str) -> str | int:
    """PHP turns canonical decimal integer strings (``0``, ``17``, ``-3``) into int keys."""
    return int(text) if _INT_KEY.match(text) else text


def _split_name(name: str) -> tuple[str, list[str] | None]:
    """``a[b][]`` -> ('a', ['b', '']). PHP rules: an unmatched ``[`` becomes ``_`` and the rest
    of the name is literal; text after the last ``]`` that is not ``[`` ends the segments."""
    bracket = name.find("[")
    if bracket <= 0:
        return name, None
    base = name[:bracket]
    segments: list[str] = []
    rest = name[bracket:]
    while rest.startswith("["):
        close = rest.find("]")
        if close < 0:
            if not segments:
                return base + "_" + rest[1:], None
            break
        segments.append(rest[1:close])
        rest = rest[close + 1 :]
    return base, segments


def _next_index(array: PhpArray) -> int:
    ints = [k for k in array if isinstance(k, int)]
    return max(ints) + 1 if ints else 0


def _assign(target: PhpArray, key: str | int | None, segments: list[str], value: str) -> None:
    if key is None:
        key = _next_index(target)
    if not segments:
        target[key] = value
        return
    child = target.get(key)
    if not isinstance(child, dict):
        child = {}
        target[key] = child
    head, *tail = segments
    _assign(child, None if head == "" else _php_key(head), tail, value)


def parse_pairs(query: str) -> list[tuple[str, str]]:
    """Split and decode ``k=v&k2=v2`` (``+`` and ``%20`` both mean space), keeping order."""
    pairs: list[tuple[str, str]] = []
    for part in query.split("&"):
        if not part:
            continue
        raw_key, _, raw_value = part.partition("=")
        pairs.append((unquote_plus(raw_key), unquote_plus(raw_value)))
    return pairs


def parse_query(query: str) -> PhpArray:
    """PHP's ``parse_str``: a nested array of strings, later keys overwriting earlier ones."""
    result: PhpArray = {}
    for name, value in parse_pairs(query):
        base, segments = _split_name(name)
        if not base:
            continue
        _assign(result, _php_key(base), segments or [], value)
    return result

"""Decoding a query string or form body the way PHP fills ``$_GET`` / ``$_POST``.

The sandbox uses this to check signatures as the real server does (decode, re-render, compare),
and the tests use it to state round-trip invariants of the encoder.

Linear in the input, whatever it holds: a name with 10,000 brackets is scanned once, and
``a[]=`` appended 100,000 times costs one step each (the next free index is kept per array, not
searched for). ``limits`` caps the number of variables and the bracket depth as PHP's
``max_input_vars`` and ``max_input_nesting_level`` do; over a cap, ``QueryTooLarge`` is raised
before anything is decoded, so a hostile request costs no more than an ordinary one.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus as _unquote_plus_slowly

# PHP arrays keep insertion order and have int or string keys; a dict models that.
PhpArray = dict[str | int, Any]

_INT_KEY = re.compile(r"^(0|-?[1-9][0-9]{0,17})\Z")  # \Z: "$" would also match "0\n"
_LONE_PERCENT = re.compile(rb"%(?![0-9A-Fa-f]{2})")
_HEX2 = re.compile(rb"[0-9A-Fa-f]{2}")
_SLICE = 4 * 1024


@dataclass(frozen=True)
class Limits:
    """PHP's defaults: ``max_input_vars = 1000``, ``max_input_nesting_level = 64``."""

    max_vars: int = 1000
    max_depth: int = 64


class QueryTooLarge(ValueError):
    """More variables or deeper brackets than ``Limits`` allow."""


def _php_key(text: str) -> str | int:
    """PHP turns canonical decimal integer strings (``0``, ``17``, ``-3``) into int keys."""
    return int(text) if _INT_KEY.match(text) else text


def _split_name(name: str, max_depth: int | None = None) -> tuple[str, list[str] | None]:
    """``a[b][]`` -> ('a', ['b', '']). PHP rules: an unmatched ``[`` becomes ``_`` and the rest
    of the name is literal; text after the last ``]`` that is not ``[`` ends the segments.
    Scanned by index, never by slicing, so the cost is linear in the name's length."""
    bracket = name.find("[")
    if bracket <= 0:
        return name, None
    base = name[:bracket]
    segments: list[str] = []
    at = bracket
    while at < len(name) and name[at] == "[":
        close = name.find("]", at)
        if close < 0:
            if not segments:
                return base + "_" + name[bracket + 1 :], None
            break
        segments.append(name[at + 1 : close])
        if max_depth is not None and len(segments) > max_depth:
            raise QueryTooLarge("the parameters are nested too deeply")
        at = close + 1
    return base, segments


class _Builder:
    """Fills one result; remembers each array's next free index (PHP's ``nNextFreeElement``:
    one above the largest int key so far, 0 for none)."""

    def __init__(self) -> None:
        self.result: PhpArray = {}
        # id(array) -> (array, next free int key); the array is held so that its id cannot
        # be reused by a new array after it was overwritten by a string.
        self._next: dict[int, tuple[PhpArray, int]] = {}

    def _key(self, array: PhpArray, key: str | int | None) -> str | int:
        known = self._next.get(id(array))
        if key is None:
            key = known[1] if known else 0
        if isinstance(key, int) and (known is None or key >= known[1]):
            self._next[id(array)] = (array, key + 1)
        return key

    def assign(self, base: str | int, segments: list[str], value: str) -> None:
        target = self.result
        key: str | int = self._key(target, base)
        for segment in segments:  # iterative: any depth, no recursion
            child = target.get(key)
            if not isinstance(child, dict):
                child = {}
                target[key] = child
            target = child
            key = self._key(target, None if segment == "" else _php_key(segment))
        target[key] = value


def unquote_plus(text: str) -> str:
    """``urllib.parse.unquote_plus``, with the escapes decoded in C rather than one by one in
    Python (256 KiB of ``%41`` would otherwise take 70 ms), in slices of 4 KiB so that no
    single call holds the interpreter (and, in the Demo, the window) for long. A ``%`` not
    followed by two hex digits stays as it is; bytes that are no UTF-8 become U+FFFD."""
    if "%" not in text:
        return text.replace("+", " ")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in the text itself: keep it, as urllib does
        return _unquote_plus_slowly(text)
    pieces: list[bytes] = []
    start, size = 0, len(data)
    while start < size:
        end = _cut(data, start + _SLICE)
        pieces.append(_unescape(data[start:end]))
        start = end
    return b"".join(pieces).decode("utf-8", "replace")


def _cut(data: bytes, end: int) -> int:
    """``end``, moved past an escape it would cut through (``%4|1`` or ``%|41``)."""
    for back in (1, 2):
        at = end - back
        if 0 <= at < len(data) and data[at] == 0x25 and _HEX2.fullmatch(data, at + 1, at + 3):
            return at + 3
    return min(end, len(data))


def _unescape(data: bytes) -> bytes:
    # "%41" -> "\x41" for the C decoder of Python's escapes (backslashes already there are
    # doubled). A "%" that starts no escape makes that decoder fail: only then are those
    # found, one by one, and written as "%25" (themselves).
    data = data.replace(b"+", b" ").replace(b"\\", b"\\\\")
    try:
        decoded: bytes = codecs.escape_decode(data.replace(b"%", b"\\x"))[0]
    except ValueError:
        # Runs of "%" first, in a pass or two of C (each "%" before another is lone), so
        # that the search below meets few lone ones.
        while b"%%" in data:
            data = data.replace(b"%%", b"%25%")
        data = _LONE_PERCENT.sub(b"%25", data)
        decoded = codecs.escape_decode(data.replace(b"%", b"\\x"))[0]
    return decoded


def parse_pairs(query: str) -> list[tuple[str, str]]:
    """Split and decode ``k=v&k2=v2`` (``+`` and ``%20`` both mean space), keeping order."""
    pairs: list[tuple[str, str]] = []
    for part in query.split("&"):
        if not part:
            continue
        raw_key, _, raw_value = part.partition("=")
        pairs.append((unquote_plus(raw_key), unquote_plus(raw_value)))
    return pairs


def parse_query(query: str, limits: Limits | None = None) -> PhpArray:
    """PHP's ``parse_str``: a nested array of strings, later keys overwriting earlier ones.

    With ``limits``, raises ``QueryTooLarge`` (a ``ValueError``) instead of decoding a request
    with too many variables or too deep brackets."""
    if limits is not None and query.count("&") >= limits.max_vars:
        # Counted without splitting (empty parts count too, which no real call has).
        raise QueryTooLarge("the request has too many parameters")
    max_depth = limits.max_depth if limits is not None else None
    builder = _Builder()
    for name, value in parse_pairs(query):
        base, segments = _split_name(name, max_depth)
        if not base:
            continue
        builder.assign(_php_key(base), segments or [], value)
    return builder.result

"""Invariants of the encoder that hold without PHP, checked on random parameter trees.

1. Decoding the wire form with PHP's bracket rules gives back the tree, minus nulls and empty
   containers, with every leaf as PHP's string form (bool -> "1"/"0", int -> decimal), and lists as
   maps from index to value (holes kept).
2. Decoding then re-rendering reproduces the signed string exactly: what the server checks.
3. The signed and wire forms differ only in ``+`` vs ``%20`` and ``%7E`` vs ``~``.
4. The signed form contains only unreserved characters, ``%XX`` escapes, ``+``, ``=`` and ``&``.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.api.phpquery import parse_query
from app.api.signing import http_build_query, scalar_text, wire_query

keys = st.text(min_size=1, max_size=6).filter(lambda k: "[" not in k and "]" not in k)
top_keys = keys.filter(lambda k: k[0] not in " .").filter(lambda k: "." not in k and " " not in k)
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.text(max_size=8),
)
trees = st.recursive(
    leaves,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=12,
)
params = st.dictionaries(top_keys, trees, max_size=5)


def expected_tree(value: Any) -> Any:
    """What PHP's parse_str would give back for a value: None for "left out"."""
    if value is None:
        return None
    if isinstance(value, list | dict):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        out: dict[Any, Any] = {}
        for key, item in items:
            rendered = expected_tree(item)
            if rendered is not None:
                out[_php_key(key)] = rendered
        return out or None
    return scalar_text(value)


def _php_key(key: Any) -> Any:
    text = str(key)
    return int(text) if re.fullmatch(r"0|-?[1-9][0-9]{0,17}", text) else text


@given(params)
def test_decoding_the_wire_form_gives_back_the_tree(tree: dict[str, Any]) -> None:
    assert parse_query(wire_query(tree)) == (expected_tree(tree) or {})


@given(params)
def test_rerendering_what_arrived_reproduces_the_signed_string(tree: dict[str, Any]) -> None:
    assert http_build_query(parse_query(wire_query(tree))) == http_build_query(tree)


@given(params)
def test_signed_and_wire_forms_differ_only_in_space_and_tilde(tree: dict[str, Any]) -> None:
    signed, wire = http_build_query(tree), wire_query(tree)
    assert wire.replace("%20", "+").replace("~", "%7E") == signed


@given(params)
def test_signed_form_uses_only_safe_characters(tree: dict[str, Any]) -> None:
    assert re.fullmatch(r"(?:[A-Za-z0-9._\-+=&]|%[0-9A-F]{2})*", http_build_query(tree))


def test_a_key_with_a_trailing_newline_is_not_an_index() -> None:
    """Found by the property above: ``$`` also matches before a final newline, so "0\\n" was
    read as the list index 0 and the signature of such a call could never match."""
    assert parse_query("0%0A=1&1=2") == {"0\n": "1", 1: "2"}

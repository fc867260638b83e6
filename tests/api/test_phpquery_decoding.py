"""``phpquery.unquote_plus`` decodes in C, in slices: it must give exactly what
``urllib.parse.unquote_plus`` gives, wherever a slice ends, and stay fast on hostile input."""

from __future__ import annotations

import time
import urllib.parse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.api import phpquery

PIECES = st.sampled_from(
    ["%", "%4", "%41", "%e9", "%C3%A9", "%E2%82", "%ZZ", "%%", "%5C", "%5c%78%34%31", "+", "=",
     "\\", "\\x", "\\x41", "a", "0", "F", "é", "€", " ", "\n", "_"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=16).map("".join)


@given(TEXTS, st.integers(min_value=1, max_value=7))
def test_it_decodes_as_urllib_does_wherever_a_slice_ends(text: str, slice_size: int) -> None:
    original = phpquery._SLICE
    phpquery._SLICE = slice_size
    try:
        assert phpquery.unquote_plus(text) == urllib.parse.unquote_plus(text)
    finally:
        phpquery._SLICE = original


@given(st.text(max_size=40))
def test_any_text_decodes_as_urllib_does(text: str) -> None:
    assert phpquery.unquote_plus(text) == urllib.parse.unquote_plus(text)


@pytest.mark.parametrize(
    "text",
    ["%41" * 87_000, "%" * 262_144, "%zz" * 87_000, "%41a" * 65_000, "%C3%A9" * 43_000],
    ids=["escapes", "lone percents", "bad escapes", "escapes between letters", "two-byte"],
)
def test_a_quarter_megabyte_decodes_quickly(text: str) -> None:
    start = time.perf_counter()
    decoded = phpquery.unquote_plus(text)
    assert time.perf_counter() - start < 1.0  # about 50 ms at worst; generous for noise
    assert decoded == urllib.parse.unquote_plus(text)

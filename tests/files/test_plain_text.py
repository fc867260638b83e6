"""File names from what people type: readable ASCII, no mangled umlauts, safe everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.plain_text import MAX_STEM, file_stem, search_needle, search_text, to_ascii


@pytest.mark.parametrize(
    ("parts", "stem"),
    [
        (("Gartenpflege März – Müller & Söhne", "qr"), "Gartenpflege-Maerz-Mueller-Soehne-qr"),
        (("Müller",), "Mueller"),
        (("Straße", "ÄÖÜ"), "Strasse-AeOeUe"),
        (("Zoë Çelik", "Façade"), "Zoe-Celik-Facade"),
        (("Città d'Italia",), "Citta-d-Italia"),
        (("INV-2026-0001",), "INV-2026-0001"),
        (('a/b\\c:d*e?f"g<h>i|j',), "a-b-c-d-e-f-g-h-i-j"),
        (("CON",), "CON_"),
        (("  ..  ",), "paydesk"),
        (("東京",), "paydesk"),
        (("", "", "qr"), "qr"),
    ],
)
def test_file_stem(parts: tuple[str, ...], stem: str) -> None:
    assert file_stem(*parts) == stem


def test_fallback_and_length() -> None:
    assert file_stem("😀", fallback="paylink-qr") == "paylink-qr"
    assert len(file_stem("x" * 500)) == MAX_STEM


def test_to_ascii_spells_out_german_and_strips_other_accents() -> None:
    assert to_ascii("Müller, Zoë, Łódź, Øre") == "Mueller, Zoe, Lodz, Ore"


@given(st.text())
def test_any_text_gives_a_safe_nonempty_ascii_stem(text: str) -> None:
    stem = file_stem(text)
    assert stem and stem.isascii() and len(stem) <= MAX_STEM + 1
    assert not set(stem) - set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    assert not stem.startswith((".", "-"))


@pytest.mark.parametrize("typed", ["marz", "März", "MAERZ", "maerz", "mär"])
def test_search_finds_umlauts_however_typed(typed: str) -> None:
    assert search_needle(typed) in search_text("Gartenpflege März")


@pytest.mark.parametrize("typed", ["chloe", "Chloé", "CHLOE"])
def test_search_ignores_accents(typed: str) -> None:
    assert search_needle(typed) in search_text("Chloé Dupont")


def test_ascii_search_text_is_only_case_folded() -> None:
    assert search_text("Anna MUSTER") == "anna muster"

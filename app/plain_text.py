"""Plain forms of what a person typed: ASCII file names, and text folded for searching.

File names are ASCII, readable, and safe on Windows, macOS and Linux:

"Gartenpflege März – Müller & Söhne" becomes "Gartenpflege-Maerz-Mueller-Soehne": German umlauts
are written out the way a German reader expects (ä -> ae), other accents are dropped (é -> e),
and anything a file system or a mail attachment might choke on becomes a single hyphen.
"""

from __future__ import annotations

import re
import unicodedata

# Transliterations a German, French or Italian reader expects; everything else goes through NFKD.
_SPELLED_OUT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
    }
)
_UNSAFE = re.compile(r"[^A-Za-z0-9_.]+")
# Names Windows refuses whatever the extension (CON.png cannot be created there).
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10))} | {
    f"LPT{i}" for i in range(1, 10)
}
MAX_STEM = 60


def to_ascii(text: str) -> str:
    """ "Müller, Zoë" -> "Mueller, Zoe": letters spelled out or stripped of their accents; other
    characters that have no ASCII form are dropped."""
    spelled = text.translate(_SPELLED_OUT)
    decomposed = unicodedata.normalize("NFKD", spelled)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def file_stem(*parts: str, fallback: str = "paydesk", max_length: int = MAX_STEM) -> str:
    """The readable ASCII stem of a file name from ``parts`` joined by hyphens: "Müller & Söhne",
    "qr" -> "Mueller-Soehne-qr". Case is kept; ``fallback`` when nothing usable is left."""
    pieces = [_UNSAFE.sub("-", to_ascii(part)).strip("-.") for part in parts]
    stem = "-".join(piece for piece in pieces if piece)
    stem = re.sub(r"-{2,}", "-", stem)[:max_length].strip("-.")
    if not stem:
        stem = fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"{stem}_"
    return stem


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def search_text(text: str) -> str:
    """``text`` as a search compares it: case-folded, accents ignored, and umlauts found both
    ways ("März" is found by "marz", "maerz" and "März"). Build it once per row."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    stripped = _strip_marks(folded)
    spelled = to_ascii(text).casefold()
    return stripped if spelled == stripped else f"{stripped}\n{spelled}"


def search_needle(text: str) -> str:
    """What the user typed into a search box, folded to match `search_text`."""
    folded = text.casefold()
    return folded if folded.isascii() else _strip_marks(folded)

"""What typed text may hold, checked the same way by every form (Qt-free, no sentences here).

Fields meet the whole of Unicode, from the keyboard, a paste or a draft. Some of it must never
reach the platform or a customer's payment page: control characters, the invisible marks that
reverse the writing direction (a reference ``INV-1‮0001`` shows as ``INV-11000``), zero-width
characters that make two different texts look the same, and broken halves of characters (lone
surrogates) that cannot even be encoded. Digits other than 0-9 (``²``, ``①``, ``١``, ``５``) are
digits to Python, so a number is checked for them before it is read.

Each caller words its own sentence (its translation context), from the `TextProblem` found.
"""

from __future__ import annotations

import enum
import unicodedata

_DIRECTION_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u200e\u200f\u061c"  # left-to-right, right-to-left and Arabic letter marks
)
# Zero-width joiner and non-joiner (U+200C, U+200D) are left alone: emoji and the spelling of
# Persian and Indic names need them.
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u180e\u00ad")


class TextProblem(enum.Enum):
    CONTROL = "control"
    """A control character (tab, line break where none belongs, NUL, escape, C1 controls)."""
    DIRECTION = "direction"
    """A bidirectional override, embedding, isolate or mark."""
    INVISIBLE = "invisible"
    """A zero-width or otherwise invisible character."""
    BROKEN = "broken"
    """Half of a character (a lone surrogate): the text cannot be encoded as UTF-8."""


def text_problem(text: str, *, line_breaks: bool = False) -> tuple[TextProblem, str] | None:
    """The first character of `text` that must not be sent, and why; None if there is none.

    With `line_breaks`, a line break and a tab are fine (a description has several lines).
    """
    # Every character this finds is one Python calls unprintable (Cc, Cf, Cs, Zl, Zp): the
    # common case costs one C call (a batch checks 100,000 cells in a preview).
    if text.isprintable():
        return None
    for char in text:
        if line_breaks and char in "\n\t":
            continue
        category = unicodedata.category(char)
        if category == "Cs":
            return TextProblem.BROKEN, char
        if category == "Cc" or char in "\u2028\u2029":
            return TextProblem.CONTROL, char
        if char in _DIRECTION_CONTROLS:
            return TextProblem.DIRECTION, char
        if char in _INVISIBLE:
            return TextProblem.INVISIBLE, char
    return None


def code_point(char: str) -> str:
    """``U+202E``: how a sentence names a character that cannot be shown."""
    return f"U+{ord(char):04X}"


def has_foreign_digits(text: str) -> bool:
    """True if `text` holds a digit other than 0-9: ``²``, ``①``, Arabic-Indic, full-width."""
    return any(
        not ("0" <= char <= "9") and (char.isdigit() or char.isnumeric() or char.isdecimal())
        for char in text
    )


def is_ascii_number(text: str, max_digits: int) -> bool:
    """Only the digits 0-9, at least one and at most `max_digits`: safe to give to ``int()``
    (which reads ``٣`` too, and refuses more than 4300 digits with an exception)."""
    return 0 < len(text) <= max_digits and all("0" <= char <= "9" for char in text)

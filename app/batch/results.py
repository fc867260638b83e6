"""What a batch gives back, as cells and files: the results table with the link column, the
customer message in each customer's language, file names for QR codes, the e-mail to open."""

from __future__ import annotations

from collections.abc import Iterable

from app.api.money import from_minor
from app.models.messages import LinkInfo, customer_message, language_of
from app.plain_text import file_stem


def message(title: str, amount_minor: int, currency: str, link: str, language: str) -> str:
    return customer_message(
        LinkInfo(
            title=title, amount_minor=amount_minor, currency=currency, link=link, language=language
        )
    )


def amount_text(minor: int, currency: str) -> str:
    """The amount for a spreadsheet: a plain decimal with a point, as machines read it."""
    return str(from_minor(minor, currency))


def qr_names(stems: Iterable[str]) -> list[str]:
    """``Mueller-qr.png`` for each stem (reference or customer), unique: the second "Müller"
    becomes ``Mueller-qr-2.png``."""
    taken: set[str] = set()
    names: list[str] = []
    for stem in stems:
        base = file_stem(stem, "qr")
        name, n = f"{base}.png", 1
        while name.lower() in taken:
            n += 1
            name = f"{base}-{n}.png"
        taken.add(name.lower())
        names.append(name)
    return names


__all__ = ["amount_text", "language_of", "message", "qr_names"]

"""The customer message and money formatting: exact text per language."""

from __future__ import annotations

import pytest

from app.models.messages import NARROW_NBSP, LinkInfo, customer_message, format_money, language_of

LINK = "https://demo.payrexx.com/?payment=3f2a9c"


@pytest.mark.parametrize(
    ("minor", "currency", "language", "expected"),
    [
        (123450, "CHF", "de", "CHF 1'234.50"),
        (123450, "CHF", "it", "CHF 1'234.50"),
        (123450, "CHF", "en", "CHF 1,234.50"),
        (123450, "CHF", "fr", f"CHF 1{NARROW_NBSP}234.50"),
        (123456789, "CHF", "de", "CHF 1'234'567.89"),
        (5, "CHF", "de", "CHF 0.05"),
        (100, "EUR", "en", "EUR 1.00"),
        (99900, "chf", "de", "CHF 999.00"),
        (1234567, "JPY", "de", "JPY 1'234'567"),
        (500, "JPY", "en", "JPY 500"),
        (1234567, "KWD", "en", "KWD 1,234.567"),
        (-123450, "CHF", "de", "CHF -1'234.50"),
        (123450, "CHF", "de_CH", "CHF 1'234.50"),
        (123450, "CHF", "xx", "CHF 1,234.50"),
    ],
)
def test_format_money(minor: int, currency: str, language: str, expected: str) -> None:
    assert format_money(minor, currency, language) == expected


def test_format_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        format_money(1234.5, "CHF", "de")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("de", "de"), ("DE", "de"), ("fr-CH", "fr"), ("it_CH", "it"), ("rm", "en"), (None, "en")],
)
def test_language_of(raw: str | None, expected: str) -> None:
    assert language_of(raw) == expected


def _info(language: str, amount: int | None = 123450) -> LinkInfo:
    return LinkInfo(
        title="Invoice 2026-014",
        amount_minor=amount,
        currency="CHF",
        link=LINK,
        language=language,
        kind="invoice",
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            "Guten Tag\n\n"
            "Bitte bezahlen Sie «Invoice 2026-014» über CHF 1'234.50 mit diesem Link:\n"
            f"{LINK}\n\n"
            "Vielen Dank!",
        ),
        (
            "fr",
            "Bonjour,\n\n"
            "Veuillez régler «\u00a0Invoice 2026-014\u00a0» d'un montant de "
            f"CHF 1{NARROW_NBSP}234.50 via ce lien\u00a0:\n"
            f"{LINK}\n\n"
            "Merci beaucoup\u00a0!",
        ),
        (
            "it",
            "Buongiorno,\n\n"
            "la preghiamo di pagare «Invoice 2026-014» di CHF 1'234.50 tramite questo link:\n"
            f"{LINK}\n\n"
            "Grazie mille!",
        ),
        (
            "en",
            "Hello,\n\n"
            'Please pay "Invoice 2026-014" of CHF 1,234.50 using this link:\n'
            f"{LINK}\n\n"
            "Thank you!",
        ),
    ],
)
def test_customer_message(language: str, expected: str) -> None:
    assert customer_message(_info(language)) == expected


def test_customer_message_without_amount() -> None:
    assert customer_message(_info("de", None)) == (
        f"Guten Tag\n\nBitte bezahlen Sie «Invoice 2026-014» mit diesem Link:\n{LINK}\n\n"
        "Vielen Dank!"
    )
    assert "CHF" not in customer_message(_info("en", 0))

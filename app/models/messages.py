"""What a link is about, and the short text sent to the customer with it.

Money is formatted the Swiss way the customer reads it: the currency code, then the amount with the
grouping of the customer's language ("CHF 1'234.50" in German and Italian, "CHF 1 234.50" in
French with a narrow no-break space, "CHF 1,234.50" in English). Never a float on the way.

These functions are for what the customer reads. Money the UI itself shows follows the UI locale
instead: `app.models.locale_format.ui_money` (and `ui_amount`, `ui_date`, `ui_datetime`).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.api.money import decimals, from_minor
from app.api.platform import LANGUAGES, Language

NARROW_NBSP = "\u202f"

# Thousands separator per language; the decimal separator is "." in all of them (Swiss usage).
_GROUPING: dict[str, str] = {"de": "'", "fr": NARROW_NBSP, "it": "'", "en": ","}


@dataclass(frozen=True)
class LinkInfo:
    """Everything the link panel shows about one paylink or payment page."""

    title: str
    amount_minor: int | None
    currency: str
    link: str
    language: str = "de"
    kind: str = "invoice"  # "invoice" (a paylink) or "page"
    record_id: int | None = None
    """The History row it comes from, so the panel follows when the watcher changes it."""
    state: str = ""
    """A `app.models.link_state.LinkState` value; "" while unknown."""
    email: str = ""
    """The customer's e-mail address, when the form had one ("E-mail…" addresses it)."""


def language_of(language: str | None) -> Language:
    """``"de_CH"``, ``"DE"``, ``"fr-CH"`` -> the message language; anything else is English."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    for known in LANGUAGES:
        if code == known:
            return known
    return "en"


def format_amount(minor: int, currency: str, language: str) -> str:
    """The number alone: ``123450, "CHF", "de"`` -> ``"1'234.50"``; ``1235, "JPY"`` -> ``"1'235"``.

    The decimal separator is "." in every language (Swiss usage for amounts of money).
    """
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"minor must be an int, not {type(minor).__name__}")
    value = from_minor(minor, currency)
    places = decimals(currency)
    text = format(abs(value), f",.{places}f")  # "1,234.50": Python's grouping, replaced below
    text = text.replace(",", _GROUPING[language_of(language)])
    return f"-{text}" if value < 0 else text


def format_money(minor: int, currency: str, language: str) -> str:
    """``123450, "CHF", "de"`` -> ``"CHF 1'234.50"``."""
    return f"{currency.upper()} {format_amount(minor, currency, language)}"


# One template per language: with an amount, and for a page without a fixed amount.
_WITH_AMOUNT: dict[Language, str] = {
    "de": (
        "Guten Tag\n\n"
        "Bitte bezahlen Sie «{title}» über {amount} mit diesem Link:\n"
        "{link}\n\n"
        "Vielen Dank!"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Veuillez régler «\u00a0{title}\u00a0» d'un montant de {amount} via ce lien\u00a0:\n"
        "{link}\n\n"
        "Merci beaucoup\u00a0!"
    ),
    "it": (
        "Buongiorno,\n\n"
        "la preghiamo di pagare «{title}» di {amount} tramite questo link:\n"
        "{link}\n\n"
        "Grazie mille!"
    ),
    "en": ('Hello,\n\nPlease pay "{title}" of {amount} using this link:\n{link}\n\nThank you!'),
}

_WITHOUT_AMOUNT: dict[Language, str] = {
    "de": "Guten Tag\n\nBitte bezahlen Sie «{title}» mit diesem Link:\n{link}\n\nVielen Dank!",
    "fr": (
        "Bonjour,\n\nVeuillez régler «\u00a0{title}\u00a0» via ce lien\u00a0:\n{link}\n\n"
        "Merci beaucoup\u00a0!"
    ),
    "it": (
        "Buongiorno,\n\nla preghiamo di pagare «{title}» tramite questo link:\n{link}\n\n"
        "Grazie mille!"
    ),
    "en": 'Hello,\n\nPlease pay "{title}" using this link:\n{link}\n\nThank you!',
}


def customer_message(info: LinkInfo) -> str:
    """A short text in the customer's language with title, amount and link, ready to paste."""
    language = language_of(info.language)
    title = info.title.strip()
    if info.amount_minor:
        amount = format_money(info.amount_minor, info.currency, language)
        return _WITH_AMOUNT[language].format(title=title, amount=amount, link=info.link)
    return _WITHOUT_AMOUNT[language].format(title=title, link=info.link)


def mailto(email: str, subject: str, body: str) -> str:
    """A ``mailto:`` address with subject and body (RFC 6068: percent-encoded UTF-8, line
    breaks as CRLF); ``email`` may be empty (the mail program asks)."""
    from urllib.parse import quote

    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(email, safe='@')}?{query}"

"""Which column of the file is which paylink field, and the values for fields no column holds.

`suggest` reads the headers staff write in German, French, Italian and English ("Betrag",
"Montant", "Importo", "Amount", "E-Mail", "Vorname", ...); the user's own choice for an instance
is remembered by header text (`Mapping.to_json`), so next month's file of the same shape is
mapped at once even if its columns moved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Field(StrEnum):
    """The paylink fields a column can fill; the values are `FormValues`' attribute names
    (and "language", the customer's language for the message)."""

    TITLE = "title"
    AMOUNT = "amount"
    CURRENCY = "currency"
    REFERENCE = "reference"
    FORENAME = "forename"
    SURNAME = "surname"
    COMPANY = "company"
    EMAIL = "email"
    PURPOSE = "purpose"
    DESCRIPTION = "description"
    EXPIRY = "expiry"
    VAT_RATE = "vat_rate"
    LANGUAGE = "language"


# Fields a constant can stand in for (the same value on every row).
CONSTANT_FIELDS: tuple[Field, ...] = (
    Field.TITLE,
    Field.CURRENCY,
    Field.PURPOSE,
    Field.DESCRIPTION,
    Field.EXPIRY,
    Field.VAT_RATE,
    Field.LANGUAGE,
)

# Headers as they are folded by `fold` (lower case, no accents, letters and digits only).
_WORDS: dict[Field, tuple[str, ...]] = {
    Field.TITLE: (
        "title",
        "titel",
        "titre",
        "titolo",
        "bezeichnung",
        "betreff",
        "objet",
        "oggetto",
        "subject",
        "leistung",
        "prestation",
        "prestazione",
        "artikel",
        "article",
        "articolo",
    ),
    Field.AMOUNT: (
        "amount",
        "betrag",
        "montant",
        "importo",
        "total",
        "summe",
        "totale",
        "preis",
        "prix",
        "prezzo",
        "price",
        "betragchf",
        "montantchf",
        "importochf",
        "amountchf",
        "chf",
    ),
    Field.CURRENCY: ("currency", "wahrung", "waehrung", "devise", "monnaie", "valuta"),
    Field.REFERENCE: (
        "reference",
        "referenz",
        "ref",
        "referenznummer",
        "referencenumber",
        "riferimento",
        "numerodereference",
        "rechnungsnummer",
        "rechnungsnr",
        "invoicenumber",
        "invoiceno",
        "numerodefacture",
        "numerofattura",
        "referenceid",
    ),
    Field.FORENAME: ("vorname", "firstname", "forename", "givenname", "prenom", "nome"),
    Field.SURNAME: (
        "name",
        "nachname",
        "lastname",
        "surname",
        "familienname",
        "nom",
        "nomdefamille",
        "cognome",
        "familyname",
    ),
    Field.COMPANY: (
        "firma",
        "company",
        "unternehmen",
        "entreprise",
        "societe",
        "societa",
        "azienda",
        "organisation",
        "organization",
        "verein",
        "club",
    ),
    Field.EMAIL: (
        "email",
        "mail",
        "emailadresse",
        "emailaddress",
        "courriel",
        "adresseemail",
        "indirizzoemail",
        "postaelettronica",
    ),
    Field.PURPOSE: (
        "purpose",
        "zweck",
        "verwendungszweck",
        "motif",
        "but",
        "scopo",
        "causale",
    ),
    Field.DESCRIPTION: (
        "description",
        "beschreibung",
        "descrizione",
        "bemerkung",
        "bemerkungen",
        "remarque",
        "remarques",
        "osservazioni",
        "note",
        "notes",
        "notiz",
    ),
    Field.EXPIRY: (
        "expiry",
        "expires",
        "expirydate",
        "expirationdate",
        "duedate",
        "due",
        "ablaufdatum",
        "gultigbis",
        "faellig",
        "fallig",
        "falligkeit",
        "faelligkeit",
        "zahlbarbis",
        "echeance",
        "valablejusqua",
        "scadenza",
        "validountil",
        "validuntil",
    ),
    Field.VAT_RATE: (
        "vat",
        "vatrate",
        "mwst",
        "mwstsatz",
        "mehrwertsteuer",
        "steuersatz",
        "tva",
        "tauxtva",
        "iva",
        "aliquotaiva",
    ),
    Field.LANGUAGE: ("language", "sprache", "langue", "lingua", "lang", "korrespondenzsprache"),
}
_LOOKUP: dict[str, Field] = {word: f for f, words in _WORDS.items() for word in words}
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


def fold(header: str) -> str:
    """ "E-Mail-Adresse" -> "emailadresse", "Échéance" -> "echeance", "Währung" -> "wahrung"."""
    text = unicodedata.normalize("NFKD", header.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_LETTERS.sub("", text)


def suggest(header: Sequence[str]) -> dict[Field, int]:
    """The column for each field whose header names it; the first such column wins."""
    found: dict[Field, int] = {}
    for index, text in enumerate(header):
        match = _LOOKUP.get(fold(text))
        if match is not None and match not in found:
            found[match] = index
    return found


@dataclass
class Mapping:
    """``columns``: field -> column index; ``constants``: field -> the value every row gets
    where no column fills it (a column, when mapped, wins)."""

    columns: dict[Field, int] = field(default_factory=dict)
    constants: dict[Field, str] = field(default_factory=dict)

    def to_json(self, header: Sequence[str]) -> dict[str, Any]:
        """What is remembered per instance: columns by header text, and the constants."""
        return {
            "columns": {f.value: header[i] for f, i in self.columns.items() if i < len(header)},
            "constants": {f.value: v for f, v in self.constants.items() if v},
        }

    @classmethod
    def for_header(cls, header: Sequence[str], remembered: dict[str, Any] | None) -> Mapping:
        """The remembered choice where its headers are in this file, suggestions elsewhere."""
        mapping = cls(columns=suggest(header))
        remembered = remembered or {}
        columns = remembered.get("columns")
        if isinstance(columns, dict):
            for name, text in columns.items():
                if name in Field._value2member_map_ and isinstance(text, str) and text in header:
                    chosen = Field(name)
                    index = list(header).index(text)
                    # One column fills one field: a suggestion using it gives way.
                    for other, used in list(mapping.columns.items()):
                        if used == index and other is not chosen:
                            del mapping.columns[other]
                    mapping.columns[chosen] = index
        constants = remembered.get("constants")
        if isinstance(constants, dict):
            mapping.constants = {
                Field(k): v
                for k, v in constants.items()
                if k in Field._value2member_map_
                and Field(k) in CONSTANT_FIELDS
                and isinstance(v, str)
            }
        return mapping

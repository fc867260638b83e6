"""Every row of a file, checked by the form's own rules (`app.models.paylink_form.validate`),
so a cell is refused with the very sentence the form would show for it.

Beyond the form's rules, a batch looks across rows: a reference that repeats within the file, a
reference already created on this instance (History), and, for a file without references, a row
that looks like one already created (same title, amount and customer). Those rows are marked and
left out by default; the user may put them back in.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.batch.mapping import Field, Mapping
from app.i18n import translate
from app.models.paylink_form import FormValues, Kind, ValidForm, validate

_LANGUAGE_WORDS: dict[str, str] = {
    **{w: "de" for w in ("de", "deu", "ger", "deutsch", "german", "allemand", "tedesco")},
    **{
        w: "fr"
        for w in (
            "fr",
            "fra",
            "fre",
            "francais",
            "français",
            "french",
            "franzosisch",
            "französisch",
            "francese",
        )
    },
    **{w: "it" for w in ("it", "ita", "italiano", "italian", "italienisch", "italien")},
    **{w: "en" for w in ("en", "eng", "english", "englisch", "anglais", "inglese")},
}

# A row's key when it has no reference: created again, it would bill the same person twice.
ContentKey = tuple[str, int, str, str]


class Flag:
    """Why a valid row is left out by default (row-level notes, not cell errors)."""

    DUPLICATE = "duplicate"
    CREATED = "created"
    LOOKS_CREATED = "looks_created"


@dataclass(slots=True)
class RowCheck:
    index: int
    """Position in the file's rows (0-based, header not counted)."""
    line: int
    """The line in the file, as the user finds it there."""
    cells: dict[Field, str]
    """What goes into the form for each field (mapped column, or constant)."""
    errors: dict[Field, str] = field(default_factory=dict)
    form: ValidForm | None = None
    language: str = ""
    flags: dict[str, str] = field(default_factory=dict)
    """Flag -> sentence."""

    @property
    def valid(self) -> bool:
        return self.form is not None


def language_code(text: str) -> str | None:
    """ "Deutsch", "DE", "fr-CH", "italiano" -> "de", "fr", "it"; "" -> ""; unknown -> None."""
    cleaned = text.strip().casefold()
    if not cleaned:
        return ""
    head = cleaned.replace("_", "-").split("-")[0]
    return _LANGUAGE_WORDS.get(cleaned) or _LANGUAGE_WORDS.get(head)


def cells_of(
    row: Sequence[str], mapping: Mapping, overrides: dict[Field, str] | None = None
) -> dict[Field, str]:
    cells = dict(mapping.constants)
    for name, column in mapping.columns.items():
        if column < len(row) and (row[column] or name not in cells):
            cells[name] = row[column]
    if overrides:
        cells.update(overrides)
    return cells


def check_cells(
    index: int, line: int, cells: dict[Field, str], today: date, default_currency: str
) -> RowCheck:
    values = FormValues(
        title=cells.get(Field.TITLE, ""),
        description=cells.get(Field.DESCRIPTION, ""),
        purpose=cells.get(Field.PURPOSE, ""),
        amount=cells.get(Field.AMOUNT, ""),
        currency=cells.get(Field.CURRENCY, "") or default_currency,
        vat_rate=cells.get(Field.VAT_RATE, ""),
        reference=cells.get(Field.REFERENCE, ""),
        expiry=cells.get(Field.EXPIRY, ""),
        email=cells.get(Field.EMAIL, ""),
        forename=cells.get(Field.FORENAME, ""),
        surname=cells.get(Field.SURNAME, ""),
        company=cells.get(Field.COMPANY, ""),
    )
    errors, form = validate(values, Kind.INVOICE, today)
    check = RowCheck(index, line, cells)
    for name, sentence in errors.items():
        try:
            check.errors[Field(name)] = sentence
        except ValueError:  # a field a batch cannot fill (none today): keep it on the title
            check.errors.setdefault(Field.TITLE, sentence)
    language = language_code(cells.get(Field.LANGUAGE, ""))
    if language is None:
        check.errors[Field.LANGUAGE] = translate(
            "BatchErrors", "Enter the language as de, fr, it or en."
        )
        form = None
    check.language = language or ""
    check.form = form if not check.errors else None
    return check


def content_key(form: ValidForm) -> ContentKey:
    return (form.title.casefold(), form.amount_minor, form.currency, form.customer.casefold())


def check_rows(
    rows: Sequence[Sequence[str]],
    lines: Sequence[int],
    mapping: Mapping,
    today: date,
    default_currency: str,
    *,
    created_references: Collection[str] = (),
    created_content: Collection[ContentKey] = (),
    overrides: dict[int, dict[Field, str]] | None = None,
) -> list[RowCheck]:
    """Every row checked and flagged at once (the window checks in slices: `RowFlagger`)."""
    overrides = overrides or {}
    checks = [
        check_cells(i, lines[i], cells_of(row, mapping, overrides.get(i)), today, default_currency)
        for i, row in enumerate(rows)
    ]
    flag_rows(checks, created_references, created_content)
    return checks


class RowFlagger:
    """Flags rows one by one, in file order: the first of rows sharing a reference is not a
    duplicate of the others, the later ones are. Flagging row by row gives what `flag_rows`
    gives the whole list, so a file can be checked in slices."""

    def __init__(
        self, created_references: Collection[str], created_content: Collection[ContentKey] = ()
    ) -> None:
        self._created_references = created_references
        self._created_content = created_content
        self._first_line: dict[str, int] = {}

    def flag(self, check: RowCheck) -> None:
        check.flags.clear()
        reference = check.cells.get(Field.REFERENCE, "").strip()
        if reference and reference in self._created_references:
            check.flags[Flag.CREATED] = translate(
                "BatchErrors",
                "A paylink with reference %s was already created (see History): left out so "
                "nobody is billed twice.",
            ) % (reference,)
        elif reference:
            first = self._first_line.setdefault(reference, check.line)
            if first != check.line:
                check.flags[Flag.DUPLICATE] = translate(
                    "BatchErrors", "The reference %s is also on line %d: left out."
                ) % (reference, first)
        elif check.form is not None and content_key(check.form) in self._created_content:
            check.flags[Flag.LOOKS_CREATED] = translate(
                "BatchErrors",
                "A paylink with this title, amount and customer was already created (see "
                "History): left out so nobody is billed twice.",
            )


def flag_rows(
    checks: Sequence[RowCheck],
    created_references: Collection[str],
    created_content: Collection[ContentKey] = (),
) -> None:
    """(Re)computes the flags of every row (see `RowFlagger`)."""
    flagger = RowFlagger(created_references, created_content)
    for check in checks:
        flagger.flag(check)

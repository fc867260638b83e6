"""Every row of a file, checked by the form's own rules (`app.models.paylink_form.validate`),
so a cell is refused with the very sentence the form would show for it.

Beyond the form's rules, a batch looks across rows: a reference that repeats within the file, a
reference already created on this instance (History), and, for a file without references, a row
that looks like one already created (same title, amount and customer). Those rows are marked and
left out by default; the user may put them back in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
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

PAUSE_EVERY = 50

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
    pause: Callable[[], None] | None = None,
) -> list[RowCheck]:
    """``pause()`` runs every `PAUSE_EVERY` rows: on a worker thread it lets the GUI thread
    have the interpreter (a check holds it otherwise, and the window would stall)."""
    overrides = overrides or {}
    checks: list[RowCheck] = []
    for i, row in enumerate(rows):
        if pause is not None and i % PAUSE_EVERY == 0:
            pause()
        cells = cells_of(row, mapping, overrides.get(i))
        checks.append(check_cells(i, lines[i], cells, today, default_currency))
    flag_rows(checks, created_references, created_content)
    return checks


def flag_rows(
    checks: Sequence[RowCheck],
    created_references: Collection[str],
    created_content: Collection[ContentKey] = (),
) -> None:
    """(Re)computes the flags of every row; the first of rows sharing a reference is not a
    duplicate of the others, the later ones are."""
    first_with: dict[str, RowCheck] = {}
    lines_with: dict[str, list[int]] = defaultdict(list)
    for check in checks:
        check.flags.clear()
        reference = check.cells.get(Field.REFERENCE, "").strip()
        if reference:
            lines_with[reference].append(check.line)
    for check in checks:
        reference = check.cells.get(Field.REFERENCE, "").strip()
        if reference and reference in created_references:
            check.flags[Flag.CREATED] = translate(
                "BatchErrors",
                "A paylink with reference %s was already created (see History): left out so "
                "nobody is billed twice.",
            ) % (reference,)
        elif reference and len(lines_with[reference]) > 1:
            if reference in first_with:
                check.flags[Flag.DUPLICATE] = translate(
                    "BatchErrors", "The reference %s is also on line %d: left out."
                ) % (reference, first_with[reference].line)
            else:
                first_with[reference] = check
        elif (
            not reference and check.form is not None and content_key(check.form) in created_content
        ):
            check.flags[Flag.LOOKS_CREATED] = translate(
                "BatchErrors",
                "A paylink with this title, amount and customer was already created (see "
                "History): left out so nobody is billed twice.",
            )


def totals(checks: Sequence[RowCheck], included: Collection[int]) -> dict[str, int]:
    """Minor units per currency of the valid rows among ``included`` (indexes)."""
    sums: dict[str, int] = defaultdict(int)
    for index in included:
        form = checks[index].form
        if form is not None:
            sums[form.currency] += form.amount_minor
    return dict(sorted(sums.items()))

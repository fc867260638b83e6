"""Reading CSV and .xlsx files and suggesting the columns: no display needed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.batch.mapping import Field, Mapping, suggest
from app.batch.reading import ReadError, read_csv_bytes, read_table
from app.batch.rows import Flag, check_rows, language_code
from app.models.batch_table import Row, Summary


@pytest.mark.parametrize(
    ("data", "encoding", "delimiter"),
    [
        ("Name;Betrag\r\nMüller;1,50\r\n".encode("utf-8-sig"), "UTF-8 (BOM)", ";"),
        ("Name,Amount\nMüller,1.50\n".encode(), "UTF-8", ","),
        ("Nom\tMontant\nMüller\t1.50\n".encode("cp1252"), "Windows-1252", "\t"),
        ('Name;Betrag\n"Müller, Hans";"1,50"\n'.encode("cp1252"), "Windows-1252", ";"),
    ],
)
def test_csv_encoding_and_separator_are_detected(
    data: bytes, encoding: str, delimiter: str
) -> None:
    sheet = read_csv_bytes(data)
    assert (sheet.detected.encoding, sheet.detected.delimiter) == (encoding, delimiter)
    assert sheet.rows[0][0].startswith("Müller")
    assert sheet.numbers == [2]


def test_blank_lines_are_skipped_and_short_rows_padded() -> None:
    sheet = read_csv_bytes(b"a;b;c\n\n1;2\n;;\n4;5;6\n")
    assert sheet.rows == [["1", "2", ""], ["4", "5", "6"]]
    assert sheet.numbers == [3, 5]


def test_an_empty_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(ReadError) as caught:
        read_table(empty)
    assert str(caught.value.sentence) == "The file holds no rows."


def test_a_broken_workbook_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ReadError) as caught:
        read_table(broken)
    assert "not an Excel workbook" in str(caught.value.sentence)


def test_xlsx_cells_become_what_a_person_would_type(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Mitglieder"
    sheet.append(["Vorname", "Nachname", "Betrag", "Referenz", "Fällig"])
    sheet.append(["Zoë", "Müller", 120.5, 1001, datetime(2026, 12, 31)])
    sheet.append(["Luca", None, 100.0, "R-2", date(2027, 1, 1)])
    path = tmp_path / "members.xlsx"
    book.save(path)
    read = read_table(path)
    assert read.detected.kind == "xlsx" and read.detected.sheet == "Mitglieder"
    assert read.rows == [
        ["Zoë", "Müller", "120.5", "1001", "2026-12-31"],
        ["Luca", "", "100", "R-2", "2027-01-01"],
    ]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Betrag", Field.AMOUNT),
        ("Montant", Field.AMOUNT),
        ("Importo", Field.AMOUNT),
        ("Amount", Field.AMOUNT),
        ("E-Mail", Field.EMAIL),
        ("Courriel", Field.EMAIL),
        ("Name", Field.SURNAME),
        ("Vorname", Field.FORENAME),
        ("Prénom", Field.FORENAME),
        ("Cognome", Field.SURNAME),
        ("Referenz", Field.REFERENCE),
        ("Währung", Field.CURRENCY),
        ("Échéance", Field.EXPIRY),
        ("MWST-Satz", Field.VAT_RATE),
        ("Sprache", Field.LANGUAGE),
        ("Zweck", Field.PURPOSE),
    ],
)
def test_headers_in_four_languages_are_suggested(header: str, field: Field) -> None:
    assert suggest(["Nr", header]) == {field: 1}


def test_a_remembered_mapping_follows_its_header_wherever_it_moved() -> None:
    first = Mapping(columns={Field.AMOUNT: 0, Field.TITLE: 1}, constants={Field.CURRENCY: "EUR"})
    remembered = first.to_json(["Total", "Kurs"])
    again = Mapping.for_header(["Kurs", "Betrag", "Total"], remembered)
    assert again.columns[Field.TITLE] == 0 and again.columns[Field.AMOUNT] == 2
    assert again.constants == {Field.CURRENCY: "EUR"}


def test_rows_show_the_forms_sentences_flags_and_totals() -> None:
    sheet = read_csv_bytes(
        "Titel;Betrag;Referenz;E-Mail;Sprache\n"
        "Kurs;12.50;R-1;a@example.ch;fr\n"
        "Kurs;zwölf;R-2;a@example.ch;de\n"
        "Kurs;10;R-1;kein-mail;xx\n"
        "Kurs;5;R-9;;\n".encode()
    )
    mapping = Mapping.for_header(sheet.header, None)
    checks = check_rows(
        sheet.rows, sheet.numbers, mapping, date(2026, 6, 1), "CHF", created_references={"R-9"}
    )
    assert checks[0].valid and checks[0].language == "fr"
    assert checks[1].errors[Field.AMOUNT] == "Enter the amount as a number, like 1234.50."
    assert checks[2].errors[Field.EMAIL] == "Enter a valid e-mail address, like name@example.ch."
    assert checks[2].errors[Field.LANGUAGE] == "Enter the language as de, fr, it or en."
    assert Flag.DUPLICATE in checks[2].flags and "line 2" in checks[2].flags[Flag.DUPLICATE]
    assert Flag.CREATED in checks[3].flags
    # The preview's summary: row 4 (already created) is left out, row 2 (bad) cannot be in.
    rows = [Row.for_check(check) for check in checks]
    assert [row.included for row in rows] == [True, False, False, False]
    rows[3].included = True  # the user puts the flagged row in after all
    summary = Summary.of(rows)
    assert summary.totals == {"CHF": 1750}
    assert (summary.to_create, summary.bad, summary.flagged, summary.links) == (2, 2, 2, False)


def test_language_names() -> None:
    assert [language_code(t) for t in ("Deutsch", "FR-ch", "italiano", "", "xx")] == [
        "de",
        "fr",
        "it",
        "",
        None,
    ]

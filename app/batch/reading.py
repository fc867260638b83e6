"""Reading a spreadsheet the way staff save one: CSV with a comma, a semicolon or a tab, in UTF-8
(with or without the byte order mark Excel writes) or, failing that, Windows-1252 (what Excel on
Windows writes as "CSV" in Switzerland); or an Excel .xlsx workbook (its first sheet).

Every cell becomes text, as a person would type it into the form: 12.5 stays "12.5", a whole
number stored as 100.0 becomes "100", a date becomes "2026-12-31". What the file was detected as
is part of the answer, so the window can show it (a wrong guess is then visible at once).
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, Sentence

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
DELIMITERS = (";", ",", "\t")
_SAMPLE_LINES = 20


@dataclass(frozen=True)
class Detected:
    """What the file was read as: ``kind`` "csv" or "xlsx"; for CSV the encoding and the
    separator; for a workbook the sheet."""

    kind: str
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""


@dataclass(frozen=True)
class Sheet:
    header: list[str]
    rows: list[list[str]]
    """Every row as long as the header (missing cells are ""); blank lines left out."""
    numbers: list[int]
    """The line (1-based, header = 1) each row has in the file, for the user to find it."""
    detected: Detected


def _error(template: str, *values: object) -> Sentence:
    return Sentence("BatchErrors", template, values)


class ReadError(Exception):
    """The file cannot be read as a table; ``sentence`` says why, for the user."""

    def __init__(self, sentence: Sentence) -> None:
        super().__init__(str(sentence))
        self.sentence = sentence


def read_table(path: Path) -> Sheet:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(
                _error(
                    QT_TRANSLATE_NOOP(
                        "BatchErrors", "The file is larger than 50 MB: split it into smaller ones."
                    )
                )
            )
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return read_xlsx(path)
        return read_csv_bytes(path.read_bytes())
    except OSError as exc:
        raise ReadError(
            _error(
                QT_TRANSLATE_NOOP("BatchErrors", "The file could not be opened: %s"),
                exc.strerror or str(exc),
            )
        ) from exc


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding, as the user knows it."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        # Five bytes have no character in Windows-1252; they come out as "�", which the row
        # checks then mark as a damaged character in its cell.
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def sniff_delimiter(text: str) -> str:
    """The separator that splits the first lines into the most columns, the same number on
    each line (a comma inside "1,50" on a semicolon file splits only some lines)."""
    sample = text.splitlines()[:_SAMPLE_LINES]
    best, best_score = ",", (-1, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(sample, delimiter=delimiter) if any(row)]
        if not counts:
            continue
        steady = sum(1 for c in counts if c == counts[0])
        score = (steady if counts[0] > 1 else 0, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_bytes(data: bytes) -> Sheet:
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        table = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise ReadError(
            _error(
                QT_TRANSLATE_NOOP("BatchErrors", "The file is not a readable table: %s"), str(exc)
            )
        ) from exc
    return _sheet(table, Detected("csv", encoding=encoding, delimiter=delimiter))


def read_xlsx(path: Path) -> Sheet:
    import zipfile

    from openpyxl import load_workbook

    try:
        # read_only streams the sheet instead of building every cell object first.
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise ReadError(
            _error(
                QT_TRANSLATE_NOOP(
                    "BatchErrors", "The file is not an Excel workbook (.xlsx) that can be read."
                )
            )
        ) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return _sheet([], Detected("xlsx"))
        table = [
            (number, [_cell_text(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
        return _sheet(table, Detected("xlsx", sheet=sheet.title))
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return str(Decimal(repr(value)))  # the shortest text that is this number, never 1e-05
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _sheet(table: list[tuple[int, list[str]]], detected: Detected) -> Sheet:
    lines = [(n, [c.strip() for c in row]) for n, row in table if any(c.strip() for c in row)]
    if not lines:
        raise ReadError(_error(QT_TRANSLATE_NOOP("BatchErrors", "The file holds no rows.")))
    if len(lines) > MAX_ROWS + 1:
        raise ReadError(
            _error(
                QT_TRANSLATE_NOOP(
                    "BatchErrors", "The file has more than %d rows: split it into smaller ones."
                ),
                MAX_ROWS,
            )
        )
    _, header = lines[0]
    width = max(len(row) for _, row in lines)
    header = header + [""] * (width - len(header))
    rows = [row + [""] * (width - len(row)) for _, row in lines[1:]]
    return Sheet(header, rows, [n for n, _ in lines[1:]], detected)

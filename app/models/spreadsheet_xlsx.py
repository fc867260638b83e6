"""Excel workbooks (.xlsx) written the way `app.models.spreadsheet` writes CSV: atomically, and
with formula-looking cells neutralized (openpyxl stores any text starting with "=" as a formula).
Characters a workbook cannot hold (control characters) are dropped."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from app.models.spreadsheet import neutralize


def write_xlsx(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[str]], *, title: str = "Paydesk"
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(value: str) -> str:
        return neutralize(ILLEGAL_CHARACTERS_RE.sub("", value))

    path = Path(path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append([clean(h) for h in header])
    for row in rows:
        sheet.append([clean(cell) for cell in row])
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_table(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[str]], *, delimiter: str
) -> None:
    """.xlsx by the file's extension, else CSV with ``delimiter``."""
    if Path(path).suffix.lower() == ".xlsx":
        write_xlsx(path, header, rows)
    else:
        from app.models.spreadsheet import write_csv

        write_csv(path, header, [[neutralize(c) for c in row] for row in rows], delimiter=delimiter)

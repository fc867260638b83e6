"""CSV files that spreadsheet programs open right: UTF-8 with a byte order mark, the list
separator of the UI language's spreadsheets, formula-looking cells neutralized, written atomically.

German, French and Italian Excel split a line at ``;`` (their decimal comma would clash with
``,``); English at ``,``. Values stay for machines (ISO dates, amounts with a ``.``), which is
also what Swiss spreadsheets (de_CH, fr_CH, it_CH: decimal point) read as numbers.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

if TYPE_CHECKING:
    from app.models.runner import TaskRunner

# A cell starting with one of these is run as a formula by spreadsheet programs; customer names
# and references come from outside, so such cells get a leading apostrophe (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SEMICOLON_LANGUAGES = frozenset(
    {QLocale.Language.German, QLocale.Language.French, QLocale.Language.Italian}
)


def neutralize(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_delimiter(locale: QLocale | None = None) -> str:
    """``;`` for a German, French or Italian UI (``QLocale()`` is the UI locale), else ``,``."""
    language = (locale if locale is not None else QLocale()).language()
    return ";" if language in _SEMICOLON_LANGUAGES else ","


def write_csv(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[str]], *, delimiter: str = ","
) -> None:
    """Write atomically (temp file + rename), so a failed export never leaves half a file."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=delimiter)
            writer.writerow(header)
            writer.writerows(rows)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def export_in_background(
    runner: TaskRunner,
    owner: QObject,
    target: Path,
    write: Callable[[], int],
    *,
    finished: Callable[[str, int], None],
    failed: Callable[[str, str], None],
    description: str,
) -> None:
    """Run ``write`` (which writes ``target`` and returns the rows written) on the runner, then
    ``finished(path, rows)``, or ``failed(sentence, detail)`` naming the file."""
    from app.models.failure import describe

    def on_error(error: BaseException) -> None:
        said = describe(error, doing=f"an export to {target.name}")
        failed(
            QCoreApplication.translate("Spreadsheet", "Could not write %s: %s")
            % (target.name, said.message),
            said.detail,
        )

    runner.run(
        write,
        on_success=lambda rows: finished(str(target), rows),
        on_error=on_error,
        owner=owner,
        description=description,
    )

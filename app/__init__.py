"""Paydesk: bill customers through a Payrexx-platform instance from the desktop."""

from __future__ import annotations

import re
from pathlib import Path

_VERSION_LINE = re.compile(r'^version\s*=\s*"([^"]+)"', re.MULTILINE)


def _version() -> str:
    """The version in pyproject.toml, found without importlib.metadata where that is possible
    (it costs a fifth of a bare Qt window's start-up; see benchmarks/bench_startup.py).

    Source tree and editable install: pyproject.toml next to the package. Installed wheel and
    frozen build: the name of the ``paydesk-<version>.dist-info`` directory next to the package
    (the PyInstaller spec copies it in). importlib.metadata is the last resort.
    """
    root = Path(__file__).resolve().parent.parent
    try:
        text = (root / "pyproject.toml").read_text("utf-8")
    except OSError:
        text = ""
    project = text.partition("[project]")[2].partition("\n[")[0]
    if re.search(r'^name\s*=\s*"paydesk"', project, re.MULTILINE):
        match = _VERSION_LINE.search(project)
        if match:
            return match.group(1)
    found = sorted(root.glob("paydesk-*.dist-info"))
    if len(found) == 1:
        return found[0].name.removeprefix("paydesk-").removesuffix(".dist-info")
    from importlib import metadata

    try:
        return metadata.version("paydesk")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _version()

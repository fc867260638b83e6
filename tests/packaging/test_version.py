"""`app.__version__` is pyproject.toml's version wherever Paydesk runs from, without paying for
importlib.metadata where a cheaper way exists; `paydesk --version` says it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import app

REPO = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]

PROBE = "import sys, app; print(app.__version__); print('importlib.metadata' in sys.modules)"


def _version_in(root: Path) -> tuple[str, bool]:
    """(version, whether importlib.metadata was imported) of app/__init__.py placed in root."""
    run = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(root)!r}); {PROBE}"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=root,
    )
    assert run.returncode == 0, run.stderr
    version, used_metadata = run.stdout.split()
    return version, used_metadata == "True"


def _package_in(root: Path) -> None:
    (root / "app").mkdir(parents=True)
    shutil.copy2(REPO / "app" / "__init__.py", root / "app" / "__init__.py")


def test_the_source_tree_reads_pyproject() -> None:
    assert app.__version__ == VERSION
    assert _version_in(REPO) == (VERSION, False)


def test_an_installed_or_frozen_layout_reads_the_dist_info_name(tmp_path: Path) -> None:
    _package_in(tmp_path)
    (tmp_path / "paydesk-9.8.7.dist-info").mkdir()
    assert _version_in(tmp_path) == ("9.8.7", False)


def test_another_projects_pyproject_next_to_the_package_is_not_taken(tmp_path: Path) -> None:
    _package_in(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "5.0"\n')
    (tmp_path / "paydesk-9.8.7.dist-info").mkdir()
    assert _version_in(tmp_path) == ("9.8.7", False)


def test_without_either_it_asks_importlib_metadata(tmp_path: Path) -> None:
    _package_in(tmp_path)
    version, used_metadata = _version_in(tmp_path)
    assert used_metadata
    try:
        expected = metadata.version("paydesk")  # the editable install in .venv
    except metadata.PackageNotFoundError:
        expected = "0+unknown"
    assert version == expected


def test_version_flag_answers_without_loading_qt() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"paydesk {VERSION}"
    assert "PySide6" not in run.stderr

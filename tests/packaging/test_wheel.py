"""The wheel installs the ``paydesk`` command and carries the compiled translations.

tests/desktop/test_packaging.py checks the wheel's icons and desktop files and that
`resource_path` finds them once installed; this adds the command and the catalogs.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]


@pytest.mark.slow
def test_the_wheel_installs_a_working_paydesk_command_and_the_translations(
    tmp_path: Path,
) -> None:
    # Built from a copy: an in-tree build would leave build/ and *.egg-info in the work tree.
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for directory in ("app", "resources"):
        shutil.copytree(REPO / directory, source / directory, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    pip = [sys.executable, "-m", "pip"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = (tmp_path / "dist").glob("paydesk-*.whl")
    assert wheel.name.startswith(f"paydesk-{VERSION}-")
    names = set(zipfile.ZipFile(wheel).namelist())

    entry_points = configparser.ConfigParser()
    entry_points.read_string(
        zipfile.ZipFile(wheel).read(f"paydesk-{VERSION}.dist-info/entry_points.txt").decode()
    )
    assert entry_points["console_scripts"]["paydesk"] == "app.main:main"

    catalogs = sorted((REPO / "resources" / "translations").glob("*.ts"))
    assert catalogs, "no .ts sources: the translation check below would prove nothing"
    missing = [
        f"app/_resources/translations/{ts.stem}.qm"
        for ts in catalogs
        if f"app/_resources/translations/{ts.stem}.qm" not in names
    ]
    assert not missing, f"not in the wheel (run make translations first?): {missing}"
    assert not any(n.endswith(".ts") for n in names), "translation sources do not ship"

    # The command pip generates, run outside the source tree: `--version` needs no Qt, and
    # reads the version from the installed dist-info.
    site = tmp_path / "site"
    install = subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    command = site / "bin" / ("paydesk.exe" if os.name == "nt" else "paydesk")
    run = subprocess.run(
        [str(command), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == f"paydesk {VERSION}"

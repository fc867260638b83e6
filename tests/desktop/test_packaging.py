"""Packaging of the resources: the wheel carries them and `resource_path` finds them there."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from app.resources import APP_ID, ICON_SIZES

REPO = Path(__file__).resolve().parents[2]


def test_every_package_under_app_is_listed_in_pyproject() -> None:
    """The package list is explicit (resources/ is mapped into app._resources), so a new package
    under app/ must be added to it or the wheel silently goes without it."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {
        ".".join(d.relative_to(REPO).parts)
        for d in [REPO / "app", *(REPO / "app").rglob("*")]
        if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
    }
    missing = sorted(on_disk - listed)
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml"
    assert config["package-dir"]["app._resources"] == "resources"


def _wheel_must_hold() -> list[str]:
    names = [
        f"app/_resources/{APP_ID}.desktop",
        f"app/_resources/{APP_ID}.metainfo.xml",
        f"app/_resources/icons/{APP_ID}.svg",
        *(f"app/_resources/icons/ui/{p.name}" for p in (REPO / "resources/icons/ui").glob("*.svg")),
        *(f"app/_resources/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES),
        "app/resources.py",
    ]
    return names


@pytest.mark.slow
def test_installed_wheel_carries_and_finds_the_resources(tmp_path: Path) -> None:
    """Build the wheel, install it into a bare environment outside the source tree, and ask
    `resource_path` there (without Qt: finding a file must not need it)."""
    # Built from a copy: an in-tree build would leave build/ and *.egg-info in the work tree.
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for directory in ("app", "resources"):
        shutil.copytree(REPO / directory, source / directory, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        if (REPO / name).is_file():
            shutil.copy2(REPO / name, source / name)
    dist = tmp_path / "dist"
    pip = [sys.executable, "-m", "pip"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "--quiet", "-w", str(dist), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = dist.glob("paydesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in _wheel_must_hold() if n not in names]
    assert not missing, missing
    assert not any(n.startswith("resources/") for n in names), "resources leaked to top level"

    site = tmp_path / "site"
    install = subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    env_dir = tmp_path / "bare"
    venv.create(env_dir, with_pip=False)
    probe = (
        "import sys, app.resources as r\n"
        "p = r.resource_path('icons/ui/copy.svg')\n"
        "assert p.is_file(), p\n"
        "assert r.app_icon_path(48).is_file()\n"
        "assert 'PySide6' not in sys.modules\n"
        "print(r.resources_root())\n"
    )
    run = subprocess.run(
        [str(env_dir / "bin" / "python"), "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert Path(run.stdout.strip()) == site / "app" / "_resources"

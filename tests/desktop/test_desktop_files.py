"""The .desktop entry and the AppStream metainfo: valid for the freedesktop tools, one id."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.resources import APP_ID, resource_path

DESKTOP = resource_path(f"{APP_ID}.desktop")
METAINFO = resource_path(f"{APP_ID}.metainfo.xml")


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; `make system-deps`)")
    return path


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error" not in output.lower(), output
    assert "warning" not in output.lower(), output


def test_metainfo_validates_without_warnings() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # E: errors and W: warnings fail; I: (info) and P: (pedantic) lines are accepted.
    problems = [line for line in output.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == [], output


def test_desktop_entry_uses_the_one_id() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert DESKTOP.name == f"{APP_ID}.desktop"
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "paydesk"
    assert section["Type"] == "Application"
    assert set(section["Categories"].strip(";").split(";")) >= {"Office", "Finance"}


def test_metainfo_uses_the_one_id_and_the_project_version() -> None:
    import tomllib

    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.find("content_rating") is not None

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    version = tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]
    releases = [r.get("version") for r in root.iter("release")]
    assert version in releases, f"add a <release version={version!r}> to {METAINFO.name}"

"""`resource_path` from the source tree and a frozen build (the installed wheel: test_packaging)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import resources
from app.resources import APP_ID, resource_path

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_root_cache() -> Iterator[None]:
    resources.resources_root.cache_clear()
    yield
    resources.resources_root.cache_clear()


def test_finds_the_source_tree_resources() -> None:
    assert resources.resources_root() == REPO / "resources"
    for relative in (
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
        f"icons/{APP_ID}.svg",
        "icons/ui/copy.svg",
    ):
        assert resource_path(relative).is_file(), relative


@pytest.mark.parametrize("bad", ["../pyproject.toml", "/etc/passwd", "icons/../../app"])
def test_refuses_paths_outside_the_resources(bad: str) -> None:
    with pytest.raises(ValueError, match="not a path inside"):
        resource_path(bad)


def test_frozen_build_uses_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_root_cache: None
) -> None:
    bundled = tmp_path / "bundle" / "resources"
    (bundled / "icons").mkdir(parents=True)
    (bundled / "icons" / f"{APP_ID}.svg").write_text("<svg/>", "utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert resource_path("icons/ui/copy.svg") == bundled / "icons" / "ui" / "copy.svg"


def test_missing_resources_say_where_they_were_looked_for(
    monkeypatch: pytest.MonkeyPatch, fresh_root_cache: None
) -> None:
    monkeypatch.setattr(resources, "_candidates", lambda: [Path("/nonexistent/resources")])
    with pytest.raises(FileNotFoundError, match="/nonexistent/resources"):
        resource_path("icons/ui/copy.svg")


def test_app_icon_path_only_for_rendered_sizes() -> None:
    with pytest.raises(ValueError, match="no 20px icon"):
        resources.app_icon_path(20)

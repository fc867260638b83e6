"""The data part of packaging/paydesk.spec, run without PyInstaller: version, metadata and the
translations it hands to the build."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def _spec_data(repo: Path, work: Path) -> dict[str, Any]:
    """Everything the spec defines before it calls PyInstaller's Analysis."""
    text = (REPO / "packaging" / "paydesk.spec").read_text("utf-8")
    head = text.split("# -- the build", 1)[0]
    namespace: dict[str, Any] = {"SPECPATH": str(repo / "packaging"), "workpath": str(work)}
    exec(compile(head, "paydesk.spec", "exec"), namespace)
    return namespace


def _copy_repo(tmp_path: Path, *, with_qm: bool) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(
        REPO / "resources",
        repo / "resources",
        ignore=shutil.ignore_patterns("__pycache__", *(() if with_qm else ("*.qm",))),
    )
    (repo / "packaging").mkdir()
    shutil.copy2(REPO / "pyproject.toml", repo / "pyproject.toml")
    return repo


def test_the_spec_reads_the_version_and_writes_the_metadata(tmp_path: Path) -> None:
    spec = _spec_data(_copy_repo(tmp_path, with_qm=True), tmp_path / "work")
    assert spec["VERSION"] == VERSION
    (metadata,) = [src for src, dest in spec["datas"] if dest.endswith(".dist-info")]
    assert Path(metadata).name == f"paydesk-{VERSION}.dist-info"
    assert f"Version: {VERSION}\n" in (Path(metadata) / "METADATA").read_text("utf-8")


def test_a_missing_qm_is_compiled_for_the_build_not_into_the_sources(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path, with_qm=False)
    spec = _spec_data(repo, tmp_path / "work")
    catalogs = {Path(src).name: dest for src, dest in spec["datas"] if src.endswith(".qm")}
    expected = {f"{ts.stem}.qm" for ts in (REPO / "resources" / "translations").glob("*.ts")}
    assert expected and set(catalogs) == expected
    assert set(catalogs.values()) == {"resources/translations"}
    assert not list((repo / "resources" / "translations").glob("*.qm"))
    assert all(Path(src).stat().st_size > 0 for src, _dest in spec["datas"] if src.endswith(".qm"))


def test_the_spec_keeps_only_the_ui_languages_of_qts_catalogs(tmp_path: Path) -> None:
    spec = _spec_data(_copy_repo(tmp_path, with_qm=True), tmp_path / "work")
    unused = spec["_unused"]
    assert not unused("PySide6/Qt/translations/qtbase_de.qm")
    assert not unused("PySide6/Qt/translations/qt_it.qm")
    assert unused("PySide6/Qt/translations/qtbase_ja.qm")
    assert unused("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not unused("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not unused("PySide6/Qt/plugins/iconengines/libqsvgicon.so")

"""The PyInstaller build: packaging/paydesk.spec makes a one-folder app that starts headless,
opens on the Demo instance, creates a paylink against the sandbox and exits 0.

Slow (the build takes a minute or two on two cores) but part of `make test`: PyInstaller is in
the test extra, and a missing PyInstaller fails here rather than skipping.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "paydesk.spec"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
APP_ID = "ch.paydesk.Paydesk"
BUILD_TIMEOUT_S = 1200
RUN_TIMEOUT_S = 120

pytestmark = pytest.mark.slow


def _quiet_env(home: Path) -> dict[str, str]:
    """The frozen app as isolated as every test: offscreen, its own home, no keychain."""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    for sub in ("config", "data", "state", "cache"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The one-folder build, made once for this module in a temporary directory (removed after:
    it is some 140 MB)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing: it is in the test extra (pip install -e '.[test]')")
    root = tmp_path_factory.mktemp("frozen")
    env = {
        **_quiet_env(root / "home"),
        # PyInstaller's cache of analysed binaries stays in the temporary directory as well.
        "PYINSTALLER_CONFIG_DIR": str(root / "pyinstaller-config"),
    }
    try:
        build = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(root / "dist"),
                "--workpath",
                str(root / "build"),
                str(SPEC),
            ],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
            cwd=root,
            env=env,
        )
        assert build.returncode == 0, build.stdout[-5000:] + build.stderr[-5000:]
        folder = root / "dist" / "paydesk"
        assert folder.is_dir(), sorted(p.name for p in (root / "dist").iterdir())
        yield folder
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _binary(folder: Path) -> Path:
    return folder / ("paydesk.exe" if sys.platform == "win32" else "paydesk")


def _internal(folder: Path) -> Path:
    return folder / "_internal"


def test_the_frozen_app_creates_a_paylink_on_the_demo_and_exits_0(
    frozen: Path, tmp_path: Path
) -> None:
    run = subprocess.run(
        [str(_binary(frozen)), "--self-check", "--config-dir", str(tmp_path / "cfg")],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        cwd=tmp_path,
        env=_quiet_env(tmp_path / "home"),
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"^self-check: created http://127\.0\.0\.1:\d+/\S+$", run.stdout, re.M), (
        run.stdout + run.stderr
    )
    # The log went where --config-dir says, and names the version.
    logs = "".join(p.read_text("utf-8") for p in (tmp_path / "cfg").rglob("*.log"))
    assert f"Paydesk {VERSION} starting" in logs


def test_the_frozen_app_reports_the_version_of_pyproject(frozen: Path, tmp_path: Path) -> None:
    run = subprocess.run(
        [str(_binary(frozen)), "--version"],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        cwd=tmp_path,
        env=_quiet_env(tmp_path / "home"),
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == f"paydesk {VERSION}"


def test_the_bundle_carries_resources_translations_and_metadata(frozen: Path) -> None:
    resources = _internal(frozen) / "resources"
    for name in (
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
        f"icons/{APP_ID}.svg",
        f"icons/hicolor/48x48/apps/{APP_ID}.png",
        "icons/ui/copy.svg",
    ):
        assert (resources / name).is_file(), name
    sources = sorted((REPO / "resources" / "translations").glob("*.ts"))
    assert sources
    for ts in sources:
        assert (resources / "translations" / f"{ts.stem}.qm").is_file(), ts.stem
    assert (_internal(frozen) / f"paydesk-{VERSION}.dist-info" / "METADATA").is_file()


def test_the_bundle_leaves_out_what_paydesk_does_not_use(frozen: Path) -> None:
    qt = _internal(frozen) / "PySide6"
    present = {p.name for p in qt.rglob("*")}
    for unused in ("QtQml.abi3.so", "QtQuick.abi3.so", "QtPdf.abi3.so", "libqgtk3.so"):
        assert unused not in present, unused
    assert not (_internal(frozen) / "tkinter").exists()
    qt_catalogs = {p.name for p in qt.rglob("qtbase_*.qm")}
    assert qt_catalogs <= {f"qtbase_{lang}.qm" for lang in ("de", "fr", "it", "en")}

"""packaging/make_icons.py: the Windows and macOS icons the spec renders on those platforms."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_make_icons_writes_a_256px_ico_and_an_icns(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    ico = (tmp_path / "paydesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 1)
    width, height = ico[6], ico[7]
    assert (width, height) == (0, 0)  # 0 means 256 in an ICO directory entry
    icns = (tmp_path / "paydesk.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)

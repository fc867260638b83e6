"""Run every benchmark: ``python -m benchmarks`` (``make bench``)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

here = Path(__file__).parent
for script in sorted(here.glob("bench_*.py")):
    if len(sys.argv) > 1 and not any(name in script.stem for name in sys.argv[1:]):
        continue
    print(f"\n== {script.stem} ==", flush=True)
    runpy.run_path(str(script), run_name="__main__")

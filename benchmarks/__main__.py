"""Run every benchmark: ``python -m benchmarks`` (``make bench``)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

here = Path(__file__).parent
wanted = sys.argv[1:]
for script in sorted(here.glob("bench_*.py")):
    if wanted and not any(name in script.stem for name in wanted):
        continue
    print(f"\n== {script.stem} ==", flush=True)
    sys.argv = [str(script)]  # each benchmark parses its own (default) options
    runpy.run_path(str(script), run_name="__main__")

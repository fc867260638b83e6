"""Start-up: a new process to its first painted main window, Paydesk against a bare PySide6 window.

Both are whole processes started the same way (``python -c`` / ``python -m app``) and timed from
just before ``Popen`` to the moment the child prints ``first-paint`` on stdout, which it does on
the event-loop turn after its window's first paint event (Paydesk through the hidden
``PAYDESK_EXIT_AFTER_FIRST_PAINT`` switch, see ``app/first_paint.py``). Paydesk then finishes
what its first frame does not show (the Demo sandbox, the History and Subscriptions tabs) and
prints ``ready``: that second time is reported too. Shutting down is not timed.

Runs alternate (bare, Paydesk, bare, ...) so drift in the machine's load hits both alike; one
untimed warm-up of each comes first, so "cold" means a new process with the OS file cache and the
``.pyc`` files warm, which is what a user starting the app a second time sees (the byte code goes
to a temporary ``PYTHONPYCACHEPREFIX``, also where ``PYTHONDONTWRITEBYTECODE`` is set: compiling
every module on every start is not what an installed app does). Qt runs on the offscreen
platform; Paydesk gets a fresh ``--config-dir`` per run (a first start: the Demo only).

``python benchmarks/bench_startup.py [--runs N] [--frozen dist/paydesk/paydesk] [--tree DIR]``:
``--frozen`` times the PyInstaller build as well, ``--tree`` another checkout's ``python -m app``
(a ``git worktree`` of an older commit, for before/after figures), against the same baseline.
Target: Paydesk's median to the first paint at most 1.2x the bare window's. A third process, the
"floor", builds the widgets of Paydesk's first frame in plain PySide6 with no Paydesk code at all:
its ratio says how much of the gap is Qt's own cost of such a window and how much is Paydesk's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAINTED = "first-paint"
READY = "ready"
TARGET = 1.2
TIMEOUT_S = 60.0
BARE_NAME = "bare PySide6 window"
FLOOR_NAME = "same widgets, no Paydesk"

BARE = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and watched is window and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, report)
        return False

def report():
    print({PAINTED!r}, flush=True)
    print({READY!r}, flush=True)
    window.close()

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1180, 760)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


# The floor: what Paydesk's first frame is made of, in plain PySide6 and nothing else. A menu bar
# whose actions have shortcuts, a tool bar with a combo box, a tab widget and a form of line edits,
# combo boxes, check boxes, a date field and a text box in group boxes, a splitter with the link
# panel's hint. No settings, database, translations or validation: Qt's own cost of such a window
# (its first shortcut alone builds the 93 enums of the `Qt` namespace).
FLOOR = BARE.replace(
    "window.resize(1180, 760)\n",
    """window.resize(1180, 760)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTabWidget, QToolBar,
    QVBoxLayout, QWidget)
for name in ("&File", "&Edit", "&View", "&Help"):
    menu = window.menuBar().addMenu(name)
    for i in range(5):
        action = QAction(f"Item {i}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{i}"))
        menu.addAction(action)
bar = QToolBar("Instance")
window.addToolBar(bar)
bar.addWidget(QLabel("Instance:"))
combo = QComboBox()
combo.addItem("Demo")
bar.addWidget(combo)
bar.addWidget(QLabel("DEMO"))
bar.addAction("Manage instances")
form = QWidget()
column = QVBoxLayout(form)
for group in range(3):
    box = QGroupBox(f"Group {group}")
    fields = QFormLayout(box)
    for i in range(5):
        row = QHBoxLayout()
        edit = QLineEdit()
        edit.setPlaceholderText("e.g. something")
        row.addWidget(edit)
        if i % 2:
            row.addWidget(QCheckBox("Required on the payment page"))
        fields.addRow(f"&Field {i}:", row)
        error = QLabel()
        error.hide()
        fields.addRow("", error)
    column.addWidget(box)
column.addWidget(QDateEdit())
column.addWidget(QPlainTextEdit())
buttons = QHBoxLayout()
buttons.addWidget(QLabel("To create, fix: Title, Amount."))
buttons.addWidget(QPushButton("Clear form"))
buttons.addWidget(QPushButton("Create paylink"))
column.addLayout(buttons)
tabs = QTabWidget()
tabs.addTab(form, "&Invoice")
for title in ("&Payment page", "&History", "&Subscriptions"):
    tabs.addTab(QWidget(), title)
split = QSplitter()
split.addWidget(tabs)
split.addWidget(QLabel("Create a paylink or pick a row in History to see its link here."))
window.setCentralWidget(split)
window.statusBar()
""",
)


def time_start(cmd: Sequence[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Seconds from starting ``cmd`` to its ``first-paint`` line and to its ``ready`` line; the
    process is then reaped."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd
    )
    assert proc.stdout is not None
    painted = ready = None
    for line in proc.stdout:
        if line.strip() == PAINTED:
            painted = time.perf_counter() - start
        elif line.strip() == READY:
            ready = time.perf_counter() - start
            break
    try:
        _, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    if painted is None or ready is None:
        raise RuntimeError(f"{cmd[0]} never painted (exit {proc.returncode}):\n{err[-2000:]}")
    return painted, ready


def main(argv: Sequence[str] | None = None) -> float:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--frozen", type=Path, help="also time this PyInstaller-built binary")
    parser.add_argument("--tree", type=Path, help="also time python -m app in this checkout")
    # parse_known_args: `python -m benchmarks startup` leaves its filter in sys.argv.
    args, _ = parser.parse_known_args(argv)

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PAYDESK_EXIT_AFTER_FIRST_PAINT="1")
    for name in ("PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"):
        env.pop(name, None)
    commands: dict[str, tuple[list[str], Path]] = {
        BARE_NAME: ([sys.executable, "-c", BARE], REPO),
        FLOOR_NAME: ([sys.executable, "-c", FLOOR], REPO),
        "paydesk (python -m app)": ([sys.executable, "-m", "app"], REPO),
    }
    if args.tree:
        commands[f"paydesk in {args.tree.name}"] = (
            [sys.executable, "-m", "app"],
            args.tree.resolve(),
        )
    if args.frozen:
        commands["paydesk (frozen)"] = ([str(args.frozen.resolve())], REPO)

    painted: dict[str, list[float]] = {name: [] for name in commands}
    ready: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="paydesk-bench-") as tmp:
        env["PYTHONPYCACHEPREFIX"] = f"{tmp}/pycache"
        runs = 0

        def once(name: str) -> tuple[float, float]:
            nonlocal runs
            runs += 1
            cmd, cwd = commands[name]
            if name not in (BARE_NAME, FLOOR_NAME):
                cmd = [*cmd, "--config-dir", f"{tmp}/run{runs}"]
            return time_start(cmd, env, cwd)

        for name in commands:  # warm-up: file cache, .pyc files
            once(name)
        for _ in range(args.runs):
            for name in commands:
                first, done = once(name)
                painted[name].append(first)
                ready[name].append(done)

    base = statistics.median(painted[BARE_NAME])
    print(f"process start to first painted window, {args.runs} runs each, interleaved, offscreen")
    worst = 0.0
    for name in commands:
        med = statistics.median(painted[name])
        ratio = med / base
        if name not in (BARE_NAME, FLOOR_NAME) and not name.startswith("paydesk in "):
            worst = max(worst, ratio)
        ready_med = statistics.median(ready[name])
        low, high = min(painted[name]) * 1000, max(painted[name]) * 1000
        print(
            f"{name:26s} first paint median {med * 1000:5.0f} ms (min {low:4.0f}, max {high:4.0f})"
            f"  ratio {ratio:.2f}x   ready median {ready_med * 1000:5.0f} ms"
            f"  ratio {ready_med / base:.2f}x"
        )
    floor = statistics.median(painted[FLOOR_NAME])
    ours = statistics.median(painted["paydesk (python -m app)"])
    print(
        f"the floor (Qt alone, same widgets) is {floor / base:.2f}x the bare window; "
        f"Paydesk from source is {ours / floor:.2f}x the floor"
    )
    verdict = "meets" if worst <= TARGET else "misses"
    print(f"worst first-paint ratio {worst:.2f}x {verdict} the target of {TARGET:.1f}x")
    return worst


if __name__ == "__main__":
    main()  # no sys.exit: `python -m benchmarks` runs the next benchmark after this one

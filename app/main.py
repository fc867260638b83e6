"""The composition root: arguments, paths, logging, QApplication, wiring. ``python -m app``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="paydesk",
        description="Create paylinks and payment pages and manage subscriptions on "
        "Payrexx-platform instances.",
    )
    parser.add_argument(
        "--config-dir",
        type=Path,
        help="keep settings, data and logs under DIR instead of the per-user directories",
        metavar="DIR",
    )
    parser.add_argument(
        "--instances", action="store_true", help="open the instance manager on start"
    )
    parser.add_argument(
        "--no-demo", action="store_true", help="do not start the built-in Demo instance"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the window on the Demo instance, create one paylink, exit 0 if it worked",
    )
    parser.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING"))
    parser.add_argument("--version", action="version", version=f"paydesk {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # Imported here so `paydesk --help` answers without loading Qt.
    from app.application import Application

    app = Application(args)
    return app.run()


if __name__ == "__main__":
    sys.exit(main())

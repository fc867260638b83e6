"""Entry point of the frozen build (PyInstaller runs this file as __main__): the same `main` as
the `paydesk` console script and `python -m app`."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the packaged desk app (PyInstaller runs this file as ``__main__``)."""

import os
import sys

from cotdesk.cli import main

if __name__ == "__main__":
    # cotdesk-gui.exe (Windows, no console) has no standard streams: what the command line
    # would print goes nowhere instead of failing; the log file and the dialogs remain.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.exit(main())

"""Entry point of the packaged desk app (PyInstaller runs this file as ``__main__``)."""

import sys

from cotdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())

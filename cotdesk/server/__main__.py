"""``python -m cotdesk.server``: the same as ``cotdesk-server``."""

from __future__ import annotations

import sys

from cotdesk.server.cli import main

if __name__ == "__main__":
    sys.exit(main())

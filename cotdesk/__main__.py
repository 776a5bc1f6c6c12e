"""``python -m cotdesk``: the same as the ``cotdesk`` command."""

import sys

from cotdesk.cli import main

sys.exit(main())

#!/usr/bin/env bash
# Screenshots of the main screens into docs/, taken on a virtual X display.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --screen
db=${DEMO_DB:-.demo/cotdesk.db}
[[ -f "$db" ]] || .venv/bin/cotdesk demo-data --db "$db"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py "$db" docs/screenshots
ls -l docs/screenshots

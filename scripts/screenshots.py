"""Take screenshots of the main screens on a real X display (run under Xvfb).

    xvfb-run -s "-screen 0 1366x800x24" .venv/bin/python scripts/screenshots.py DB OUTDIR

The whole X screen is grabbed (not a widget render), so what is saved is what an operator
would see on a 1366x768 laptop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cotdesk.services.desk import open_desk
from cotdesk.ui.main_window import MainWindow


def main() -> int:
    db_path, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    db = open_desk(db_path)
    window = MainWindow(db, None)
    window.resize(1366, 768)
    window.move(0, 0)
    window.show()

    screen = app.primaryScreen()

    def shoot_home() -> None:
        screen.grabWindow(0).save(str(out_dir / "home.png"))
        QTest.keyClicks(window.home.search_box, "rossi ma")
        QTimer.singleShot(1500, shoot_results)

    def shoot_results() -> None:
        screen.grabWindow(0).save(str(out_dir / "search-results.png"))
        app.quit()

    QTimer.singleShot(1500, shoot_home)
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

"""Take the README screenshots offscreen: the window at 1366x768 and 1920x1080.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python
docs/screenshots/take_screenshots.py``. Uses a fresh library with the demo in a
temporary folder (never the user's library).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from vnhg_desk.demo import add_demo
from vnhg_desk.gui import i18n
from vnhg_desk.store import Library

OUT = Path(__file__).resolve().parent
SIZES = {"main-window-1366x768.png": (1366, 768), "main-window-1920x1080.png": (1920, 1080)}


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install_translator(app, "nl")
    from vnhg_desk.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "demo.vnhg-desk")
        add_demo(library)
        settings = QSettings(str(Path(folder) / "venster.ini"), QSettings.Format.IniFormat)
        for name, (width, height) in SIZES.items():
            window = MainWindow(library, settings)
            window.restore_session()
            window.resize(width, height)
            window.show()
            edition = window.controller.document
            window.structure.select(edition.articles[0].uid)
            app.processEvents()
            window.preview.render_now()
            while window.preview.busy():
                app.processEvents()
            for _ in range(20):
                app.processEvents()
            window.grab().save(str(OUT / name))
            print(OUT / name)
            window.preview.shutdown()
            window.close()
        library.close()


if __name__ == "__main__":
    main()

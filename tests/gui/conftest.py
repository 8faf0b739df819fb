"""Fixtures for the window tests: a library with the demo, isolated settings, the window."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QSettings

from vnhg_desk.demo import add_demo
from vnhg_desk.store import Library


@pytest.fixture
def demo_library(tmp_path):
    """A fresh library holding the demo edition and invitation."""
    library = Library.open(tmp_path / "bibliotheek.vnhg-desk")
    add_demo(library)
    yield library
    library.close()


@pytest.fixture
def gui_settings(tmp_path):
    """QSettings in the test's own folder (never the user's)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, demo_library, gui_settings):
    """Build a MainWindow on the demo library (or another library) and clean it up."""
    from vnhg_desk.gui.main_window import MainWindow

    windows = []

    def make(library=None, settings=None, *, restore=True):
        window = MainWindow(library or demo_library, settings or gui_settings)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        if restore:
            window.restore_session()
        window.show()
        windows.append(window)
        # As a user meets it: up, with what waits for the first frame done (first_paint.py).
        qtbot.waitUntil(lambda: window.after_first_paint.done)
        return window

    yield make
    for window in windows:
        window.preview.shutdown()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def jpeg_file(tmp_path):
    """A small real JPEG on disk."""
    path = tmp_path / "raadzaal.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (40, 90, 160)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path

"""Start the window: QApplication, translations, the library (demo on first start)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from vnhg_desk.errors import UserError

if TYPE_CHECKING:
    from vnhg_desk.store.protocol import DocumentLibrary  # annotations only

ORGANISATION = "VNHG"
APPLICATION = "VNHG Desk"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names, high-DPI rounding and the UI language (the icon
    comes with the first window: set_application_icon)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("vnhg-desk")
    language = str(QSettings().value("ui/language", "nl") or "nl")
    try:
        from vnhg_desk.gui.i18n import install_translator
    except ImportError:
        pass
    else:
        install_translator(app, language)
    return app


def set_application_icon(app: QApplication) -> None:
    """The program's icon on its windows (the bundle's own icon shows until then)."""
    from vnhg_desk.resources import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = resource_path("icons", f"vnhg-desk-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)


def open_library(path: str | Path | None):
    """Open (or create) the library (a file, or a postgresql:// address); an empty file gets
    the demo edition and invitation."""
    from vnhg_desk.store import Library
    from vnhg_desk.store.library import library_target

    library = Library.open(library_target(path))
    if library.is_empty and not library.read_only and library.path is not None:
        try:
            from vnhg_desk.demo import add_demo
        except ImportError:
            return library
        add_demo(library)
    return library


def create_window(library: DocumentLibrary, settings: QSettings | None = None):
    """The main window with the last document reopened, shown."""
    from vnhg_desk.gui.main_window import MainWindow

    window = MainWindow(library, settings)
    window.restore_session()
    window.show()
    return window


def _close_on_signals(app: QApplication) -> None:
    """Ctrl+C in a terminal or a polite SIGTERM closes the window the normal way (saved)."""
    import signal

    from PySide6.QtCore import QTimer

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_args: app.closeAllWindows())
    # Python only runs signal handlers between bytecodes: let it look in now and then.
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def run(
    library_path: str | Path | None = None,
    open_file: Path | None = None,
    *,
    after_first_frame: Callable[[], None] | None = None,
) -> int:
    """Run the editor until its window closes; returns the exit code.

    ``open_file`` (an exchange or Word file) is imported and shown once the window is up;
    ``after_first_frame`` is called once the window's first frame is painted.
    """
    app = make_application()
    from vnhg_desk.gui import error_report

    error_report.install()
    try:
        library = open_library(library_path)
    except UserError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APPLICATION, str(error))
        return 1
    try:
        window = create_window(library)
        from vnhg_desk.gui.file_open import FileOpenFilter, import_and_open

        if sys.platform == "darwin":  # Finder's "Open with" comes as a QFileOpenEvent
            # Only there: a filter on the whole application makes PySide wrap every object
            # that gets an event in Python, which costs the first frame ~20 ms.
            app.installEventFilter(FileOpenFilter(window))
        if open_file is not None:
            import_and_open(window, open_file)
        # The icon is not needed for the first frame (the bundle's or the desktop file's
        # shows until then); the signal handlers are, for edits made at once.
        window.after_first_paint.add(lambda: set_application_icon(app))
        if after_first_frame is not None:
            window.after_first_paint.add(after_first_frame)
        _close_on_signals(app)
        code = app.exec()
        del window
    finally:
        library.close()
    return int(code)

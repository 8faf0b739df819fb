"""Unexpected errors in the window: logged (no document text) and shown with the log's
place, so a secretary can send the file along; Help -> "Logboek openen" shows it."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from vnhg_desk.diagnostics import log_path, log_unexpected

# QMessageBox, QUrl and QDesktopServices are imported where they are used: install()
# runs before the window's first frame, and PySide builds each class on first use.


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """``sys.excepthook`` of the window: log, then say so; the program keeps running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    path = log_unexpected(error, trace)
    sys.__excepthook__(kind, error, trace)  # a developer at a terminal still sees it
    if threading.current_thread() is not threading.main_thread() or app_closing():
        return  # a dialog only from the window's own thread, and not while it closes
    text = QCoreApplication.translate(
        "ErrorReport",
        "Er ging iets mis dat niet had mogen gebeuren. Uw werk tot de laatste wijziging is "
        "opgeslagen in de bibliotheek.",
    )
    if path is not None:
        text += "\n\n" + QCoreApplication.translate(
            "ErrorReport",
            "Meld dit aan de ontwikkelaars en stuur dit logboek mee (er staat geen tekst "
            "uit uw documenten in):\n%1",
        ).replace("%1", str(path))
    from PySide6.QtWidgets import QMessageBox

    parent = QApplication.activeWindow()
    title = QCoreApplication.translate("ErrorReport", "Onverwachte fout")
    QMessageBox.warning(parent, title, text)


def app_closing() -> bool:
    """True without a running QApplication, or while it shuts down."""
    return QApplication.instance() is None or QCoreApplication.closingDown()


def install() -> None:
    """Route uncaught exceptions of the window to :func:`report`."""
    sys.excepthook = report


def open_log_folder() -> bool:
    """Show the folder with the log in the file manager (made if it does not exist)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    folder = log_path().parent
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

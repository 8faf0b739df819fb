"""Opening an exchange or Word file given to the program (double-click, "Open with").

The file is imported into the library as a new document and shown in the window.
Files arrive on the command line (Windows, Linux) or as a QFileOpenEvent (macOS).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from vnhg_desk.errors import UserError
from vnhg_desk.gui import dialogs

#: Suffixes the program opens by importing them (the content decides what they are).
OPENABLE_SUFFIXES = (".vnhg", ".zip", ".json", ".docx", ".odt", ".dotx", ".docm")


def import_and_open(window, path: Path) -> bool:
    """Import ``path`` into the window's library and open it; errors become a message.

    When the file held things that could not be brought over as they were, the import
    report lists them first; cancelling it leaves the library untouched.
    """
    from vnhg_desk.exchange.staging import prepare_import
    from vnhg_desk.gui.import_report_dialog import confirm_import

    title = QCoreApplication.translate("MainWindow", "Openen mislukt")
    try:
        prepared = prepare_import(Path(path))
    except UserError as error:
        dialogs.show_error(window, title, str(error))
        return False
    if prepared.notes and not confirm_import(window, prepared):
        window.show_status(
            QCoreApplication.translate("MainWindow", "Importeren geannuleerd: {0}").format(
                prepared.source
            )
        )
        return False
    try:
        document = prepared.commit(window.library)
    except UserError as error:
        dialogs.show_error(window, title, str(error))
        return False
    window.reload_archive()
    opened = document.id is not None and window.open_document(document.id)
    message = QCoreApplication.translate("MainWindow", "Geïmporteerd: {0}").format(document.title)
    window.show_status(message)
    return bool(opened)


def choose_and_import(window) -> bool:
    """Bestand > Importeren…: pick a Word, OpenDocument or exchange file and import it."""
    from PySide6.QtWidgets import QFileDialog

    patterns = " ".join(f"*{suffix}" for suffix in OPENABLE_SUFFIXES)
    chosen, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Importeren"),
        "",
        QCoreApplication.translate("MainWindow", "Documenten ({0})").format(patterns),
    )
    return bool(chosen) and import_and_open(window, Path(chosen))


class FileOpenFilter(QObject):
    """Turns macOS's file-open events into imports into the window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            local = event.file()
            if local:
                import_and_open(self._window, Path(local))
                return True
        return super().eventFilter(watched, event)

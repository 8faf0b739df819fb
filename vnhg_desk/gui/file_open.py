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

#: Suffixes the program opens by importing them.
OPENABLE_SUFFIXES = (".vnhg", ".zip", ".json", ".docx")


def import_and_open(window, path: Path) -> bool:
    """Import ``path`` into the window's library and open it; errors become a message."""
    from vnhg_desk.exchange import import_file

    notes: list[str] = []
    try:
        document = import_file(window.library, Path(path), notes=notes)
    except UserError as error:
        title = QCoreApplication.translate("MainWindow", "Openen mislukt")
        dialogs.show_error(window, title, str(error))
        return False
    window.reload_archive()
    opened = document.id is not None and window.open_document(document.id)
    message = QCoreApplication.translate("MainWindow", "Geïmporteerd: {0}").format(document.title)
    if notes:
        message += " (" + "; ".join(notes) + ")"
    window.show_status(message)
    return bool(opened)


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

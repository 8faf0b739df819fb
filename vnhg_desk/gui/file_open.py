"""Opening an exchange or Word file given to the program (double-click, "Open with").

The file is imported into the library as a new document and shown in the window; a
package coming back to the library it was taken from updates its document instead. When
that document was changed meanwhile, the user chooses what to keep, as for a save
conflict (keep both, take mine, keep the other). Files arrive on the command line
(Windows, Linux) or as a QFileOpenEvent (macOS).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from vnhg_desk.errors import ReturnConflictError, UserError
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
    window.controller.flush()  # the window's own typing counts as a change since
    window.controller.save_now()
    try:
        try:
            document = prepared.commit(window.library)
        except ReturnConflictError as conflict:
            choice = ask_return_conflict(window, str(conflict))
            if choice is None:
                window.show_status(
                    QCoreApplication.translate("MainWindow", "Importeren geannuleerd: {0}").format(
                        prepared.source
                    )
                )
                return False
            document = prepared.commit(window.library, on_conflict=choice)
    except UserError as error:
        dialogs.show_error(window, title, str(error))
        return False
    window.reload_archive()
    shown = window.controller.document
    if shown is not None and document.id is not None and shown.id == document.id:
        window.controller.reload()  # the window shows the library's version again
        opened = True
    else:
        opened = document.id is not None and window.open_document(document.id)
    if prepared.updated:
        window.show_status(prepared.outcome)
    else:
        message = QCoreApplication.translate("MainWindow", "Geïmporteerd: {0}")
        window.show_status(message.format(document.title))
    return bool(opened)


def ask_return_conflict(window, what: str) -> str | None:
    """What to keep of a document brought back that was changed meanwhile: the choice
    of :mod:`vnhg_desk.exchange.returning`, or None (import cancelled)."""
    from vnhg_desk.exchange.returning import KEEP_BOTH, KEEP_THEIRS, TAKE_MINE

    explained = QCoreApplication.translate(
        "MainWindow",
        "Kies ‘Mijn versie bewaren’ om de meegebrachte versie over te nemen (de versie "
        "in de bibliotheek blijft bewaard in de geschiedenis), ‘Andere versie houden’ om "
        "de bibliotheek te laten zoals die is (de meegebrachte versie komt in de "
        "geschiedenis), of ‘Beide bewaren’ om de meegebrachte versie als apart "
        "document toe te voegen.",
    )
    return dialogs.choose(
        window,
        QCoreApplication.translate("MainWindow", "Elders gewijzigd"),
        f"{what}\n\n{explained}",
        [
            (TAKE_MINE, QCoreApplication.translate("MainWindow", "Mijn versie bewaren")),
            (KEEP_THEIRS, QCoreApplication.translate("MainWindow", "Andere versie houden")),
            (KEEP_BOTH, QCoreApplication.translate("MainWindow", "Beide bewaren")),
        ],
    )


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

"""The window on a shared library: who else has the document open, archive refresh when
another editor changes an edition, read-only mode, saves retried while the server is away,
and "Bibliotheek openen…" (a library file or a postgresql:// address).

For a library file the store's presence and watch do nothing, so this adds only the
menu item there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit

from vnhg_desk.errors import UnreachableError, UserError
from vnhg_desk.gui import dialogs

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow

#: How often this window says it is still there and asks who else is (the store forgets a
#: window after 90 s without a heartbeat).
HEARTBEAT_MS = 30_000
#: How soon a save the server could not take is tried again.
RETRY_MS = 15_000
#: Notifications are gathered this long, so a burst of saves refreshes the list once.
REFRESH_DELAY_MS = 300

_windows: list[MainWindow] = []  # windows opened on another library, kept alive


class SharedLibrary(QObject):
    """Presence, notifications, read-only mode and save retries for one window."""

    changed = Signal(int)  # emitted from the store's listening thread; queued to the GUI

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        library = window.library
        self.presence_label = QLabel(window)
        self.presence_label.setAccessibleName(self.tr("Ook geopend door"))
        window.statusBar().addWidget(self.presence_label)
        self.open_action = QAction(self.tr("Bibliotheek openen…"), window)
        self.open_action.setStatusTip(
            self.tr("Open een ander bibliotheekbestand of een gedeelde bibliotheek op een server")
        )
        self.open_action.triggered.connect(self.open_other)
        first = window.file_menu.actions()[0] if window.file_menu.actions() else None
        if first is None:
            window.file_menu.addAction(self.open_action)
            window.file_menu.addSeparator()
        else:
            window.file_menu.insertAction(first, self.open_action)
            window.file_menu.insertSeparator(first)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._heartbeat.start()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._save_again)
        self._pending: set[int] = set()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self._refresh_archive)
        self.changed.connect(self._note_change)
        window.controller.document_replaced.connect(self.heartbeat)
        window.controller.save_failed.connect(self._save_failed)
        self._stop_watching = library.watch(self.changed.emit)
        window.destroyed.connect(self._stop_watching)
        self.read_only_label = QLabel(window)
        if library.read_only:
            self.read_only_label.setText(self.tr("Alleen lezen"))
            self.read_only_label.setToolTip(
                self.tr("U kunt zoeken, lezen en exporteren; wijzigingen worden niet bewaard.")
            )
            window.statusBar().addPermanentWidget(self.read_only_label)
        self.heartbeat()

    # -- who else ------------------------------------------------------------------------
    def heartbeat(self) -> None:
        """Tell the library which document this window shows; show who else has it open."""
        document = self.window.controller.document
        doc_id = document.id if document is not None else None
        try:
            self.window.library.announce(doc_id)
            others = self.window.library.also_open_by(doc_id) if doc_id is not None else []
        except UserError:
            return  # the server is away: the save feedback says so
        self.presence_label.setText(
            self.tr("Ook geopend door: {names}").format(names=", ".join(others)) if others else ""
        )

    # -- archive refresh ---------------------------------------------------------------
    def _note_change(self, doc_id: int) -> None:
        self._pending.add(doc_id)
        self._refresh.start()

    def _refresh_archive(self) -> None:
        changed, self._pending = self._pending, set()
        try:
            self.window.archive.refresh_documents(changed)
        except UserError as error:
            self.window.show_status(str(error), 0)

    # -- a server that went away ---------------------------------------------------------
    def _save_failed(self, message: str) -> None:
        library = self.window.library
        if getattr(library, "path", None) is None and not library.read_only:  # a server
            self._retry.start()

    def _save_again(self) -> None:
        controller = self.window.controller
        if QApplication.activeModalWidget() is not None:  # the user is reading a message
            self._retry.start()
        elif controller.dirty and not controller.in_conflict:
            try:
                controller.save_now()
            except UnreachableError:
                self._retry.start()

    # -- another library -----------------------------------------------------------------
    def open_other(self) -> None:
        """Ask for a library file or server address and open it in a new window."""
        text, accepted = QInputDialog.getText(
            self.window,
            self.tr("Bibliotheek openen"),
            self.tr(
                "Pad van een bibliotheekbestand, of het adres van een gedeelde bibliotheek:\n"
                "postgresql://gebruiker@server/database"
            ),
            QLineEdit.EchoMode.Normal,
        )
        if not accepted or not text.strip():
            return
        open_library_window(self.window, text.strip())


def open_library_window(window: MainWindow, target: str) -> MainWindow | None:
    """Open ``target`` (a path or postgresql:// address) in a new window that replaces
    ``window``; a problem is shown in Dutch and ``window`` stays."""
    from vnhg_desk.gui.app import create_window, open_library

    try:
        library = open_library(target)
    except UserError as error:
        dialogs.show_error(
            window, QApplication.translate("SharedLibrary", "Bibliotheek openen"), str(error)
        )
        return None
    new = create_window(library, window.settings)
    _windows.append(new)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(library.close)
    window.close()
    return new


def install_shared_library(window: MainWindow) -> SharedLibrary:
    """Add presence, refresh, read-only mode and "Bibliotheek openen…" to the window."""
    return SharedLibrary(window)

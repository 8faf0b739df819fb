"""What every publishing flow shares: the open document, a worker behind a progress
dialog, and messages that never block the window.

:class:`PublishJobs` is handed to the flows (file export, e-mail draft, printing, the
pre-send check); it knows the library, a parent widget, how to find the open document and
how to show a status text, not the window. Texts are translated in the "PublishActions"
context, where the translations of the publishing actions live.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from vnhg_desk.gui.export_worker import ExportRunner, LibraryCopy
from vnhg_desk.model import Document
from vnhg_desk.store.protocol import DocumentLibrary

#: A job run in the worker: it gets the library copy and a progress callback (0-1).
Job = Callable[[LibraryCopy, Callable[[float], None]], Any]


class PublishJobs(QObject):
    """Runs publishing jobs and reports their outcome (signals, status bar, message)."""

    export_finished = Signal(object)  # Path of the written file
    export_failed = Signal(str)  # the Dutch message shown

    def __init__(
        self,
        library: DocumentLibrary,
        parent: QWidget,
        current_document: Callable[[], Document | None],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.widget = parent  # dialogs and messages open over it
        self.current_document = current_document
        self.show_status = show_status
        self.runner = ExportRunner(parent, self)
        self.busy_changed = self.runner.busy_changed
        self.last_message: QMessageBox | None = None

    def document(self) -> tuple[int, Document] | None:
        """The open, saved document and its id; else says so and gives None."""
        document = self.current_document()
        if document is None or document.id is None:
            text = QCoreApplication.translate(
                "PublishActions", "Open eerst een editie of uitnodiging."
            )
            self.say(text, warning=True)
            return None
        return document.id, document

    def say(self, text: str, *, warning: bool = False, folder: Path | None = None) -> QMessageBox:
        """Status bar text plus a non-blocking message box (kept in ``last_message``)."""
        self.show_status(text.split("\n", 1)[0])  # the status bar: the first line
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, "VNHG Desk", text, QMessageBox.StandardButton.Ok, self.widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if folder is not None:
            label = QCoreApplication.translate("PublishActions", "Map openen")
            button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )
        box.setEscapeButton(QMessageBox.StandardButton.Ok)  # Esc closes it, as OK does
        self.last_message = box
        box.open()
        return box

    def failed(self, message: str) -> None:
        """Show a failure and announce it (``export_failed``)."""
        self.say(message, warning=True)
        self.export_failed.emit(message)

    def finished(self, path: Path) -> None:
        """Announce a written file (``export_finished``)."""
        self.export_finished.emit(Path(path))

    def run(
        self,
        doc_ids: list[int],
        job: Job,
        title: str,
        done: Callable[[Any], object],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job`` on a copy of the library in a worker, with a progress dialog."""
        self.runner.run(self.library, doc_ids, job, title, done, failed or self.failed)

    @property
    def busy(self) -> bool:
        """True while a job runs."""
        return self.runner.busy

    def wait(self, timeout_ms: int = 60000) -> None:
        """Block until running jobs are done (for tests and closing the window)."""
        self.runner.wait(timeout_ms)

"""Exporting the open document to a file (PDF for e-mail, PDF for print, Word) and
showing what was exported before.

The file dialog proposes "2026-10-09 Verslag ledenvergadering.pdf" in the folder used
last; the export runs in a worker (:class:`~vnhg_desk.gui.publish_jobs.PublishJobs`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from vnhg_desk.gui.export_worker import LibraryCopy
from vnhg_desk.gui.publish_jobs import PublishJobs
from vnhg_desk.model import Document

LAST_FOLDER_KEY = "export/last_folder"
EXPORT_KINDS = {  # kind -> (suffix, variant)
    "pdf-email": (".pdf", "email"),
    "pdf-print": (".pdf", "print"),
    "docx": (".docx", "email"),
}


class FileExport:
    """Asks for the file, runs the export, says where it went."""

    def __init__(self, jobs: PublishJobs, settings: QSettings) -> None:
        self.jobs = jobs
        self.settings = settings  # the last export folder is remembered there

    def _last_folder(self) -> Path:
        saved = self.settings.value(LAST_FOLDER_KEY, "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def default_file_name(self, document: Document, kind: str) -> str:
        """The proposed file name: "2026-10-09 Verslag ledenvergadering.pdf"."""
        from vnhg_desk.export.dispatch import safe_file_name

        suffix, variant = EXPORT_KINDS[kind]
        printed = QCoreApplication.translate("PublishActions", " (drukwerk)")
        title = document.title + (printed if variant == "print" else "")
        return safe_file_name(title, document.date, suffix=suffix)

    def _ask_target(self, document: Document, kind: str) -> Path | None:
        titles = {
            "pdf-email": QCoreApplication.translate("PublishActions", "PDF voor e-mail opslaan"),
            "pdf-print": QCoreApplication.translate("PublishActions", "PDF voor drukwerk opslaan"),
            "docx": QCoreApplication.translate("PublishActions", "Word-bestand opslaan"),
        }
        filters = {
            ".pdf": QCoreApplication.translate("PublishActions", "PDF-bestanden (*.pdf)"),
            ".docx": QCoreApplication.translate("PublishActions", "Word-bestanden (*.docx)"),
        }
        proposal = self._last_folder() / self.default_file_name(document, kind)
        name, _filter = QFileDialog.getSaveFileName(
            self.jobs.widget, titles[kind], str(proposal), filters[EXPORT_KINDS[kind][0]]
        )
        return Path(name) if name else None

    def export(self, kind: str, target: Path | None = None) -> None:
        """Export the open document as ``kind``; asks for the file when ``target`` is None."""
        found = self.jobs.document()
        if found is None:
            return
        doc_id, document = found
        suffix, variant = EXPORT_KINDS[kind]
        if target is None:
            target = self._ask_target(document, kind)
            if target is None:
                return
        target = Path(target)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        if target.is_dir():  # the dispatcher would write an exchange folder there
            text = QCoreApplication.translate(
                "PublishActions", "{path} is een map; kies een bestandsnaam."
            )
            self.jobs.failed(text.format(path=target))
            return
        self.settings.setValue(LAST_FOLDER_KEY, str(target.parent))
        from vnhg_desk.export.dispatch import export_document

        written = target
        notes: list[str] = []  # what the export left out or changed (the core's words)

        def job(library: LibraryCopy, progress: Callable[[float], None]) -> Path:
            return export_document(
                library, doc_id, written, variant=variant, progress=progress, notes=notes
            )

        title = QCoreApplication.translate("PublishActions", "Bezig met exporteren…")
        self.jobs.run([doc_id], job, title, lambda path: self._saved(path, notes))

    def _saved(self, path: Path, notes: list[str]) -> None:
        text = QCoreApplication.translate("PublishActions", "Opgeslagen in {path}")
        message = "\n\n".join([text.format(path=path), *notes])
        self.jobs.say(message, warning=bool(notes), folder=Path(path).parent)
        self.jobs.finished(path)

    def show_export_log(self) -> QDialog | None:
        """Show what was exported, drafted and printed for the open document."""
        from vnhg_desk.gui.export_log_dialog import ExportLogDialog

        found = self.jobs.document()
        if found is None:
            return None
        doc_id, document = found
        dialog = ExportLogDialog(self.jobs.library, doc_id, document.title, self.jobs.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

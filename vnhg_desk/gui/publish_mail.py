"""The "E-mailconcept maken…" flow: ask groups and flyer, write the .eml, open the mail program.

:class:`EmailDraft` runs it with the :class:`~vnhg_desk.gui.publish_jobs.PublishJobs` it is
given (library, parent widget, messages, worker). Texts are translated in the
"PublishActions" context, where the publishing actions' translations live.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from vnhg_desk.gui.export_worker import LibraryCopy
from vnhg_desk.gui.publish_jobs import PublishJobs

DRAFT_DAYS = 14  # drafts older than this are removed from the drafts folder


class EmailDraft:
    """Writes the cover e-mail draft in a worker and hands it to the mail program."""

    def __init__(self, jobs: PublishJobs) -> None:
        self.jobs = jobs

    def drafts_folder(self) -> Path:
        """Where drafts are written before the mail program opens them (old ones go)."""
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
        folder = Path(base or tempfile.gettempdir()) / "VNHG Desk concepten"
        folder.mkdir(parents=True, exist_ok=True)
        cutoff = time.time() - DRAFT_DAYS * 86400
        for old in folder.glob("*.eml"):  # the mail program has long since taken them over
            with contextlib.suppress(OSError):
                if old.stat().st_mtime < cutoff:
                    old.unlink()
        return folder

    def email_draft(
        self, groups: list[str] | None = None, flyer_id: int | None = None, *, ask: bool = True
    ) -> None:
        """Write the cover e-mail draft with the e-mail PDF and open it in the mail program."""
        from vnhg_desk.gui.cover_email_dialog import DraftOptionsDialog

        found = self.jobs.document()
        if found is None:
            return
        doc_id, document = found
        library = self.jobs.library
        cover = library.cover_email()
        if not cover.recipients:
            self.jobs.say(
                QCoreApplication.translate(
                    "PublishActions",
                    "De adressenlijst is nog leeg. Vul hem in via Extra > Begeleidende e-mail…",
                ),
                warning=True,
            )
            return
        if ask:
            from vnhg_desk.layout.words import long_date

            invitations = [
                (s.id, f"{s.title} — {long_date(s.date)}" if s.date else s.title)
                for s in library.list_documents()
                if s.kind == "invitation" and s.id != doc_id
            ]
            dialog = DraftOptionsDialog(cover, invitations, self.jobs.widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            groups, flyer_id = dialog.groups(), dialog.flyer_id()
        from vnhg_desk.export.dispatch import safe_file_name
        from vnhg_desk.export.eml import draft_for_document

        target = self.drafts_folder() / safe_file_name(document.title, document.date, suffix=".eml")
        ids = [doc_id] + ([flyer_id] if flyer_id is not None and flyer_id != doc_id else [])

        def job(copy: LibraryCopy, progress: Callable[[float], None]) -> Path:
            return draft_for_document(
                copy, doc_id, target, groups=groups, flyer_id=flyer_id, progress=progress
            )

        title = QCoreApplication.translate("PublishActions", "E-mailconcept maken…")
        self.jobs.run(ids, job, title, self._draft_written)

    def _draft_written(self, path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            text = QCoreApplication.translate(
                "PublishActions", "E-mailconcept geopend in uw e-mailprogramma ({path})"
            )
            self.jobs.show_status(text.format(path=path))
        else:
            text = QCoreApplication.translate(
                "PublishActions", "Er is geen e-mailprogramma gevonden. Het concept staat in {path}"
            )
            self.jobs.say(text.format(path=path), folder=Path(path).parent)
        self.jobs.finished(path)

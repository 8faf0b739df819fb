"""The "E-mailconcept maken…" flow: ask groups and flyer, write the .eml, open the mail program.

A mixin of :class:`vnhg_desk.gui.publish_actions.PublishActions` (it uses its window,
``_document``, ``_say``, ``_run`` and ``export_finished``). Texts are translated in the
"PublishActions" context, because PySide looks translations up by the object's class.
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

DRAFT_DAYS = 14  # drafts older than this are removed from the drafts folder


class EmailDraftMixin:
    """Writes the cover e-mail draft in a worker and hands it to the mail program."""

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

        document = self._document()
        if document is None:
            return
        library = self.window.library
        cover = library.cover_email()
        if not cover.recipients:
            self._say(
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
                if s.kind == "invitation" and s.id != document.id
            ]
            dialog = DraftOptionsDialog(cover, invitations, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            groups, flyer_id = dialog.groups(), dialog.flyer_id()
        from vnhg_desk.export.dispatch import safe_file_name
        from vnhg_desk.export.eml import draft_for_document

        target = self.drafts_folder() / safe_file_name(document.title, document.date, suffix=".eml")
        ids = [document.id] + ([flyer_id] if flyer_id not in (None, document.id) else [])

        def job(copy: LibraryCopy, progress: Callable[[float], None]) -> Path:
            return draft_for_document(
                copy, document.id, target, groups=groups, flyer_id=flyer_id, progress=progress
            )

        title = QCoreApplication.translate("PublishActions", "E-mailconcept maken…")
        self._run(ids, job, title, self._draft_written)

    def _draft_written(self, path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            text = QCoreApplication.translate(
                "PublishActions", "E-mailconcept geopend in uw e-mailprogramma ({path})"
            )
            self.window.show_status(text.format(path=path))
        else:
            text = QCoreApplication.translate(
                "PublishActions", "Er is geen e-mailprogramma gevonden. Het concept staat in {path}"
            )
            self._say(text.format(path=path), folder=Path(path).parent)
        self.export_finished.emit(Path(path))

"""The import report: what a file held that could not be brought over, read before accepting.

Shown when an import has notes (a table taken over as text, a chart left out, a linked
picture not in the file ...). *Importeren* adds the document to the library;
*Annuleren* leaves the library exactly as it was (nothing has been written yet).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.model import Edition


class ImportReportDialog(QDialog):
    """Lists the notes of a prepared import; accept imports, reject changes nothing."""

    def __init__(self, parent: QWidget | None, prepared) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Importeren: {0}").format(prepared.source))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        document = prepared.document
        parts = len(document.content) if isinstance(document, Edition) else 1
        photos = len(prepared.photos)
        summary = QLabel(
            self.tr("<b>{0}</b> wordt geïmporteerd (onderdelen: {1}, foto's: {2}).").format(
                _escape(document.title), parts, photos
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        intro = QLabel(
            self.tr(
                "Niet alles uit het bestand kon worden overgenomen zoals het was. "
                "Lees de lijst voordat u importeert:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notes = QListWidget()
        self.notes.setObjectName("importNotes")
        self.notes.setAccessibleName(self.tr("Wat niet (zo) is overgenomen"))
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.addItems(prepared.notes)
        layout.addWidget(self.notes, 1)
        after = QLabel(
            self.tr(
                "Na het importeren kunt u het verslag aanvullen. Annuleren laat de "
                "bibliotheek ongewijzigd."
            )
        )
        after.setWordWrap(True)
        layout.addWidget(after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # A button of our own: a standard Ok would get Qt's "OK" back on a language change.
        self.import_button = buttons.addButton(
            self.tr("Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def confirm_import(parent: QWidget | None, prepared) -> bool:
    """Show the report (modal); True when the secretary chose to import."""
    dialog = ImportReportDialog(parent, prepared)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

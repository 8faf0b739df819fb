"""The trash: documents moved there by "Naar de prullenbak", with a restore button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.dialogs import fit_to_screen
from vnhg_desk.layout.words import long_date
from vnhg_desk.store.protocol import DocumentLibrary


class TrashDialog(QDialog):
    """Lists deleted documents; ``restored`` holds the ids put back."""

    def __init__(self, library: DocumentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.restored: list[int] = []
        self.setWindowTitle(self.tr("Prullenbak"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Verwijderde documenten"))
        self.restore_button = QPushButton(self.tr("&Terugzetten"), self)
        self.restore_button.setToolTip(self.tr("Zet het gekozen document terug in het archief"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Documenten in de prullenbak:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 360)
        fit_to_screen(self)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for summary in self.library.list_documents(deleted=True):
            when = long_date(summary.date) if summary.date else self.tr("geen datum")
            item = QListWidgetItem(f"{summary.title} — {when}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        doc_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.library.restore_deleted(doc_id)
        self.restored.append(doc_id)
        self.fill()

"""What was exported, drafted and printed for one document, and when (the export log)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.dialogs import fit_to_screen
from vnhg_desk.store.protocol import DocumentLibrary


class ExportLogDialog(QDialog):
    """A read-only table: when, what, where; double-click opens the file's folder."""

    def __init__(
        self, library: DocumentLibrary, doc_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportgeschiedenis"))
        self.resize(720, 360)
        fit_to_screen(self)
        records = library.export_log(doc_id)
        self.table = QTableWidget(len(records), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Wanneer"), self.tr("Wat"), self.tr("Waar")])
        self.table.setAccessibleName(self.tr("Exportgeschiedenis"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        locale = QLocale()
        for row, record in enumerate(records):
            when = record.when.astimezone()  # stored in UTC, shown in local time
            day = QDate(when.year, when.month, when.day)
            shown = locale.toString(day, QLocale.FormatType.LongFormat)
            shown += when.strftime("  %H:%M")
            cells = (shown, self.kind_label(record.kind), record.target)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.cellDoubleClicked.connect(self._open_folder)
        heading = QLabel(
            self.tr("{title}: {count} keer geëxporteerd, verstuurd of afgedrukt").format(
                title=title, count=len(records)
            ),
            self,
        )
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def kind_label(self, kind: str) -> str:
        """The log's (Dutch) kind in the UI language."""
        labels = {
            "PDF (e-mail)": self.tr("PDF (e-mail)"),
            "PDF (drukwerk)": self.tr("PDF (drukwerk)"),
            "Word": self.tr("Word"),
            "e-mailconcept": self.tr("e-mailconcept"),
            "afdruk": self.tr("afdruk"),
            "uitwisselbestand (JSON)": self.tr("uitwisselbestand (JSON)"),
            "uitwisselbestand (zip)": self.tr("uitwisselbestand (zip)"),
            "uitwisselmap": self.tr("uitwisselmap"),
        }
        return labels.get(kind, kind)

    def _open_folder(self, row: int, _column: int) -> None:
        item = self.table.item(row, 2)
        target = Path(item.text()) if item is not None else None
        if target is not None and target.parent.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's texts (for tests and accessibility checks)."""
        return [
            (self._text(r, 0), self._text(r, 1), self._text(r, 2))
            for r in range(self.table.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

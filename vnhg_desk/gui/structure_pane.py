"""The structure of the open edition: the masthead, then its articles and boxes in order.

Reorder by drag and drop or Ctrl+Shift+Up/Down; add and remove parts. Every change is
an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.icons import line_icon
from vnhg_desk.gui.reorder_list import ReorderList
from vnhg_desk.model import Article, Edition, SidebarBox

MASTHEAD = "masthead"


class StructurePane(QWidget):
    """Masthead entry + the ordered list of articles and boxes."""

    part_selected = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.heading = QLabel(self.tr("Opbouw"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.masthead_button = QPushButton(self.tr("Kop, datum en hoogtepunten"), self)
        self.masthead_button.setCheckable(True)
        self.masthead_button.setAccessibleName(self.tr("Kop van de editie bewerken"))
        self.masthead_button.setToolTip(
            self.tr("Titel, vergadering, datum, plaats, kenmerk en hoogtepunten")
        )
        self.masthead_button.setIcon(line_icon("masthead", self))
        self.masthead_button.clicked.connect(self.select_masthead)
        self.list = ReorderList(self.tr("Artikelen en kaders"), self)
        self.list.setToolTip(
            self.tr("Sleep om de volgorde te wijzigen, of gebruik Ctrl+Shift+Pijl omhoog/omlaag")
        )
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.move_requested.connect(self.move_item)
        self.list.delete_requested.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.add_article_button = self._button(
            self.tr("+ Artikel"),
            self.tr("Nieuw artikel na het gekozen onderdeel"),
            self.add_article,
        )
        self.add_box_button = self._button(
            self.tr("+ Kader"), self.tr("Nieuw kader na het gekozen onderdeel"), self.add_box
        )
        self.remove_button = self._button(
            self.tr("Verwijderen"), self.tr("Verwijder het gekozen onderdeel (Delete)"),
            self.remove_current,
        )  # fmt: skip
        up = self._tool(
            "up", self.tr("Omhoog (Ctrl+Shift+Pijl omhoog)"),
            lambda: self.step(-1),
        )  # fmt: skip
        down = self._tool(
            "down", self.tr("Omlaag (Ctrl+Shift+Pijl omlaag)"),
            lambda: self.step(1),
        )  # fmt: skip
        for widget in (self.add_article_button, self.add_box_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(up)
        buttons.addWidget(down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.masthead_button)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _tool(self, icon: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(line_icon(icon, self))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- model -------------------------------------------------------------------------
    def edition(self) -> Edition | None:
        document = self.controller.document
        return document if isinstance(document, Edition) else None

    def current_uid(self) -> str:
        """The selected part's uid, or MASTHEAD."""
        edition = self.edition()
        row = self.list.currentRow()
        if self.masthead_button.isChecked() or edition is None:
            return MASTHEAD
        if 0 <= row < len(edition.content):
            return edition.content[row].uid
        return MASTHEAD

    # -- view --------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Rebuild the list from the document; ``select`` is a uid or MASTHEAD."""
        edition = self.edition()
        wanted = select or self.current_uid()
        self.list.blockSignals(True)
        self.list.clear()
        row = -1
        for index, item in enumerate(edition.content if edition else []):
            entry = QListWidgetItem(self.describe(item))
            entry.setToolTip(entry.text())
            self.list.addItem(entry)
            if item.uid == wanted:
                row = index
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.masthead_button.setChecked(row < 0)
        enabled = edition is not None
        for widget in (self.add_article_button, self.add_box_button, self.masthead_button):
            widget.setEnabled(enabled)
        self.remove_button.setEnabled(row >= 0)

    def describe(self, item: Article | SidebarBox) -> str:
        if isinstance(item, SidebarBox):
            title = item.title or item.kicker or self.tr("(zonder titel)")
            return self.tr("Kader: %1").replace("%1", title)
        title = item.headline or self.tr("(nog geen kop)")
        warn = " ⚠" if any(not p.alt_text.strip() for p in item.photos) else ""
        kicker = f"{item.kicker.upper()} · " if item.kicker else ""
        return f"{kicker}{title}{warn}"

    def select_masthead(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.masthead_button.setChecked(True)
        self.remove_button.setEnabled(False)
        self.part_selected.emit(MASTHEAD)

    def select(self, uid: str) -> None:
        """Select a part (or MASTHEAD) as if the user clicked it."""
        self.refresh(uid)
        self.part_selected.emit(self.current_uid())

    def _row_changed(self, row: int) -> None:
        self.masthead_button.setChecked(row < 0)
        self.remove_button.setEnabled(row >= 0)
        self.part_selected.emit(self.current_uid())

    # -- edits -------------------------------------------------------------------------
    def _insert(self, item: Article | SidebarBox, label: str) -> None:
        edition = self.edition()
        if edition is None:
            return
        row = self.list.currentRow()
        index = row + 1 if row >= 0 else len(edition.content)
        self.controller.insert((), "content", index, item, label)
        self.select(item.uid)

    def add_article(self) -> None:
        self._insert(Article(), self.tr("Artikel toevoegen"))

    def add_box(self) -> None:
        self._insert(SidebarBox(kicker=self.tr("Kader")), self.tr("Kader toevoegen"))

    def remove_current(self) -> None:
        edition = self.edition()
        row = self.list.currentRow()
        if edition is None or not 0 <= row < len(edition.content):
            return
        is_box = isinstance(edition.content[row], SidebarBox)
        label = self.tr("Kader verwijderen") if is_box else self.tr("Artikel verwijderen")
        self.controller.remove((), "content", row, label)
        remaining = edition.content
        self.select(remaining[min(row, len(remaining) - 1)].uid if remaining else MASTHEAD)

    def move_item(self, source: int, target: int) -> None:
        edition = self.edition()
        if edition is None or not (0 <= target < len(edition.content)):
            return
        uid = edition.content[source].uid
        self.controller.move((), "content", source, target, self.tr("Volgorde wijzigen"))
        self.refresh(uid)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, delta: int) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.move_item(row, row + delta)

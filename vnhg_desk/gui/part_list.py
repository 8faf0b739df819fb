"""A panel with an ordered list of an article's parts (quotes or photos) and their fields.

Subclasses say how a part is labelled, which fields it has and how a new one is made;
this class handles selection, reordering, removal and keeping the list in step with
the document after every edit or undo.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.binding import Binder
from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.reorder_list import ReorderList
from vnhg_desk.model import Article, Edition


class PartListPanel(QWidget):
    """List + buttons + a form for the selected part."""

    attr = ""

    def __init__(
        self, controller: DocumentController, list_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.article_uid: str | None = None
        self.binder = Binder(controller, self)
        self.list = ReorderList(list_name, self)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.move_requested.connect(self._move)
        self.list.delete_requested.connect(self.remove_current)
        self.buttons = QHBoxLayout()
        self.remove_button = self.add_button(self.tr("Verwijderen"), self.remove_current)
        self.remove_button.setToolTip(self.tr("Verwijder het gekozen onderdeel (Delete)"))
        self.form_widget = QWidget(self)
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(self.buttons)
        layout.addLayout(left, 2)
        layout.addWidget(self.form_widget, 3)

    def add_button(self, text: str, slot: Any) -> QPushButton:
        """A button under the list (accessible by its text)."""
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    # -- subclass hooks ----------------------------------------------------------------
    def label(self, part: Any) -> str:
        raise NotImplementedError

    def decorate(self, item: QListWidgetItem, part: Any) -> None:
        """Add an icon or tooltip to a row (optional)."""

    # -- model access ------------------------------------------------------------------
    def article(self) -> Article | None:
        edition = self.controller.document
        if self.article_uid is None or not isinstance(edition, Edition):
            return None
        item = edition.find(self.article_uid)
        return item if isinstance(item, Article) else None

    def parts(self) -> list[Any]:
        article = self.article()
        return list(getattr(article, self.attr)) if article is not None else []

    def current_part(self) -> Any | None:
        row = self.list.currentRow()
        parts = self.parts()
        return parts[row] if 0 <= row < len(parts) else None

    # -- view --------------------------------------------------------------------------
    def set_article(self, article_uid: str | None) -> None:
        self.binder.commit_all()
        self.article_uid = article_uid
        self.refresh()

    def refresh(self, select_uid: str | None = None) -> None:
        """Rebuild the rows from the document, keeping (or moving to) a selection."""
        current = self.current_part()
        wanted = select_uid or (current.uid if current is not None else None)
        parts = self.parts()
        self.list.blockSignals(True)
        self.list.clear()
        row = 0 if parts else -1
        for index, part in enumerate(parts):
            item = QListWidgetItem(self.label(part))
            self.decorate(item, part)
            self.list.addItem(item)
            if part.uid == wanted:
                row = index
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show(row)

    def _row_changed(self, row: int) -> None:
        self._show(row)

    def _show(self, row: int) -> None:
        parts = self.parts()
        has_part = 0 <= row < len(parts)
        self.form_widget.setEnabled(has_part)
        self.remove_button.setEnabled(has_part)
        if has_part and self.article_uid is not None:
            self.binder.set_ref((self.article_uid, parts[row].uid))
        else:
            self.binder.set_ref(None)
        self.form_widget.setVisible(has_part)

    # -- edits -------------------------------------------------------------------------
    def insert_part(self, part: Any, label: str) -> None:
        if self.article_uid is None:
            return
        index = len(self.parts())
        self.controller.insert((self.article_uid,), self.attr, index, part, label)
        self.refresh(part.uid)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if self.article_uid is None or not 0 <= row < len(self.parts()):
            return
        self.controller.remove((self.article_uid,), self.attr, row, self.remove_label())

    def remove_label(self) -> str:
        return self.tr("Onderdeel verwijderen")

    def _move(self, source: int, target: int) -> None:
        if self.article_uid is None:
            return
        uid = self.parts()[source].uid
        self.controller.move((self.article_uid,), self.attr, source, target, self.tr("Verplaatsen"))
        self.refresh(uid)

"""The sidebar-box editor ("kader"): kicker, title and body."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from vnhg_desk.gui.binding import Binder
from vnhg_desk.gui.body_editor import BodyEditor
from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.fields import LineField


class BoxEditor(QWidget):
    """Edits one sidebar box of the open edition."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = Binder(controller, self)
        self.kicker = LineField(self.tr("Bovenkop van het kader"), self)
        self.title = LineField(self.tr("Titel van het kader"), self)
        self.body = BodyEditor(self.tr("Tekst van het kader"), self)
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.addRow(self.tr("&Bovenkop:"), self.kicker)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Tekst:"), self.body)
        self.binder.bind(self.kicker, "kicker", self.tr("Bovenkop kader wijzigen"))
        self.binder.bind(self.title, "title", self.tr("Titel kader wijzigen"))
        self.binder.bind(self.body.edit, "body", self.tr("Tekst kader wijzigen"))

    def set_box(self, uid: str | None) -> None:
        self.binder.set_ref((uid,) if uid else None)

    def refresh(self, focus: tuple[str, ...] = ()) -> None:
        self.binder.load()

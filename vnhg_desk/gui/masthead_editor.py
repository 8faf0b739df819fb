"""The masthead of the open edition: title, meeting, date, place, references, highlights."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from vnhg_desk.gui.binding import Binder
from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.date_fields import DateField
from vnhg_desk.gui.fields import ChoiceField, LineField, PlainField
from vnhg_desk.model import EditionStatus

if TYPE_CHECKING:
    from vnhg_desk.gui.binding import BoundField


class MastheadEditor(QWidget):
    """Edits the edition's own fields (ref ``()``)."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = Binder(controller, self)
        self.title = LineField(self.tr("Titel van de editie"), self)
        self.meeting = LineField(self.tr("Vergadering of bijeenkomst"), self)
        self.date = DateField(self.tr("Datum van de vergadering"), self)
        self.place = LineField(self.tr("Plaats"), self)
        self.references = LineField(self.tr("Zaaknummer / documentnummer"), self)
        self.highlights = PlainField(self.tr("Hoogtepunten, één per regel"), self, as_lines=True)
        self.status = ChoiceField(
            self.tr("Status"),
            [(EditionStatus.CONCEPT, self.tr("Concept")),
             (EditionStatus.FINAL, self.tr("Definitief"))],
            self,
        )  # fmt: skip
        self.language = ChoiceField(
            self.tr("Taal van de editie"),
            [("nl", self.tr("Nederlands")), ("en", self.tr("Engels"))],
            self,
        )
        hint = QLabel(self.tr("De hoogtepunten staan als opsomming op de voorpagina."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.highlights.setMaximumHeight(140)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, BoundField, str, str, bool]] = [
            (self.tr("&Titel:"), self.title, "title", self.tr("Titel wijzigen"), True),
            (self.tr("&Vergadering:"), self.meeting, "meeting",
             self.tr("Vergadering wijzigen"), True),
            (self.tr("&Datum:"), self.date, "date", self.tr("Datum wijzigen"), False),
            (self.tr("&Plaats:"), self.place, "place", self.tr("Plaats wijzigen"), True),
            (self.tr("&Kenmerk:"), self.references, "references",
             self.tr("Kenmerk wijzigen"), True),
            (self.tr("&Hoogtepunten:"), self.highlights, "highlights",
             self.tr("Hoogtepunten wijzigen"), True),
            (self.tr("&Status:"), self.status, "status", self.tr("Status wijzigen"), False),
            (self.tr("Taa&l:"), self.language, "language", self.tr("Taal wijzigen"), False),
        ]  # fmt: skip
        for label, widget, name, undo_text, typing in rows:
            form.addRow(label, widget)
            self.binder.bind(widget, name, undo_text, typing=typing)
            if name == "highlights":
                form.addRow("", hint)

    def show_document(self) -> None:
        self.binder.set_ref(())

    def refresh(self, focus: tuple[str, ...] = ()) -> None:
        self.binder.load()

"""The pull quotes ("streamers") of the open article: list, edit, reorder, remove."""

from __future__ import annotations

from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.fields import LineField, PlainField
from vnhg_desk.gui.part_list import PartListPanel
from vnhg_desk.model import PullQuote


class QuotesPanel(PartListPanel):
    """Pull quotes of one article."""

    attr = "quotes"

    def __init__(self, controller: DocumentController, parent=None) -> None:
        super().__init__(controller, self.tr("Streamers van dit artikel"), parent)
        new = self.add_button(self.tr("Nieuwe streamer"), self.add_empty)
        new.setToolTip(self.tr("Voeg een lege streamer toe"))
        self.buttons.insertWidget(0, new)
        self.text = PlainField(self.tr("Tekst van de streamer"), self)
        self.text.setMaximumHeight(90)
        self.attribution = LineField(self.tr("Wie zegt het (mag leeg)"), self)
        self.form.addRow(self.tr("&Streamer:"), self.text)
        self.form.addRow(self.tr("&Van:"), self.attribution)
        self.binder.bind(self.text, "text", self.tr("Streamer wijzigen"))
        self.binder.bind(self.attribution, "attribution", self.tr("Naam bij streamer wijzigen"))

    def label(self, part: PullQuote) -> str:
        text = " ".join(part.text.split()) or self.tr("(lege streamer)")
        return f"“{text[:70]}…”" if len(text) > 70 else f"“{text}”"

    def add_empty(self) -> None:
        self.add_quote("")
        self.text.setFocus()

    def add_quote(self, text: str, attribution: str = "") -> PullQuote:
        """Add a quote at the end of the list (undoable) and select it."""
        quote = PullQuote(text=text, attribution=attribution)
        self.insert_part(quote, self.tr("Streamer toevoegen"))
        return quote

    def remove_label(self) -> str:
        return self.tr("Streamer verwijderen")

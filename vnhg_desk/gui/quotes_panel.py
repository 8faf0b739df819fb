"""The pull quotes ("streamers") of the open article: list, edit, reorder, remove, and
"plaats bij alinea …": the paragraph a quote is placed with (undoable like every edit)."""

from __future__ import annotations

from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.gui.fields import ChoiceField, LineField, PlainField
from vnhg_desk.gui.part_list import PartListPanel
from vnhg_desk.layout.body_cache import parse_body_cached
from vnhg_desk.model import PullQuote

AUTOMATIC = 0  # the combo's value for "no anchor chosen" (the model's None)


class AnchorField(ChoiceField):
    """Automatic, or one of the article's paragraphs ("Alinea 3: Penningmeester …")."""

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        """Replace the paragraphs offered, keeping the current value where it still is."""
        self._loading = True
        try:
            current = self.currentData()
            self.clear()
            for value, label in choices:
                self.addItem(label, value)
            self.setCurrentIndex(max(self.findData(current), 0))
        finally:
            self._loading = False

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data else None

    def set_value(self, value: object) -> None:
        super().set_value(value if isinstance(value, int) else AUTOMATIC)


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
        self.anchor = AnchorField(self.tr("Plaats bij alinea"), [], self)
        self.anchor.setToolTip(
            self.tr(
                "Na welke alinea de streamer komt (altijd erna, nooit direct ertegenaan). "
                "Automatisch: bij de alinea waarin de tekst staat."
            )
        )
        self.form.addRow(self.tr("&Plaats bij alinea:"), self.anchor)
        self.binder.bind(
            self.anchor, "anchor", self.tr("Plaats van streamer wijzigen"), typing=False
        )

    def anchor_choices(self) -> list[tuple[int, str]]:
        """ "Automatisch" and each paragraph of the article's body with its first words."""
        choices = [(AUTOMATIC, self.tr("Automatisch (alinea met deze tekst)"))]
        article = self.article()
        if article is None:
            return choices
        from vnhg_desk.layout.flow import block_text, paragraph_indices  # not at start-up

        blocks = parse_body_cached(article.body)
        for number, index in enumerate(paragraph_indices(blocks), start=1):
            words = " ".join(block_text(blocks[index]).split())
            words = words if len(words) <= 50 else words[:50].rstrip() + "…"
            label = self.tr("Alinea %1: %2").replace("%1", str(number)).replace("%2", words)
            choices.append((number, label))
        return choices

    def _show(self, row: int) -> None:
        self.anchor.set_choices(self.anchor_choices())
        super()._show(row)

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

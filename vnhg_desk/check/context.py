"""What the checks look at: the document, house style, cover e-mail and photos, plus the
typeset e-mail PDF (made once, on first use, by the same writer the export uses)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from vnhg_desk.check.findings import Place
from vnhg_desk.errors import UserError
from vnhg_desk.model import Article, CoverEmail, Edition, HouseStyle, Invitation, SidebarBox


@dataclass(frozen=True)
class Typeset:
    """The e-mail PDF as the export would write it: its bytes and what the writer reported."""

    data: bytes
    result: Any  # vnhg_desk.export.pdf.PdfResult


@dataclass
class CheckContext:
    """Everything one run of the checks reads. ``photos`` is a PhotoSource (the library);
    without it, the checks that need photo sizes or a typeset PDF are skipped."""

    document: Edition | Invitation
    style: HouseStyle
    cover: CoverEmail | None = None
    photos: Any = None
    typeset_allowed: bool = True
    #: Words that count as right beside the dictionary: the library's word list and the
    #: names in its people list (lower or any case).
    extra_words: frozenset[str] = frozenset()
    _typeset: Typeset | None = field(default=None, init=False, repr=False)
    _typeset_tried: bool = field(default=False, init=False, repr=False)

    @property
    def edition(self) -> Edition | None:
        """The document when it is an edition (most checks are about editions)."""
        return self.document if isinstance(self.document, Edition) else None

    def typeset(self) -> Typeset | None:
        """The e-mail PDF of the document, typeset once; None when it cannot be made."""
        if not self._typeset_tried:
            self._typeset_tried = True
            if self.typeset_allowed and self.photos is not None:
                from vnhg_desk.export.pdf import write_pdf  # reportlab only when needed

                buffer = io.BytesIO()
                try:
                    result = write_pdf(self.document, self.style, self.photos, buffer)
                except UserError:
                    return None  # the export itself will say what is wrong
                self._typeset = Typeset(buffer.getvalue(), result)
        return self._typeset

    # -- places -------------------------------------------------------------------------
    def part_label(self, item: Article | SidebarBox) -> str:
        """ "artikel 2 (HET RAVIJNJAAR…)" or "kader 1 (Jaarrekening…)"."""
        edition = self.edition
        if edition is None:
            return ""
        same_kind = [x for x in edition.content if type(x) is type(item)]
        number = next(i for i, x in enumerate(same_kind, 1) if x is item)
        kind = "artikel" if isinstance(item, Article) else "kader"
        name = item.headline if isinstance(item, Article) else item.title
        name = " ".join(name.split())
        if len(name) > 40:
            name = name[:39] + "…"
        return f"{kind} {number} ({name})" if name else f"{kind} {number}"

    def place(
        self,
        field_name: str,
        item: Article | SidebarBox | None = None,
        *,
        sub: str | None = None,
        sub_label: str = "",
    ) -> Place:
        """A place in the document: the edition's own field, or a field of a part."""
        if item is None:
            return Place(field_name, label=FIELD_WORDS.get(field_name, field_name))
        words = [self.part_label(item)]
        if sub_label:
            words.append(sub_label)
        words.append(FIELD_WORDS.get(field_name, field_name))
        return Place(field_name, item.uid, sub, label=", ".join(w for w in words if w))


#: Dutch names of the fields findings point to (for the command line and the dialog).
FIELD_WORDS = {
    "title": "titel",
    "date": "datum",
    "place": "plaats",
    "meeting": "vergadering",
    "references": "kenmerken",
    "highlights": "hoogtepunten",
    "kicker": "bovenkop",
    "headline": "kop",
    "subtitle": "ondertitel",
    "lead": "intro",
    "body": "tekst",
    "byline": "auteur",
    "caption": "bijschrift",
    "credit": "fotograaf",
    "alt_text": "alternatieve tekst",
    "text": "citaat",
    "attribution": "naam bij citaat",
    "theme": "thema",
    "intro": "intro",
    "registration_note": "aanmelden",
    "online_note": "digitaal",
    "pages": "pagina's",
    "photo": "foto",
    "recipients": "adressenlijst",
    "subject_template": "onderwerp",
    "body_template": "tekst van de e-mail",
}

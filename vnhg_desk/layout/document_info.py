"""One description of a document for every output: title, subject, author, keywords,
language and dates.

The PDF's document information (and its XMP), Word's core properties and the e-mail
draft's subject and body fields all read :func:`document_info`, so the three name the
document alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from vnhg_desk import __version__
from vnhg_desk.layout.words import long_date, word
from vnhg_desk.model import Edition, HouseStyle, Invitation

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}


def language_tag(language: str) -> str:
    """The document language as a BCP 47 tag ("nl" -> "nl-NL"); unknown ones are Dutch."""
    return LANGUAGE_TAGS.get(language, "nl-NL")


@dataclass(frozen=True)
class DocumentInfo:
    """What a document is called and by whom, as every output states it.

    ``title`` is the full title ("Verslag ledenvergadering 25 september 2026");
    ``name`` is the document's own title without the date ("Verslag ledenvergadering"),
    and ``date_text``, ``meeting`` and ``place`` are the e-mail template's fields.
    """

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]
    language: str
    name: str
    date_text: str
    meeting: str
    place: str
    category: str
    status: str
    document_date: date | None
    created: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc).replace(microsecond=0)
    )
    creator: str = f"VNHG Desk {__version__}"

    def template_fields(self) -> dict[str, str]:
        """The values of the cover e-mail's {title}, {date}, {meeting} and {place}."""
        return {
            "title": self.name,
            "date": self.date_text,
            "meeting": self.meeting,
            "place": self.place,
        }


def _clean(parts: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in parts:
        if part and part.strip():
            seen.setdefault(part.strip(), None)
    return tuple(seen)


def document_info(document: Edition | Invitation, style: HouseStyle | None = None) -> DocumentInfo:
    """The description of an edition or invitation, in the house style's name."""
    style = style or HouseStyle()
    lang = document.language
    day = long_date(document.date, lang)
    if isinstance(document, Invitation):
        name = document.title.strip()
        theme = document.theme.strip()
        place = document.place.strip()
        return DocumentInfo(
            # A PDF must have a title (PDF/UA): "Uitnodiging" when the flyer names nothing.
            title=" ".join(part for part in (name, theme) if part) or word("invitation", lang),
            subject=theme or name,
            author=style.association_name,
            keywords=_clean([style.short_name, theme, long_date(document.date, lang, True)]),
            language=language_tag(lang),
            name=name,
            date_text=day,
            meeting=theme,
            place=place,
            category=name,
            status=document.status.value,
            document_date=document.date,
        )
    name = document.title.strip() or style.default_title
    author = document.association.strip() or style.association_name
    meeting = document.meeting.strip()
    return DocumentInfo(
        title=f"{name} {day}" if day else name,
        subject=meeting or name,
        author=author,
        keywords=_clean([style.short_name, *document.highlights]),
        language=language_tag(lang),
        name=name,
        date_text=day,
        meeting=meeting,
        place=document.place.strip(),
        category=name,
        status=document.status.value,
        document_date=document.date,
    )

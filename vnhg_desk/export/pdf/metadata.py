"""Document information for the PDF: title, author, subject, keywords and language."""

from __future__ import annotations

from vnhg_desk import __version__
from vnhg_desk.export.pdf.escape import clean
from vnhg_desk.layout import EditionLayout, InvitationLayout

_LANG = {"nl": "nl-NL", "en": "en-GB"}


def pdf_language(language: str) -> str:
    """The document language as a PDF /Lang tag ("nl" -> "nl-NL")."""
    return _LANG.get(language, "nl-NL")


def _cleaned(info: dict[str, str]) -> dict[str, str]:
    return {key: clean(value) for key, value in info.items()}


def edition_metadata(layout: EditionLayout) -> dict[str, str]:
    """Keyword arguments for the reportlab document template."""
    when = " ".join(
        part for part in (layout.banner_date.replace("\u2022", " "), layout.place) if part
    )
    title = f"{layout.title} {when}".strip()
    subject = " \u2013 ".join(
        part for part in (layout.meeting or layout.title, layout.association) if part
    )
    return _cleaned(
        {
            "title": title,
            "author": layout.association,
            "subject": subject,
            "keywords": ", ".join(layout.keywords),
            "creator": f"VNHG Desk {__version__}",
            "lang": pdf_language(layout.language),
        }
    )


def invitation_metadata(layout: InvitationLayout) -> dict[str, str]:
    """Keyword arguments for the flyer's document template."""
    title = ": ".join(part for part in (layout.title, layout.theme) if part)
    return _cleaned(
        {
            "title": title,
            "author": layout.association,
            "subject": " \u2013 ".join(part for part in (layout.theme, layout.date_line) if part),
            "keywords": ", ".join(part for part in (layout.theme, layout.place_line) if part),
            "creator": f"VNHG Desk {__version__}",
            "lang": pdf_language(layout.language),
        }
    )

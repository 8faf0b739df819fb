"""Document information for the PDF: title, author, subject, keywords and language.

Every value comes from the layout's one :class:`~vnhg_desk.layout.document_info.DocumentInfo`,
which Word's core properties and the e-mail draft read too.
"""

from __future__ import annotations

from vnhg_desk.export.pdf.escape import reportlab_safe
from vnhg_desk.layout import EditionLayout, InvitationLayout
from vnhg_desk.layout.document_info import DocumentInfo, language_tag


def pdf_language(language: str) -> str:
    """The document language as a PDF /Lang tag ("nl" -> "nl-NL")."""
    return language_tag(language)


def info_metadata(info: DocumentInfo) -> dict[str, str]:
    """Keyword arguments for the reportlab document template."""
    values = {
        "title": info.title,
        "author": info.author,
        "subject": info.subject,
        "keywords": ", ".join(info.keywords),
        "creator": info.creator,
        "lang": info.language,
    }
    return {key: reportlab_safe(value) for key, value in values.items()}


def edition_metadata(layout: EditionLayout) -> dict[str, str]:
    """Keyword arguments for the newsletter's document template."""
    return info_metadata(layout.info)


def invitation_metadata(layout: InvitationLayout) -> dict[str, str]:
    """Keyword arguments for the flyer's document template."""
    return info_metadata(layout.info)

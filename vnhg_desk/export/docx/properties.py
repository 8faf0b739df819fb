"""Core properties (title, author, subject, keywords, created, language) and package tidying."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE

from vnhg_desk.export.docx.sanitize import clean

_TEXT_LIMIT = 255  # Word shows at most this much of a property


def set_properties(
    doc: DocxDocument,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: Sequence[str],
    category: str,
    status: str,
    language_tag: str,
) -> None:
    """Fill the core properties; every value is cleaned and cut to what Word shows."""
    props = doc.core_properties
    now = datetime.now(timezone.utc).replace(microsecond=0)

    def fit(text: str) -> str:
        return clean(text).strip()[:_TEXT_LIMIT]

    props.title = fit(title)
    props.author = fit(author)
    props.last_modified_by = fit(author)
    props.subject = fit(subject)
    props.keywords = fit(", ".join(k for k in keywords if k))
    props.category = fit(category)
    props.content_status = fit(status)
    props.comments = ""
    props.language = language_tag
    props.created = now
    props.modified = now
    props.revision = 1
    _drop_template_thumbnail(doc)


def _drop_template_thumbnail(doc: DocxDocument) -> None:
    """python-docx's template carries a thumbnail of another document: leave it out."""
    rels = doc.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            rels.pop(rel_id)

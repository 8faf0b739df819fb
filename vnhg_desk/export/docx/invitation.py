"""The invitation ("save the date") as a Word document, with the edition's styles."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocxDocument
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from vnhg_desk.export.docx import styles
from vnhg_desk.export.docx.boxes import add_box
from vnhg_desk.export.docx.pictures import add_logo
from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.export.docx.text import add_blocks, add_text, at_level, new_paragraph
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout.document_layout import InvitationLayout
from vnhg_desk.model.richtext import Paragraph, Span


def write_invitation(
    doc: DocxDocument,
    layout: InvitationLayout,
    photos: PhotoSource,
    progress: Callable[[float], None],
) -> None:
    """Title and theme, when and where, intro, moderator, panel and how to register."""
    labels = layout.labels
    add_logo(doc, photos, layout.logo_hash, layout.association, styles.NORMAL)
    add_text(doc, layout.association, styles.KICKER)
    title = add_text(doc, layout.title, styles.TITLE)
    if layout.title_is_heading:  # no theme: the title is the level-1 heading
        at_level(title, 1)
    # The theme is the invitation's main heading (Heading 1): the section heads below
    # (moderator, panel) are Heading 2, so headings start at level 1 (issue 14); with
    # neither theme nor title they are level 1 themselves (the layout's section_level).
    add_text(doc, layout.theme, styles.HEADLINE)
    level = layout.section_level
    details = [("date", layout.date_line), ("time", layout.time_line), ("place", layout.place_line)]
    written = [_detail(doc, labels.get(key, ""), value) for key, value in details]
    last = next((p for p in reversed(written) if p is not None), None)
    if last is not None:
        last.paragraph_format.space_after = Pt(14)
    progress(0.4)
    add_blocks(doc, layout.intro, styles.NORMAL, level)
    if layout.moderator:
        at_level(add_text(doc, labels.get("moderator", ""), styles.SUBHEADING), level)
        add_text(doc, layout.moderator, styles.NORMAL)
    if layout.panel:
        at_level(add_text(doc, labels.get("panel", ""), styles.SUBHEADING), level)
        for member in layout.panel:
            add_text(doc, member, styles.BULLET)
    progress(0.8)
    if layout.registration_note:
        note = layout.registration or [Paragraph((Span(layout.registration_note),))]
        add_box(doc, "", labels.get("registration", ""), note, level, level)


def _detail(doc: DocxDocument, label: str, value: str) -> DocxParagraph | None:
    """One "Datum  vrijdag 20 november 2026" line: the label bold, then the value."""
    value = xml_safe(value).strip()
    if not value:
        return None
    paragraph = new_paragraph(doc, styles.DETAILS)
    if label:
        paragraph.add_run(xml_safe(label) + "\t").bold = True
    paragraph.add_run(value)
    return paragraph

"""The edition as a Word document: masthead, banner, highlights, articles and boxes, in order."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocxDocument
from docx.shared import Mm, Pt

from vnhg_desk.export.docx import styles
from vnhg_desk.export.docx.boxes import add_box
from vnhg_desk.export.docx.page import text_width
from vnhg_desk.export.docx.pictures import add_logo, add_picture
from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.export.docx.text import add_block, add_text, new_paragraph
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout.document_layout import ArticleLayout, BoxLayout, EditionLayout
from vnhg_desk.layout.flow import CAPTION_SEPARATOR, PhotoBlock, QuoteBlock, TextBlock

PHOTO_MAX_HEIGHT = Mm(80)


def banner_line(layout: EditionLayout) -> str:
    """``18•SEP•2020 • Alkmaar``: the banner's date and place, one separator between
    (no run of spaces: a screen reader and a search see one word gap)."""
    return " \u2022 ".join(part for part in (layout.banner_date, layout.place) if part)


def write_edition(
    doc: DocxDocument,
    layout: EditionLayout,
    photos: PhotoSource,
    progress: Callable[[float], None],
) -> None:
    """Write the whole edition into ``doc`` (styles and page set up already)."""
    _masthead(doc, layout, photos)
    total = max(1, len(layout.items))
    for done, item in enumerate(layout.items, start=1):
        if isinstance(item, ArticleLayout):
            _article(doc, item, photos, layout.language)
        elif isinstance(item, BoxLayout):
            add_box(doc, item.kicker, item.title, item.body, item.level, item.subheading_level)
        progress(done / total)


def _masthead(doc: DocxDocument, layout: EditionLayout, photos: PhotoSource) -> None:
    add_logo(doc, photos, layout.logo_hash, layout.association, styles.NORMAL)
    add_text(doc, layout.association, styles.KICKER)
    add_text(doc, layout.title, styles.TITLE)
    add_text(doc, layout.meeting, styles.SUBTITLE)
    add_text(doc, banner_line(layout), styles.BANNER)
    add_text(doc, layout.references, styles.REFERENCE)
    for highlight in layout.highlights:
        add_text(doc, highlight, styles.BULLET)


def _article(doc: DocxDocument, article: ArticleLayout, photos: PhotoSource, language: str) -> None:
    """The article's header, then its flow (:mod:`vnhg_desk.layout.flow`) as it is."""
    add_text(doc, article.kicker, styles.KICKER)
    add_text(doc, article.headline, styles.HEADLINE)
    add_text(doc, article.subtitle, styles.SUBTITLE)
    add_text(doc, article.lead, styles.LEAD)
    for block in article.flow:
        if isinstance(block, TextBlock):
            add_block(doc, block.block, styles.NORMAL, article.subheading_level)
        elif isinstance(block, QuoteBlock):
            _pull_quote(doc, block)
        elif isinstance(block, PhotoBlock):
            _photo(doc, block, photos)
        else:
            add_text(doc, block.text, styles.BYLINE)


def _pull_quote(doc: DocxDocument, quote: QuoteBlock) -> None:
    """A pull quote as an "Intense Quote" paragraph, placed by the flow away from the
    sentence it repeats. One that could only stand against its own sentence (the PDF
    draws it as decoration) is left out: Word has no decoration a screen reader skips,
    and the reader would hear the sentence twice in a row."""
    if quote.adjacent:
        return
    paragraph = add_text(doc, quote.text, styles.PULL_QUOTE)
    source = add_text(doc, quote.attribution, styles.QUOTE_SOURCE)
    if source is None and paragraph is not None:
        # No attribution line to close the quote: leave the same room before the text.
        paragraph.paragraph_format.space_after = Pt(12)
        paragraph.paragraph_format.keep_with_next = False


def _photo(doc: DocxDocument, photo: PhotoBlock, photos: PhotoSource) -> None:
    paragraph = new_paragraph(doc, styles.PHOTO)
    add_picture(
        paragraph,
        photos,
        photo.photo_hash,
        photo.alt_text,
        (text_width(), PHOTO_MAX_HEIGHT),
        title=photo.caption,
    )
    if photo.caption or photo.credit:
        caption = new_paragraph(doc, styles.CAPTION)
        if photo.caption:
            caption.add_run(xml_safe(photo.caption))
        if photo.credit:
            if photo.caption:
                caption.add_run(CAPTION_SEPARATOR)
            caption.add_run(xml_safe(photo.credit), style=styles.CREDIT)
    else:
        paragraph.paragraph_format.keep_with_next = False

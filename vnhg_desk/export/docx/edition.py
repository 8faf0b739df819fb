"""The edition as a Word document: masthead, banner, highlights, articles and boxes, in order."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as DocxDocument
from docx.shared import Mm, Pt

from vnhg_desk.export.docx import styles
from vnhg_desk.export.docx.boxes import add_box
from vnhg_desk.export.docx.page import text_width
from vnhg_desk.export.docx.pictures import add_logo, add_picture
from vnhg_desk.export.docx.placement import photo_positions, quote_positions
from vnhg_desk.export.docx.text import add_block, add_text, new_paragraph
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout.document_layout import (
    ArticleLayout,
    BoxLayout,
    EditionLayout,
    PhotoLayout,
    QuoteLayout,
)
from vnhg_desk.layout.words import word

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
            add_box(doc, item.kicker, item.title, item.body)
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
    add_text(doc, article.kicker, styles.KICKER)
    add_text(doc, article.headline, styles.HEADLINE)
    add_text(doc, article.subtitle, styles.SUBTITLE)
    add_text(doc, article.lead, styles.LEAD)
    quotes_at = quote_positions(article.body, [q.text for q in article.quotes])
    photos_at = photo_positions(article.body, len(article.photos))

    def extras_after(index: int) -> None:
        for quote, at in zip(article.quotes, quotes_at, strict=True):
            if at == index:
                _pull_quote(doc, quote)
        for photo, at in zip(article.photos, photos_at, strict=True):
            if at == index:
                _photo(doc, photo, photos, language, article.headline)

    extras_after(-1)
    for index, block in enumerate(article.body):
        add_block(doc, block, styles.NORMAL)
        extras_after(index)
    add_text(doc, article.byline, styles.BYLINE)


def _pull_quote(doc: DocxDocument, quote: QuoteLayout) -> None:
    text = quote.text.strip().strip("\"'“”„‘’")
    paragraph = add_text(doc, f"“{text}”", styles.PULL_QUOTE)
    source = add_text(doc, quote.attribution, styles.QUOTE_SOURCE)
    if source is None and paragraph is not None:
        # No attribution line to close the quote: leave the same room before the text.
        paragraph.paragraph_format.space_after = Pt(12)
        paragraph.paragraph_format.keep_with_next = False


def caption_text(photo: PhotoLayout, language: str) -> str:
    """Caption followed by the credit: ``Het panel.  Foto: J. Jansen``."""
    credit = f"{word('photo', language)}: {photo.credit}" if photo.credit else ""
    return "  ".join(part for part in (photo.caption, credit) if part)


def _photo(
    doc: DocxDocument, photo: PhotoLayout, photos: PhotoSource, language: str, headline: str
) -> None:
    paragraph = new_paragraph(doc, styles.PHOTO)
    # Without alt text the caption describes it; without either the picture is marked
    # decorative (Word's checker accepts that), never a made-up "Foto" (the editor's
    # photo panel flags a photo without alt text).
    alt = photo.alt_text or photo.caption
    add_picture(
        paragraph,
        photos,
        photo.photo_hash,
        alt,
        (text_width(), PHOTO_MAX_HEIGHT),
        title=photo.caption,
    )
    caption = caption_text(photo, language)
    if caption:
        add_text(doc, caption, styles.CAPTION)
    else:
        paragraph.paragraph_format.keep_with_next = False

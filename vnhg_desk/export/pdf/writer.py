"""write_pdf: checks the request, builds the document for its variant, writes it safely."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from vnhg_desk.errors import ExportError, UserError
from vnhg_desk.export.pdf.document import NewsletterDoc
from vnhg_desk.export.pdf.edition import EditionStory, photo_placements
from vnhg_desk.export.pdf.invitation import build_invitation
from vnhg_desk.export.pdf.masthead import MASTHEAD, draw_footer, draw_later_bar, draw_masthead
from vnhg_desk.export.pdf.metadata import edition_metadata
from vnhg_desk.export.pdf.output import write_bytes
from vnhg_desk.export.pdf.page import VARIANTS, PageGeometry
from vnhg_desk.export.pdf.photo_batch import PhotoBatch
from vnhg_desk.export.pdf.photos import render_logo
from vnhg_desk.export.pdf.result import PdfResult
from vnhg_desk.export.pdf.styles import build_styles
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout import layout_edition, layout_invitation
from vnhg_desk.layout.words import word
from vnhg_desk.model import Article, Edition, HouseStyle, Invitation

rl_config.useA85 = 0  # binary streams: ASCII85 only makes files bigger and slower

Progress = Callable[[float], None]


def write_pdf(
    document: Edition | Invitation,
    style: HouseStyle,
    photos: PhotoSource,
    target: Path | BinaryIO,
    *,
    variant: str = "email",
    progress: Progress | None = None,
) -> PdfResult:
    """Write an edition (newsletter) or invitation (one-page flyer) as PDF."""
    if variant not in VARIANTS:
        raise ExportError(f"Onbekende PDF-variant {variant!r}: kies 'email' of 'print'.")
    report = _monotonic(progress)
    report(0.0)
    buffer = io.BytesIO()
    renditions: list[tuple[str, str, bytes]] = []
    if isinstance(document, Invitation):
        result = build_invitation(layout_invitation(document, style), photos, buffer, variant)
    elif isinstance(document, Edition):
        result = _build_edition(document, style, photos, buffer, variant, report, renditions)
    else:
        raise ExportError("Alleen een editie of een uitnodiging kan als PDF worden opgeslagen.")
    write_bytes(buffer.getvalue(), target)
    _keep_renditions(photos, renditions)
    report(1.0)
    return result


def _keep_renditions(photos: PhotoSource, renditions: list[tuple[str, str, bytes]]) -> None:
    """Cache the scaled photos for the next export. The PDF is already written: a cache
    that cannot be written (library locked or read-only) only costs speed next time."""
    for photo_hash, key, data in renditions:
        try:
            photos.store_rendition(photo_hash, key, data)
        except (UserError, KeyError):
            return


def _monotonic(progress: Progress | None) -> Progress:
    """A progress callback that never goes back (layout may re-split and re-count)."""
    highest = [-1.0]

    def report(fraction: float) -> None:
        fraction = min(1.0, max(highest[0], fraction))
        if progress is not None and fraction > highest[0]:
            highest[0] = fraction
            progress(fraction)

    return report


def _build_edition(
    edition: Edition,
    style: HouseStyle,
    photos: PhotoSource,
    buffer: io.BytesIO,
    variant: str,
    report: Progress,
    renditions: list[tuple[str, str, bytes]],
) -> PdfResult:
    geometry = PageGeometry.for_variant(variant)
    # Photos are scaled in worker threads while bodies are parsed, fonts load and pages
    # are laid out (the layout keeps the content's order and each article's photos).
    hashes = [
        [photo.photo_hash for photo in item.photos] if isinstance(item, Article) else []
        for item in edition.content
    ]
    with PhotoBatch(photos, photo_placements(hashes, geometry, photos), variant) as batch:
        layout = layout_edition(edition, style)
        styles = build_styles(style, layout.language, print_colours=variant == "print")
        story_maker = EditionStory(
            styles,
            geometry,
            batch,
            word("photo", layout.language),
            progress=lambda fraction: report(0.5 * fraction),
        )
        story = story_maker.build(layout.items) or [Spacer(1, 1)]  # the masthead page at least
        logo = render_logo(photos, layout.logo_hash, 17 * mm) if layout.logo_hash else None

        def first_page(canvas, doc) -> None:
            draw_masthead(
                canvas,
                geometry,
                styles,
                association=layout.association,
                title=layout.title,
                banner_date=layout.banner_date,
                place=layout.place,
                meeting=layout.meeting,
                references=layout.references,
                highlights=layout.highlights,
                logo=logo,
            )

        def later_page(canvas, doc) -> None:
            draw_later_bar(canvas, geometry, styles)

        def page_end(canvas, doc) -> None:
            label = f"{layout.page_word} {canvas.getPageNumber()}"
            draw_footer(canvas, geometry, styles, layout.footer, label)

        doc = NewsletterDoc(
            buffer,
            geometry,
            styles,
            first_top=MASTHEAD,
            first_page=first_page,
            later_page=later_page,
            page_end=page_end,
            metadata=edition_metadata(layout),
        )
        total = max(1, len(story))
        doc.setProgressCallBack(
            lambda kind, value: report(0.5 + 0.5 * value / total) if kind == "PROGRESS" else None
        )
        doc.build(story)
        batch.finish()
    renditions += batch.new_renditions
    return PdfResult(doc.page, story_maker.page_of_uid, story_maker.missing_photos)

"""The newsletter's pages: masthead, stories and footers typeset while its photos scale.

:func:`build_newsletter` runs inside the writer's photo batch; this module (and with it
reportlab's typesetting) is imported only once the photo workers are busy.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from vnhg_desk.export.pdf.edition import EditionStory
from vnhg_desk.export.pdf.fill import MeasuredDoc
from vnhg_desk.export.pdf.fitting import fitted_styles
from vnhg_desk.export.pdf.masthead import MASTHEAD, draw_footer, draw_later_bar, draw_masthead
from vnhg_desk.export.pdf.metadata import edition_metadata
from vnhg_desk.export.pdf.page import PageGeometry
from vnhg_desk.export.pdf.photo_batch import PhotoBatch
from vnhg_desk.export.pdf.readers import render_logo
from vnhg_desk.export.pdf.result import PdfResult
from vnhg_desk.export.pdf.styles import build_styles
from vnhg_desk.layout import layout_edition
from vnhg_desk.layout.words import word
from vnhg_desk.model import Edition, HouseStyle

Progress = Callable[[float], None]


def build_newsletter(
    edition: Edition,
    style: HouseStyle,
    geometry: PageGeometry,
    batch: PhotoBatch,
    buffer: io.BytesIO,
    report: Progress,
) -> PdfResult:
    """Lay out and typeset the edition into ``buffer``; waits for every photo."""
    photos = batch.photos
    layout = layout_edition(edition, style)
    styles = build_styles(style, layout.language, print_colours=geometry.variant == "print")
    styles = fitted_styles(styles, layout.fit)
    story_maker = EditionStory(
        styles,
        geometry,
        batch,
        word("photo", layout.language),
        progress=lambda fraction: report(0.5 * fraction),
        fit=layout.fit,
    )
    story = story_maker.build(layout.items) or [Spacer(1, 1)]  # the masthead page at least
    press = geometry.variant == "print"
    logo = render_logo(photos, layout.logo_hash, 17 * mm, press=press) if layout.logo_hash else None

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

    doc = MeasuredDoc(
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
    drawn = list(getattr(getattr(doc, "canv", None), "drawn", []))
    return PdfResult(
        doc.page,
        story_maker.page_of_uid,
        story_maker.missing_photos,
        headline_lines=story_maker.headline_lines,
        blocks=drawn,
        page_fill=doc.page_fill,
    )

"""The reportlab document template: page boxes per variant, frames, page furniture."""

from __future__ import annotations

from collections.abc import Callable

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from vnhg_desk.export.pdf.page import PageGeometry, draw_crop_marks
from vnhg_desk.export.pdf.styles import Styles, press_colour
from vnhg_desk.export.pdf.tagging import ARTIFACT, TaggedCanvas, marked

rl_config.useA85 = 0  # binary streams: ASCII85 only makes files bigger and slower

Draw = Callable[[Canvas, "NewsletterDoc"], None]


class NewsletterDoc(BaseDocTemplate):
    """A document on the variant's sheet, with a first-page and a later-page template."""

    def __init__(
        self,
        target: object,
        geometry: PageGeometry,
        styles: Styles,
        *,
        first_top: float,
        first_page: Draw,
        later_page: Draw,
        page_end: Draw,
        metadata: dict[str, str],
    ) -> None:
        self.geometry = geometry
        self.styles = styles
        g = geometry
        boxes: dict[str, object] = {}
        if g.offset:
            boxes = {"trimBox": g.trim_box, "bleedBox": g.bleed_box}
        if g.variant == "print":  # every colour drawn becomes press CMYK (press_colour.py)
            boxes["enforceColorSpace"] = press_colour
        super().__init__(
            target,
            pagesize=g.media,
            leftMargin=g.x(g.left),
            rightMargin=g.offset + g.right,
            topMargin=g.offset + g.top,
            bottomMargin=g.y(g.bottom),
            pageCompression=1,
            # The canvas opens every page with a font: ours, not base-14 Helvetica.
            initialFontName=styles.sans.name,
            initialFontSize=9,
            initialLeading=11,
            **boxes,
            **metadata,
        )

        def frame(top_gap: float, name: str) -> Frame:
            height = g.height - g.bottom - top_gap
            return Frame(
                g.x(g.left),
                g.y(g.bottom),
                g.type_width,
                height,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=name,
            )

        def end(canvas: Canvas, doc: BaseDocTemplate) -> None:
            page_end(canvas, self)
            with marked(canvas, ARTIFACT):
                draw_crop_marks(canvas, g, styles.palette.registration)

        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [frame(first_top, "first")],
                    onPage=lambda canvas, doc: first_page(canvas, self),
                    onPageEnd=end,
                    autoNextPageTemplate="later",
                ),
                PageTemplate(
                    "later",
                    [frame(g.top, "later")],
                    onPage=lambda canvas, doc: later_page(canvas, self),
                    onPageEnd=end,
                ),
            ]
        )

    def build(self, flowables: list, canvasmaker: type[Canvas] = TaggedCanvas) -> None:  # type: ignore[override]
        """Lay out and write the document on a canvas that tags its structure."""
        super().build(flowables, canvasmaker=canvasmaker)

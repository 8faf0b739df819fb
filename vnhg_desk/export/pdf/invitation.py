"""The "save the date" flyer: theme large, when and where, intro, panel.

One A4 page; content shrinks to fit, but never below a readable size: beyond that it
flows onto further pages (numbered), so that no text is ever lost.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Spacer, TableStyle

from vnhg_desk.export.pdf.body import block_flowables
from vnhg_desk.export.pdf.document import NewsletterDoc
from vnhg_desk.export.pdf.flowables import Rule, RuledTable, TintedBox
from vnhg_desk.export.pdf.headlines import fitted_title, markup_lines
from vnhg_desk.export.pdf.masthead import draw_bands, draw_footer, draw_logo
from vnhg_desk.export.pdf.metadata import invitation_metadata
from vnhg_desk.export.pdf.page import PageGeometry
from vnhg_desk.export.pdf.readers import render_logo
from vnhg_desk.export.pdf.result import PdfResult
from vnhg_desk.export.pdf.styles import Styles, build_styles
from vnhg_desk.export.pdf.tagging import TaggedParagraph, at_level
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout import InvitationLayout
from vnhg_desk.layout.addresses import link_addresses
from vnhg_desk.layout.words import word
from vnhg_desk.model.richtext import Paragraph as TextParagraph
from vnhg_desk.model.richtext import Span

BAND = 72 * mm  # the coloured band with association name and the big title
GAP = 12 * mm  # from the band to the start of the text
#: The smallest share of the normal type size the flyer shrinks to (body 10.8 pt -> 7.6 pt).
MIN_SHRINK = 0.7
TITLE_SIZE = 48  # the title in the band ("SAVE THE DATE"), before it shrinks


def _style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)


def _styles(styles: Styles) -> dict[str, ParagraphStyle]:
    pal = styles.palette
    sans = styles.sans
    body = dict(parent=styles.body, fontSize=10.8, leading=15.8)
    return {
        "theme": _style(
            "inv_theme", sans.bold, 30, 34, textColor=pal.primary, spaceAfter=10, splitLongWords=1
        ),
        "label": _style("inv_label", sans.bold, 8, 10, textColor=pal.accent, spaceAfter=2),
        "fact": _style("inv_fact", sans.bold, 13, 16.5, textColor=pal.text),
        "head": _style(
            "inv_head", sans.bold, 8, 10, textColor=pal.accent, spaceBefore=4, spaceAfter=4
        ),
        "person": ParagraphStyle(
            "inv_person",
            leftIndent=11,
            bulletIndent=0,
            bulletColor=pal.accent,
            bulletFontName=sans.bold,
            spaceAfter=3,
            alignment=0,
            **body,
        ),
        "moderator": ParagraphStyle("inv_mod", alignment=0, spaceAfter=8, **body),
        "intro": ParagraphStyle("inv_intro", spaceAfter=8, **body),
        "note": _style("inv_note", sans.bold, 10.5, 14.5, textColor=pal.text),
    }


def _facts(layout: InvitationLayout, styles: Styles, st: dict, width: float) -> Flowable | None:
    """Date, time and place side by side, each under a small coloured label."""
    m = styles.heading_markup
    cells = []
    for key, value in (
        ("date", layout.date_line),
        ("time", layout.time_line),
        ("place", layout.place_line),
    ):
        if value:
            label = TaggedParagraph(
                m.text(layout.labels.get(key, key).upper(), bold=True), st["label"]
            )
            cells.append([label, TaggedParagraph(m.text(value, bold=True), st["fact"])])
    if not cells:
        return None
    shares = {1: [1.0], 2: [0.45, 0.55], 3: [0.36, 0.22, 0.42]}[len(cells)]
    table = RuledTable([cells], colWidths=[width * share for share in shares])
    table.setStyle(
        TableStyle(
            [
                # Cells default to base-14 Helvetica even when they hold paragraphs.
                ("FONTNAME", (0, 0), (-1, -1), styles.sans.name),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("LINEBEFORE", (1, 0), (-1, -1), 1.2, styles.palette.accent),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    table.spaceBefore = 4
    table.spaceAfter = 14
    return table


def _people(layout: InvitationLayout, styles: Styles, st: dict) -> list[Flowable]:
    m = styles.heading_markup
    out: list[Flowable] = []
    if layout.moderator:
        out.append(
            TaggedParagraph(
                m.text(layout.labels.get("moderator", "").upper(), bold=True), st["head"]
            )
        )
        out.append(TaggedParagraph(styles.body_markup.text(layout.moderator), st["moderator"]))
    if layout.panel:
        out.append(
            TaggedParagraph(m.text(layout.labels.get("panel", "").upper(), bold=True), st["head"])
        )
        for line in layout.panel:
            out.append(
                TaggedParagraph(styles.body_markup.text(line), st["person"], bulletText="\u2022")
            )
    return out


def _content(
    layout: InvitationLayout, styles: Styles, width: float, height: float, page_height: float
) -> list[Flowable]:
    """The flyer's flowables: one shrunk block that fits ``height``, or, when that would
    make the type too small, the flowables at full size (boxes split at ``page_height``)."""
    out = _flowables(layout, styles, width, page_height)
    fitted = KeepInFrame(width, height, out, mode="shrink")
    fitted.wrapOn(Canvas(io.BytesIO()), width, height)  # a scratch canvas: measuring only
    if getattr(fitted, "_scale", 1.0) <= 1 / MIN_SHRINK:
        return [fitted]
    return _flowables(layout, styles, width, page_height)  # fresh: unwrapped, unscaled


def _flowables(
    layout: InvitationLayout, styles: Styles, width: float, page_height: float
) -> list[Flowable]:
    st = _styles(styles)
    # No theme, no title: the section heads (and the intro's subheadings) lead.
    st["head"] = at_level(st["head"], layout.section_level)
    subheading = at_level(styles.subheading, layout.section_level)
    m = styles.heading_markup
    out: list[Flowable] = []
    if layout.theme:
        theme = st["theme"]
        size, lines = fitted_title(
            layout.theme, theme.fontName, theme.fontSize, theme.fontSize * MIN_SHRINK, width, 6
        )
        if size != theme.fontSize:
            scale = size / theme.fontSize
            theme = ParagraphStyle(
                "inv_theme_fit", parent=theme, fontSize=size, leading=theme.leading * scale
            )
        out.append(TaggedParagraph(markup_lines(lines, m), theme))
    out.append(Rule(width="100%", thickness=2.2, color=styles.palette.accent, spaceAfter=10))
    facts = _facts(layout, styles, st, width)
    if facts is not None:
        out.append(facts)
    for group in block_flowables(layout.intro, styles, body=st["intro"], subheading=subheading):
        out.extend(group)
    people = _people(layout, styles, st)
    if people:
        out.append(Spacer(1, 6))
        out.append(TintedBox([], people, styles.palette.tint, styles.palette.primary, page_height))
    if layout.registration_note:
        header = [
            TaggedParagraph(
                m.text(layout.labels.get("registration", "").upper(), bold=True), st["head"]
            )
        ]

        # The note's paragraphs keep their links and typed addresses are links (the
        # layout found them), set in bold. Set by the engine: a link's words are the
        # Link element's own marked content.
        def linked(spans: Iterable[Span]) -> tuple[Span, ...]:
            return link_addresses([replace(span, bold=True) for span in spans])

        paragraphs = [
            block.spans for block in layout.registration if isinstance(block, TextParagraph)
        ] or [(Span(layout.registration_note),)]
        note: list[Flowable] = [
            styles.text.block(linked(spans), st["note"], hyphenate=False) for spans in paragraphs
        ]
        box = TintedBox(header, note, styles.palette.paper, styles.palette.accent, page_height)
        out.append(box)
    return out


def _band(canvas: Canvas, g: PageGeometry, styles: Styles, layout: InvitationLayout, logo) -> None:
    """Association (and logo) at the top, the title ("SAVE THE DATE") large at the foot."""
    pal = styles.palette
    top = g.y(g.height)
    draw_bands(canvas, g, styles, BAND, 3 * mm)
    x = g.x(g.left)
    if logo is not None:
        x += draw_logo(canvas, logo, x, top - 12 * mm, 16 * mm, 50 * mm, layout.association)
        x += 5 * mm
    m = styles.heading_markup
    name = TaggedParagraph(
        m.text(layout.association, bold=True),
        _style("inv_assoc", styles.sans.bold, 12, 14.5, textColor=pal.paper),
    )
    _w, h = name.wrap(80 * mm, 10_000)
    name.drawOn(canvas, x, top - 12 * mm - h)
    if layout.title:
        # At most two lines; it shrinks (down to the flyer's floor) before a word breaks.
        font = styles.sans.bold
        size, lines = fitted_title(
            layout.title.upper(), font, TITLE_SIZE, TITLE_SIZE * MIN_SHRINK, g.type_width, 2
        )
        look = _style("inv_big", font, size, size * 1.0, textColor=pal.paper)
        if layout.title_is_heading:  # no theme: the title is the flyer's H1
            look = at_level(look, 1)
        title = TaggedParagraph(markup_lines(lines, m), look)
        title.wrap(g.type_width, 10_000)
        title.drawOn(canvas, g.x(g.left), top - BAND + 9 * mm)


def build_invitation(
    layout: InvitationLayout, photos: PhotoSource, buffer: io.BytesIO, variant: str
) -> PdfResult:
    """Build the flyer into ``buffer``: one page, unless the content could only fit in
    unreadably small type; then it flows on, and the footer numbers the pages."""
    geometry = PageGeometry.for_variant(variant)
    styles = build_styles(layout.style, layout.language, print_colours=variant == "print")
    logo = (
        render_logo(photos, layout.logo_hash, 16 * mm, press=variant == "print")
        if layout.logo_hash
        else None
    )
    g = geometry

    frame_height = g.height - g.bottom - BAND - GAP
    story = _content(layout, styles, g.type_width, frame_height - 2, g.height - g.bottom - g.top)
    flows = not isinstance(story[0], KeepInFrame)
    page_word = word("page", layout.language)

    def page_end(canvas: Canvas, doc: object) -> None:
        label = f"{page_word} {canvas.getPageNumber()}" if flows else ""
        draw_footer(canvas, g, styles, layout.footer, label)

    doc = NewsletterDoc(
        buffer,
        geometry,
        styles,
        first_top=BAND + GAP,
        first_page=lambda canvas, doc: _band(canvas, g, styles, layout, logo),
        later_page=lambda canvas, doc: None,
        page_end=page_end,
        metadata=invitation_metadata(layout),
    )
    doc.build(story)
    return PdfResult(doc.page, {}, [])

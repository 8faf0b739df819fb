"""Page furniture: the front-page masthead and banner, the footer, the later pages' bar."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from vnhg_desk.export.pdf.escape import Markup, escape
from vnhg_desk.export.pdf.page import PageGeometry
from vnhg_desk.export.pdf.styles import Styles, colour_markup
from vnhg_desk.export.pdf.tagging import ARTIFACT, TaggedParagraph, marked
from vnhg_desk.layout.addresses import link_addresses
from vnhg_desk.layout.typeset import Face
from vnhg_desk.model.richtext import Span

BAND = 58 * mm  # height of the coloured masthead band below the trim's top edge
BANNER = 10 * mm  # the date banner under it
MASTHEAD = BAND + BANNER + 7 * mm  # room the first page's frame leaves at the top


def _style(
    styles: Styles, name: str, font: str, size: float, leading: float, **kw
) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)


def _draw(canvas: Canvas, para: Paragraph, x: float, y_top: float, width: float) -> float:
    """Draw a paragraph with its top at ``y_top``; returns its height."""
    _w, h = para.wrapOn(canvas, width, 10_000)
    para.drawOn(canvas, x, y_top - h)
    return h


def _fit(
    text: str, styles: Styles, width: float, max_lines: int, sizes: tuple[float, ...]
) -> Paragraph:
    """The edition title in the largest size that keeps it within ``max_lines``."""
    markup = styles.heading_markup.text(text.upper(), bold=True)
    para = None
    for size in sizes:
        style = _style(
            styles, "title", styles.sans.name, size, size * 1.02, textColor=styles.palette.paper
        )
        para = TaggedParagraph(markup, style)
        _w, h = para.wrap(width, 10_000)
        if h <= max_lines * size * 1.02 + 0.5:
            return para
    assert para is not None
    return para


def draw_masthead(
    canvas: Canvas,
    geometry: PageGeometry,
    styles: Styles,
    *,
    association: str,
    title: str,
    banner_date: str,
    place: str,
    meeting: str,
    references: str,
    highlights: list[str],
    logo: ImageReader | None,
) -> None:
    """The front page's band: association and logo, title, highlights, date banner."""
    pal = styles.palette
    g = geometry
    left = g.x(g.left)
    right = g.x(g.width - g.right)
    top = g.y(g.height)
    band_bottom = top - BAND
    draw_bands(canvas, g, styles, BAND, BANNER)

    x = left
    if logo is not None:
        x += draw_logo(canvas, logo, x, top - 9 * mm, 17 * mm, 45 * mm, association) + 4 * mm
    name_style = _style(styles, "assoc", styles.sans.bold, 11, 13, textColor=pal.paper)
    _draw(
        canvas,
        TaggedParagraph(styles.heading_markup.text(association, bold=True), name_style),
        x,
        top - 9 * mm,
        62 * mm,
    )

    title_width = 112 * mm
    title_para = _fit(title, styles, title_width, 2, (30, 27, 24, 21, 18, 16, 14, 12, 10, 8))
    _w, h = title_para.wrap(title_width, 10_000)
    title_para.drawOn(canvas, left, band_bottom + 6 * mm)

    date_style = _style(styles, "banner", styles.sans.bold, 12.5, 14, textColor=pal.paper)
    parts = [styles.heading_markup.text(banner_date, bold=True)] if banner_date else []
    if place:
        parts.append(f'<font name="{styles.sans.name}">{styles.heading_markup.text(place)}</font>')
    if parts:
        para = TaggedParagraph("\u2003".join(parts), date_style)
        _w, h = para.wrap(right - left, 20)
        para.drawOn(canvas, left, band_bottom - BANNER + (BANNER - h) / 2 + 1)
    _draw_side(canvas, styles, meeting, references, right, band_bottom - BANNER)

    if highlights:
        col_x = left + title_width + 6 * mm
        col_w = right - col_x
        with marked(canvas, ARTIFACT):
            canvas.saveState()
            canvas.setStrokeColor(pal.accent)
            canvas.setLineWidth(1.2)
            canvas.line(col_x - 3 * mm, band_bottom + 6 * mm, col_x - 3 * mm, top - 9 * mm)
            canvas.restoreState()
        room = BAND - 15 * mm
        for size in (9.5, 8.5, 7.5, 6.5):
            paras, heights, gap = _highlights(styles, highlights, size, col_w)
            if sum(heights) <= room:
                break
        # Still too many at the smallest size: as many as fit, then an ellipsis.
        while sum(heights) > room and len(paras) > 1:
            kept = [*highlights[: len(paras) - 2], "\u2026"]
            paras, heights, gap = _highlights(styles, kept, size, col_w)
        y = band_bottom + 6 * mm + sum(heights) - gap
        for para, height in zip(paras, heights, strict=True):
            para.drawOn(canvas, col_x, y - (height - gap))
            y -= height


def _draw_side(
    canvas: Canvas, styles: Styles, meeting: str, references: str, right: float, bottom: float
) -> None:
    """The banner's right end: the meeting's name in bold on its own line, the reference
    numbers under it, smaller, so the two never read as one phrase."""
    width = 90 * mm
    meeting_style = _style(
        styles, "side", styles.sans.bold, 8, 9.5, textColor=styles.palette.paper, alignment=2
    )
    reference_style = _style(
        styles, "side_ref", styles.sans.name, 6.8, 8, textColor=styles.palette.paper, alignment=2
    )
    markup = styles.heading_markup
    paras = []
    if meeting:
        paras.append(TaggedParagraph(markup.text(meeting, bold=True), meeting_style))
    if references:
        paras.append(TaggedParagraph(markup.text(references), reference_style))
    heights = [para.wrap(width, 20)[1] for para in paras]
    y = bottom + (BANNER + sum(heights)) / 2 + 0.5
    for para, height in zip(paras, heights, strict=True):
        y -= height
        para.drawOn(canvas, right - width, y)


def _highlights(
    styles: Styles, highlights: list[str], size: float, width: float
) -> tuple[list[Paragraph], list[float], float]:
    """The highlights as bullet paragraphs in one size, with their heights."""
    style = _style(
        styles,
        "hl",
        styles.sans.bold,
        size,
        size * 1.3,
        textColor=styles.palette.paper,
        leftIndent=9,
        bulletIndent=0,
        bulletColor=styles.palette.accent,
        bulletFontName=styles.sans.bold,
        spaceAfter=size * 0.45,
    )
    paras = [
        TaggedParagraph(styles.heading_markup.text(h, bold=True), style, bulletText="\u2022")
        for h in highlights
    ]
    heights = [p.wrap(width, 10_000)[1] + style.spaceAfter for p in paras]
    return paras, heights, style.spaceAfter


def draw_bands(
    canvas: Canvas, geometry: PageGeometry, styles: Styles, band: float, strip: float
) -> None:
    """A band in the house colour across the top of the page (into the bleed) with an
    accent strip right under it: decoration, an artifact in the tagged PDF."""
    g = geometry
    top = g.y(g.height)
    left, width = g.x(-g.bleed), g.width + 2 * g.bleed
    with marked(canvas, ARTIFACT):
        canvas.saveState()
        canvas.setFillColor(styles.palette.primary)
        canvas.rect(left, top - band, width, band + g.bleed, stroke=0, fill=1)
        canvas.setFillColor(styles.palette.accent)
        canvas.rect(left, top - band - strip, width, strip, stroke=0, fill=1)
        canvas.restoreState()


def draw_logo(
    canvas: Canvas,
    logo: ImageReader,
    x: float,
    top: float,
    height: float,
    max_width: float,
    association: str,
) -> float:
    """The logo with its top edge at ``top``, ``height`` high and at most ``max_width``
    wide, tagged as a figure; returns the width it takes."""
    logo_w, logo_h = logo.getSize()
    width = min(max_width, height * logo_w / logo_h)
    with marked(canvas, "Figure", f"Logo {association}".strip()):
        canvas.drawImage(
            logo, x, top - height, width, height, mask="auto", preserveAspectRatio=True
        )
    return width


def draw_later_bar(canvas: Canvas, geometry: PageGeometry, styles: Styles) -> None:
    """A slim band in the house colour across the top of every page after the first."""
    draw_bands(canvas, geometry, styles, 5 * mm, 1.2 * mm)


def _contact_markup(markup: Markup, contact: str, live: bool) -> str:
    """The contact line as markup; with ``live`` its addresses are links (found as in
    every output; a printed address without a link is what outloud's LNK-010 flags)."""
    parts = []
    for span in link_addresses([Span(contact)]):
        body = markup.text(span.text)
        if live and span.link:
            body = f'<a href="{escape(span.link)}">{body}</a>'
        parts.append(body)
    return "".join(parts)


def draw_footer(
    canvas: Canvas, geometry: PageGeometry, styles: Styles, contact: str, page_label: str
) -> None:
    """One centred line under a thin rule: contact details, then the page number.

    A single line across the page (not a left and a right part) keeps text extraction
    from slotting the footer in between the columns.
    """
    g = geometry
    left = g.x(g.left)
    width = g.type_width
    rule_y = g.y(g.bottom - 8 * mm)
    with marked(canvas, ARTIFACT):
        canvas.saveState()
        canvas.setStrokeColor(styles.palette.primary)
        canvas.setLineWidth(0.6)
        canvas.line(left, rule_y, left + width, rule_y)
        canvas.restoreState()
    markup = styles.heading_markup
    first = canvas.getPageNumber() == 1
    top = rule_y - 2.2 * mm
    if first and contact:
        if _draw_linked_footer(canvas, styles, contact, page_label, left, top, width):
            return
    # Live addresses on the first page, where the footer is read; the repeats are
    # artifacts, and a link inside an artifact would be a link no reader announces.
    parts = [_contact_markup(markup, contact, live=first)] if contact else []
    if page_label:
        colour = colour_markup(styles.palette.primary)
        parts.append(f'<font color="{colour}">{markup.text(page_label, bold=True)}</font>')
    if not parts:
        return
    para = TaggedParagraph("\u2003\u2022\u2003".join(parts), styles.footer)
    para.wrap(width, 30)
    # The contact details are read once: the first page's footer is a paragraph at the
    # end of the reading order (not between the parts of a paragraph that runs on);
    # repeated on later pages the footer is pagination, an artifact a reader skips.
    with marked(canvas, "P" if first else ARTIFACT, last=True):
        para.drawOn(canvas, left, top - para.height)


def _draw_linked_footer(
    canvas: Canvas,
    styles: Styles,
    contact: str,
    page_label: str,
    left: float,
    top: float,
    width: float,
) -> bool:
    """The first page's footer when it fits on one line: the contact details set by the
    engine, so each address is a Link element whose marked content is the address as
    printed (the line is one paragraph, read at the end, see :func:`draw_footer`); the
    whole line centred. False (nothing drawn) when it does not fit."""
    style = styles.footer
    setter = styles.text
    label_style = ParagraphStyle("footer-label", parent=style, textColor=styles.palette.primary)
    # The addresses look as the rest of the line (as before they were set by the engine).
    contact_block = setter.block(link_addresses([Span(contact)]), style, hyphenate=False)
    contact_block.link_colour = style.textColor
    contact_block.underline_links = False
    blocks = [contact_block]
    if page_label:
        separator = setter.block([Span("\u2022")], style, hyphenate=False)
        label = setter.block([Span(page_label, bold=True)], label_style, hyphenate=False)
        blocks += [separator, label]
    widths = []
    for block in blocks:
        block.wrap(width, 30)
        if block.line_count() != 1:
            return False
        widths.append(block.line_width())
    # A word space each side of the bullet (reportlab set the em spaces as word spaces).
    space = setter.faces(style).measure(" ", Face())
    gaps = [0.0, space, space][: len(blocks)]
    x = left + max(0.0, (width - sum(widths) - sum(gaps)) / 2)
    with marked(canvas, "P", last=True):  # one paragraph, read last
        for block, block_width, gap in zip(blocks, widths, gaps, strict=True):
            x += gap
            block.drawOn(canvas, x, top - block.height)
            x += block_width
    return True

"""The one-page "save the date" flyer: theme large, when and where, intro, panel."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from vnhg_desk.export.pdf.body import block_flowables
from vnhg_desk.export.pdf.document import NewsletterDoc
from vnhg_desk.export.pdf.flowables import TintedBox
from vnhg_desk.export.pdf.masthead import draw_footer
from vnhg_desk.export.pdf.metadata import invitation_metadata
from vnhg_desk.export.pdf.page import PageGeometry
from vnhg_desk.export.pdf.photos import render_logo
from vnhg_desk.export.pdf.result import PdfResult
from vnhg_desk.export.pdf.styles import Styles, build_styles
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout import InvitationLayout

BAND = 50 * mm


def _styles(styles: Styles) -> dict[str, ParagraphStyle]:
    pal = styles.palette
    sans = styles.sans
    return {
        "title": ParagraphStyle(
            "inv_title",
            fontName=sans.bold,
            fontSize=15,
            leading=18,
            textColor=pal.accent,
            spaceAfter=4,
        ),
        "theme": ParagraphStyle(
            "inv_theme",
            fontName=sans.bold,
            fontSize=34,
            leading=37,
            textColor=pal.primary,
            spaceAfter=12,
            splitLongWords=1,
        ),
        "label": ParagraphStyle(
            "inv_label", fontName=sans.bold, fontSize=8, leading=10, textColor=pal.accent
        ),
        "fact": ParagraphStyle(
            "inv_fact",
            fontName=sans.bold,
            fontSize=14,
            leading=18,
            textColor=pal.text,
            spaceAfter=7,
        ),
        "person_head": ParagraphStyle(
            "inv_ph",
            fontName=sans.bold,
            fontSize=11,
            leading=14,
            textColor=pal.primary,
            spaceBefore=10,
            spaceAfter=3,
        ),
        "person": ParagraphStyle(
            "inv_person",
            parent=styles.body,
            fontSize=10.5,
            leading=15,
            alignment=0,
            leftIndent=12,
            bulletIndent=1,
            bulletColor=pal.accent,
            bulletFontName=sans.bold,
            spaceAfter=2,
        ),
        "moderator": ParagraphStyle(
            "inv_mod", parent=styles.body, fontSize=10.5, leading=15, alignment=0
        ),
        "intro": ParagraphStyle(
            "inv_intro", parent=styles.body, fontSize=10.5, leading=15.5, spaceAfter=7
        ),
        "note": ParagraphStyle("inv_note", parent=styles.box_body, fontSize=9.5, leading=13.5),
    }


def _content(
    layout: InvitationLayout, styles: Styles, width: float, height: float
) -> list[Flowable]:
    st = _styles(styles)
    m = styles.heading_markup
    out: list[Flowable] = []
    if layout.title:
        out.append(Paragraph(m.text(layout.title.upper(), bold=True), st["title"]))
    if layout.theme:
        out.append(Paragraph(m.text(layout.theme, bold=True), st["theme"]))
    out.append(HRFlowable(width="100%", thickness=2.2, color=styles.palette.accent, spaceAfter=10))
    facts = [("date", layout.date_line), ("time", layout.time_line), ("place", layout.place_line)]
    for key, value in facts:
        if value:
            out.append(
                Paragraph(m.text(layout.labels.get(key, key).upper(), bold=True), st["label"])
            )
            out.append(Paragraph(m.text(value, bold=True), st["fact"]))
    out.append(Spacer(1, 4))
    intro_style = st["intro"]
    for group in block_flowables(layout.intro, styles):
        for flowable in group:
            if isinstance(flowable, Paragraph) and flowable.style.name == styles.body.name:
                flowable.style = intro_style
            out.append(flowable)
    if layout.moderator:
        out.append(
            Paragraph(m.text(layout.labels.get("moderator", ""), bold=True), st["person_head"])
        )
        out.append(Paragraph(styles.body_markup.text(layout.moderator), st["moderator"]))
    if layout.panel:
        out.append(Paragraph(m.text(layout.labels.get("panel", ""), bold=True), st["person_head"]))
        for line in layout.panel:
            out.append(Paragraph(styles.body_markup.text(line), st["person"], bulletText="\u2022"))
    if layout.registration_note:
        header = [
            Paragraph(
                m.text(layout.labels.get("registration", "").upper(), bold=True), styles.box_kicker
            )
        ]
        blocks: list[Flowable] = [Paragraph(m.text(layout.registration_note), st["note"])]
        out.append(Spacer(1, 8))
        out.append(TintedBox(header, blocks, styles.palette.tint, styles.palette.accent, 10_000))
    return [KeepInFrame(width, height, out, mode="shrink")]


def build_invitation(
    layout: InvitationLayout, photos: PhotoSource, buffer: io.BytesIO, variant: str
):
    """Build the flyer into ``buffer``; content shrinks to stay on one page."""
    geometry = PageGeometry.for_variant(variant)
    styles = build_styles(layout.style, layout.language, print_colours=variant == "print")
    logo = render_logo(photos, layout.logo_hash, 18 * mm) if layout.logo_hash else None
    g = geometry

    def first_page(canvas, doc) -> None:
        pal = styles.palette
        top = g.y(g.height)
        canvas.saveState()
        canvas.setFillColor(pal.primary)
        canvas.rect(
            g.x(-g.bleed), top - BAND, g.width + 2 * g.bleed, BAND + g.bleed, stroke=0, fill=1
        )
        canvas.setFillColor(pal.accent)
        canvas.rect(
            g.x(-g.bleed), top - BAND - 2.5 * mm, g.width + 2 * g.bleed, 2.5 * mm, stroke=0, fill=1
        )
        canvas.restoreState()
        x = g.x(g.left)
        if logo is not None:
            lw, lh = logo.getSize()
            h = 18 * mm
            w = min(50 * mm, h * lw / lh)
            canvas.drawImage(
                logo, x, top - 12 * mm - h, w, h, mask="auto", preserveAspectRatio=True
            )
            x += w + 5 * mm
        style = ParagraphStyle(
            "inv_assoc", fontName=styles.sans.bold, fontSize=17, leading=20, textColor=pal.paper
        )
        para = Paragraph(styles.heading_markup.text(layout.association, bold=True), style)
        _w, h = para.wrap(100 * mm, 10_000)
        para.drawOn(canvas, x, top - 12 * mm - h)

    def page_end(canvas, doc) -> None:
        draw_footer(canvas, g, styles, layout.footer, "")

    doc = NewsletterDoc(
        buffer,
        geometry,
        styles,
        first_top=BAND + 14 * mm,
        first_page=first_page,
        later_page=lambda canvas, doc: None,
        page_end=page_end,
        metadata=invitation_metadata(layout),
    )
    frame_height = g.height - g.bottom - BAND - 14 * mm
    doc.build(_content(layout, styles, g.type_width, frame_height - 2))
    return PdfResult(doc.page, {}, [])

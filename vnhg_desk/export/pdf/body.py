"""An article body as flowables: paragraphs, subheadings, lists, with quotes and photos
spread among them, ready to flow in columns."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from vnhg_desk.export.pdf.escape import Markup, chunk_spans
from vnhg_desk.export.pdf.flowables import ColumnParagraph
from vnhg_desk.export.pdf.styles import Styles, colour_markup
from vnhg_desk.model.richtext import Block, BulletList, Span, Subheading
from vnhg_desk.model.richtext import Paragraph as TextParagraph

_INSERT_ROOM = 2  # paragraphs at least between the start and the first quote or photo


def _paragraphs(
    markup: Markup, spans: tuple[Span, ...], style: ParagraphStyle, prefix: str = ""
) -> list[Flowable]:
    out: list[Flowable] = []
    for index, chunk in enumerate(chunk_spans(spans)):
        text = markup.spans(chunk)
        if index == 0 and prefix:
            text = prefix + text
        out.append(ColumnParagraph(text, style))
    if len(out) > 1:  # the pieces of one huge paragraph follow each other without a gap
        for piece in out[:-1]:
            piece.style = _tight(piece.style)
    return out


def _tight(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-tight", parent=style, spaceAfter=0)


def subheading_prefix(styles: Styles, text: str) -> str:
    """A subheading set as the first line of the paragraph it introduces.

    Kept in one paragraph, the heading can never end a column on its own: the
    paragraph's orphan control keeps it with the first line of text.
    """
    sub = styles.subheading
    colour = colour_markup(sub.textColor)
    inner = styles.heading_markup.text(text, bold=True)
    return (
        f'<font name="{styles.sans.name}" size="{sub.fontSize}" color="{colour}">'
        f"{inner}</font><br/>"
    )


def block_flowables(
    blocks: Sequence[Block], styles: Styles, boxed: bool = False
) -> list[list[Flowable]]:
    """Each block's flowables (a huge paragraph gives several), subheadings joined to
    the paragraph after them."""
    markup = styles.heading_markup if boxed else styles.body_markup
    body = styles.box_body if boxed else styles.body
    bullet = styles.box_bullet if boxed else styles.bullet
    after_heading = ParagraphStyle(
        body.name + "-sub", parent=body, spaceBefore=styles.subheading.spaceBefore
    )
    groups: list[list[Flowable]] = []
    pending: str | None = None

    def lone_heading() -> None:
        """A subheading with no paragraph after it: set on its own, kept with next."""
        if pending is not None:
            text = styles.heading_markup.text(pending, bold=True)
            groups.append([ColumnParagraph(text, styles.subheading)])

    for block in blocks:
        if isinstance(block, TextParagraph) and pending is not None:
            prefix = subheading_prefix(styles, pending)
            groups.append(_paragraphs(markup, block.spans, after_heading, prefix))
        elif isinstance(block, TextParagraph):
            groups.append(_paragraphs(markup, block.spans, body))
        else:
            lone_heading()
        pending = block.text if isinstance(block, Subheading) else None
        if isinstance(block, BulletList):
            items: list[Flowable] = []
            for item in block.items:
                for piece in _paragraphs(markup, item, bullet):
                    piece.bulletText = "\u2022"
                    items.append(piece)
            groups.append(items)
    lone_heading()
    return groups


def spread(groups: list[list[Flowable]], inserts: list[Flowable]) -> list[Flowable]:
    """The body with the inserts (quotes, photos) spread evenly between its blocks."""
    if not inserts:
        return [f for group in groups for f in group]
    slots = len(groups)
    positions: dict[int, list[Flowable]] = {}
    for index, insert in enumerate(inserts):
        after = round((index + 1) * slots / (len(inserts) + 1))
        after = min(max(after, min(_INSERT_ROOM, slots)), slots)
        positions.setdefault(after, []).append(insert)
    out: list[Flowable] = []
    for index, group in enumerate(groups, start=1):
        out.extend(group)
        out.extend(positions.pop(index, []))
    for rest in positions.values():
        out.extend(rest)
    return out

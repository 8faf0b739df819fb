"""An article body as flowables: paragraphs (set by :mod:`~vnhg_desk.export.pdf.textblock`),
subheadings and lists, ready to flow in columns (where quotes and photos go among them
is the layout's flow, :mod:`vnhg_desk.layout.flow`)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from vnhg_desk.export.pdf.escape import chunk_spans
from vnhg_desk.export.pdf.styles import Styles
from vnhg_desk.model.richtext import Block, BulletList, Subheading
from vnhg_desk.model.richtext import Paragraph as TextParagraph


def block_flowables(
    blocks: Sequence[Block],
    styles: Styles,
    boxed: bool = False,
    body: ParagraphStyle | None = None,
    subheading: ParagraphStyle | None = None,
) -> list[list[Flowable]]:
    """Each block's flowables (a huge paragraph gives several), a subheading set as the
    opening of the paragraph after it (so it never ends a column on its own).

    ``body`` replaces the paragraph style (the flyer sets its intro larger);
    ``subheading`` the subheadings' (the same look tagged H1: ``tagging.at_level``).
    """
    text = styles.text
    subheading = subheading or styles.subheading
    if body is None:
        body = styles.box_body if boxed else styles.body
    bullet = styles.box_bullet if boxed else styles.bullet
    groups: list[list[Flowable]] = []
    pending: str | None = None

    def lone_heading() -> None:
        """A subheading with no paragraph after it: set on its own, kept with next."""
        if pending is not None:
            heading = text.plain(pending, subheading, bold=True)
            heading.keepWithNext = 1
            groups.append([heading])

    for index, block in enumerate(blocks):
        if isinstance(block, TextParagraph):
            pieces = list(chunk_spans(block.spans))
            group: list[Flowable] = [
                text.block(chunk, body, pending if number == 0 else None, subheading)
                for number, chunk in enumerate(pieces)
            ]
            for piece in group[:-1]:  # the pieces of one huge paragraph: no gap between
                piece.style = _tight(piece.style)
            groups.append(group)
            _number(group, index - 1 if pending is not None else index)  # from its subheading
        elif pending is not None:
            lone_heading()
            _number(groups[-1], index - 1)
        pending = block.text if isinstance(block, Subheading) else None
        if isinstance(block, BulletList):
            items: list[Flowable] = []
            for number, item in enumerate(block.items):
                for chunk in chunk_spans(item):
                    piece = text.block(chunk, bullet, bullet="\u2022")
                    piece.block = (index, number)
                    items.append(piece)
            groups.append(items)
    if pending is not None:
        lone_heading()
        _number(groups[-1], len(blocks) - 1)
    return groups


def _tight(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-tight", parent=style, spaceAfter=0)


def _number(group: list[Flowable], index: int) -> None:
    """Note on each flowable which body block it shows (``block``: index, item), so the
    writer can report where each block was drawn (drawn.py)."""
    for flowable in group:
        flowable.block = (index, 0)

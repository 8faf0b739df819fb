"""Sidebar boxes ("kaders") as one-cell tables in the "Kader" table style."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.shared import Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml.etree import _Element

from vnhg_desk.export.docx import ooxml, styles
from vnhg_desk.export.docx.page import text_width
from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.export.docx.text import add_block, add_text, at_level, new_paragraph
from vnhg_desk.model.richtext import Block


def add_box(
    doc: DocxDocument,
    kicker: str,
    title: str,
    body: Sequence[Block],
    level: int = 2,
    subheading_level: int = 2,
) -> _Cell:
    """A shaded, ruled box with kicker, title and body; returns its cell for more content.

    ``level`` is the title's heading level from the layout: the style's 2, or 1 for a box
    that opens the edition (set on the paragraph as its outline level);
    ``subheading_level`` its subheadings' (1 in an untitled box that opens the edition).

    Space around the box is paragraph spacing (the paragraph before gets space after it,
    the one after space before it: :func:`vnhg_desk.export.docx.text.new_paragraph`),
    not empty paragraphs, which a screen reader announces as "blank". Only between two
    boxes in a row does one empty paragraph stay: Word would join the two tables.
    """
    before = doc.element.body[-2] if len(doc.element.body) > 1 else None  # [-1]: sectPr
    if before is not None and before.tag == ooxml.qn("w:p"):
        _space_after(DocxParagraph(before, doc._body))
    else:
        spacer(doc)
    table = doc.add_table(rows=1, cols=1)
    table.style = doc.styles[styles.BOX]
    table.autofit = False
    _describe(table._tbl.tblPr, title or kicker)
    cell = table.cell(0, 0)
    cell.width = text_width()
    # A new cell holds one empty paragraph: use it for the first line we write.
    first = cell.paragraphs[0]
    made = [add_text(cell, kicker, styles.KICKER), add_text(cell, title, styles.BOX_TITLE)]
    at_level(made[1], level)
    for block in body:
        made.extend(add_block(cell, block, styles.BOX_TEXT, subheading_level))
    written = [p for p in made if p is not None]
    if written:
        first._p.getparent().remove(first._p)
        kicker_paragraph = made[0]
        if kicker_paragraph is not None:
            kicker_paragraph.paragraph_format.space_before = 0
    return cell


BOX_GAP = Pt(10)


def _space_after(paragraph: DocxParagraph) -> None:
    current = paragraph.paragraph_format.space_after
    if current is None or current < BOX_GAP:
        paragraph.paragraph_format.space_after = BOX_GAP


def spacer(doc: DocxDocument) -> None:
    """An empty line around a box (tables have no space before or after of their own).

    It also keeps two boxes in a row from merging into one table.
    """
    new_paragraph(doc, styles.NORMAL).paragraph_format.space_after = 0


def _describe(tblpr: _Element, caption: str) -> None:
    """Table alt text (Word 2010+) and no header-row semantics: it is a box, not a grid."""
    look = ooxml.element(
        "w:tblLook",
        val="0000",
        firstRow="0",
        lastRow="0",
        firstColumn="0",
        lastColumn="0",
        noHBand="1",
        noVBand="1",
    )
    ooxml.put(tblpr, look, ooxml.TBLPR_ORDER)
    text = xml_safe(caption).strip()
    if text:
        ooxml.put(tblpr, ooxml.element("w:tblCaption", val=text[:255]), ooxml.TBLPR_ORDER)

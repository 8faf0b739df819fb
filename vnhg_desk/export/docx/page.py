"""A4 pages with sensible margins, a running header and a footer with page number and contact."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from vnhg_desk.export.docx import ooxml, styles
from vnhg_desk.export.docx.fields import add_field
from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.export.docx.text import add_spans
from vnhg_desk.layout.document_layout import footer_spans

PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
SIDE_MARGIN = Mm(22)
TOP_MARGIN = Mm(20)
BOTTOM_MARGIN = Mm(20)


def text_width() -> int:
    """Width of the text block in EMU."""
    return PAGE_WIDTH - 2 * SIDE_MARGIN


def setup_page(doc: DocxDocument) -> None:
    """A4 portrait, 22 mm sides, room for header and footer."""
    section = doc.sections[0]
    section.page_width = PAGE_WIDTH
    section.page_height = PAGE_HEIGHT
    section.left_margin = section.right_margin = SIDE_MARGIN
    section.top_margin = TOP_MARGIN
    section.bottom_margin = BOTTOM_MARGIN
    section.header_distance = Mm(9)
    section.footer_distance = Mm(9)


def running_header(doc: DocxDocument, left: str, right: str, palette: styles.WordPalette) -> None:
    """Association name left, document title right, a thin rule below; not on page one.

    The first page opens with the masthead, which says the same in large type.
    """
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    # The template's Header style has Letter-sized tab stops: one right stop at our margin.
    tabs = doc.styles[styles.HEADER].paragraph_format.tab_stops
    tabs.clear_all()
    tabs.add_tab_stop(text_width() - Mm(0.2), WD_TAB_ALIGNMENT.RIGHT)
    paragraph = section.header.paragraphs[0]
    paragraph.style = styles.HEADER
    name = paragraph.add_run(xml_safe(left).strip())
    name.bold = True
    paragraph.add_run("\t" + xml_safe(right).strip())
    ooxml.put(
        paragraph._p.get_or_add_pPr(),
        ooxml.border_set("w:pBdr", ("bottom",), palette.primary, 4, 4),
        ooxml.PPR_ORDER,
    )


def footer(doc: DocxDocument, contact: str, page_word: str, of_word: str) -> None:
    """The contact line and "pagina N van M", on every page including the first."""
    section = doc.sections[0]
    for part in (section.footer, section.first_page_footer):
        doc.styles[styles.FOOTER].paragraph_format.tab_stops.clear_all()
        contact_line = part.paragraphs[0]
        contact_line.style = styles.FOOTER
        _contact_runs(contact_line, xml_safe(contact).strip())
        numbers = part.add_paragraph(style=styles.FOOTER)
        numbers.add_run(f"{page_word} ")
        add_field(numbers, "PAGE")
        numbers.add_run(f" {of_word} ")
        add_field(numbers, "NUMPAGES")


def _contact_runs(paragraph: Paragraph, contact: str) -> None:
    """The contact line with its web and e-mail addresses as links (found by the layout,
    as for the PDF's footer)."""
    add_spans(paragraph, footer_spans(contact))

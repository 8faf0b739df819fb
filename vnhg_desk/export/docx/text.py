"""Body text into Word: spans become runs (bold, italic, links), blocks become styled paragraphs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, cast
from weakref import WeakKeyDictionary

from docx.oxml.ns import qn
from docx.parts.document import DocumentPart
from docx.shared import Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph

from vnhg_desk.export.docx import ooxml, styles
from vnhg_desk.export.docx.hyperlink import add_hyperlink
from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.model.richtext import Block, BulletList, Paragraph, Span, Subheading


class Container(Protocol):
    """Anything paragraphs can be added to: the document body or a table cell."""

    def add_paragraph(
        self, text: str = "", style: str | ParagraphStyle | None = None
    ) -> DocxParagraph: ...


_TABLE = qn("w:tbl")
_STYLE_IDS: WeakKeyDictionary[object, dict[str, str]] = WeakKeyDictionary()


def new_paragraph(container: Container, style: str) -> DocxParagraph:
    """An empty paragraph in ``style`` (a style name as Word shows it, e.g. "Heading 1").

    Same as ``container.add_paragraph(style=style)``, but python-docx looks a style name up
    by scanning every style each time; the ids are looked up once per document here.
    """
    paragraph = container.add_paragraph()
    previous = paragraph._p.getprevious()
    if previous is not None and previous.tag == _TABLE:
        paragraph.paragraph_format.space_before = Pt(10)  # after a box: no empty paragraph
    ids = _STYLE_IDS.get(paragraph.part)
    if ids is None:
        document_styles = cast(DocumentPart, paragraph.part).styles
        ids = {s.name: s.style_id for s in document_styles if s.name is not None}
        _STYLE_IDS[paragraph.part] = ids
    style_id = ids.get(style)
    if style_id is None:  # not defined: let python-docx raise its usual error
        paragraph.style = style
    elif style != "Normal":  # the default style is left implicit, as python-docx does
        paragraph._p.style = style_id
    return paragraph


def add_text(container: Container, text: str, style: str) -> DocxParagraph | None:
    """A paragraph of plain ``text`` in ``style``; nothing when the text is empty."""
    cleaned = xml_safe(text).strip()
    if not cleaned:
        return None
    paragraph = new_paragraph(container, style)
    paragraph.add_run(cleaned)
    return paragraph


def add_spans(paragraph: DocxParagraph, spans: Iterable[Span]) -> None:
    """Append spans as runs; a span with a (checked) link becomes a real hyperlink."""
    for span in spans:
        text = xml_safe(span.text)
        if not text:
            continue
        run = add_hyperlink(paragraph, text, span.link) if span.link else None
        if run is None:
            run = paragraph.add_run(text)
        if span.bold:
            run.bold = True
        if span.italic:
            run.italic = True


def add_block(
    container: Container, block: Block, text_style: str, subheading_level: int = 2
) -> list[DocxParagraph]:
    """Write one body block; returns the paragraphs it made. A subheading is a Heading 2,
    or outline level 1 at ``subheading_level`` 1 (an article without a headline)."""
    if isinstance(block, Subheading):
        made = add_text(container, block.text, styles.SUBHEADING)
        at_level(made, subheading_level)
        return [made] if made is not None else []
    if isinstance(block, BulletList):
        items = []
        for item in block.items:
            paragraph = new_paragraph(container, styles.BULLET)
            add_spans(paragraph, item)
            items.append(paragraph)
        return items
    if isinstance(block, Paragraph):
        paragraph = new_paragraph(container, text_style)
        add_spans(paragraph, block.spans)
        return [paragraph]
    return []


def add_blocks(
    container: Container, blocks: Sequence[Block], text_style: str, subheading_level: int = 2
) -> None:
    """Write body blocks in order."""
    for block in blocks:
        add_block(container, block, text_style, subheading_level)


def at_level(paragraph: DocxParagraph | None, level: int) -> None:
    """A heading the layout puts at ``level``: at level 1 the paragraph becomes a level-1
    heading whatever its style's level (the look stays), as ``tagging.at_level`` does in
    the PDF; at other levels its style's level holds."""
    if paragraph is not None and level == 1:
        ppr = paragraph._p.get_or_add_pPr()
        ooxml.put(ppr, ooxml.element("w:outlineLvl", val="0"), ooxml.PPR_ORDER)

"""Body text into Word: spans become runs (bold, italic, links), blocks become styled paragraphs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph

from vnhg_desk.export.docx import styles
from vnhg_desk.export.docx.hyperlink import add_hyperlink
from vnhg_desk.export.docx.sanitize import clean
from vnhg_desk.model.richtext import Block, BulletList, Paragraph, Span, Subheading


class Container(Protocol):
    """Anything paragraphs can be added to: the document body or a table cell."""

    def add_paragraph(
        self, text: str = "", style: str | ParagraphStyle | None = None
    ) -> DocxParagraph: ...


def add_text(container: Container, text: str, style: str) -> DocxParagraph | None:
    """A paragraph of plain ``text`` in ``style``; nothing when the text is empty."""
    cleaned = clean(text).strip()
    if not cleaned:
        return None
    paragraph = container.add_paragraph(style=style)
    paragraph.add_run(cleaned)
    return paragraph


def add_spans(paragraph: DocxParagraph, spans: Iterable[Span]) -> None:
    """Append spans as runs; a span with a (checked) link becomes a real hyperlink."""
    for span in spans:
        text = clean(span.text)
        if not text:
            continue
        run = add_hyperlink(paragraph, text, span.link) if span.link else None
        if run is None:
            run = paragraph.add_run(text)
        if span.bold:
            run.bold = True
        if span.italic:
            run.italic = True


def add_block(container: Container, block: Block, text_style: str) -> list[DocxParagraph]:
    """Write one body block; returns the paragraphs it made."""
    if isinstance(block, Subheading):
        made = add_text(container, block.text, styles.SUBHEADING)
        return [made] if made is not None else []
    if isinstance(block, BulletList):
        items = []
        for item in block.items:
            paragraph = container.add_paragraph(style=styles.BULLET)
            add_spans(paragraph, item)
            items.append(paragraph)
        return items
    if isinstance(block, Paragraph):
        paragraph = container.add_paragraph(style=text_style)
        add_spans(paragraph, block.spans)
        return [paragraph]
    return []


def add_blocks(container: Container, blocks: Sequence[Block], text_style: str) -> None:
    """Write body blocks in order."""
    for block in blocks:
        add_block(container, block, text_style)

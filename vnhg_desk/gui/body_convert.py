"""Convert between a QTextDocument and the body blocks of :mod:`vnhg_desk.model.richtext`.

The editor never stores Qt's own Markdown or HTML: it walks the document's blocks and
fragments and keeps only paragraphs, subheadings, bullet lists, bold, italic and links.
The same walk cleans text pasted from Word or a web page.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from vnhg_desk.layout.body_cache import parse_body_cached
from vnhg_desk.model.richtext import (
    Block,
    BulletList,
    Paragraph,
    Span,
    Subheading,
    append_span,
    blocks_to_markdown,
    safe_link,
    trim_spans,
)

SUBHEADING_LEVEL = 2
_DROP = {"\ufffc": "", "\u2028": " ", "\u2029": " ", "\t": " ", "\xa0": " ", "\u00ad": ""}
_TABLE = str.maketrans(_DROP)


def _clean(text: str) -> str:
    return text.translate(_TABLE)


def _spans_of(block) -> tuple[Span, ...]:
    spans: list[Span] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        text = _clean(fragment.text())
        if not text:
            continue
        fmt = fragment.charFormat()
        link = safe_link(fmt.anchorHref()) if fmt.isAnchor() and fmt.anchorHref() else None
        bold = fmt.fontWeight() >= QFont.Weight.DemiBold
        append_span(spans, Span(text, bold, fmt.fontItalic(), link))
    return _trim(spans)


def _trim(spans: list[Span]) -> tuple[Span, ...]:
    """Strip leading/trailing white space of a block and collapse runs of spaces."""
    out: list[Span] = []
    for span in spans:
        text = " ".join(span.text.split(" "))
        while "  " in text:
            text = text.replace("  ", " ")
        out.append(Span(text, span.bold, span.italic, span.link))
    return trim_spans(out)


def is_subheading(block_format: QTextBlockFormat) -> bool:
    """True for a block the editor shows as a subheading (any heading level counts)."""
    return block_format.headingLevel() > 0


def document_blocks(document: QTextDocument) -> list[Block]:
    """The body blocks of a QTextDocument, in order; everything else is dropped."""
    blocks: list[Block] = []
    items: list[tuple[Span, ...]] = []
    current_list = None
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        if current_list is not None and (text_list is None or text_list != current_list):
            if items:
                blocks.append(BulletList(tuple(items)))
            items, current_list = [], None
        if text_list is not None:
            current_list = text_list
            spans = _spans_of(block)
            if spans:
                items.append(spans)
        elif is_subheading(block.blockFormat()):
            text = " ".join(_clean(block.text()).split())
            if text:
                blocks.append(Subheading(text))
        else:
            spans = _spans_of(block)
            if spans:
                blocks.append(Paragraph(spans))
        block = block.next()
    if items:
        blocks.append(BulletList(tuple(items)))
    return blocks


def document_markdown(document: QTextDocument) -> str:
    """The stored form (our Markdown subset) of a QTextDocument."""
    return blocks_to_markdown(document_blocks(document))


def html_blocks(html: str) -> list[Block]:
    """Body blocks from pasted HTML (Word, a web page): only our formatting survives."""
    scratch = QTextDocument()
    scratch.setHtml(html)
    return _word_bullets(document_blocks(scratch))


# Word puts list bullets in the text ("·" in the Symbol font, then padding spaces).
_WORD_BULLET = re.compile(r"^[·•▪◦§]\s+")


def _word_bullets(blocks: list[Block]) -> list[Block]:
    """Turn runs of paragraphs that start with a typed bullet into one bullet list."""
    out: list[Block] = []
    items: list[tuple[Span, ...]] = []
    for block in [*blocks, None]:
        match = (
            _WORD_BULLET.match(block.spans[0].text)
            if isinstance(block, Paragraph) and block.spans
            else None
        )
        if match is not None and isinstance(block, Paragraph):
            first = block.spans[0]
            rest = first.text[match.end() :]
            spans = (Span(rest, first.bold, first.italic, first.link),) if rest else ()
            items.append(spans + block.spans[1:])
            continue
        if items:
            out.append(BulletList(tuple(items)))
            items = []
        if block is not None:
            out.append(block)
    return out


def plain_blocks(text: str) -> list[Block]:
    """Body blocks from pasted plain text: blank lines (or single lines) part paragraphs."""
    lines = [" ".join(_clean(line).split()) for line in text.replace("\r\n", "\n").split("\n")]
    return [Paragraph((Span(line),)) for line in lines if line]


def span_format(span: Span, base: QTextCharFormat | None = None) -> QTextCharFormat:
    """The character format the editor uses for a span."""
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if span.bold else QFont.Weight.Normal)
    fmt.setFontItalic(span.italic)
    fmt.setAnchor(bool(span.link))
    fmt.setAnchorHref(span.link or "")
    fmt.setFontUnderline(bool(span.link))
    if span.link:
        fmt.setToolTip(span.link)
    else:
        fmt.setToolTip("")
    return fmt


def heading_formats(base_size: float) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """Block and character format of a subheading."""
    block_format = QTextBlockFormat()
    block_format.setHeadingLevel(SUBHEADING_LEVEL)
    block_format.setTopMargin(6)
    char_format = QTextCharFormat()
    char_format.setFontWeight(QFont.Weight.Bold)
    char_format.setFontItalic(False)
    char_format.setAnchor(False)
    char_format.setFontPointSize(base_size * 1.15)
    return block_format, char_format


def paragraph_formats(base_size: float) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """Block and character format of a normal paragraph."""
    block_format = QTextBlockFormat()
    block_format.setHeadingLevel(0)
    block_format.setBottomMargin(4)
    char_format = QTextCharFormat()
    char_format.setFontPointSize(base_size)
    return block_format, char_format


def insert_blocks(cursor: QTextCursor, blocks: list[Block], base_size: float) -> None:
    """Insert blocks at the cursor; a single paragraph is inserted inline."""
    cursor.beginEditBlock()
    try:
        for index, block in enumerate(blocks):
            if index > 0 or (not isinstance(block, Paragraph) and cursor.block().length() > 1):
                para_block, _ = paragraph_formats(base_size)
                cursor.insertBlock(para_block)
            _insert_one(cursor, block, base_size)
    finally:
        cursor.endEditBlock()


def _insert_one(cursor: QTextCursor, block: Block, base_size: float) -> None:
    para_block, para_char = paragraph_formats(base_size)
    if isinstance(block, Subheading):
        head_block, head_char = heading_formats(base_size)
        cursor.setBlockFormat(head_block)
        cursor.insertText(block.text, head_char)
        return
    if isinstance(block, BulletList):
        cursor.setBlockFormat(para_block)
        list_format = QTextListFormat()
        list_format.setStyle(QTextListFormat.Style.ListDisc)
        cursor.createList(list_format)
        for number, item in enumerate(block.items):
            if number:
                cursor.insertBlock()
            for span in item:
                cursor.insertText(span.text, span_format(span, para_char))
        return
    if cursor.block().textList() is None and not is_subheading(cursor.blockFormat()):
        cursor.setBlockFormat(para_block)
    for span in block.spans:
        cursor.insertText(span.text, span_format(span, para_char))


def fill_document(document: QTextDocument, markdown: str, base_size: float) -> None:
    """Replace the document's content with a stored body."""
    document.clear()
    cursor = QTextCursor(document)
    blocks = parse_body_cached(markdown)  # no markdown-it import for a known body
    if blocks:
        insert_blocks(cursor, blocks, base_size)
    else:
        para_block, para_char = paragraph_formats(base_size)
        cursor.setBlockFormat(para_block)
        cursor.setCharFormat(para_char)


def blocks_html(blocks: list[Block]) -> str:
    """Clean HTML for the clipboard: only our formatting, all text escaped."""
    from html import escape

    def spans_html(spans: tuple[Span, ...]) -> str:
        out = []
        for span in spans:
            text = escape(span.text)
            if span.italic:
                text = f"<i>{text}</i>"
            if span.bold:
                text = f"<b>{text}</b>"
            if span.link:
                text = f'<a href="{escape(span.link, quote=True)}">{text}</a>'
            out.append(text)
        return "".join(out)

    parts = []
    for block in blocks:
        if isinstance(block, Subheading):
            parts.append(f"<h2>{escape(block.text)}</h2>")
        elif isinstance(block, BulletList):
            items = "".join(f"<li>{spans_html(item)}</li>" for item in block.items)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{spans_html(block.spans)}</p>")
    return "".join(parts)

"""What pasting and dropping into a text brings along, and what it cannot keep.

A table (from Word or a web page) becomes one line per row with " | " between the
cells, pictures inside pasted text are left out, and each such change is reported in
Dutch so that nothing disappears without a word. Dropped or pasted photo files go to
the article's photos instead of into the text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable

from vnhg_desk.gui.body_convert import _word_bullets, document_blocks
from vnhg_desk.model.richtext import Block

CELL_SEPARATOR = " | "


def local_files(mime: QMimeData) -> list[Path]:
    """The local files in a drop or paste (none for web addresses)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _tables(document: QTextDocument) -> list[QTextTable]:
    found = []
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            found.append(frame)
    return found


def _flatten_table(table: QTextTable) -> int:
    """Replace ``table`` by one paragraph per row (cells joined); the number of rows."""
    rows = []
    for row in range(table.rows()):
        cells = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue  # part of a merged cell, already taken
            cursor = cell.firstCursorPosition()
            cursor.setPosition(
                cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor
            )
            text = " ".join(cursor.selectedText().replace("\u2029", " ").split())
            if text:
                cells.append(text)
        if cells:
            rows.append(CELL_SEPARATOR.join(cells))
    cursor = QTextCursor(table.document())
    cursor.setPosition(table.firstPosition() - 1)
    cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.insertBlock()
    cursor.insertText("\n".join(rows))
    return len(rows)


def _images(document: QTextDocument) -> int:
    count = 0
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                count += 1
            iterator += 1
        block = block.next()
    return count


class PasteNotes(QObject):
    """The Dutch notes (a QObject so that the plurals are translated)."""

    def table(self, rows: int) -> str:
        return self.tr(
            "Een tabel is overgenomen als %n regel(s), cellen gescheiden door |.", "", rows
        )

    def images(self, count: int) -> str:
        return self.tr(
            "%n afbeelding(en) in de geplakte tekst niet overgenomen: voeg foto's toe via "
            "Foto toevoegen of sleep ze los in het artikel.", "", count,
        )  # fmt: skip


def pasted_html(html: str) -> tuple[list[Block], list[str]]:
    """Body blocks from pasted HTML, and a Dutch note for everything changed or left out."""
    document = QTextDocument()
    document.setHtml(html)
    notes: list[str] = []
    rows = sum(_flatten_table(table) for table in _tables(document))
    words = PasteNotes()
    if rows:
        notes.append(words.table(rows))
    images = _images(document)
    if images:
        notes.append(words.images(images))
    return _word_bullets(document_blocks(document)), notes


__all__ = ["local_files", "pasted_html"]

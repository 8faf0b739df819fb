"""Footnotes and endnotes of a Word file, read as plain text for the end of an article.

Word keeps them in their own parts (``footnotes.xml``, ``endnotes.xml``); the body only
holds references. :class:`NoteTexts` numbers the references in reading order and gives
each note's text, so the importer can write "[1]" in the text and the note below it.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from vnhg_desk.exchange.docx_package import SAFE_PARSER
from vnhg_desk.exchange.docx_paragraphs import TextHooks, one_line, run_text

_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


class NoteTexts:
    """The texts of a document's footnotes and endnotes, by kind and id."""

    def __init__(self, document_part: Any, hooks: TextHooks) -> None:
        self.texts: dict[tuple[str, str], str] = {}
        for kind in ("footnote", "endnote"):
            for rel in document_part.rels.values():
                if rel.reltype == _RELTYPE + kind + "s" and not rel.is_external:
                    self._read(kind, rel.target_part.blob, hooks)
        self.count = 0

    def _read(self, kind: str, blob: bytes, hooks: TextHooks) -> None:
        try:
            root = etree.fromstring(blob, SAFE_PARSER)
        except etree.XMLSyntaxError:
            return
        for note in root.iter(qn(f"w:{kind}")):
            if note.get(qn("w:type")) in ("separator", "continuationSeparator"):
                continue
            lines = []
            for paragraph in note.iter(qn("w:p")):
                text = "".join(run_text(run, hooks) for run in paragraph.iter(qn("w:r")))
                if text.strip():
                    lines.append(one_line(text))
            self.texts[(kind, note.get(qn("w:id")) or "")] = " ".join(lines)

    def text(self, kind: str, note_id: str) -> str | None:
        return self.texts.get((kind, note_id))

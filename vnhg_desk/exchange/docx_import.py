"""Build an edition from a colleague's Word file: headings become articles, pictures photos.

Heading 1 (or outline level 1) starts an article, deeper headings become subheadings;
bold, italic, links and lists are kept. The styles our own Word export writes (Bovenkop,
Intro, Intense Quote, Caption, Kader tables ...) map back to their parts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree
from PIL import Image

from vnhg_desk.errors import PhotoError
from vnhg_desk.exchange.docx_notes import NoteTexts
from vnhg_desk.exchange.docx_objects import Note, Picture, Texts, objects_in
from vnhg_desk.exchange.docx_package import open_word
from vnhg_desk.exchange.docx_paragraphs import (
    TextHooks,
    is_list_item,
    is_table_of_contents,
    one_line,
    outline_level,
    paragraph_spans,
    split_lines,
    style_name,
    text_boxes,
)
from vnhg_desk.exchange.staging import PhotoCollector, PreparedImport
from vnhg_desk.model import Article, Edition, PhotoRef, PullQuote, SidebarBox
from vnhg_desk.model.richtext import (
    Block,
    BulletList,
    Paragraph,
    Span,
    Subheading,
    blocks_to_markdown,
)
from vnhg_desk.store.protocol import DocumentLibrary

_QUOTE_MARKS = "\"'“”„‘’«»"
_CREDIT_MARKERS = ("Foto: ", "Photo: ", "Beeld: ")
_HEADLINE_STYLES = {"Title", "Heading 1", "Kadertitel"}
_PULL_QUOTE_STYLES = {"Intense Quote", "Quote"}
_TABLE_SEPARATOR = " \u2013 "


@dataclass
class _Draft:
    """An article being collected: its fields plus body blocks not yet made Markdown."""

    article: Article
    blocks: list[Block] = field(default_factory=list)
    bullets: list[tuple[Span, ...]] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)

    def flush_list(self) -> None:
        if self.bullets:
            self.blocks.append(BulletList(tuple(self.bullets)))
            self.bullets = []

    @property
    def started(self) -> bool:
        return bool(self.blocks or self.bullets or self.article.photos or self.article.lead)


def read_docx(path: Path | str, photos: PhotoCollector | None = None) -> PreparedImport:
    """Read the Word file at ``path`` into a checked edition, not yet in any library.

    Pictures are checked as the library checks them; one that is not a usable photo (a
    drawing, an EMF) is left out with a note. Everything else the file holds that cannot
    be brought over as it is (tables, charts, SmartArt, OLE objects, linked pictures,
    footnotes, macros ...) gets a Dutch note with its place. Raises ExchangeError when
    the file is not a readable Word document.
    """
    path = Path(path)
    notes: list[str] = []
    document = open_word(path, notes)
    photos = photos or PhotoCollector()
    Image.init()  # Pillow's format plugins, before the first photo is checked
    edition = _Reader(photos, document, notes).read(fallback_title=path.stem)
    return PreparedImport(path.name, edition, photos.photos, notes, from_word_processor=True)


def import_docx(
    library: DocumentLibrary, path: Path | str, *, notes: list[str] | None = None
) -> int:
    """Add the Word file at ``path`` to ``library`` as a new edition; returns its id.

    The notes of :func:`read_docx` are appended to ``notes``. The library is unchanged
    when the file is refused.
    """
    with library.transaction():  # photos go in while reading: each is decoded once
        prepared = read_docx(path, PhotoCollector(library))
        document = prepared.commit(library)
    if notes is not None:
        notes.extend(prepared.notes)
    assert document.id is not None
    return document.id


class _Hooks(TextHooks):
    """Collects footnote markers, left-out entities and formulas for the reader."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader

    def note_reference(self, kind: str, note_id: str) -> str:
        return self.reader.note_reference(kind, note_id)

    def entity(self, name: str) -> None:
        self.reader.note("tekst", f": de verwijzing &{name[:40]}; is weggelaten (niet opgevolgd)")

    def formula(self) -> None:
        self.reader.note("formule", ": als gewone tekst overgenomen")


class _Reader:
    """Walks the document once, in order, and collects the edition and the notes."""

    def __init__(self, photos: PhotoCollector, document: DocxDocument, notes: list[str]) -> None:
        self.photos = photos
        self.document = document
        self.notes = notes
        self.edition = Edition(title="")
        self.draft: _Draft | None = None
        self.kicker = ""
        # Boxes met inside an article follow it, so they do not cut it in two.
        self.pending_boxes: list[SidebarBox] = []
        self.page = 1
        body = document.element.body
        self.rendered_pages = next(body.iter(qn("w:lastRenderedPageBreak")), None) is not None
        self.hooks = _Hooks(self)
        self.note_texts = NoteTexts(document.part, TextHooks())
        self.note_number = 0

    def note(self, what: str, outcome: str) -> None:
        line = f"{what} op pagina {self.page}{outcome}"
        if line not in self.notes:
            self.notes.append(line)

    def read(self, fallback_title: str) -> Edition:
        self._blocks(self.document.element.body)
        self._close_article()
        props_title = (self.document.core_properties.title or "").strip()
        self.edition.title = self.edition.title or props_title or fallback_title
        return self.edition

    def _blocks(self, parent: etree._Element) -> None:
        """Paragraphs and tables in order, also inside content controls (but not a TOC)."""
        body = self.document._body
        for element in parent:
            if element.tag == qn("w:p"):
                self._turn_pages(element)
                self._paragraph(DocxParagraph(element, body))
                if (
                    not self.rendered_pages
                    and element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
                ):
                    self.page += 1
            elif element.tag == qn("w:tbl"):
                self._table(Table(element, body))
            elif element.tag == qn("w:sdt") and not is_table_of_contents(element):
                content = element.find(qn("w:sdtContent"))
                if content is not None:
                    self._blocks(content)

    def _turn_pages(self, p: etree._Element) -> None:
        """Count the pages: where Word last broke them, else the explicit page breaks."""
        if self.rendered_pages:
            self.page += sum(1 for _ in p.iter(qn("w:lastRenderedPageBreak")))
            return
        breaks = [b for b in p.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
        before = p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")
        if before is not None and before.get(qn("w:val"), "true") not in ("0", "false"):
            breaks.append(before)
        self.page += len(breaks)

    # -- footnotes ------------------------------------------------------------------------
    def note_reference(self, kind: str, note_id: str) -> str:
        text = self.note_texts.text(kind, note_id)
        if text is None:
            return ""
        self.note_number += 1
        number = self.note_number
        self._current().footnotes.append(f"[{number}] {text}")
        word = "voetnoot" if kind == "footnote" else "eindnoot"
        self.note(f"{word} {number}", ": als tekst aan het eind van het artikel gezet")
        return f"[{number}]"

    # -- articles -------------------------------------------------------------------------
    def _close_article(self) -> None:
        if self.draft is None:
            return
        self.draft.flush_list()
        if self.draft.footnotes:
            self.draft.blocks.append(Subheading("Voetnoten"))
            self.draft.blocks += [Paragraph((Span(t),)) for t in self.draft.footnotes]
        self.draft.article.body = blocks_to_markdown(self.draft.blocks)
        self.edition.content.append(self.draft.article)
        self.edition.content.extend(self.pending_boxes)
        self.pending_boxes = []
        self.draft = None

    def _current(self) -> _Draft:
        if self.draft is None:
            self.draft = _Draft(Article(kicker=self.kicker))
            self.kicker = ""
        return self.draft

    def _start_article(self, headline: str) -> None:
        self._close_article()
        self.draft = _Draft(Article(kicker=self.kicker, headline=headline))
        self.kicker = ""

    # -- paragraphs -----------------------------------------------------------------------
    def _paragraph(self, paragraph: DocxParagraph) -> None:
        style = style_name(paragraph)
        self._objects(paragraph)
        for box in text_boxes(paragraph):
            self._box(box)
        spans = paragraph_spans(paragraph, self.hooks)
        text = one_line("".join(span.text for span in spans))
        if not text:
            return
        level = outline_level(paragraph)
        in_masthead = self.draft is None and not self.edition.content
        if style == "Title" and in_masthead and not self.edition.title:
            self.edition.title = text
            self.kicker = ""  # the association's name above the title, not a kicker
        elif style == "Subtitle" and in_masthead and self.edition.title:
            self.edition.meeting = self.edition.meeting or text
        elif style == "Bovenkop":
            self.kicker = text
        elif style == "Kenmerk" and in_masthead:
            self.edition.references = text
        elif style == "Datumbalk" and in_masthead:
            return  # made from the date and place, which Word does not hold separately
        elif level == 0 or style in _HEADLINE_STYLES:
            self._start_article(text)
        elif in_masthead and self.edition.title and is_list_item(paragraph, style):
            self.edition.highlights.append(text)
        else:
            self._body_paragraph(style, level, spans, text, paragraph)

    def _body_paragraph(
        self,
        style: str,
        level: int | None,
        spans: tuple[Span, ...],
        text: str,
        paragraph: DocxParagraph,
    ) -> None:
        draft = self._current()
        article = draft.article
        heading = (level is not None and level > 0) or style.startswith("Heading")
        if is_list_item(paragraph, style) and not heading:
            draft.bullets.append(_joined_lines(spans))
            return
        draft.flush_list()
        if style == "Subtitle" and not draft.started and not article.subtitle:
            article.subtitle = text
        elif style == "Intro" and not draft.started:
            article.lead = text
        elif style in _PULL_QUOTE_STYLES:
            article.quotes.append(PullQuote(text=text.strip(_QUOTE_MARKS + " ")))
        elif style == "Citaatbron" and article.quotes and not article.quotes[-1].attribution:
            article.quotes[-1].attribution = text
        elif style == "Caption" and article.photos and not article.photos[-1].caption:
            self._caption(article.photos[-1], text)
        elif style == "Auteur":
            article.byline = text
        elif heading:
            draft.blocks.append(Subheading(text))
        else:
            draft.blocks.extend(Paragraph(line) for line in split_lines(spans))

    @staticmethod
    def _caption(photo: PhotoRef, text: str) -> None:
        for marker in _CREDIT_MARKERS:
            caption, found, credit = text.rpartition(marker)
            if found:
                photo.caption, photo.credit = caption.strip(), credit.strip()
                return
        photo.caption = text

    # -- pictures and objects -------------------------------------------------------------
    def _objects(self, paragraph: DocxParagraph) -> None:
        for found in objects_in(paragraph._p, paragraph.part):
            if isinstance(found, Note):
                self.note(found.what, found.outcome)
            elif isinstance(found, Texts):
                draft = self._current()
                draft.flush_list()
                draft.blocks.extend(found.blocks)
            elif isinstance(found, Picture):
                self._picture(found)

    def _picture(self, picture: Picture) -> None:
        if picture.alt.startswith("Logo") and self.draft is None and not self.edition.content:
            return  # the association's logo at the top belongs to the house style
        try:
            photo_hash = self.photos.add_photo(picture.blob, picture.filename)
        except PhotoError as error:
            self.note(picture.label, f" niet overgenomen: {_sentence_part(str(error))}")
            return
        self._current().article.photos.append(PhotoRef(photo_hash, alt_text=picture.alt))

    # -- tables ---------------------------------------------------------------------------
    def _table(self, table: Table) -> None:
        """A one-cell table is a box; any other table keeps its text, row by row."""
        cells = table._tbl.findall(f"{qn('w:tr')}/{qn('w:tc')}")
        if len(cells) == 1:
            self._one_cell(cells[0], table)
            return
        draft = self._current()
        draft.flush_list()
        self.note("tabel", ": als tekst overgenomen")
        for line in self._rows(table._tbl, table):
            draft.blocks.append(Paragraph((Span(line),)))

    def _rows(self, tbl: etree._Element, table: Table) -> list[str]:
        """Each row as one line: its cells' texts (nested tables included) in order."""
        lines = []
        for row in tbl.findall(qn("w:tr")):
            texts: list[str] = []
            for cell in row.findall(qn("w:tc")):
                value = self._cell_text(cell, table)
                if value and (not texts or texts[-1] != value):
                    texts.append(value)
            if texts:
                lines.append(_TABLE_SEPARATOR.join(texts))
        return lines

    def _cell_text(self, cell: etree._Element, table: Table) -> str:
        parts = []
        for child in cell:
            if child.tag == qn("w:p"):
                paragraph = DocxParagraph(child, table)
                self._objects(paragraph)
                parts.append(
                    one_line("".join(s.text for s in paragraph_spans(paragraph, self.hooks)))
                )
            elif child.tag == qn("w:tbl"):
                self.note("tabel in een tabel", ": als tekst overgenomen")
                parts.append("; ".join(self._rows(child, table)))
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    parts.append(self._cell_text(content, table))
        return " ".join(part for part in parts if part)

    def _one_cell(self, cell: etree._Element, table: Table) -> None:
        paragraphs: list[DocxParagraph] = []
        for child in cell:
            if child.tag == qn("w:p"):
                paragraphs.append(DocxParagraph(child, table))
            elif child.tag == qn("w:tbl"):
                self.note("tabel in een kader", ": als tekst overgenomen")
                for line in self._rows(child, table):
                    paragraphs.append(_text_paragraph(line, table))
        self._box(paragraphs)

    def _box(self, paragraphs: list[DocxParagraph]) -> None:
        box = SidebarBox()
        blocks: list[Block] = []
        bullets: list[tuple[Span, ...]] = []
        for paragraph in paragraphs:
            style = style_name(paragraph)
            spans = paragraph_spans(paragraph, self.hooks)
            text = one_line("".join(span.text for span in spans))
            if not text:
                continue
            if is_list_item(paragraph, style):
                bullets.append(_joined_lines(spans))
                continue
            if bullets:
                blocks.append(BulletList(tuple(bullets)))
                bullets = []
            if style == "Bovenkop" and not box.kicker and not box.title:
                box.kicker = text
            elif (
                not box.title
                and not blocks
                and (style in _HEADLINE_STYLES or style.startswith("Heading"))
            ):
                box.title = text
            elif style.startswith("Heading"):
                blocks.append(Subheading(text))
            else:
                blocks.extend(Paragraph(line) for line in split_lines(spans))
        if bullets:
            blocks.append(BulletList(tuple(bullets)))
        if not (box.title or blocks):
            return
        box.body = blocks_to_markdown(blocks)
        if self.draft is None:
            self.edition.content.append(box)
        else:
            self.pending_boxes.append(box)


def _joined_lines(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """A list item's spans on one line (a bullet holds one line)."""
    return tuple(Span(s.text.replace("\n", " "), s.bold, s.italic, s.link) for s in spans)


def _text_paragraph(text: str, parent: Any) -> DocxParagraph:
    """A plain Word paragraph holding ``text`` (for nested tables read into a box)."""
    from docx.oxml import OxmlElement

    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    p.append(r)
    return DocxParagraph(p, parent)


def _sentence_part(message: str) -> str:
    """A photo error as part of a note: without its final full stop."""
    return message.rstrip(". ")

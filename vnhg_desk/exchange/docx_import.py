"""Build an edition from a colleague's Word file: headings become articles, pictures photos.

Heading 1 (or outline level 1) starts an article, deeper headings become subheadings;
bold, italic, links and lists are kept. The styles our own Word export writes (Bovenkop,
Intro, Intense Quote, Caption, Kader tables ...) map back to their parts.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree
from PIL import Image

from vnhg_desk.errors import ExchangeError, PhotoError
from vnhg_desk.exchange.docx_paragraphs import (
    in_text_box,
    is_list_item,
    is_table_of_contents,
    outline_level,
    paragraph_spans,
    style_name,
    text_boxes,
)
from vnhg_desk.exchange.reader import _zip_refusal
from vnhg_desk.model import Article, Edition, PhotoRef, PullQuote, SidebarBox
from vnhg_desk.model.richtext import (
    Block,
    BulletList,
    Paragraph,
    Span,
    Subheading,
    blocks_to_markdown,
)

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
MAX_MEMBERS = 5_000
_QUOTE_MARKS = "\"'“”„‘’«»"
_CREDIT_MARKERS = ("Foto: ", "Photo: ", "Beeld: ")
_HEADLINE_STYLES = {"Title", "Heading 1", "Kadertitel"}
_PULL_QUOTE_STYLES = {"Intense Quote", "Quote"}


@dataclass
class _Draft:
    """An article being collected: its fields plus body blocks not yet made Markdown."""

    article: Article
    blocks: list[Block] = field(default_factory=list)
    bullets: list[tuple[Span, ...]] = field(default_factory=list)

    def flush_list(self) -> None:
        if self.bullets:
            self.blocks.append(BulletList(tuple(self.bullets)))
            self.bullets = []

    @property
    def started(self) -> bool:
        return bool(self.blocks or self.bullets or self.article.photos or self.article.lead)


def import_docx(library: Any, path: Path | str, *, notes: list[str] | None = None) -> int:
    """Add the Word file at ``path`` to ``library`` as a new edition; returns its id.

    Pictures go through ``library.add_photo``; one that is not a usable photo (a drawing,
    an EMF) is skipped with a Dutch line appended to ``notes``. Raises
    :class:`ExchangeError` when the file is not a readable Word document; the library is
    unchanged then.
    """
    path = Path(path)
    document = _open(path)
    skipped = notes if notes is not None else []
    Image.init()  # Pillow's format plugins, before the first photo is normalised
    with library.transaction():
        reader = _Reader(library, document, skipped)
        edition = reader.read(fallback_title=path.stem)
        edition.association = library.house_style().association_name
        library.save(edition)
    assert edition.id is not None
    return edition.id


def _open(path: Path) -> DocxDocument:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError(f"{name} is te groot om te importeren (meer dan 200 MB).")
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
    except FileNotFoundError as error:
        raise ExchangeError(f"Het bestand {name} bestaat niet.") from error
    except (zipfile.BadZipFile, OSError) as error:
        raise ExchangeError(f"{name} is geen Word-bestand (.docx) of is beschadigd.") from error
    if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise ExchangeError(f"{name} is uitgepakt te groot om te importeren.")
    for info in infos:
        refusal = _zip_refusal(info)
        if refusal:
            raise ExchangeError(f"{name} wordt niet geïmporteerd: {refusal}.")
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise ExchangeError(
            f"{name} is geen Word-document dat te lezen is: het is beschadigd of in een ander "
            "formaat. Een oud .doc-bestand kunt u in Word eerst opslaan als .docx."
        ) from error


def _plain(paragraph: DocxParagraph) -> str:
    return "".join(span.text for span in paragraph_spans(paragraph))


class _Reader:
    """Walks the document once, in order, and collects the edition."""

    def __init__(self, library: Any, document: DocxDocument, notes: list[str]) -> None:
        self.library = library
        self.document = document
        self.notes = notes
        self.edition = Edition(title="")
        self.draft: _Draft | None = None
        self.kicker = ""
        # Boxes met inside an article follow it, so they do not cut it in two.
        self.pending_boxes: list[SidebarBox] = []

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
                self._paragraph(DocxParagraph(element, body))
            elif element.tag == qn("w:tbl"):
                self._table(Table(element, body))
            elif element.tag == qn("w:sdt") and not is_table_of_contents(element):
                content = element.find(qn("w:sdtContent"))
                if content is not None:
                    self._blocks(content)

    # -- articles -------------------------------------------------------------------------
    def _close_article(self) -> None:
        if self.draft is None:
            return
        self.draft.flush_list()
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
        self._pictures(paragraph)
        for box in text_boxes(paragraph):
            self._box(box)
        spans = paragraph_spans(paragraph)
        text = "".join(span.text for span in spans)
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
            draft.bullets.append(spans)
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
            draft.blocks.append(Paragraph(spans))

    @staticmethod
    def _caption(photo: PhotoRef, text: str) -> None:
        for marker in _CREDIT_MARKERS:
            caption, found, credit = text.rpartition(marker)
            if found:
                photo.caption, photo.credit = caption.strip(), credit.strip()
                return
        photo.caption = text

    # -- pictures -------------------------------------------------------------------------
    def _pictures(self, paragraph: DocxParagraph) -> None:
        for blip in paragraph._p.iter(qn("a:blip")):
            if in_text_box(blip):
                continue
            rel_id = blip.get(qn("r:embed"))
            part = paragraph.part.related_parts.get(rel_id) if rel_id else None
            if part is None:
                continue
            filename = str(part.partname).rsplit("/", 1)[-1]
            alt = self._alt_text(blip)
            if alt.startswith("Logo") and self.draft is None and not self.edition.content:
                continue  # the association's logo at the top belongs to the house style
            try:
                photo_hash = self.library.add_photo(part.blob, filename)
            except PhotoError as error:
                self.notes.append(f"Afbeelding {filename} is niet overgenomen: {error}")
                continue
            self._current().article.photos.append(PhotoRef(photo_hash, alt_text=alt))

    @staticmethod
    def _alt_text(blip: etree._Element) -> str:
        node = blip.getparent()
        while node is not None and node.tag not in (qn("wp:inline"), qn("wp:anchor")):
            node = node.getparent()
        doc_pr = node.find(qn("wp:docPr")) if node is not None else None
        if doc_pr is None:
            return ""
        return (doc_pr.get("descr") or doc_pr.get("title") or "").strip()

    # -- tables ---------------------------------------------------------------------------
    def _table(self, table: Table) -> None:
        """A one-cell table is a box; any other table keeps its text, row by row."""
        cells = [cell for row in table.rows for cell in row.cells]
        if len(cells) == 1:
            self._box(cells[0].paragraphs)
            return
        draft = self._current()
        draft.flush_list()
        for row in table.rows:
            texts: list[str] = []
            for cell in row.cells:
                value = " ".join(
                    "".join(s.text for s in paragraph_spans(p)) for p in cell.paragraphs
                )
                if value.strip() and (not texts or texts[-1] != value.strip()):
                    texts.append(value.strip())
            if texts:
                draft.blocks.append(Paragraph((Span(" \u2013 ".join(texts)),)))

    def _box(self, paragraphs: list[DocxParagraph]) -> None:
        box = SidebarBox()
        blocks: list[Block] = []
        bullets: list[tuple[Span, ...]] = []
        for paragraph in paragraphs:
            style = style_name(paragraph)
            spans = paragraph_spans(paragraph)
            text = "".join(span.text for span in spans)
            if not text:
                continue
            if is_list_item(paragraph, style):
                bullets.append(spans)
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
                blocks.append(Paragraph(spans))
        if bullets:
            blocks.append(BulletList(tuple(bullets)))
        if not (box.title or blocks):
            return
        box.body = blocks_to_markdown(blocks)
        if self.draft is None:
            self.edition.content.append(box)
        else:
            self.pending_boxes.append(box)

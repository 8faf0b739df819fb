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
from urllib.parse import quote

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml import etree
from PIL import Image

from vnhg_desk.errors import ExchangeError, PhotoError
from vnhg_desk.exchange.reader import _zip_refusal
from vnhg_desk.model import Article, Edition, PhotoRef, PullQuote, SidebarBox
from vnhg_desk.model.richtext import (
    Block,
    BulletList,
    Paragraph,
    Span,
    Subheading,
    blocks_to_markdown,
    safe_link,
)

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
MAX_MEMBERS = 5_000
_QUOTE_MARKS = "\"'“”„‘’«»"
_CREDIT_MARKERS = ("Foto: ", "Photo: ", "Beeld: ")
# Containers whose runs are part of the text; deleted or moved-away text is left out.
_RUN_CONTAINERS = {
    qn(f"w:{tag}")
    for tag in ("ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo")
}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
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
    with library._writing():
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
            f"{name} is geen Word-document dat te lezen is (alleen .docx, geen .doc of .docm "
            "van oudere Word-versies)."
        ) from error


def _style_name(paragraph: DocxParagraph) -> str:
    try:
        return paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def _outline_level(paragraph: DocxParagraph) -> int | None:
    """The paragraph's outline level (0 = top), from its own properties or its styles."""
    elements = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        elements.append(style.element.pPr)
        style = style.base_style
    for ppr in elements:
        level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if level is not None:
            value = level.get(qn("w:val"), "9")
            return int(value) if value.isdigit() and int(value) < 9 else None
    return None


def _link_target(paragraph: DocxParagraph, link: etree._Element) -> str | None:
    rel_id = link.get(qn("r:id"))
    rel = paragraph.part.rels.get(rel_id) if rel_id else None
    if rel is None or not rel.is_external:
        return None
    target = safe_link(rel.target_ref)
    # Angle brackets and spaces cannot stand in a Markdown link destination.
    return quote(target, safe=":/?#[]@!$&'()*+,;=%~") if target else None


def _spans(paragraph: DocxParagraph) -> tuple[Span, ...]:
    spans: list[Span] = []

    def walk(parent: etree._Element, link: str | None) -> None:
        for element in parent:
            if element.tag == qn("w:r"):
                run = Run(element, paragraph)
                text = run.text.replace("\t", " ").replace("\n", " ")
                if text:
                    style = run.style.name if run.style is not None else ""
                    bold = bool(run.bold) or style == "Strong"
                    italic = bool(run.italic) or style == "Emphasis"
                    _append(spans, Span(text, bold, italic, link))
            elif element.tag == qn("w:hyperlink"):
                walk(element, _link_target(paragraph, element))
            elif element.tag in _RUN_CONTAINERS:
                walk(element, link)

    walk(paragraph._p, None)
    return _trimmed(spans)


def _append(spans: list[Span], span: Span) -> None:
    last = spans[-1] if spans else None
    if last and (last.bold, last.italic, last.link) == (span.bold, span.italic, span.link):
        spans[-1] = Span(last.text + span.text, span.bold, span.italic, span.link)
    else:
        spans.append(span)


def _trimmed(spans: list[Span]) -> tuple[Span, ...]:
    """Spans without leading/trailing white space (a paragraph of spaces gives nothing)."""
    while spans and not spans[0].text.strip():
        spans.pop(0)
    while spans and not spans[-1].text.strip():
        spans.pop()
    if spans:
        first, last = spans[0], spans[-1]
        spans[0] = Span(first.text.lstrip(), first.bold, first.italic, first.link)
        last = spans[-1]
        spans[-1] = Span(last.text.rstrip(), last.bold, last.italic, last.link)
    return tuple(spans)


def _is_table_of_contents(sdt: etree._Element) -> bool:
    """A content control holding Word's generated table of contents (left out)."""
    gallery = sdt.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and "Contents" in (gallery.get(qn("w:val")) or "")


def _text_boxes(paragraph: DocxParagraph) -> list[list[DocxParagraph]]:
    """Paragraphs of the text boxes anchored in ``paragraph`` (each box once).

    Word writes every text box twice, as DrawingML and as a VML fallback: only the
    first is read.
    """
    boxes = []
    for content in paragraph._p.iter(qn("w:txbxContent")):
        if any(a.tag == _MC_FALLBACK for a in content.iterancestors()):
            continue
        if any(a.tag == qn("w:txbxContent") for a in content.iterancestors()):
            continue
        boxes.append([DocxParagraph(p, paragraph._parent) for p in content.iter(qn("w:p"))])
    return boxes


def _in_text_box(element: etree._Element) -> bool:
    return any(a.tag in (qn("w:txbxContent"), _MC_FALLBACK) for a in element.iterancestors())


def _is_list_item(paragraph: DocxParagraph, style: str) -> bool:
    ppr = paragraph._p.pPr
    numbered = ppr is not None and ppr.find(qn("w:numPr")) is not None
    return numbered or style.startswith("List")


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
            elif element.tag == qn("w:sdt") and not _is_table_of_contents(element):
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
        style = _style_name(paragraph)
        self._pictures(paragraph)
        for box in _text_boxes(paragraph):
            self._box(box)
        spans = _spans(paragraph)
        text = "".join(span.text for span in spans)
        if not text:
            return
        level = _outline_level(paragraph)
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
        elif in_masthead and self.edition.title and _is_list_item(paragraph, style):
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
        if _is_list_item(paragraph, style) and not heading:
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
            if _in_text_box(blip):
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
                value = " ".join("".join(s.text for s in _spans(p)) for p in cell.paragraphs)
                if value.strip() and (not texts or texts[-1] != value.strip()):
                    texts.append(value.strip())
            if texts:
                draft.blocks.append(Paragraph((Span(" \u2013 ".join(texts)),)))

    def _box(self, paragraphs: list[DocxParagraph]) -> None:
        box = SidebarBox()
        blocks: list[Block] = []
        bullets: list[tuple[Span, ...]] = []
        for paragraph in paragraphs:
            style = _style_name(paragraph)
            spans = _spans(paragraph)
            text = "".join(span.text for span in spans)
            if not text:
                continue
            if _is_list_item(paragraph, style):
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

"""Build an edition from an OpenDocument text (.odt, LibreOffice), as the Word import does.

Heading 1 starts an article, deeper headings become subheadings, lists bullets,
bold/italic/links are kept; pictures become photos, text frames boxes, footnotes text
at the end of the article, tables text row by row, charts their texts and picture.
Everything converted or left behind gets a note with its page.

We read the XML ourselves rather than with odfpy (last release 2020) or odfdo: both
open the zip through ``zipfile`` themselves, which would bypass the safe zip reader's
limits, and we need only the text structure. Every part is parsed with lxml without
entities, DTDs or network (the same care defusedxml takes).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from lxml import etree

from vnhg_desk.errors import ExchangeError, PhotoError
from vnhg_desk.exchange.docx_objects import quoted
from vnhg_desk.exchange.docx_package import SAFE_PARSER, WORD_LIMITS
from vnhg_desk.exchange.docx_paragraphs import split_lines
from vnhg_desk.exchange.odt_styles import DR, OFFICE, SVG, TABLE, TEXT, XLINK, Styles
from vnhg_desk.exchange.safezip import SafeZip, ZipDamaged, ZipMemberTooLarge
from vnhg_desk.exchange.staging import PhotoCollector, PreparedImport
from vnhg_desk.model import Article, Edition, PhotoRef, SidebarBox
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

_SKIPPED = {f"{TEXT}table-of-content", f"{OFFICE}annotation", f"{TEXT}tracked-changes",
            f"{OFFICE}annotation-end", f"{TEXT}alphabetical-index"}  # fmt: skip
_ODF_TEXT = (
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
)
CHART = "{urn:oasis:names:tc:opendocument:xmlns:chart:1.0}"


def read_odt(path: Path | str, photos: PhotoCollector | None = None) -> PreparedImport:
    """Read the OpenDocument text at ``path`` into a checked edition with notes."""
    path = Path(path)
    name = path.name
    not_a_zip = f"{name} is geen OpenDocument-tekst (.odt) of is beschadigd: sla het opnieuw op."
    try:
        with SafeZip(path, WORD_LIMITS, name, not_a_zip=not_a_zip) as archive:
            mimetype = archive.read("mimetype", 200) if "mimetype" in archive else b""
            if mimetype.strip() not in _ODF_TEXT:
                raise ExchangeError(
                    f"{name} is een OpenDocument-bestand maar geen tekstdocument (bijvoorbeeld "
                    "een rekenblad): sla de tekst op als .odt of .docx en importeer dat."
                )
            content = _parse(archive, "content.xml", name)
            styles = Styles(content, _parse(archive, "styles.xml", name, required=False))
            reader = _OdtReader(archive, styles, photos or PhotoCollector())
            reader.read(content)
    except KeyError:
        raise ExchangeError(
            f"{name} is geen OpenDocument-tekst die te lezen is: sla het opnieuw op als .odt."
        ) from None
    edition = reader.edition
    edition.title = edition.title or path.stem
    if any(n.lower().startswith("basic/") or "script" in n.lower() for n in reader.names):
        reader.notes.append(f"macro's in {name}: niet overgenomen en niet uitgevoerd")
    return PreparedImport(
        name, edition, reader.photos.photos, reader.notes, from_word_processor=True
    )


def _parse(
    archive: SafeZip, member: str, name: str, *, required: bool = True
) -> etree._Element | None:
    if member not in archive:
        if required:
            raise KeyError(member)
        return None
    try:
        return etree.fromstring(archive.read(member), SAFE_PARSER)
    except etree.XMLSyntaxError:
        raise ExchangeError(
            f"{name} is beschadigd (de tekst is geen geldige XML): sla het opnieuw op."
        ) from None


class _OdtReader:
    def __init__(self, archive: SafeZip, styles: Styles, photos: PhotoCollector) -> None:
        self.archive = archive
        self.names = archive.names()
        self.styles = styles
        self.photos = photos
        self.notes: list[str] = []
        self.edition = Edition(title="")
        self.article: Article | None = None
        self.blocks: list[Block] = []
        self.bullets: list[tuple[Span, ...]] = []
        self.footnotes: list[str] = []
        self.pending_boxes: list[SidebarBox] = []
        self.page = 1
        self.note_number = 0

    def note(self, what: str, outcome: str) -> None:
        line = f"{what} op pagina {self.page}{outcome}"
        if line not in self.notes:
            self.notes.append(line)

    def read(self, content: etree._Element) -> None:
        body = content.find(f"{OFFICE}body/{OFFICE}text")
        if body is None:
            raise KeyError("office:text")
        self._blocks(body)
        self._close()

    # -- structure ------------------------------------------------------------------------
    def _blocks(self, parent: etree._Element) -> None:
        for element in parent:
            tag = element.tag
            if tag in _SKIPPED or not isinstance(tag, str):
                continue
            if tag in (f"{TEXT}h", f"{TEXT}p"):
                self._paragraph(element)
            elif tag == f"{TEXT}list":
                self._list(element)
            elif tag == f"{TABLE}table":
                self._table(element)
            elif tag in (f"{TEXT}section", f"{TEXT}index-body"):
                self._blocks(element)
            elif tag == f"{TEXT}soft-page-break":
                self.page += 1

    def _current(self) -> Article:
        if self.article is None:
            self.article = Article()
        return self.article

    def _flush_list(self) -> None:
        if self.bullets:
            self.blocks.append(BulletList(tuple(self.bullets)))
            self.bullets = []

    def _close(self) -> None:
        if self.article is None:
            return
        self._flush_list()
        if self.footnotes:
            self.blocks.append(Subheading("Voetnoten"))
            self.blocks += [Paragraph((Span(t),)) for t in self.footnotes]
        self.article.body = blocks_to_markdown(self.blocks)
        self.edition.content.append(self.article)
        self.edition.content.extend(self.pending_boxes)
        self.article, self.blocks, self.footnotes, self.pending_boxes = None, [], [], []

    def _paragraph(self, element: etree._Element) -> None:
        self.page += sum(1 for _ in element.iter(f"{TEXT}soft-page-break"))
        spans = self._spans(element)
        lines = split_lines(spans)
        text = " ".join(" ".join(s.text for s in line) for line in lines)
        text = " ".join(text.replace("\t", " ").split())
        if not text:
            return
        style = self.styles.display(element.get(f"{TEXT}style-name") or "")
        level = element.get(f"{TEXT}outline-level") if element.tag == f"{TEXT}h" else None
        in_masthead = self.article is None and not self.edition.content
        if style == "Title" and in_masthead and not self.edition.title:
            self.edition.title = text
        elif style == "Subtitle" and in_masthead and self.edition.title:
            self.edition.meeting = self.edition.meeting or text
        elif level in (None, "1") and (level == "1" or style == "Heading 1"):
            self._close()
            self.article = Article(headline=text)
        elif level is not None or style.startswith("Heading"):
            self._current()
            self._flush_list()
            self.blocks.append(Subheading(text))
        else:
            self._current()
            self._flush_list()
            self.blocks.extend(Paragraph(line) for line in lines)

    def _list(self, element: etree._Element) -> None:
        for item in element.iter(f"{TEXT}list-item"):
            for paragraph in item.findall(f"{TEXT}p") + item.findall(f"{TEXT}h"):
                spans = self._spans(paragraph)
                joined = tuple(
                    Span(s.text.replace("\n", " "), s.bold, s.italic, s.link) for s in spans
                )
                if joined:
                    self._current()
                    self.bullets.append(joined)

    # -- text -----------------------------------------------------------------------------
    def _spans(self, element: etree._Element) -> tuple[Span, ...]:
        spans: list[Span] = []
        bold, italic = self.styles.emphasis(element.get(f"{TEXT}style-name") or "")
        self._walk(element, spans, bold, italic, None)
        return trim_spans(spans)

    def _walk(self, element: etree._Element, spans: list[Span], bold: bool, italic: bool,
              link: str | None) -> None:  # fmt: skip
        def add(text: str) -> None:
            if text:
                append_span(spans, Span(text, bold, italic, link))

        add(element.text or "")
        for child in element:
            tag = child.tag
            if isinstance(child, etree._Entity):
                self.note(
                    "tekst", f": de verwijzing &{child.name[:40]}; is weggelaten (niet opgevolgd)"
                )
            elif tag == f"{TEXT}span":
                b, i = self.styles.emphasis(child.get(f"{TEXT}style-name") or "")
                self._walk(child, spans, bold or b, italic or i, link)
            elif tag == f"{TEXT}a":
                self._walk(child, spans, bold, italic, safe_link(child.get(f"{XLINK}href") or ""))
            elif tag == f"{TEXT}s":
                count = child.get(f"{TEXT}c") or "1"
                add(" " * min(int(count) if count.isdigit() else 1, 100))
            elif tag == f"{TEXT}tab":
                add("\t")
            elif tag == f"{TEXT}line-break":
                add("\n")
            elif tag == f"{TEXT}note":
                add(self._footnote(child))
            elif tag == f"{DR}frame":
                self._frame(child)
            elif tag in _SKIPPED:
                pass
            elif isinstance(tag, str):
                self._walk(child, spans, bold, italic, link)
            add(child.tail or "")

    def _footnote(self, note: etree._Element) -> str:
        body = note.find(f"{TEXT}note-body")
        text = " ".join(" ".join(body.itertext()).split()) if body is not None else ""
        if not text:
            return ""
        self.note_number += 1
        self.footnotes.append(f"[{self.note_number}] {text}")
        kind = "eindnoot" if note.get(f"{TEXT}note-class") == "endnote" else "voetnoot"
        self.note(f"{kind} {self.note_number}", ": als tekst aan het eind van het artikel gezet")
        self._current()
        return f"[{self.note_number}]"

    # -- frames: pictures, text boxes, charts ---------------------------------------------
    def _frame(self, frame: etree._Element) -> None:
        alt = " ".join(
            (frame.findtext(f"{SVG}title") or frame.findtext(f"{SVG}desc") or "").split()
        )
        box = frame.find(f"{DR}text-box")
        chart = frame.find(f"{DR}object")
        ole = frame.find(f"{DR}object-ole")
        image = frame.find(f"{DR}image")
        if box is not None:
            self._text_box(box)
        elif chart is not None:
            self._chart(chart, image)
        elif ole is not None:
            pictured = image is not None and self._image(
                image, alt, "afbeelding van een ingesloten object"
            )
            self.note(
                "ingesloten object",
                " niet overgenomen" + ("; de afbeelding ervan wel" if pictured else ""),
            )
        elif image is not None:
            self._image(image, alt, "")

    def _image(self, image: etree._Element, alt: str, label: str) -> bool:
        href = image.get(f"{XLINK}href") or ""
        member = href[2:] if href.startswith("./") else href
        name = PurePosixPath(href.replace("\\", "/")).name or href
        label = label or f"afbeelding {quoted(name)}"
        if member not in self.archive:
            if href:
                self.note(f"gekoppelde afbeelding {quoted(name)}",
                          " niet overgenomen: het bestand staat buiten het document; "
                          "voeg de foto apart toe")  # fmt: skip
            return False
        try:
            data = self.archive.read(member)
            photo_hash = self.photos.add_photo(data, name)
        except PhotoError as error:
            self.note(label, f" niet overgenomen: {str(error).rstrip('. ')}")
            return False
        except (ZipDamaged, ZipMemberTooLarge):
            raise
        self._current().photos.append(PhotoRef(photo_hash, alt_text=alt))
        return True

    def _text_box(self, box: etree._Element) -> None:
        sidebar = SidebarBox()
        blocks: list[Block] = []
        for paragraph in box.iter(f"{TEXT}p", f"{TEXT}h"):
            text = " ".join(" ".join(s.text for s in self._spans(paragraph)).split())
            if not text:
                continue
            style = self.styles.display(paragraph.get(f"{TEXT}style-name") or "")
            if (
                not sidebar.title
                and not blocks
                and (paragraph.tag == f"{TEXT}h" or style.startswith("Heading"))
            ):
                sidebar.title = text
            else:
                blocks.append(Paragraph(self._spans(paragraph)))
        if sidebar.title or blocks:
            sidebar.body = blocks_to_markdown(blocks)
            self.pending_boxes.append(sidebar) if self.article else self.edition.content.append(
                sidebar
            )

    def _chart(self, obj: etree._Element, image: etree._Element | None) -> None:
        href = (obj.get(f"{XLINK}href") or "").removeprefix("./").rstrip("/")
        root = None
        if f"{href}/content.xml" in self.archive:
            try:
                root = etree.fromstring(self.archive.read(f"{href}/content.xml"), SAFE_PARSER)
            except etree.XMLSyntaxError:
                root = None
        is_chart = root is not None and root.find(f".//{CHART}chart") is not None
        title = ""
        lines: list[str] = []
        if root is not None:
            title_el = root.find(f".//{CHART}title")
            if title_el is not None:
                title = " ".join(" ".join(title_el.itertext()).split())
            for row in root.iter(f"{TABLE}table-row"):
                cells = [
                    " ".join(" ".join(c.itertext()).split()) for c in row.iter(f"{TABLE}table-cell")
                ]
                if any(cells):
                    lines.append(" ".join(c for c in cells if c))
        what = "grafiek" if is_chart else "ingesloten object"
        label = f"{what} {quoted(title)}" if title else what
        pictured = image is not None and self._image(image, "", f"afbeelding van {label}")
        if title or lines:
            self._current()
            self._flush_list()
            self.blocks.append(
                Paragraph((Span(f"Grafiek: {title}" if title else "Grafiek", bold=True),))
            )
            self.blocks.extend(Paragraph((Span(line),)) for line in lines)
        kept = [w for w, ok in (("de afbeelding", pictured), ("de teksten", bool(lines))) if ok]
        self.note(label, " niet overgenomen" + (f"; {' en '.join(kept)} ervan wel" if kept else ""))

    # -- tables ---------------------------------------------------------------------------
    def _table(self, table: etree._Element, nested: bool = False) -> list[str]:
        lines = []
        for row in table.iter(f"{TABLE}table-row"):
            if row.getparent() is not None and _owner_table(row) is not table:
                continue
            texts: list[str] = []
            for cell in row.findall(f"{TABLE}table-cell"):
                parts = []
                for child in cell:
                    if child.tag == f"{TABLE}table":
                        self.note("tabel in een tabel", ": als tekst overgenomen")
                        parts.append("; ".join(self._table(child, nested=True)))
                    elif child.tag in (f"{TEXT}p", f"{TEXT}h"):
                        parts.append(" ".join(" ".join(s.text for s in self._spans(child)).split()))
                    elif child.tag == f"{TEXT}list":
                        parts.extend(" ".join(p.itertext()) for p in child.iter(f"{TEXT}p"))
                value = " ".join(p for p in parts if p)
                if value and (not texts or texts[-1] != value):
                    texts.append(value)
            if texts:
                lines.append(" \u2013 ".join(texts))
        if not nested:
            self.note("tabel", ": als tekst overgenomen")
            self._current()
            self._flush_list()
            self.blocks.extend(Paragraph((Span(line),)) for line in lines)
        return lines


def _owner_table(row: etree._Element) -> etree._Element | None:
    for ancestor in row.iterancestors():
        if ancestor.tag == f"{TABLE}table":
            return ancestor
    return None

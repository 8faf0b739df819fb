"""What a Word paragraph holds besides text: pictures, charts, SmartArt, OLE objects.

:func:`objects_in` walks one paragraph in document order and returns what the importer
can bring over (:class:`Picture` bytes, :class:`Texts` as body blocks) together with a
:class:`Note` for everything that is converted or left behind. Pictures come from
DrawingML, from VML (older Word) and from OLE objects' preview pictures; a picture
that is only linked is never fetched: its bytes are used only when they are inside
the file. Every part is parsed without entities, DTDs or network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from vnhg_desk.exchange.docx_package import SAFE_PARSER
from vnhg_desk.model.richtext import Block, BulletList, Paragraph, Span

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_V = "{urn:schemas-microsoft-com:vml}"
_O = "{urn:schemas-microsoft-com:office:office}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_VML_SHAPES = {f"{_V}{tag}" for tag in ("shape", "rect", "oval", "line", "roundrect", "group")}
_PROG_IDS = (
    ("excel", "Excel-werkblad"),
    ("word", "Word-document"),
    ("powerpoint", "PowerPoint-dia"),
    ("equation", "formule"),
    ("visio", "Visio-tekening"),
    ("package", "ingesloten bestand"),
    ("acroexch", "PDF-document"),
)


@dataclass(frozen=True)
class Note:
    """A note whose place is filled in by the reader: ``{what} op pagina N{outcome}``."""

    what: str
    outcome: str


@dataclass(frozen=True)
class Picture:
    """Picture bytes found inside the file; ``label`` names it in notes."""

    blob: bytes
    filename: str
    alt: str
    label: str


@dataclass(frozen=True)
class Texts:
    """Text of a chart or SmartArt, as body blocks."""

    blocks: tuple[Block, ...]


Found = Note | Picture | Texts


def quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


class _Walker:
    def __init__(self, part: Any) -> None:
        self.part = part
        self.found: list[Found] = []

    # -- parts ----------------------------------------------------------------------------
    def _related(self, rel_id: str | None) -> Any:
        if not rel_id:
            return None
        rel = self.part.rels.get(rel_id)
        if rel is None or rel.is_external:
            return None
        return rel.target_part

    def _xml(self, rel_id: str | None) -> etree._Element | None:
        target = self._related(rel_id)
        if target is None:
            return None
        try:
            return etree.fromstring(target.blob, SAFE_PARSER)
        except etree.XMLSyntaxError:
            return None

    def _external(self, rel_id: str | None) -> str | None:
        rel = self.part.rels.get(rel_id) if rel_id else None
        return str(rel.target_ref) if rel is not None and rel.is_external else None

    # -- walking --------------------------------------------------------------------------
    def walk(self, element: etree._Element, fallback: etree._Element | None = None) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                if choice is not None:
                    self.walk(choice, child.find(f"{MC}Fallback"))
            elif tag == qn("w:drawing"):
                self._drawing(child, fallback)
            elif tag == qn("w:object"):
                self._ole(child)
            elif tag == qn("w:pict"):
                self._vml(child)
            elif isinstance(tag, str) and tag not in (qn("w:txbxContent"),):
                self.walk(child, fallback)
            elif tag == qn("w:txbxContent"):
                self.walk(child)  # pictures in a text box belong to the article too

    def _drawing(self, drawing: etree._Element, fallback: etree._Element | None) -> None:
        data = next(drawing.iter(f"{_A}graphicData"), None)
        uri = (data.get("uri") or "") if data is not None else ""
        alt = _alt_text(drawing)
        if uri.endswith("/chart"):
            chart = next(data.iter(f"{_C}chart"), None) if data is not None else None
            self._chart(self._xml(chart.get(f"{_R}id")) if chart is not None else None, fallback)
        elif uri.endswith("/diagram"):
            ids = next(data.iter(f"{_DGM}relIds"), None) if data is not None else None
            self._smartart(self._xml(ids.get(f"{_R}dm")) if ids is not None else None, fallback)
        else:
            blips = _own(drawing, f"{_A}blip")
            for blip in blips:
                self._blip(blip, alt)
            shapes = list(drawing.iter(f"{_WPS}wsp"))
            texts = _own(drawing, qn("w:txbxContent"))
            if shapes and not blips and not texts:
                self.found.append(Note("tekening (vorm)", " niet overgenomen"))
            for content in texts:
                self.walk(content)

    def _blip(self, blip: etree._Element, alt: str) -> None:
        embed = blip.get(f"{_R}embed")
        link = blip.get(f"{_R}link")
        for rel_id in (embed, link):
            target = self._related(rel_id)
            if target is not None:  # the bytes are inside the file
                name = PurePosixPath(str(target.partname)).name
                self.found.append(Picture(target.blob, name, alt, f"afbeelding {quoted(name)}"))
                return
        outside = self._external(link) or self._external(embed)
        if outside is not None:
            name = PurePosixPath(outside.replace("\\", "/")).name or outside
            self.found.append(
                Note(
                    f"gekoppelde afbeelding {quoted(name)}",
                    " niet overgenomen: het bestand staat buiten het document; "
                    "voeg de foto apart toe",
                )
            )

    def _fallback_pictures(self, fallback: etree._Element | None, label: str) -> bool:
        if fallback is None:
            return False
        before = len(self.found)
        for blip in fallback.iter(f"{_A}blip"):
            self._blip(blip, "")
        for image in fallback.iter(f"{_V}imagedata"):
            self._imagedata(image, "")
        pictures = [f for f in self.found[before:] if isinstance(f, Picture)]
        self.found[before:] = [
            Picture(p.blob, p.filename, p.alt, f"afbeelding van {label}") for p in pictures
        ]
        return bool(pictures)

    def _chart(self, root: etree._Element | None, fallback: etree._Element | None) -> None:
        title = ""
        lines: list[str] = []
        if root is not None:
            title_el = next(root.iter(f"{_C}title"), None)
            if title_el is not None:
                title = " ".join("".join(t.text or "" for t in title_el.iter(f"{_A}t")).split())
            for series in root.iter(f"{_C}ser"):
                lines.append(_series_text(series))
        label = f"grafiek {quoted(title)}" if title else "grafiek"
        pictured = self._fallback_pictures(fallback, label)
        lines = [line for line in lines if line]
        if title or lines:
            heading = f"Grafiek: {title}" if title else "Grafiek"
            blocks = [Paragraph((Span(heading, bold=True),))]
            blocks += [Paragraph((Span(line),)) for line in lines]
            self.found.append(Texts(tuple(blocks)))
        kept = [w for w, ok in (("de afbeelding", pictured), ("de teksten", bool(lines))) if ok]
        outcome = " niet overgenomen" + (f"; {' en '.join(kept)} ervan wel" if kept else "")
        self.found.append(Note(label, outcome))

    def _smartart(self, root: etree._Element | None, fallback: etree._Element | None) -> None:
        items: list[str] = []
        if root is not None:
            for point in root.iter(f"{_DGM}pt"):
                if point.get("type") not in (None, "node"):
                    continue
                text = next(point.iter(f"{_DGM}t"), None)
                if text is None:
                    continue
                paragraphs = [
                    "".join(t.text or "" for t in p.iter(f"{_A}t")) for p in text.iter(f"{_A}p")
                ]
                value = " ".join(" ".join(paragraphs).split())
                if value:
                    items.append(value)
        pictured = self._fallback_pictures(fallback, "SmartArt")
        if items:
            self.found.append(Texts((BulletList(tuple((Span(i),) for i in items)),)))
        kept = [w for w, ok in (("de teksten als opsomming", bool(items)),
                                ("de afbeelding", pictured)) if ok]  # fmt: skip
        outcome = " niet als SmartArt overgenomen" + (
            f"; {' en '.join(kept)} wel" if kept else "; er stond geen tekst in"
        )
        self.found.append(Note("SmartArt", outcome))

    def _imagedata(self, image: etree._Element, alt: str) -> bool:
        rel_id = image.get(f"{_R}id") or image.get(f"{_O}relid")
        target = self._related(rel_id)
        if target is not None:
            name = PurePosixPath(str(target.partname)).name
            self.found.append(Picture(target.blob, name, alt, f"afbeelding {quoted(name)}"))
            return True
        outside = self._external(image.get(f"{_R}href") or rel_id) or image.get(f"{_O}href")
        if outside:
            name = PurePosixPath(outside.replace("\\", "/")).name or outside
            self.found.append(
                Note(
                    f"gekoppelde afbeelding {quoted(name)}",
                    " niet overgenomen: het bestand staat buiten het document; "
                    "voeg de foto apart toe",
                )
            )
        return False

    def _vml(self, pict: etree._Element) -> None:
        images = _own(pict, f"{_V}imagedata")
        for image in images:
            shape = image.getparent()
            alt = (shape.get("alt") or "") if shape is not None else ""
            self._imagedata(image, alt.strip())
        texts = _own(pict, qn("w:txbxContent"))
        for content in texts:
            self.walk(content)
        if not images and not texts and any(e.tag in _VML_SHAPES for e in pict.iter()):
            self.found.append(Note("tekening (vorm)", " niet overgenomen"))

    def _ole(self, obj: etree._Element) -> None:
        ole = next(obj.iter(f"{_O}OLEObject"), None)
        prog = (ole.get("ProgID") or "") if ole is not None else ""
        kind = next((name for key, name in _PROG_IDS if key in prog.lower()), "object")
        label = f"ingesloten {kind}" if kind != "object" else "ingesloten object"
        before = len(self.found)
        for image in obj.iter(f"{_V}imagedata"):
            self._imagedata(image, "")
        pictures = [f for f in self.found[before:] if isinstance(f, Picture)]
        self.found[before:] = [
            Picture(p.blob, p.filename, p.alt, f"afbeelding van {label}") for p in pictures
        ]
        outcome = " niet overgenomen" + ("; de afbeelding ervan wel" if pictures else "")
        self.found.append(Note(label, outcome))


def _own(element: etree._Element, tag: str) -> list[etree._Element]:
    """Descendants with ``tag`` that are not inside a text box below ``element``."""
    box = qn("w:txbxContent")
    found = []
    for candidate in element.iter(tag):
        ancestors = []
        for ancestor in candidate.iterancestors():
            if ancestor is element:
                break
            ancestors.append(ancestor.tag)
        if box in ancestors:
            continue
        found.append(candidate)
    return found


def _series_text(series: etree._Element) -> str:
    def values(tag: str) -> list[str]:
        holder = series.find(f"{_C}{tag}")
        if holder is None:
            return []
        return [(v.text or "").strip() for v in holder.iter(f"{_C}v")]

    name = " ".join(values("tx"))
    categories = values("cat")
    numbers = values("val")
    if categories and len(categories) == len(numbers):
        pairs = ", ".join(f"{c} {n}" for c, n in zip(categories, numbers, strict=True))
    else:
        pairs = ", ".join(categories + numbers)
    return f"{name}: {pairs}" if name and pairs else name or pairs


def _alt_text(drawing: etree._Element) -> str:
    doc_pr = next(drawing.iter(qn("wp:docPr")), None)
    if doc_pr is None:
        return ""
    return (doc_pr.get("descr") or doc_pr.get("title") or "").strip()


def objects_in(paragraph_element: etree._Element, part: Any) -> list[Found]:
    """Pictures, object texts and notes of one paragraph, in document order."""
    walker = _Walker(part)
    walker.walk(paragraph_element)
    return walker.found

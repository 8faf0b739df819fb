"""Read an exported .docx back for the tests: paragraphs in order, pictures, links, fields."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from PIL import Image


@dataclass(frozen=True)
class Para:
    style: str
    text: str
    in_table: bool


def open_docx(path_or_bytes):
    if isinstance(path_or_bytes, bytes):
        return docx.Document(io.BytesIO(path_or_bytes))
    return docx.Document(str(Path(path_or_bytes)))


def _hyperlink_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def paragraphs(document) -> list[Para]:
    """Every body paragraph, box cells included, in document order (link text included)."""
    out: list[Para] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            out.append(Para(block.style.name, block.text, False))
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        out.append(Para(paragraph.style.name, paragraph.text, True))
    return out


def styled(document, style: str) -> list[str]:
    return [p.text for p in paragraphs(document) if p.style == style]


def style_of(document, text: str) -> str:
    matches = [p.style for p in paragraphs(document) if p.text == text]
    assert matches, f"no paragraph reads {text!r}"
    return matches[0]


@dataclass(frozen=True)
class Picture:
    descr: str
    title: str
    width_px: int
    height_px: int
    format: str
    width_emu: int


def pictures(document) -> list[Picture]:
    """Inline pictures in body order, with their alt text and the embedded image's size."""
    found = []
    body = document.element.body
    for inline in body.iter(qn("wp:inline")):
        doc_pr = inline.find(qn("wp:docPr"))
        blip = next(inline.iter(qn("a:blip")))
        part = document.part.related_parts[blip.get(qn("r:embed"))]
        with Image.open(io.BytesIO(part.blob)) as image:
            size, fmt = image.size, image.format
        extent = inline.find(qn("wp:extent"))
        found.append(
            Picture(
                doc_pr.get("descr", ""),
                doc_pr.get("title", ""),
                size[0],
                size[1],
                fmt,
                int(extent.get("cx")),
            )
        )
    return found


def hyperlinks(document) -> list[tuple[str, str]]:
    """(text, target) of every w:hyperlink in the body."""
    links = []
    for link in document.element.body.iter(qn("w:hyperlink")):
        rel = document.part.rels[link.get(qn("r:id"))]
        assert rel.is_external
        links.append((_hyperlink_text(link), rel.target_ref))
    return links


def field_instructions(part_element) -> list[str]:
    return [(t.text or "").strip() for t in part_element.iter(qn("w:instrText"))]


def all_text(document) -> str:
    return "\n".join(p.text for p in paragraphs(document))


def outline_level(paragraph: Paragraph) -> int | None:
    """The paragraph's outline level as Word reads it (0 = level 1): its own, else its
    style's or a base style's; None for body text."""
    ppr = paragraph._p.pPr
    level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    style = paragraph.style
    while level is None and style is not None:
        style_ppr = style.element.pPr
        level = style_ppr.find(qn("w:outlineLvl")) if style_ppr is not None else None
        style = style.base_style
    if level is None or int(level.get(qn("w:val"))) > 8:  # 9 is "body text"
        return None
    return int(level.get(qn("w:val")))


def headings(document) -> list[tuple[int, str]]:
    """(level from 1, text) of every heading Word sees, in body order, boxes included:
    what its navigation pane, accessibility checker and PDF tags go by."""
    out = []
    for block in document.iter_inner_content():
        cells = (
            [p for row in block.rows for cell in row.cells for p in cell.paragraphs]
            if isinstance(block, Table)
            else [block]
        )
        for paragraph in cells:
            level = outline_level(paragraph)
            if level is not None and paragraph.text.strip():
                out.append((level + 1, paragraph.text))
    return out

"""Reading Word paragraphs: their style, outline level, text with emphasis and links, boxes.

Helpers for :mod:`vnhg_desk.exchange.docx_import`; nothing here changes a document.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml import etree

from vnhg_desk.model.richtext import Span, append_span, safe_link, trim_spans

# Containers whose runs are part of the text; deleted or moved-away text is left out.
_RUN_CONTAINERS = {
    qn(f"w:{tag}")
    for tag in ("ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo")
}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def style_name(paragraph: DocxParagraph) -> str:
    try:
        return paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def outline_level(paragraph: DocxParagraph) -> int | None:
    """The paragraph's outline level (0 = top), from its own properties or its styles."""
    elements = [paragraph._p.pPr]
    style = paragraph.style
    seen: set[str] = set()
    # A style chain that loops back on itself (a damaged file) is followed only once.
    while style is not None and style.style_id not in seen and len(seen) < 20:
        seen.add(style.style_id)
        elements.append(style.element.pPr)
        style = style.base_style
    for ppr in elements:
        level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if level is not None:
            value = level.get(qn("w:val"), "9")
            return int(value) if value.isdigit() and int(value) < 9 else None
    return None


def link_target(paragraph: DocxParagraph, link: etree._Element) -> str | None:
    rel_id = link.get(qn("r:id"))
    rel = paragraph.part.rels.get(rel_id) if rel_id else None
    if rel is None or not rel.is_external:
        return None
    target = safe_link(rel.target_ref)
    # Angle brackets and spaces cannot stand in a Markdown link destination.
    return quote(target, safe=":/?#[]@!$&'()*+,;=%~") if target else None


class TextHooks:
    """What the importer wants to hear about while text is read (all optional)."""

    def note_reference(self, kind: str, note_id: str) -> str:
        """The marker to put where a footnote ("footnote") or endnote is referenced."""
        return ""

    def entity(self, name: str) -> None:
        """An XML entity reference was left out (never resolved)."""

    def formula(self) -> None:
        """A formula (Office Math) was taken over as plain text."""


_NO_HOOKS = TextHooks()
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


def element_text(element: etree._Element, hooks: TextHooks = _NO_HOOKS) -> str:
    """The text of a w:t (or m:t): its text and what follows an entity reference in it."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child, etree._Entity):
            hooks.entity(child.name)
            tail = child.tail or ""
            if parts[-1].endswith(" ") and tail.startswith(" "):
                tail = tail[1:]  # "voor &x; na" reads "voor na", not "voor  na"
            parts.append(tail)
        else:
            parts.append(child.tail or "")
    return "".join(parts)


def run_text(run: etree._Element, hooks: TextHooks = _NO_HOOKS) -> str:
    """A run's text as it means: tabs stay tabs, line and page breaks become new lines."""
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == qn("w:t"):
            parts.append(element_text(child, hooks))
        elif tag in (qn("w:tab"), qn("w:ptab")):
            parts.append("\t")
        elif tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
        elif tag == qn("w:footnoteReference"):
            parts.append(hooks.note_reference("footnote", child.get(qn("w:id")) or ""))
        elif tag == qn("w:endnoteReference"):
            parts.append(hooks.note_reference("endnote", child.get(qn("w:id")) or ""))
    return "".join(parts)


def paragraph_spans(paragraph: DocxParagraph, hooks: TextHooks = _NO_HOOKS) -> tuple[Span, ...]:
    """The paragraph's text with emphasis and links; "\\n" where a line break stands."""
    spans: list[Span] = []

    def walk(parent: etree._Element, link: str | None) -> None:
        for element in parent:
            if element.tag == qn("w:r"):
                text = run_text(element, hooks)
                if text:
                    run = Run(element, paragraph)
                    style = run.style.name if run.style is not None else ""
                    bold = bool(run.bold) or style == "Strong"
                    italic = bool(run.italic) or style == "Emphasis"
                    append_span(spans, Span(text, bold, italic, link))
            elif element.tag == qn("w:hyperlink"):
                walk(element, link_target(paragraph, element))
            elif element.tag in (f"{_M}oMath", f"{_M}oMathPara"):
                formula = "".join(element_text(t, hooks) for t in element.iter(f"{_M}t"))
                if formula:
                    hooks.formula()
                    append_span(spans, Span(formula, False, False, link))
            elif element.tag in _RUN_CONTAINERS:
                walk(element, link)

    walk(paragraph._p, None)
    return trim_spans([_tidy(span) for span in spans])


def _tidy(span: Span) -> Span:
    """Runs of tabs count as one; white space around a line break goes."""
    text = re.sub(r"\t+", "\t", span.text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return Span(text, span.bold, span.italic, span.link)


def split_lines(spans: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    """Spans cut at each line break: one tuple per line, empty lines left out."""
    lines: list[list[Span]] = [[]]
    for span in spans:
        pieces = span.text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append([])
            if piece:
                append_span(lines[-1], Span(piece, span.bold, span.italic, span.link))
    return [trimmed for line in lines if (trimmed := trim_spans(line))]


def one_line(text: str) -> str:
    """Text for a single-line field (headline, kicker): breaks and tabs become spaces."""
    return " ".join(text.replace("\t", " ").replace("\n", " ").split())


def is_table_of_contents(sdt: etree._Element) -> bool:
    """A content control holding Word's generated table of contents (left out)."""
    gallery = sdt.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and "Contents" in (gallery.get(qn("w:val")) or "")


def text_boxes(paragraph: DocxParagraph) -> list[list[DocxParagraph]]:
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


def in_text_box(element: etree._Element) -> bool:
    return any(a.tag in (qn("w:txbxContent"), _MC_FALLBACK) for a in element.iterancestors())


def is_list_item(paragraph: DocxParagraph, style: str) -> bool:
    ppr = paragraph._p.pPr
    numbered = ppr is not None and ppr.find(qn("w:numPr")) is not None
    return numbered or style.startswith("List")

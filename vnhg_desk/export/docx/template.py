"""Tidy python-docx's built-in template: drop what we never use, fix what it gets wrong.

Called by :func:`vnhg_desk.export.docx.styles.define_styles`; nothing here defines a look.
"""

from __future__ import annotations

import copy
from collections.abc import Collection

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from vnhg_desk.export.docx import ooxml


def prune_template(doc: DocxDocument) -> None:
    """Leave out what python-docx's template carries but we never use.

    Its hundred table styles crowd Word's gallery (and make every style lookup slow), and
    ``stylesWithEffects.xml`` is a Word 2010 duplicate of the styles that later versions
    ignore: keeping it would let the two disagree.
    """
    keep = {"Normal Table", "Table Grid"}
    root = doc.styles.element
    for style in root.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if style.get(qn("w:type")) == "table" and name is not None:
            if name.get(qn("w:val")) not in keep:
                root.remove(style)
    rels = doc.part.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            rels.pop(rel_id)


def match_linked_character_styles(doc: DocxDocument, restyled: Collection[str]) -> None:
    """Linked character styles ("Heading 1 Char" ...) look like their paragraph style.

    Word applies them when a paragraph style is given to part of a paragraph; the
    template's versions still name its theme fonts and colours.
    """
    by_id = {style.style_id: style for style in doc.styles}
    for style in doc.styles:
        link = style.element.find(qn("w:link"))
        if style.type != WD_STYLE_TYPE.CHARACTER or link is None:
            continue
        target = by_id.get(link.get(qn("w:val")))
        if target is None or target.name not in restyled or target.element.rPr is None:
            continue
        ooxml.put(style.element, copy.deepcopy(target.element.rPr), ooxml.STYLE_ORDER)


def bullet_glyph(doc: DocxDocument, font: str, colour: str) -> None:
    """Replace the template's Symbol-font bullet by a real "•" in the heading font."""
    numbering = doc.part.numbering_part.element
    for level in numbering.iter(qn("w:lvl")):
        pstyle = level.find(qn("w:pStyle"))
        if pstyle is None or pstyle.get(qn("w:val")) != "ListBullet":
            continue
        level.find(qn("w:lvlText")).set(qn("w:val"), "\u2022")
        rpr = ooxml.child(level, "w:rPr")
        ooxml.set_fonts(rpr, font)
        rpr.attrib.pop(qn("w:hint"), None)
        fonts = rpr.find(qn("w:rFonts"))
        fonts.attrib.pop(qn("w:hint"), None)
        ooxml.put(rpr, ooxml.element("w:color", val=colour), ooxml.RPR_ORDER)

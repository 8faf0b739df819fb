"""Real Word hyperlinks (``w:hyperlink`` with an external relationship) for checked URLs."""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.export.docx.styles import HYPERLINK
from vnhg_desk.model.richtext import safe_link


def add_hyperlink(paragraph: Paragraph, text: str, url: str) -> Run | None:
    """Append ``text`` linking to ``url``; returns the run to format, or None if no link.

    Only addresses :func:`safe_link` accepts become links; the caller writes anything
    else as plain text.
    """
    target = safe_link(xml_safe(url))
    if target is None:
        return None
    rel_id = paragraph.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    r = OxmlElement("w:r")
    link.append(r)
    run = Run(r, paragraph)
    run.text = xml_safe(text)
    run.style = HYPERLINK
    return run

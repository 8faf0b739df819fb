"""Core properties (title, author, subject, keywords, created, language) and document settings."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from lxml import etree

from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.layout.document_info import DocumentInfo

_TEXT_LIMIT = 255  # Word shows at most this much of a property


def set_properties(doc: DocxDocument, info: DocumentInfo) -> None:
    """Fill the core properties from the layout's document info (the PDF's and the
    e-mail's too); every value is cleaned and cut to what Word shows."""
    props = doc.core_properties
    now = info.created
    author = info.author

    def fit(text: str) -> str:
        return xml_safe(text).strip()[:_TEXT_LIMIT]

    props.title = fit(info.title)
    props.author = fit(author)
    props.last_modified_by = fit(author)
    props.subject = fit(info.subject)
    props.keywords = fit(", ".join(k for k in info.keywords if k))
    props.category = fit(info.category)
    props.content_status = fit(info.status)
    props.comments = ""
    props.language = info.language
    props.created = now
    props.modified = now
    props.revision = 1
    _drop_template_thumbnail(doc)
    _extended_properties(doc, fit(author))


_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def _extended_properties(doc: DocxDocument, company: str) -> None:
    """docProps/app.xml names this program and the association, not the template's Word
    for Mac with its stale page and word counts (file managers show those)."""
    for part in doc.part.package.iter_parts():
        if str(part.partname) != "/docProps/app.xml":
            continue
        root = etree.Element(f"{{{_EXTENDED}}}Properties", nsmap={None: _EXTENDED})
        for tag, text in (("Application", "VNHG Desk"), ("DocSecurity", "0"), ("Company", company)):
            etree.SubElement(root, f"{{{_EXTENDED}}}{tag}").text = text
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _drop_template_thumbnail(doc: DocxDocument) -> None:
    """python-docx's template carries a thumbnail of another document: leave it out."""
    rels = doc.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            rels.pop(rel_id)


def set_settings(doc: DocxDocument, language_tag: str) -> None:
    """Settings of a current Word document rather than the template's Word 2010 ones.

    - compatibility mode 15: Word opens it without "[Compatibiliteitsmodus]", and a box
      table's border (not its text) lines up with the margin;
    - no recorded proofing state, so Word spell-checks the text (in Dutch) when opened;
    - the theme's language follows the document's.
    """
    settings = doc.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    for proof_state in settings.findall(qn("w:proofState")):
        settings.remove(proof_state)
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language_tag)
        theme_lang.attrib.pop(qn("w:eastAsia"), None)

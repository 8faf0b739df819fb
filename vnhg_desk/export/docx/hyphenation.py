"""Word's own automatic hyphenation, with the limits our PDF keeps where Word has them.

Word cannot take our exceptions list or the 2-before/3-after rule, but it can be asked
to hyphenate (``w:autoHyphenation``), never more than two lines in a row
(``w:consecutiveHyphenLimit``), only where a line would otherwise end far from the
margin (``w:hyphenationZone``) and never words in capitals (``w:doNotHyphenateCaps``).
Headlines, kickers, titles, captions and pull quotes are never hyphenated: their styles
carry ``w:suppressAutoHyphens``.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from vnhg_desk.export.docx import styles
from vnhg_desk.export.docx.ooxml import PPR_ORDER, put

#: At most this many hyphenated lines in a row (the PDF never has three).
CONSECUTIVE_LIMIT = 2
#: The hyphenation zone in twentieths of a point: 0.75 cm, wider than Word's 0.63 cm
#: default, so Word hyphenates sparingly, as the PDF does.
ZONE_TWIPS = 425
#: Styles whose text is never hyphenated.
NEVER = (
    styles.TITLE,
    styles.SUBTITLE,
    styles.HEADLINE,
    styles.SUBHEADING,
    styles.KICKER,
    styles.CAPTION,
    styles.PULL_QUOTE,
    styles.QUOTE_SOURCE,
    styles.BANNER,
    styles.BOX_TITLE,
    styles.BYLINE,
)
# CT_Settings sequence: the four hyphenation settings follow defaultTabStop and come
# before everything listed here.
_AFTER = (
    "showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders "
    "bookFoldRevPrinting bookFold bookFoldPrinting drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery "
    "displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
    "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
    "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars "
    "noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema "
    "saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
    "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace "
    "updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr "
    "attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats "
    "doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType "
    "schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"
).split()


def set_hyphenation(doc: DocxDocument) -> None:
    """Ask Word to hyphenate the running text within our limits, never the titles."""
    settings = doc.settings.element
    values = (
        ("w:autoHyphenation", "true"),
        ("w:consecutiveHyphenLimit", str(CONSECUTIVE_LIMIT)),
        ("w:hyphenationZone", str(ZONE_TWIPS)),
        ("w:doNotHyphenateCaps", "true"),
    )
    later = {qn("w:" + name) for name in _AFTER}
    anchor = next((child for child in settings if child.tag in later), None)
    for tag, value in values:
        for old in settings.findall(qn(tag)):
            settings.remove(old)
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        if anchor is None:
            settings.append(element)
        else:
            anchor.addprevious(element)
    for style in doc.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.name in NEVER:
            put(style.element.get_or_add_pPr(), OxmlElement("w:suppressAutoHyphens"), PPR_ORDER)

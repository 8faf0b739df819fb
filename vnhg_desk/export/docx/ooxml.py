"""Small WordprocessingML helpers python-docx has no API for: fonts, language, borders, shading.

Values come from the house style, never from document text; lxml escapes attributes.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element

_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


# Schema order (ECMA-376 sequences) of the property elements we write into.
PPR_ORDER = tuple(
    "w:" + name
    for name in (
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
        "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
        "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
        "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
        "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ).split()
)
RPR_ORDER = tuple(
    "w:" + name
    for name in (
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
        "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
        "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
    ).split()
)
TBLPR_ORDER = tuple(
    "w:" + name
    for name in (
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
        "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
        "tblDescription"
    ).split()
)
TCPR_ORDER = tuple(
    "w:" + name
    for name in (
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
        "tcFitText vAlign hideMark"
    ).split()
)
STYLE_ORDER = tuple(
    "w:" + name
    for name in (
        "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
        "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr "
        "tblPr trPr tcPr tblStylePr"
    ).split()
)


def put(parent: _Element, element: _Element, order: tuple[str, ...]) -> _Element:
    """Insert ``element`` into ``parent`` at its schema place, replacing one of the same tag."""
    old = parent.find(element.tag)
    if old is not None:
        parent.remove(old)
    names = [qn(name) for name in order]
    position = names.index(element.tag) if element.tag in names else len(names)
    for existing in parent:
        if existing.tag in names[position + 1 :]:
            existing.addprevious(element)
            return element
    parent.append(element)
    return element


def child(parent: _Element, tag: str) -> _Element:
    """The first ``tag`` child of ``parent``, appended when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def element(tag: str, **attrs: str) -> _Element:
    """A new ``w:`` element with ``w:`` attributes, e.g. ``element("w:outlineLvl", val="0")``."""
    made = OxmlElement(tag)
    for name, value in attrs.items():
        made.set(qn(f"w:{name}"), value)
    return made


def set_fonts(rpr: _Element, family: str) -> None:
    """Use ``family`` for every script slot so Word does not substitute a theme font."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = put(rpr, OxmlElement("w:rFonts"), RPR_ORDER)
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), family)


def set_language(rpr: _Element, tag: str) -> None:
    """Mark runs as ``tag`` (e.g. ``nl-NL``) so Word spell-checks in that language."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = put(rpr, OxmlElement("w:lang"), RPR_ORDER)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)


def shading(fill_hex: str) -> _Element:
    """A ``w:shd`` element filling with ``fill_hex`` ("RRGGBB")."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    return shd


def border_set(
    tag: str, sides: tuple[str, ...], colour_hex: str, eighths: int, space: int = 4
) -> _Element:
    """A border container (``w:pBdr`` or ``w:tblBorders``) with single lines on ``sides``."""
    borders = OxmlElement(tag)
    for side in sides:
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(eighths))
        line.set(qn("w:space"), str(space))
        line.set(qn("w:color"), colour_hex)
        borders.append(line)
    return borders

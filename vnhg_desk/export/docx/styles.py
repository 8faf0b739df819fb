"""The Word styles of every exported document, defined once from the house style.

Built-in styles (Normal, Title, Subtitle, Heading 1/2, Quote, Intense Quote, Caption,
List Bullet) are restyled, so Word's navigation pane, outline view and accessibility
check understand the document; the newsletter's own parts get named custom styles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from lxml.etree import _Element

from vnhg_desk.export.docx import ooxml, template
from vnhg_desk.model import HouseStyle

NORMAL = "Normal"
TITLE = "Title"
SUBTITLE = "Subtitle"
HEADLINE = "Heading 1"
SUBHEADING = "Heading 2"
QUOTE = "Quote"
PULL_QUOTE = "Intense Quote"
CAPTION = "Caption"
BULLET = "List Bullet"
KICKER = "Bovenkop"
LEAD = "Intro"
BANNER = "Datumbalk"
REFERENCE = "Kenmerk"
BYLINE = "Auteur"
PHOTO = "Foto"
QUOTE_SOURCE = "Citaatbron"
DETAILS = "Gegevens"
BOX = "Kader"
BOX_TITLE = "Kadertitel"
BOX_TEXT = "Kadertekst"
HYPERLINK = "Hyperlink"
HEADER = "Header"
FOOTER = "Footer"

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
_HEX = re.compile(r"^#?([0-9A-Fa-f]{6})$")
_MUTED = "5A5A5A"
DETAILS_INDENT = Mm(22)
#: Inner left/right margin of a box, in twentieths of a point.
BOX_PADDING = 200
_WHITE = "FFFFFF"


def language_tag(language: str) -> str:
    """The Word language tag for a document language ("nl" -> "nl-NL")."""
    return LANGUAGE_TAGS.get(language, "nl-NL")


def hex_colour(value: str, fallback: str) -> str:
    """``"#0B5394"`` -> ``"0B5394"``; a malformed house-style colour gives ``fallback``."""
    match = _HEX.match((value or "").strip())
    return match.group(1).upper() if match else fallback


@dataclass(frozen=True)
class Palette:
    """The house style's colours as Word hex strings, plus the two fonts."""

    primary: str
    accent: str
    tint: str
    text: str
    heading_font: str
    body_font: str

    @classmethod
    def of(cls, style: HouseStyle) -> Palette:
        """Colours and fonts from the house style, with safe fallbacks."""
        return cls(
            primary=hex_colour(style.primary_colour, "0B5394"),
            accent=hex_colour(style.accent_colour, "E07B00"),
            tint=hex_colour(style.tint_colour, "E8F0F8"),
            text=hex_colour(style.text_colour, "1A1A1A"),
            heading_font=(style.heading_font or "").strip() or "Noto Sans",
            body_font=(style.body_font or "").strip() or "Noto Serif",
        )


@dataclass(frozen=True)
class Look:
    """How one paragraph style looks; ``None`` leaves the attribute to the base style."""

    sans: bool = False
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    colour: str = "text"
    before: float | None = None
    after: float | None = None
    keep_next: bool | None = None
    align: WD_ALIGN_PARAGRAPH | None = None
    indent: float | None = None
    line: float | None = None


def _looks() -> dict[str, tuple[Look, str | None]]:
    """Each paragraph style with its look and the built-in style it is based on."""
    centre = WD_ALIGN_PARAGRAPH.CENTER
    return {
        NORMAL: (Look(size=10.5, after=6, line=1.2), None),
        TITLE: (Look(sans=True, size=26, bold=True, colour="primary", after=4), NORMAL),
        SUBTITLE: (
            Look(sans=True, size=13, italic=False, colour="muted", after=8, keep_next=True),
            NORMAL,
        ),
        HEADLINE: (
            Look(
                sans=True,
                size=19,
                bold=True,
                colour="primary",
                before=6,
                after=4,
                keep_next=True,
                line=1.05,
            ),
            NORMAL,
        ),
        SUBHEADING: (
            Look(
                sans=True, size=12, bold=True, colour="primary", before=10, after=2, keep_next=True
            ),
            NORMAL,
        ),
        KICKER: (
            Look(
                sans=True,
                size=8.5,
                bold=True,
                caps=True,
                colour="accent",
                before=20,
                after=0,
                keep_next=True,
            ),
            NORMAL,
        ),
        LEAD: (Look(size=11.5, bold=True, after=8), NORMAL),
        BANNER: (
            Look(sans=True, size=10.5, bold=True, colour="white", before=4, after=10),
            NORMAL,
        ),
        REFERENCE: (Look(sans=True, size=8, colour="muted", after=2), NORMAL),
        BYLINE: (Look(sans=True, size=9, italic=True, colour="muted", before=4), NORMAL),
        PHOTO: (Look(after=2, before=6, keep_next=True, align=centre, line=1.0), NORMAL),
        CAPTION: (
            Look(
                sans=True, size=8.5, bold=False, italic=True, colour="muted", after=10, align=centre
            ),
            NORMAL,
        ),
        QUOTE: (Look(italic=True, size=11, colour="text", indent=24), NORMAL),
        PULL_QUOTE: (
            Look(
                sans=True,
                size=15,
                bold=True,
                italic=False,
                colour="accent",
                before=10,
                after=2,
                keep_next=True,
                indent=36,
                line=1.1,
            ),
            NORMAL,
        ),
        QUOTE_SOURCE: (
            Look(sans=True, size=8.5, caps=True, colour="muted", after=12, indent=36),
            NORMAL,
        ),
        BULLET: (Look(after=2), NORMAL),
        DETAILS: (Look(sans=True, size=11.5, after=3), NORMAL),
        BOX_TITLE: (
            Look(sans=True, size=12.5, bold=True, colour="primary", after=4, keep_next=True),
            NORMAL,
        ),
        BOX_TEXT: (Look(sans=True, size=9.5, after=4), NORMAL),
        HEADER: (Look(sans=True, size=8, colour="muted", after=0), NORMAL),
        FOOTER: (Look(sans=True, size=8, colour="muted", after=0, align=centre), NORMAL),
    }


def define_styles(doc: DocxDocument, house: HouseStyle, language: str) -> Palette:
    """Define every style the writers use; returns the palette for direct use."""
    palette = Palette.of(house)
    tag = language_tag(language)
    template.prune_template(doc)
    _document_defaults(doc, palette, tag)
    for name, (look, base) in _looks().items():
        style = _paragraph_style(doc, name, base)
        _apply(style, look, palette, tag)
    _extras(doc, palette)
    template.match_linked_character_styles(doc, set(_looks()))
    _hyperlink_style(doc, palette)
    _box_table_style(doc, palette)
    template.bullet_glyph(doc, palette.heading_font, palette.accent)
    return palette


def _document_defaults(doc: DocxDocument, palette: Palette, tag: str) -> None:
    styles = doc.styles.element
    defaults = ooxml.child(styles, "w:docDefaults")
    rpr = ooxml.child(ooxml.child(defaults, "w:rPrDefault"), "w:rPr")
    ooxml.set_fonts(rpr, palette.body_font)
    ooxml.set_language(rpr, tag)


def _paragraph_style(doc: DocxDocument, name: str, base: str | None) -> ParagraphStyle:
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.quick_style = True
    assert isinstance(style, ParagraphStyle)
    if base is not None and name != base:
        style.base_style = doc.styles[base]
    style.hidden = False
    style.unhide_when_used = False
    return style


def _colour(palette: Palette, key: str) -> str:
    return {
        "primary": palette.primary,
        "accent": palette.accent,
        "text": palette.text,
        "muted": _MUTED,
        "white": _WHITE,
    }[key]


def _apply(style: ParagraphStyle, look: Look, palette: Palette, tag: str) -> None:
    font = style.font
    rpr = style.element.get_or_add_rPr()
    ooxml.set_fonts(rpr, palette.heading_font if look.sans else palette.body_font)
    old_colour = rpr.find(qn("w:color"))
    if old_colour is not None:
        rpr.remove(old_colour)
    font.color.rgb = RGBColor.from_string(_colour(palette, look.colour))
    if look.size is not None:
        font.size = Pt(look.size)
    font.bold = look.bold
    font.italic = look.italic
    font.all_caps = look.caps
    # No letter-spacing (the template's Title and Subtitle have some): spaced letters
    # come apart when a PDF made from the document is read back as text.
    for stale in rpr.findall(qn("w:spacing")):
        rpr.remove(stale)
    ooxml.set_language(rpr, tag)
    fmt = style.paragraph_format
    for attr, value in (("space_before", look.before), ("space_after", look.after)):
        if value is not None:
            setattr(fmt, attr, Pt(value))
    if look.keep_next is not None:
        fmt.keep_with_next = look.keep_next
    if look.align is not None:
        fmt.alignment = look.align
    if look.indent is not None:
        fmt.left_indent = Pt(look.indent)
        fmt.right_indent = Pt(look.indent)
    if look.line is not None:
        fmt.line_spacing = look.line
    if style.name == NORMAL:
        # Explicit, so every style inherits it: no single first or last line of a
        # paragraph alone on a page.
        fmt.widow_control = True


def _extras(doc: DocxDocument, palette: Palette) -> None:
    """Borders, shading and outline levels that python-docx has no properties for."""
    styles = doc.styles
    ppr = styles[TITLE].element.get_or_add_pPr()
    ooxml.put(ppr, ooxml.border_set("w:pBdr", ("bottom",), palette.primary, 12, 6), ooxml.PPR_ORDER)
    sub = styles[SUBTITLE].element.get_or_add_pPr()
    stale_numbering = sub.find(qn("w:numPr"))
    if stale_numbering is not None:
        sub.remove(stale_numbering)
    banner = styles[BANNER].element.get_or_add_pPr()
    ooxml.put(banner, ooxml.shading(palette.primary), ooxml.PPR_ORDER)
    ooxml.put(
        banner,
        ooxml.border_set("w:pBdr", ("top", "left", "bottom", "right"), palette.primary, 4, 3),
        ooxml.PPR_ORDER,
    )
    pull = styles[PULL_QUOTE].element.get_or_add_pPr()
    ooxml.put(pull, ooxml.border_set("w:pBdr", ("top",), palette.accent, 18, 6), ooxml.PPR_ORDER)
    source = styles[QUOTE_SOURCE].element.get_or_add_pPr()
    ooxml.put(
        source, ooxml.border_set("w:pBdr", ("bottom",), palette.accent, 6, 4), ooxml.PPR_ORDER
    )
    # "Plaats<tab>value": a wrapped value lines up under itself, not under the label.
    details = styles[DETAILS].paragraph_format
    details.tab_stops.add_tab_stop(DETAILS_INDENT)
    details.left_indent = DETAILS_INDENT
    details.first_line_indent = -DETAILS_INDENT
    # Box titles show in the navigation pane beside the articles' headlines.
    box_title = styles[BOX_TITLE].element.get_or_add_pPr()
    ooxml.put(box_title, ooxml.element("w:outlineLvl", val="0"), ooxml.PPR_ORDER)


def _hyperlink_style(doc: DocxDocument, palette: Palette) -> None:
    try:
        style = doc.styles[HYPERLINK]
    except KeyError:
        style = doc.styles.add_style(HYPERLINK, WD_STYLE_TYPE.CHARACTER)
    style.hidden = False
    style.unhide_when_used = True
    style.font.color.rgb = RGBColor.from_string(palette.primary)
    style.font.underline = True


def _box_table_style(doc: DocxDocument, palette: Palette) -> None:
    """A one-cell table style "Kader": tinted cells, a rule in the primary colour."""
    try:
        style = doc.styles[BOX]
    except KeyError:
        style = doc.styles.add_style(BOX, WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    style.hidden = False
    style.quick_style = True
    element = style.element
    tblpr = element.find(qn("w:tblPr"))
    if tblpr is None:
        tblpr = ooxml.put(element, ooxml.element("w:tblPr"), ooxml.STYLE_ORDER)
    ooxml.put(tblpr, box_borders(palette), ooxml.TBLPR_ORDER)
    ooxml.put(tblpr, box_margins(), ooxml.TBLPR_ORDER)
    tcpr = element.find(qn("w:tcPr"))
    if tcpr is None:
        tcpr = ooxml.put(element, ooxml.element("w:tcPr"), ooxml.STYLE_ORDER)
    ooxml.put(tcpr, ooxml.shading(palette.tint), ooxml.TCPR_ORDER)


def box_borders(palette: Palette) -> _Element:
    """The box's border set: a thick rule on top, thin lines around."""
    borders = ooxml.border_set(
        "w:tblBorders", ("top", "left", "bottom", "right"), palette.primary, 4, 0
    )
    top = borders.find(qn("w:top"))
    top.set(qn("w:sz"), "24")
    return borders


def box_margins() -> _Element:
    """Generous inner margins (in twentieths of a point) so text does not touch the rule."""
    margins = ooxml.element("w:tblCellMar")
    sides = (("top", 140), ("left", BOX_PADDING), ("bottom", 100), ("right", BOX_PADDING))
    for side, width in sides:
        margins.append(ooxml.element(f"w:{side}", w=str(width), type="dxa"))
    return margins

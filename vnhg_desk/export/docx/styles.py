"""The Word styles of every exported document, defined once from the house style.

Built-in styles (Normal, Title, Subtitle, Heading 1/2, Quote, Intense Quote, Caption,
List Bullet) are restyled, so Word's navigation pane, outline view and accessibility
check understand the document; the newsletter's own parts get named custom styles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from lxml.etree import _Element

from vnhg_desk.export.docx import ooxml, template
from vnhg_desk.layout.document_info import language_tag
from vnhg_desk.layout.fonts import DEFAULT_BODY, DEFAULT_HEADING
from vnhg_desk.layout.palette import palette
from vnhg_desk.layout.type_scale import TextRole, role, word_size
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
CREDIT = "Fotograaf"
HEADER = "Header"
FOOTER = "Footer"

_HEX = re.compile(r"^#?([0-9A-Fa-f]{6})$")
DETAILS_INDENT = Mm(22)
#: Inner left/right margin of a box, in twentieths of a point.
BOX_PADDING = 200


def hex_colour(value: str, fallback: str) -> str:
    """``"#0B5394"`` -> ``"0B5394"``; a malformed house-style colour gives ``fallback``."""
    match = _HEX.match((value or "").strip())
    return match.group(1).upper() if match else fallback


@dataclass(frozen=True)
class WordPalette:
    """The house palette (:mod:`vnhg_desk.layout.palette`) as Word hex strings, plus the
    two font families."""

    primary: str
    accent: str
    tint: str
    text: str
    muted: str
    paper: str
    heading_font: str
    body_font: str

    @classmethod
    def of(cls, style: HouseStyle) -> WordPalette:
        """Colours and fonts from the house style, with safe fallbacks."""
        colours = palette(style)
        return cls(
            primary=colours.primary.hex,
            accent=colours.accent.hex,
            tint=colours.tint.hex,
            text=colours.text.hex,
            muted=colours.muted.hex,
            paper=colours.paper.hex,
            # Word may name a family this program does not ship: the reader's Word
            # substitutes it from the font table (fonttable.py).
            heading_font=(style.heading_font or "").strip() or DEFAULT_HEADING,
            body_font=(style.body_font or "").strip() or DEFAULT_BODY,
        )

    def role(self, name: str) -> str:
        """The hex colour of a palette role ("primary", "muted", ...)."""
        return getattr(self, name)  # type: ignore[no-any-return]


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


CENTRE = WD_ALIGN_PARAGRAPH.CENTER
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "centre": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}

#: Word style -> the type-scale role it shows. Word has no hyphenation on by default, so
#: running text is set ragged right rather than justified with wide gaps.
ROLES: dict[str, str] = {
    NORMAL: "body",
    TITLE: "title",
    SUBTITLE: "subtitle",
    HEADLINE: "headline",
    SUBHEADING: "subheading",
    KICKER: "kicker",
    LEAD: "lead",
    BANNER: "banner",
    REFERENCE: "reference",
    BYLINE: "byline",
    CAPTION: "caption",
    PULL_QUOTE: "quote",
    QUOTE_SOURCE: "quote_attribution",
    BULLET: "bullet",
    BOX_TITLE: "box_title",
    BOX_TEXT: "box_body",
    FOOTER: "footer",
}


def look_of(role: TextRole, **changes: object) -> Look:
    """A type-scale role as a Word look (sizes a step larger, line spacing as a factor)."""
    size = word_size(role.size)
    look = Look(
        sans=role.face == "sans",
        size=size,
        bold=role.bold,
        italic=role.italic,
        caps=role.caps,
        colour=role.colour,
        before=role.space_before,
        after=role.space_after,
        keep_next=role.keep_with_next,
        align=WD_ALIGN_PARAGRAPH.LEFT if role.align == "justify" else _ALIGN[role.align],
        line=round(role.leading / role.size * 20) / 20,
    )
    return replace(look, **changes)  # type: ignore[arg-type]


def _looks() -> dict[str, tuple[Look, str | None]]:
    """Each paragraph style with its look and the built-in style it is based on."""
    looks: dict[str, tuple[Look, str | None]] = {
        name: (look_of(role(scale_role)), None if name == NORMAL else NORMAL)
        for name, scale_role in ROLES.items()
    }
    # Word's own additions: the kicker opens an article (room above it), a pull quote is
    # indented from both sides, a caption is centred under its centred photo.
    looks[KICKER] = (look_of(role("kicker"), before=20, after=0, keep_next=True), NORMAL)
    looks[PULL_QUOTE] = (
        look_of(role("quote"), before=10, after=2, keep_next=True, indent=36),
        NORMAL,
    )
    looks[QUOTE_SOURCE] = (look_of(role("quote_attribution"), after=12, indent=36), NORMAL)
    looks[CAPTION] = (
        look_of(role("caption"), after=10, align=CENTRE),
        NORMAL,
    )
    looks[PHOTO] = (
        look_of(role("body"), before=6, after=2, keep_next=True, line=1.0, align=CENTRE),
        NORMAL,
    )
    looks[QUOTE] = (look_of(role("body"), italic=True, indent=24), NORMAL)
    looks[DETAILS] = (look_of(role("lead"), bold=False, after=3, sans=True), NORMAL)
    looks[HEADER] = (look_of(role("reference"), after=0), NORMAL)
    return looks


def define_styles(doc: DocxDocument, house: HouseStyle, language: str) -> WordPalette:
    """Define every style the writers use; returns the palette for direct use."""
    palette = WordPalette.of(house)
    tag = language_tag(language)
    template.prune_template(doc)
    _document_defaults(doc, palette, tag)
    for name, (look, base) in _looks().items():
        style = _paragraph_style(doc, name, base)
        _apply(style, look, palette, tag)
    _extras(doc, palette)
    template.match_linked_character_styles(doc, set(_looks()))
    _hyperlink_style(doc, palette)
    _credit_style(doc, palette)
    _box_table_style(doc, palette)
    template.bullet_glyph(doc, palette.heading_font, palette.accent)
    return palette


def _document_defaults(doc: DocxDocument, palette: WordPalette, tag: str) -> None:
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


def _apply(style: ParagraphStyle, look: Look, palette: WordPalette, tag: str) -> None:
    font = style.font
    rpr = style.element.get_or_add_rPr()
    ooxml.set_fonts(rpr, palette.heading_font if look.sans else palette.body_font)
    old_colour = rpr.find(qn("w:color"))
    if old_colour is not None:
        rpr.remove(old_colour)
    font.color.rgb = RGBColor.from_string(palette.role(look.colour))
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


def _extras(doc: DocxDocument, palette: WordPalette) -> None:
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
    # Box titles are headings (navigation pane, Word's PDF tags) at level 2, under the
    # article before them; a box that opens the edition is level 1 on its own paragraph
    # (the layout's heading_levels, as the tagged PDF).
    box_title = styles[BOX_TITLE].element.get_or_add_pPr()
    ooxml.put(box_title, ooxml.element("w:outlineLvl", val="1"), ooxml.PPR_ORDER)


def _hyperlink_style(doc: DocxDocument, palette: WordPalette) -> None:
    try:
        style = doc.styles[HYPERLINK]
    except KeyError:
        style = doc.styles.add_style(HYPERLINK, WD_STYLE_TYPE.CHARACTER)
    style.hidden = False
    style.unhide_when_used = True
    style.font.color.rgb = RGBColor.from_string(palette.primary)
    style.font.underline = True


def _credit_style(doc: DocxDocument, palette: WordPalette) -> None:
    """A character style for a photo's credit in its caption: the scale's "credit" role."""
    try:
        style = doc.styles[CREDIT]
    except KeyError:
        style = doc.styles.add_style(CREDIT, WD_STYLE_TYPE.CHARACTER)
    credit = role("credit")
    style.hidden = False
    style.font.italic = credit.italic
    style.font.bold = credit.bold
    style.font.color.rgb = RGBColor.from_string(palette.role(credit.colour))


def _box_table_style(doc: DocxDocument, palette: WordPalette) -> None:
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


def box_borders(palette: WordPalette) -> _Element:
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

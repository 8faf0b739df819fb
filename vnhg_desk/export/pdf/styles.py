"""The house style as reportlab colours and paragraph styles (sizes in points)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from reportlab.lib.colors import CMYKColor, Color, toColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from vnhg_desk.export.pdf.escape import Markup
from vnhg_desk.export.pdf.fonts import RegisteredFamily, register
from vnhg_desk.export.pdf.press_colour import rgb_to_press
from vnhg_desk.export.pdf.text_setter import TextSetter
from vnhg_desk.layout.fonts import DEFAULT_BODY, DEFAULT_HEADING, FAMILIES
from vnhg_desk.layout.palette import Colour, Palette, palette
from vnhg_desk.layout.type_scale import SCALE, TextRole
from vnhg_desk.model import HouseStyle


def _colour(colour: Colour, print_colours: bool) -> Color:
    if not print_colours:
        return Color(*colour.rgb)
    if colour.cmyk is not None:
        return CMYKColor(*colour.cmyk)
    return CMYKColor(*rgb_to_press(colour.rgb))


def press_colour(colour: object) -> CMYKColor:
    """Any colour reportlab is asked to draw, as press CMYK: the print canvas's
    ``enforceColorSpace``, so nothing reaches the print PDF in RGB (PDF/A-2b under a
    CMYK output intent allows no DeviceRGB)."""
    value = toColor(colour)
    if isinstance(value, CMYKColor):
        return value
    cmyk = CMYKColor(*rgb_to_press((value.red, value.green, value.blue)))
    cmyk.alpha = value.alpha
    return cmyk


@dataclass(frozen=True)
class PdfPalette:
    """The house palette (:mod:`vnhg_desk.layout.palette`) as reportlab colours: RGB for
    screen; for print CMYK, the house style's own values where it gives them, otherwise
    converted to the press condition (:mod:`press_colour`)."""

    primary: Color
    accent: Color
    tint: Color
    text: Color
    muted: Color
    paper: Color
    registration: Color

    @classmethod
    def from_style(cls, style: HouseStyle, print_colours: bool) -> PdfPalette:
        """Screen colours, or with ``print_colours`` press CMYK colours."""
        resolved = palette(style)
        colours = {name: resolved.role(name) for name in Palette.roles()}
        return cls(**{name: _colour(c, print_colours) for name, c in colours.items()})

    def role(self, name: str) -> Color:
        """The colour a type-scale role names."""
        return getattr(self, name)  # type: ignore[no-any-return]


def colour_markup(colour: Color) -> str:
    """A colour as reportlab markup accepts it ("#RRGGBB" or "cmyk(c,m,y,k)")."""
    if isinstance(colour, CMYKColor):
        return "cmyk({:.3f},{:.3f},{:.3f},{:.3f})".format(*colour.cmyk())
    return colour.hexval().replace("0x", "#")


_ALIGN = {"left": TA_LEFT, "justify": TA_JUSTIFY, "centre": TA_CENTER, "right": TA_RIGHT}
#: Text settings of running text (body, lists, lead, box text): reportlab's own knobs.
_RUNNING = dict(
    allowWidows=0,
    allowOrphans=0,
    splitLongWords=1,
    embeddedHyphenation=1,
    uriWasteReduce=0.3,
    hyphenationMinWordLength=5,
)


@dataclass(frozen=True)
class Styles:
    """Every paragraph style of the newsletter and flyer, plus the markup builders.

    The paragraph styles are made from the type scale (:data:`SCALE`), one per role,
    under the role's name.
    """

    palette: PdfPalette
    sans: RegisteredFamily
    serif: RegisteredFamily
    heading_markup: Markup
    body_markup: Markup
    body: ParagraphStyle
    bullet: ParagraphStyle
    subheading: ParagraphStyle
    kicker: ParagraphStyle
    headline: ParagraphStyle
    subtitle: ParagraphStyle
    lead: ParagraphStyle
    quote: ParagraphStyle
    quote_attribution: ParagraphStyle
    caption: ParagraphStyle
    byline: ParagraphStyle
    box_kicker: ParagraphStyle
    box_title: ParagraphStyle
    box_body: ParagraphStyle
    box_bullet: ParagraphStyle
    footer: ParagraphStyle
    #: Sets running text (paragraphs, lead, lists, box texts): the only text hyphenated.
    text: TextSetter


def _family(name: str, default: str) -> RegisteredFamily:
    return register(name if name in FAMILIES else default)


def font_name(family: RegisteredFamily, role: TextRole) -> str:
    """The registered font of ``family`` for the role's weight and slant."""
    face = role.font_face()
    return family.name if face == "regular" else getattr(family, face)


def paragraph_style(
    role: TextRole, palette: PdfPalette, sans: RegisteredFamily, serif: RegisteredFamily
) -> ParagraphStyle:
    """One role of the type scale as a reportlab paragraph style."""
    family = sans if role.face == "sans" else serif
    extra: dict[str, object] = {}
    if role.running:
        extra.update(_RUNNING)  # hyphenated by the typesetting engine, never by reportlab
    if role.bullet_indent is not None:
        extra.update(
            leftIndent=role.indent,
            bulletIndent=role.bullet_indent,
            bulletFontName=sans.bold,
            bulletColor=palette.accent,
        )
    elif role.indent:
        extra.update(leftIndent=role.indent, rightIndent=role.indent)
    if role.keep_with_next:
        extra["keepWithNext"] = 1
    return ParagraphStyle(
        role.name,
        fontName=font_name(family, role),
        fontSize=role.size,
        leading=role.leading,
        textColor=palette.role(role.colour),
        spaceBefore=role.space_before,
        spaceAfter=role.space_after,
        alignment=_ALIGN[role.align],
        **extra,
    )


_STYLE_ROLES = tuple(f.name for f in fields(Styles) if f.name in SCALE)


def build_styles(style: HouseStyle, language: str, print_colours: bool = False) -> Styles:
    """Paragraph styles for one export, in the house style's fonts and colours."""
    colours = PdfPalette.from_style(style, print_colours=print_colours)
    sans = _family(style.heading_font, DEFAULT_HEADING)
    serif = _family(style.body_font, DEFAULT_BODY)
    link = colour_markup(colours.primary)
    paragraph_styles = {
        name: paragraph_style(SCALE[name], colours, sans, serif) for name in _STYLE_ROLES
    }
    return Styles(
        text=TextSetter(language, style.hyphenation_exceptions, link),
        palette=colours,
        sans=sans,
        serif=serif,
        heading_markup=Markup(sans),
        body_markup=Markup(serif),
        **paragraph_styles,
    )

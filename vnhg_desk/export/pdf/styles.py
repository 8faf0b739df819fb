"""The house style as reportlab colours and paragraph styles (sizes in points)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from vnhg_desk.export.pdf.escape import Markup
from vnhg_desk.export.pdf.fonts import RegisteredFamily, register
from vnhg_desk.layout.fonts import DEFAULT_BODY, DEFAULT_HEADING, FAMILIES
from vnhg_desk.layout.hyphenation import hyphenator
from vnhg_desk.model import HouseStyle

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
_DEFAULTS = HouseStyle()


def _rgb(value: str, default: str) -> Color:
    match = _HEX.match((value or "").strip())
    return HexColor("#" + (match.group(1) if match else default.lstrip("#")))


def _cmyk(values: object) -> CMYKColor | None:
    try:
        c, m, y, k = (min(100.0, max(0.0, float(v))) / 100 for v in values)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return None
    return CMYKColor(c, m, y, k)


def _mix(colour: Color, other: Color, share: float) -> Color:
    """``share`` of ``colour`` mixed with ``other``; keeps CMYK when both are CMYK."""
    if isinstance(colour, CMYKColor) and isinstance(other, CMYKColor):
        return CMYKColor(
            *(a * share + b * (1 - share) for a, b in zip(colour.cmyk(), other.cmyk(), strict=True))
        )
    r, g, b = (a * share + c * (1 - share) for a, c in zip(colour.rgb(), other.rgb(), strict=True))
    return Color(r, g, b)


@dataclass(frozen=True)
class Palette:
    """The colours one export uses: RGB for screen, CMYK where the house style gives them."""

    primary: Color
    accent: Color
    tint: Color
    text: Color
    muted: Color
    paper: Color
    registration: Color

    @classmethod
    def from_style(cls, style: HouseStyle, print_colours: bool) -> Palette:
        """Screen colours, or with ``print_colours`` the style's CMYK values where given.

        ``style.print_colours`` is keyed "primary", "accent", "tint" and "text".
        """
        colours = {
            "primary": _rgb(style.primary_colour, _DEFAULTS.primary_colour),
            "accent": _rgb(style.accent_colour, _DEFAULTS.accent_colour),
            "tint": _rgb(style.tint_colour, _DEFAULTS.tint_colour),
            "text": _rgb(style.text_colour, _DEFAULTS.text_colour),
        }
        paper: Color = Color(1, 1, 1)
        registration: Color = Color(0, 0, 0)
        if print_colours:
            for key, values in (style.print_colours or {}).items():
                name = key.removesuffix("_colour")
                cmyk = _cmyk(values)
                if name in colours and cmyk is not None:
                    colours[name] = cmyk
            paper = CMYKColor(0, 0, 0, 0)
            registration = CMYKColor(1, 1, 1, 1)
        muted = _mix(colours["text"], paper, 0.62)
        return cls(muted=muted, paper=paper, registration=registration, **colours)


def colour_markup(colour: Color) -> str:
    """A colour as reportlab markup accepts it ("#RRGGBB" or "cmyk(c,m,y,k)")."""
    if isinstance(colour, CMYKColor):
        return "cmyk({:.3f},{:.3f},{:.3f},{:.3f})".format(*colour.cmyk())
    return colour.hexval().replace("0x", "#")


@dataclass(frozen=True)
class Styles:
    """Every paragraph style of the newsletter and flyer, plus the markup builders."""

    palette: Palette
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


def _family(name: str, default: str) -> RegisteredFamily:
    return register(name if name in FAMILIES else default)


def build_styles(style: HouseStyle, language: str, print_colours: bool = False) -> Styles:
    """Paragraph styles for one export, in the house style's fonts and colours."""
    palette = Palette.from_style(style, print_colours)
    sans = _family(style.heading_font, DEFAULT_HEADING)
    serif = _family(style.body_font, DEFAULT_BODY)
    hyphenate = hyphenator(language)
    text = dict(
        textColor=palette.text,
        allowWidows=0,
        allowOrphans=0,
        splitLongWords=1,
        embeddedHyphenation=1,
        uriWasteReduce=0.3,
        hyphenationMinWordLength=5,
    )
    body = ParagraphStyle(
        "body",
        fontName=serif.name,
        fontSize=9.4,
        leading=13.2,
        alignment=TA_JUSTIFY,
        spaceAfter=5.5,
        hyphenationLang=hyphenate,
        **text,
    )
    bullet = ParagraphStyle(
        "bullet",
        parent=body,
        leftIndent=11,
        bulletIndent=1,
        spaceAfter=2.5,
        bulletFontName=sans.bold,
        bulletColor=palette.accent,
    )
    box_body = ParagraphStyle(
        "box_body",
        fontName=sans.name,
        fontSize=8.6,
        leading=12,
        alignment=TA_LEFT,
        spaceAfter=4,
        hyphenationLang=hyphenate,
        **text,
    )
    link = colour_markup(palette.primary)
    return Styles(
        palette=palette,
        sans=sans,
        serif=serif,
        heading_markup=Markup(sans, link),
        body_markup=Markup(serif, link),
        body=body,
        bullet=bullet,
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=sans.bold,
            fontSize=10.5,
            textColor=palette.primary,
            spaceBefore=7,
            spaceAfter=1.5,
            alignment=TA_LEFT,
            keepWithNext=1,
        ),
        kicker=ParagraphStyle(
            "kicker",
            fontName=sans.bold,
            fontSize=8.5,
            leading=11,
            textColor=palette.accent,
            spaceBefore=2,
            spaceAfter=3,
        ),
        headline=ParagraphStyle(
            "headline",
            fontName=sans.bold,
            fontSize=25,
            leading=28.5,
            textColor=palette.primary,
            spaceAfter=5,
            splitLongWords=1,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            fontName=sans.name,
            fontSize=13,
            leading=17,
            textColor=palette.muted,
            spaceAfter=8,
        ),
        lead=ParagraphStyle(
            "lead",
            parent=body,
            fontName=serif.bold,
            fontSize=11.2,
            leading=15.6,
            alignment=TA_LEFT,
            spaceAfter=10,
        ),
        quote=ParagraphStyle(
            "quote",
            fontName=serif.bold_italic,
            fontSize=14.5,
            leading=19,
            textColor=palette.primary,
            splitLongWords=1,
        ),
        quote_attribution=ParagraphStyle(
            "quote_attribution",
            fontName=sans.bold,
            fontSize=7.5,
            leading=10,
            textColor=palette.accent,
            spaceBefore=4,
        ),
        caption=ParagraphStyle(
            "caption",
            fontName=sans.name,
            fontSize=7.6,
            leading=10,
            textColor=palette.text,
            spaceBefore=3,
            splitLongWords=1,
        ),
        byline=ParagraphStyle(
            "byline",
            fontName=sans.italic,
            fontSize=8,
            leading=11,
            textColor=palette.muted,
            spaceBefore=4,
            alignment=TA_RIGHT,
        ),
        box_kicker=ParagraphStyle(
            "box_kicker",
            fontName=sans.bold,
            fontSize=7.8,
            leading=10,
            textColor=palette.accent,
            spaceAfter=2,
        ),
        box_title=ParagraphStyle(
            "box_title",
            fontName=sans.bold,
            fontSize=13,
            leading=16,
            textColor=palette.primary,
            spaceAfter=5,
            splitLongWords=1,
        ),
        box_body=box_body,
        box_bullet=ParagraphStyle(
            "box_bullet",
            parent=box_body,
            leftIndent=10,
            bulletIndent=0,
            spaceAfter=2.5,
            bulletFontName=sans.bold,
            bulletColor=palette.accent,
        ),
        footer=ParagraphStyle(
            "footer",
            fontName=sans.name,
            fontSize=7.4,
            leading=9,
            textColor=palette.muted,
            alignment=TA_CENTER,
        ),
    )

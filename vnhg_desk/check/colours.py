"""Findings about colour: text colours of the house style that miss WCAG AA contrast
against what they are printed on (one finding per house-style colour to change).

Which text takes which colour comes from the layout's type scale and palette, the same
tables the writers use; what each role is printed on (paper, the box tint, the masthead
band, the date band) is listed here.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register
from vnhg_desk.layout.contrast import contrast_ratio
from vnhg_desk.layout.palette import palette
from vnhg_desk.layout.type_scale import SCALE

#: Roles printed on something other than paper: role -> background palette role.
BACKGROUNDS = {
    "box_kicker": "tint",
    "box_title": "tint",
    "box_body": "tint",
    "box_bullet": "tint",
    "banner": "accent",
}
#: Text the masthead sets on its band in the paper colour (export/pdf/masthead.py).
MASTHEAD = (("masthead_title", "paper", "primary", True), ("highlights", "paper", "primary", False))
#: Dutch names of the roles, for the sentence.
ROLE_WORDS = {
    "body": "lopende tekst",
    "bullet": "opsommingen",
    "subheading": "tussenkoppen",
    "kicker": "bovenkoppen",
    "title": "titel",
    "banner": "datumbalk",
    "reference": "kenmerken",
    "headline": "koppen",
    "subtitle": "ondertitels",
    "lead": "intro's",
    "quote": "citaten",
    "quote_attribution": "namen bij citaten",
    "caption": "bijschriften",
    "credit": "fotografen",
    "byline": "auteurs",
    "box_kicker": "bovenkoppen van kaders",
    "box_title": "titels van kaders",
    "box_body": "tekst in kaders",
    "box_bullet": "opsommingen in kaders",
    "footer": "voettekst",
    "masthead_title": "titel op de voorpagina",
    "highlights": "hoogtepunten op de voorpagina",
}
_FIELDS = {
    "text": "text_colour",
    "muted": "text_colour",
    "primary": "primary_colour",
    "accent": "accent_colour",
    "tint": "tint_colour",
}
_NAMES = {
    "text_colour": ("De tekstkleur", "tekstkleur"),
    "primary_colour": ("De huisstijlkleur", "huisstijlkleur"),
    "accent_colour": ("De accentkleur", "accentkleur"),
    "tint_colour": ("De kaderkleur", "kaderkleur"),
}


def _large(size: float, bold: bool) -> bool:
    """WCAG's large text: 18 pt, or 14 pt bold."""
    return size >= 18 or (bold and size >= 14)


def text_uses() -> list[tuple[str, str, str, bool]]:
    """(role, text colour role, background role, large) for every text the outputs set."""
    uses = [
        (name, role.colour, BACKGROUNDS.get(name, "paper"), _large(role.size, role.bold))
        for name, role in SCALE.items()
    ]
    return uses + list(MASTHEAD)


def _ratio(value: float) -> str:
    """A ratio as Dutch writes it: "3,0:1"."""
    return f"{value:.1f}".replace(".", ",") + ":1"


@register
def text_contrast(context: CheckContext) -> Iterator[Finding]:
    """Each house-style colour whose text uses miss AA, with the worst ratio and the uses."""
    colours = palette(context.style)
    failing: dict[str, list[tuple[float, float, str]]] = {}
    for name, fg, bg, large in text_uses():
        if fg == bg:
            continue
        ratio = contrast_ratio(colours.role(fg).hex, colours.role(bg).hex)
        needed = 3.0 if large else 4.5
        if ratio < needed:
            field = _FIELDS[bg] if fg == "paper" else _FIELDS[fg]
            failing.setdefault(field, []).append((ratio, needed, ROLE_WORDS.get(name, name)))
    for field, misses in failing.items():
        worst = min(misses, key=lambda m: m[0] / m[1])
        value = getattr(context.style, field)
        uses = ", ".join(m[2] for m in misses)
        sentence, short = _NAMES[field]
        yield finding(
            "contrast-low",
            f"{sentence} {value} geeft te weinig contrast ({_ratio(worst[0])}, nodig "
            f"{_ratio(worst[1])}) bij: {uses}.",
            Place(field, area="house-style", label=f"huisstijl, {short}"),
        )

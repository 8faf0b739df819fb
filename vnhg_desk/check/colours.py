"""Findings about colour: text colours of the house style that miss WCAG AA contrast
against what they are printed on (one finding per house-style colour to change)."""

from __future__ import annotations

from collections.abc import Iterator

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register
from vnhg_desk.layout.contrast import contrast_ratio, mix, parse_hex, required_ratio
from vnhg_desk.model import HouseStyle

PAPER = "#FFFFFF"
_DEFAULTS = HouseStyle()
#: Where the newsletter and flyer set text: (text colour, background, large text, uses).
#: "muted" is the text colour mixed 62 % with paper (export/pdf/styles.py).
USES = (
    ("text", "paper", False, "lopende tekst, intro en bijschriften"),
    ("primary", "paper", True, "koppen en citaten"),
    ("primary", "paper", False, "tussenkoppen"),
    ("accent", "paper", False, "bovenkoppen en namen bij citaten"),
    ("muted", "paper", False, "ondertitels, fotografen, auteurs en voettekst"),
    ("text", "tint", False, "tekst in kaders"),
    ("primary", "tint", False, "titels van kaders"),
    ("accent", "tint", False, "bovenkoppen van kaders"),
    ("paper", "primary", False, "titel en hoogtepunten in de kop van de eerste pagina"),
    ("paper", "accent", False, "de datumbalk"),
)
_FIELDS = {
    "text": "text_colour",
    "muted": "text_colour",
    "primary": "primary_colour",
    "accent": "accent_colour",
    "tint": "tint_colour",
}
_NAMES = {
    "text_colour": "De tekstkleur",
    "primary_colour": "De huisstijlkleur",
    "accent_colour": "De accentkleur",
    "tint_colour": "De kaderkleur",
}


def palette(style: HouseStyle) -> dict[str, str]:
    """The screen colours the exports use, by role, as "#RRGGBB"."""
    colours = {}
    for role, name in _FIELDS.items():
        value = getattr(style, name)
        colours[role] = value if parse_hex(value) else getattr(_DEFAULTS, name)
    colours["muted"] = mix(colours["text"], PAPER, 0.62)
    colours["paper"] = PAPER
    return {role: "#" + value.lstrip("#").upper() for role, value in colours.items()}


def _ratio(value: float) -> str:
    """A ratio as Dutch writes it: "3,0:1"."""
    return f"{value:.1f}".replace(".", ",") + ":1"


@register
def text_contrast(context: CheckContext) -> Iterator[Finding]:
    """Each house-style colour whose text uses miss AA, with the worst ratio and the uses."""
    colours = palette(context.style)
    failing: dict[str, list[tuple[float, float, str]]] = {}
    for fg, bg, large, uses in USES:
        ratio = contrast_ratio(colours[fg], colours[bg])
        needed = required_ratio(large)
        if ratio < needed:
            field = _FIELDS[bg] if fg == "paper" else _FIELDS[fg]
            failing.setdefault(field, []).append((ratio, needed, uses))
    for field, misses in failing.items():
        worst = min(misses, key=lambda m: m[0] / m[1])
        value = getattr(context.style, field)
        uses = "; ".join(m[2] for m in misses)
        yield finding(
            "contrast-low",
            f"{_NAMES[field]} {value} geeft te weinig contrast ({_ratio(worst[0])}, nodig "
            f"{_ratio(worst[1])}) bij: {uses}.",
            Place(field, area="house-style", label=f"huisstijl, {_NAMES[field].split()[1]}"),
        )

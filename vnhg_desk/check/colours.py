"""Findings about colour: text colours of the house style that miss WCAG AA contrast
against what they are printed on (one finding per house-style colour to change).

The pairings (which colour stands on which) and the bar come from
:mod:`vnhg_desk.layout.contrast`, the colours from the layout's palette: the same tables
the writers and the house-style dialog use.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register
from vnhg_desk.layout.contrast import AA_NORMAL, check_palette
from vnhg_desk.layout.palette import Palette, palette

#: What each pairing is, in Dutch: (text colour, background) -> uses.
USES = {
    ("text", "paper"): "lopende tekst, intro en bijschriften",
    ("muted", "paper"): "auteurs, fotografen en voettekst",
    ("primary", "paper"): "koppen, tussenkoppen, citaten en links",
    ("accent", "paper"): "bovenkoppen en namen bij citaten",
    ("text", "tint"): "tekst in kaders",
    ("primary", "tint"): "titels van kaders",
    ("accent", "tint"): "bovenkoppen van kaders",
    ("paper", "primary"): "de band bovenaan de voorpagina en de flyer",
    ("paper", "accent"): "de datumbalk",
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


def _ratio(value: float) -> str:
    """A ratio as Dutch writes it: "3,0:1"."""
    return f"{value:.1f}".replace(".", ",") + ":1"


def hex_by_role(colours: Palette) -> dict[str, str]:
    """Every palette role as "#RRGGBB"."""
    return {role: "#" + colours.role(role).hex for role in Palette.roles()}


@register
def text_contrast(context: CheckContext) -> Iterator[Finding]:
    """Each house-style colour whose text uses miss AA, with the worst ratio and the uses."""
    failing: dict[str, list[tuple[float, str]]] = {}
    for check in check_palette(hex_by_role(palette(context.style))):
        if check.passes:
            continue
        fg, bg = check.pairing.foreground, check.pairing.background
        field = _FIELDS[bg] if fg == "paper" else _FIELDS[fg]
        uses = USES.get((fg, bg), check.pairing.where)
        failing.setdefault(field, []).append((check.ratio, uses))
    for field, misses in failing.items():
        worst = min(ratio for ratio, _uses in misses)
        sentence, short = _NAMES[field]
        yield finding(
            "contrast-low",
            f"{sentence} {getattr(context.style, field)} geeft te weinig contrast "
            f"({_ratio(worst)}, nodig {_ratio(AA_NORMAL)}) bij: "
            f"{'; '.join(uses for _ratio_, uses in misses)}.",
            Place(field, area="house-style", label=f"huisstijl, {short}"),
        )

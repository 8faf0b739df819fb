"""The house style's colours, resolved once for every writer (PDF, Word, e-mail).

Each colour carries its screen value (RGB, 0-1 per channel) and, where the house style
gives one, its print value (CMYK, 0-1 per channel). ``muted`` (secondary text) is the
text colour mixed with the paper, so it follows the house style instead of being a
writer's own grey. Writers turn these into their own colour objects and never pick a
colour themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from vnhg_desk.model import HouseStyle

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
_DEFAULTS = HouseStyle()
#: How much of the text colour the muted colour keeps (the rest is paper).
MUTED_SHARE = 0.62

RGB = tuple[float, float, float]
CMYK = tuple[float, float, float, float]


def _rgb(value: str, default: str) -> RGB:
    match = _HEX.match((value or "").strip()) or _HEX.match(default)
    assert match is not None
    digits = match.group(1)
    return (
        int(digits[0:2], 16) / 255,
        int(digits[2:4], 16) / 255,
        int(digits[4:6], 16) / 255,
    )


def _cmyk(values: object) -> CMYK | None:
    try:
        c, m, y, k = (min(100.0, max(0.0, float(v))) / 100 for v in values)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return None
    return (c, m, y, k)


@dataclass(frozen=True)
class Colour:
    """One colour: screen RGB and, when the house style gives it, print CMYK."""

    rgb: RGB
    cmyk: CMYK | None = None

    @property
    def hex(self) -> str:
        """``"0B5394"``: the screen value as six hex digits (Word, e-mail)."""
        return "".join(f"{round(channel * 255):02X}" for channel in self.rgb)

    def mixed(self, other: Colour, share: float) -> Colour:
        """``share`` of this colour with the rest ``other``; CMYK kept when both have it."""
        rgb = tuple(a * share + b * (1 - share) for a, b in zip(self.rgb, other.rgb, strict=True))
        cmyk = None
        if self.cmyk is not None and other.cmyk is not None:
            cmyk = tuple(
                a * share + b * (1 - share) for a, b in zip(self.cmyk, other.cmyk, strict=True)
            )
        return Colour(rgb, cmyk)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Palette:
    """Every colour the outputs use, by role."""

    primary: Colour
    accent: Colour
    tint: Colour
    text: Colour
    muted: Colour
    paper: Colour
    registration: Colour

    def role(self, name: str) -> Colour:
        """The colour of a role name ("primary", "muted", ...), as the type scale names it."""
        return getattr(self, name)  # type: ignore[no-any-return]

    @classmethod
    def roles(cls) -> tuple[str, ...]:
        """The role names, in declaration order."""
        return tuple(f.name for f in fields(cls))


def palette(style: HouseStyle) -> Palette:
    """The house style's colours; a malformed hex value falls back to the default's.

    ``style.print_colours`` is keyed "primary", "accent", "tint" and "text" (a
    "_colour" suffix is allowed), values 0-100 per channel.
    """
    values = {
        "primary": (style.primary_colour, _DEFAULTS.primary_colour),
        "accent": (style.accent_colour, _DEFAULTS.accent_colour),
        "tint": (style.tint_colour, _DEFAULTS.tint_colour),
        "text": (style.text_colour, _DEFAULTS.text_colour),
    }
    cmyk: dict[str, CMYK] = {}
    for key, given in (style.print_colours or {}).items():
        name = key.removesuffix("_colour")
        converted = _cmyk(given)
        if name in values and converted is not None:
            cmyk[name] = converted
    colours = {name: Colour(_rgb(*pair), cmyk.get(name)) for name, pair in values.items()}
    paper = Colour((1.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0))
    registration = Colour((0.0, 0.0, 0.0), (1.0, 1.0, 1.0, 1.0))
    muted = colours["text"].mixed(paper, MUTED_SHARE)
    return Palette(muted=muted, paper=paper, registration=registration, **colours)

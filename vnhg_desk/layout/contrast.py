"""Colour contrast as WCAG 2.1 measures it (success criterion 1.4.3, AA), without Qt.

Text needs 4.5:1 against what is behind it; large text (18 pt, or 14 pt bold) 3:1.
:func:`nearest_passing` finds the colour closest to a chosen one (same hue and
saturation, only lighter or darker) that passes, for the house-style dialog.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass

AA_NORMAL = 4.5
AA_LARGE = 3.0
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


def parse_hex(colour: str) -> tuple[float, float, float]:
    """``"#E07B00"`` -> (r, g, b) in 0..1; raises ValueError for anything else."""
    match = _HEX.match(colour.strip())
    if not match:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    value = match.group(1)
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in rgb)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2.1, definition "relative luminance")."""
    r, g, b = (_linear(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance as L1: 1.0 .. 21.0."""
    a, b = luminance(foreground), luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def is_large(size_pt: float, bold: bool) -> bool:
    """WCAG's large text: at least 18 pt, or 14 pt when bold."""
    return size_pt >= 18 or (bold and size_pt >= 14)


def required_ratio(large: bool = False) -> float:
    return AA_LARGE if large else AA_NORMAL


def passes(foreground: str, background: str, large: bool = False) -> bool:
    return contrast_ratio(foreground, background) >= required_ratio(large)


def nearest_passing(colour: str, backgrounds: list[str], large: bool = False) -> str | None:
    """The colour nearest ``colour`` (same hue and saturation; lightness moved as little
    as possible) that passes against every background; ``colour`` itself if it does;
    None if no lightness passes against all of them (a light and a dark partner)."""
    need = required_ratio(large)
    if all(contrast_ratio(colour, bg) >= need for bg in backgrounds):
        return colour
    hue, light, sat = colorsys.rgb_to_hls(*parse_hex(colour))
    best: str | None = None
    for step in range(1, 1001):
        for sign in (-1, 1):
            trial_light = light + sign * step / 1000
            if not 0 <= trial_light <= 1:
                continue
            trial = to_hex(colorsys.hls_to_rgb(hue, trial_light, sat))
            if all(contrast_ratio(trial, bg) >= need for bg in backgrounds):
                best = trial
                break
        if best:
            return best
    return None


@dataclass(frozen=True)
class Pairing:
    """One place where text of one house colour stands on another."""

    foreground: str  # palette role names: "accent", "paper", ...
    background: str
    where: str  # what text it is, for messages and tests


#: Every text colour of the newsletter, flyer and Word file against what is behind it.
#: Small text everywhere (the biggest texts pass at 4.5:1 as well, so one bar for all).
PAIRINGS: tuple[Pairing, ...] = (
    Pairing("text", "paper", "body text, captions, lead"),
    Pairing("muted", "paper", "bylines, credits, footer"),
    Pairing("primary", "paper", "headlines, subheadings, quotes, links"),
    Pairing("accent", "paper", "kickers, quote attributions, flyer labels"),
    Pairing("text", "tint", "box text"),
    Pairing("primary", "tint", "box titles"),
    Pairing("accent", "tint", "box kickers"),
    Pairing("paper", "primary", "masthead and flyer band"),
    Pairing("paper", "accent", "date banner"),
)


@dataclass(frozen=True)
class Check:
    pairing: Pairing
    ratio: float

    @property
    def passes(self) -> bool:
        return self.ratio >= AA_NORMAL


def check_palette(hex_by_role: dict[str, str]) -> list[Check]:
    """Every pairing of the palette (role -> "#RRGGBB") with its contrast ratio."""
    return [
        Check(p, contrast_ratio(hex_by_role[p.foreground], hex_by_role[p.background]))
        for p in PAIRINGS
    ]


def partners(role: str, hex_by_role: dict[str, str]) -> list[str]:
    """The colours a role's colour must contrast with (as text or as what is behind)."""
    found = []
    for p in PAIRINGS:
        if p.foreground == role:
            found.append(hex_by_role[p.background])
        elif p.background == role:
            found.append(hex_by_role[p.foreground])
    return found

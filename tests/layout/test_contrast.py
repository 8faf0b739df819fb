"""WCAG 2.1 contrast: the ratio, the default house style passing everywhere, the
nearest passing colour, and the old orange mapped to the new one when a library is read."""

from __future__ import annotations

import pytest

from vnhg_desk.layout import contrast
from vnhg_desk.layout.palette import Palette, palette
from vnhg_desk.model import HouseStyle
from vnhg_desk.store.codec import house_style_from_dict, house_style_to_dict


def _hex_by_role(style: HouseStyle) -> dict[str, str]:
    colours = palette(style)
    return {role: "#" + colours.role(role).hex for role in Palette.roles()}


def test_ratio_matches_wcag_examples():
    assert contrast.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast.contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # The issue's figures for the old orange: 3.0:1 on white, 2.6:1 on the box tint.
    assert contrast.contrast_ratio("#E07B00", "#FFFFFF") == pytest.approx(3.0, abs=0.05)
    assert contrast.contrast_ratio("#E07B00", "#E8F0F8") == pytest.approx(2.6, abs=0.05)
    assert contrast.is_large(18, False) and contrast.is_large(14, True)
    assert not contrast.is_large(13.5, True)


def test_every_text_colour_of_the_default_house_style_passes_aa():
    checks = contrast.check_palette(_hex_by_role(HouseStyle()))
    assert len(checks) == len(contrast.PAIRINGS)
    failing = [(c.pairing.where, round(c.ratio, 2)) for c in checks if not c.passes]
    assert failing == []


def test_the_old_orange_fails_where_the_issue_says():
    style = HouseStyle(accent_colour="#E07B00")
    failing = {c.pairing.where for c in contrast.check_palette(_hex_by_role(style)) if not c.passes}
    assert failing == {"kickers, quote attributions, flyer labels", "box kickers", "date banner"}


def test_nearest_passing_keeps_the_hue_and_moves_little():
    suggestion = contrast.nearest_passing("#E07B00", ["#FFFFFF", "#E8F0F8"])
    assert all(contrast.passes(suggestion, bg) for bg in ["#FFFFFF", "#E8F0F8"])
    r, g, b = contrast.parse_hex(suggestion)
    assert r > g > b  # still an orange
    darker = contrast.nearest_passing("#E07B00", ["#FFFFFF"])
    assert contrast.contrast_ratio(darker, "#FFFFFF") < 4.7  # just enough, not black
    assert contrast.nearest_passing("#1A1A1A", ["#FFFFFF"]) == "#1A1A1A"
    assert contrast.nearest_passing("#808080", ["#FFFFFF", "#000000", "#767676"]) is None
    # A light text colour on dark: lighter is nearer than darker.
    light = contrast.nearest_passing("#3060A0", ["#101010"])
    assert contrast.luminance(light) > contrast.luminance("#3060A0")


def test_a_library_saved_with_the_old_default_gets_the_new_one():
    stored = house_style_to_dict(HouseStyle())
    stored["accent_colour"] = "#e07b00"
    assert house_style_from_dict(stored).accent_colour == HouseStyle().accent_colour
    stored["accent_colour"] = "#C05000"  # a colour someone chose is kept
    assert house_style_from_dict(stored).accent_colour == "#C05000"

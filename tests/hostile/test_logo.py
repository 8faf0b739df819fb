"""Hostile SVG logos in the house-style dialog's renderer (svg_to_png)."""

from __future__ import annotations

import gzip
from typing import Any

import pytest

from vnhg_desk.errors import PhotoError

from .helpers import image_of, need, user_error_message

PLAIN = b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="red"/></svg>'  # noqa: E501

HOSTILE = {
    "external-image": PLAIN.replace(
        b"<rect", b'<image href="file:///etc/passwd" width="9" height="9"/><rect'
    ),
    "entity-expansion": b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    + PLAIN.replace(b"</svg>", b"<text>&b;</text></svg>"),
    "not-svg-at-all": b"<svg this is not xml",
    "too-big": b"<svg>" + b" " * (6 * 1024 * 1024) + b"</svg>",
}


@pytest.fixture
def svg_to_png(qtbot: Any) -> Any:
    return need("vnhg_desk.gui.house_style_dialog", "svg_to_png")


def test_plain_svg_logo_renders(svg_to_png: Any) -> None:
    image = image_of(svg_to_png(PLAIN))
    assert image.width > image.height  # aspect ratio kept


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_svg_logo_is_refused(name: str, svg_to_png: Any) -> None:
    with pytest.raises(PhotoError) as caught:
        svg_to_png(HOSTILE[name])
    user_error_message(caught.value)


def test_compressed_svg_logo_is_refused(svg_to_png: Any) -> None:
    """A gzip-compressed SVG (svgz) whose comment inflates ~1000-fold."""
    body = PLAIN.replace(b"<rect", b"<!--" + b"A" * (20 * 1024 * 1024) + b"--><rect")
    with pytest.raises(PhotoError):
        svg_to_png(gzip.compress(body, 9))

"""One palette and one type scale: the PDF's paragraph styles and the Word styles both
come from vnhg_desk.layout (palette.py, type_scale.py)."""

from __future__ import annotations

import io

import pytest
from docx import Document
from layout_fixtures import demo, photo_set  # noqa: F401 (fixtures; photos: tests/conftest.py)
from reportlab.lib.colors import CMYKColor

from vnhg_desk.export.docx import styles as word_styles
from vnhg_desk.export.docx import write_docx
from vnhg_desk.export.pdf.styles import build_styles
from vnhg_desk.layout.palette import Palette, palette
from vnhg_desk.layout.type_scale import SCALE, word_size
from vnhg_desk.model import HouseStyle

HOUSE = HouseStyle(
    primary_colour="#123456",
    accent_colour="#AA3300",
    text_colour="#202020",
    print_colours={"primary": (100, 60, 0, 20)},
)


def test_palette_resolves_the_house_colours_and_mixes_muted():
    colours = palette(HOUSE)
    assert colours.primary.hex == "123456"
    assert colours.accent.hex == "AA3300"
    assert colours.primary.cmyk == pytest.approx((1.0, 0.6, 0.0, 0.2))
    assert colours.accent.cmyk is None
    # muted is the text colour mixed with paper: lighter than the text, still grey
    red, green, blue = colours.muted.rgb
    assert red == green == blue and red > colours.text.rgb[0]
    broken = palette(HouseStyle(primary_colour="nonsense"))
    assert broken.primary.hex == HouseStyle().primary_colour.lstrip("#").upper()


def test_pdf_paragraph_styles_are_the_type_scale():
    styles = build_styles(HOUSE, "nl")
    for name in ("body", "headline", "quote", "caption", "kicker", "box_title", "footer"):
        style = getattr(styles, name)
        assert style.name == name
        assert style.fontSize == SCALE[name].size
        assert style.leading == SCALE[name].leading
        assert style.spaceAfter == SCALE[name].space_after
        expected = palette(HOUSE).role(SCALE[name].colour).rgb
        assert style.textColor.rgb() == pytest.approx(expected)
    assert styles.quote.fontName == styles.serif.bold_italic
    assert styles.headline.fontName == styles.sans.bold
    # The print PDF is press CMYK: the house style's own value where it gives one.
    print_styles = build_styles(HOUSE, "nl", print_colours=True)
    assert print_styles.palette.primary.cmyk() == pytest.approx((1.0, 0.6, 0.0, 0.2))
    assert all(isinstance(print_styles.palette.role(n), CMYKColor) for n in Palette.roles())


def test_word_styles_are_the_same_scale_and_palette(tmp_path, demo, photos):  # noqa: F811
    target = tmp_path / "verslag.docx"
    write_docx(demo, HOUSE, photos, target)
    doc = Document(io.BytesIO(target.read_bytes()))
    colours = palette(HOUSE)
    for word_name, role_name in (
        (word_styles.HEADLINE, "headline"),
        (word_styles.PULL_QUOTE, "quote"),
        (word_styles.CAPTION, "caption"),
        (word_styles.KICKER, "kicker"),
        (word_styles.NORMAL, "body"),
    ):
        role = SCALE[role_name]
        style = doc.styles[word_name]
        assert style.font.size.pt == word_size(role.size)
        assert str(style.font.color.rgb) == colours.role(role.colour).hex
        assert bool(style.font.bold) == role.bold
        assert bool(style.font.italic) == role.italic

"""House style dialog: fields saved, colours, fonts, logo (PNG and SVG, rendered safely)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from vnhg_desk.errors import PhotoError
from vnhg_desk.gui.house_style_dialog import HouseStyleDialog, shipped_families, svg_to_png
from vnhg_desk.store import Library

SVG = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
  <script>alert('nooit uitvoeren')</script>
  <rect x="0" y="0" width="300" height="100" fill="#0B5394"/>
  <circle cx="50" cy="50" r="30" fill="#E07B00"/>
</svg>"""


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "huisstijl.vnhg-desk") as library:
        yield library


def test_fields_are_saved_and_saved_signal_carries_the_style(qtbot, library):
    dialog = HouseStyleDialog(library)
    qtbot.addWidget(dialog)
    dialog.name.setText("Vereniging van Gemeenten in West-Friesland")
    dialog.short_name.setText("VGWF")
    dialog.default_title.setText("Nieuwsbrief")
    dialog.colours["primary_colour"].set_colour("#123456")
    dialog.website.setText("www.vgwf.example.org")
    dialog.social.setPlainText("linkedin.com/company/vgwf\n\n  x.com/vgwf ")
    dialog.heading_font.setCurrentText("Noto Serif")
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.apply()
    style = library.house_style()
    assert signal.args[0] == style
    assert style.association_name == "Vereniging van Gemeenten in West-Friesland"
    assert (style.short_name, style.default_title) == ("VGWF", "Nieuwsbrief")
    assert style.primary_colour == "#123456"
    assert style.heading_font == "Noto Serif"
    assert style.contact.website == "www.vgwf.example.org"
    assert style.contact.social == ["linkedin.com/company/vgwf", "x.com/vgwf"]


def test_cancel_changes_nothing(qtbot, library):
    before = library.house_style()
    dialog = HouseStyleDialog(library)
    qtbot.addWidget(dialog)
    dialog.name.setText("Iets anders")
    dialog.reject()
    assert library.house_style() == before


def test_font_choice_offers_the_shipped_families(qtbot, library):
    families = shipped_families()
    assert {"Noto Sans", "Noto Serif"} <= set(families)
    dialog = HouseStyleDialog(library)
    qtbot.addWidget(dialog)
    offered = [dialog.body_font.itemText(i) for i in range(dialog.body_font.count())]
    assert set(families) <= set(offered)


def test_png_logo_is_stored_as_photo(qtbot, library, tmp_path):
    path = tmp_path / "logo.png"
    Image.new("RGB", (400, 160), (11, 83, 148)).save(path)
    dialog = HouseStyleDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.choose_logo(path)
    dialog.apply()
    logo = library.house_style().logo_hash
    assert logo and library.has_photo(logo)
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()


def test_svg_logo_is_rendered_to_png_and_script_ignored(qtbot, library, tmp_path):
    png = svg_to_png(SVG, pixels=300)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (300, 100)
    assert image.convert("RGB").getpixel((5, 5)) == (11, 83, 148)
    path = tmp_path / "logo.svg"
    path.write_bytes(SVG)
    dialog = HouseStyleDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.choose_logo(path)
    original = library.photo_original(dialog.style_data.logo_hash)
    assert original.startswith(b"\x89PNG") and b"nooit uitvoeren" not in original


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<image xlink:href="https://tracker.invalid/x.png"/></svg>',
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]><svg>&a;</svg>',
        b"dit is geen svg",
    ],
)
def test_unsafe_or_broken_svg_is_refused_with_a_message(svg):
    with pytest.raises(PhotoError):
        svg_to_png(svg)


def test_broken_logo_file_shows_message_and_keeps_old_logo(qtbot, library, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    path = tmp_path / "logo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n kapot")
    dialog = HouseStyleDialog(library)
    qtbot.addWidget(dialog)
    assert not dialog.choose_logo(path)
    assert shown and dialog.style_data.logo_hash is None


def test_colour_rows_show_contrast_and_offer_the_nearest_passing_colour(qtbot, library):
    dialog = HouseStyleDialog(library)
    qtbot.addWidget(dialog)
    accent = dialog.contrast_rows["accent_colour"]
    assert "voldoet" in accent.ratio.text() and accent.fix.isHidden()
    dialog.colours["accent_colour"].set_colour("#E07B00")
    dialog.colours["accent_colour"].colour_changed.emit("#E07B00")
    assert "3,0 : 1" in accent.ratio.text() or "2,6 : 1" in accent.ratio.text()
    assert "te laag" in accent.ratio.text() and not accent.fix.isHidden()
    suggestion = accent.suggestion
    qtbot.mouseClick(accent.fix, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert dialog.colours["accent_colour"].colour() == suggestion
    assert "voldoet" in accent.ratio.text() and accent.fix.isHidden()
    dialog.resize(1366 // 2, 700)
    dialog.colours["accent_colour"].set_colour("#E07B00")
    dialog.colours["accent_colour"].colour_changed.emit("#E07B00")
    dialog.grab().save(str(library.path.parent / "house-style-dialog.png"))

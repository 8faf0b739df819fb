"""Parsed font metrics come back from the user's cache exactly as reportlab parses them."""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont

from vnhg_desk.export.pdf.font_cache import _cache_file, load_font
from vnhg_desk.resources import resource_path

FACE = resource_path("fonts", "NotoSerif-Italic.ttf")
SAME = (
    "name",
    "familyName",
    "ascent",
    "descent",
    "capHeight",
    "italicAngle",
    "stemV",
    "bbox",
    "flags",
    "unitsPerEm",
    "defaultWidth",
    "charWidths",
    "charToGlyph",
    "hmetrics",
    "glyphPos",
    "table",
)


def _subset_of(font: TTFont, text: str) -> bytes:
    """The embedded font program a PDF gets for these characters."""
    return font.face.makeSubset([ord(char) for char in text])


def test_cached_face_equals_the_parsed_one(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = TTFont("VNHG-test-parsed", str(FACE))
    first = load_font("VNHG-test-first", FACE)  # parses and writes the cache
    assert _cache_file(FACE).is_file()
    cached = load_font("VNHG-test-cached", FACE)
    for key in SAME:
        assert getattr(cached.face, key) == getattr(parsed.face, key), key
    assert cached.face.name.ustr == parsed.face.name.ustr
    assert cached.stringWidth("Kılıç ĳsberen", 11) == parsed.stringWidth("Kılıç ĳsberen", 11)
    assert _subset_of(cached, "Ahmet Şahin") == _subset_of(parsed, "Ahmet Şahin")
    assert first.face.charWidths == parsed.face.charWidths
    # Not kept in the cache (reportlab reads it only while parsing), but rebuilt on demand.
    assert "glyphToChar" not in vars(cached.face)
    rebuilt = cached.face.glyphToChar
    assert {(char, glyph) for glyph, chars in rebuilt.items() for char in chars} == set(
        parsed.face.charToGlyph.items()
    )


def test_damaged_cache_is_parsed_again_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    target = _cache_file(FACE)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"\x00kapot")
    font = load_font("VNHG-test-damaged", FACE)
    assert font.face.charWidths == TTFont("VNHG-test-fresh", str(FACE)).face.charWidths
    assert load_font("VNHG-test-again", FACE).face.charToGlyph == font.face.charToGlyph
    assert target.read_bytes() != b"\x00kapot"

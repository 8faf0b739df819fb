"""Every font is an embedded TrueType subset; characters Noto lacks use the fallback."""

from __future__ import annotations

import threading

import pikepdf
import pytest
from pypdf import PdfReader

from tests.pdf.conftest import pdftotext
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.export.pdf.fonts import register, split_runs, take_dropped
from vnhg_desk.layout.fonts import FALLBACK, FAMILIES
from vnhg_desk.model import Article, Edition
from vnhg_desk.resources import resource_path

BASE14 = {
    "Helvetica",
    "Times-Roman",
    "Courier",
    "Symbol",
    "ZapfDingbats",
    "Helvetica-Bold",
    "Times-Bold",
    "Courier-Bold",
}


def _fonts(path):
    found = {}
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for _name, font in page.Resources.get("/Font", {}).items():
                descendants = font.get("/DescendantFonts")
                target = descendants[0] if descendants else font
                descriptor = target.get("/FontDescriptor")
                found[str(font.BaseFont)] = descriptor is not None and "/FontFile2" in descriptor
    return found


def test_shipped_fonts_and_licences_exist():
    for family in FAMILIES.values():
        for face in ("regular", "bold", "italic", "bold_italic"):
            assert family.path(face).stat().st_size > 20_000  # Hebrew: a small script
    assert "Open Font License" in resource_path("fonts", "OFL-Noto.txt").read_text()
    assert "Bitstream" in resource_path("fonts", "LICENSE-DejaVu.txt").read_text()


@pytest.mark.parametrize("variant", ["email", "print"])
def test_every_font_is_embedded_subset_truetype(exported, variant):
    path, _ = exported[variant]
    fonts = _fonts(path)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    names = {name.lstrip("/").split("+")[-1] for name in fonts}
    assert not names & BASE14
    assert all("+" in name for name in fonts)  # subset prefix ABCDEF+
    assert any("NotoSerif" in name for name in names)
    assert any("NotoSans" in name for name in names)


def test_flyer_fonts_embedded(flyer):
    path, _result, _inv = flyer
    fonts = _fonts(path)
    assert fonts and all(fonts.values())


def test_split_runs_sends_missing_characters_to_the_fallback():
    main = register("Noto Serif").name
    fallback = register(FALLBACK).name
    runs = split_runs("Kılıç ĳ \u0627\u0644 \U0001f600", main, fallback)
    assert runs[0] == ("Kılıç ĳ ", None)
    assert ("\u0627\u0644", register("Noto Sans Arabic").name) in runs  # its script's font
    assert runs[-1] == ("\U0001f600", fallback)
    # A character no shipped font has is left out for a warning: never a box, never
    # its name ("[rocket]").
    take_dropped()
    runs = split_runs("a\U0001f680b", main, fallback)
    assert "".join(text for text, _font in runs) == "ab"
    assert take_dropped() == ["\U0001f680"]
    # Per thread: the live preview renders while an export does; neither takes the
    # other's (an export's warning went missing when the preview took it first).
    worker = threading.Thread(target=split_runs, args=("x\U0001f680", main, fallback))
    worker.start()
    worker.join()
    assert take_dropped() == []


def test_names_and_fallback_text_extract_back(tmp_path, style, photo_source):
    article = Article(
        headline="Kılıç en Şahin bij de ĲSSELMONDE-raad",
        body="Ğ en ĳ in een zin, Arabisch \u0645\u0631\u062d\u0628\u0627 en een lach \u263a.",
    )
    edition = Edition(content=[article])
    path = tmp_path / "names.pdf"
    write_pdf(edition, style, photo_source, path)
    text = pdftotext(path)
    for expected in ("Kılıç", "Şahin", "ĲSSELMONDE", "Ğ en ĳ", "\u263a"):
        assert expected in text
    assert "ĳ" in PdfReader(path).pages[0].extract_text()
    assert any("DejaVu" in name for name in _fonts(path))

"""LibreOffice opens the .docx and lays it out: the PDF's text has the content in order."""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import convert_to_pdf, soffice_path
from pypdf import PdfReader

from vnhg_desk.export.docx import write_docx

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(soffice_path() is None, reason="LibreOffice (soffice) is not installed"),
]


def pdf_text(pdf) -> tuple[str, int]:
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def test_edition_converts_with_headlines_in_order(tmp_path, edition, house_style, photos):
    source = tmp_path / "verslag.docx"
    write_docx(edition, house_style, photos, source)
    text, pages = pdf_text(convert_to_pdf(source, tmp_path))
    first, box, second = edition.content
    order = [
        "Verslag ledenvergadering",
        "9•OKT•2026",
        first.headline,
        "Knelpunten in de regio",
        "Wie wil bouwen, moet eerst het stroomnet op orde hebben",
        "Vervolg",
        box.title,
        second.headline,
    ]
    positions = [text.find(fragment) for fragment in order]
    assert -1 not in positions, list(zip(order, positions, strict=True))
    assert positions == sorted(positions)
    assert 2 <= pages <= 4
    # Fields were computed: every page says which page it is, out of how many.
    for number in range(1, pages + 1):
        assert f"Pagina {number} van {pages}" in text
    assert "www.vnhg.info" in text


def test_edition_pdf_uses_the_house_fonts_and_shows_the_photos(
    tmp_path, edition, house_style, photos
):
    source = tmp_path / "verslag.docx"
    write_docx(edition, house_style, photos, source)
    pdf = convert_to_pdf(source, tmp_path)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert "NotoSans-Bold" in fonts.stdout and "NotoSerif-Regular" in fonts.stdout
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.strip().splitlines()) - 2 >= 3


def test_invitation_converts_to_one_page(tmp_path, invitation, house_style, photos):
    source = tmp_path / "uitnodiging.docx"
    write_docx(invitation, house_style, photos, source)
    text, pages = pdf_text(convert_to_pdf(source, tmp_path))
    assert pages == 1
    for fragment in (
        "Save the date",
        "Klimaatadaptatie",
        "vrijdag 20 november 2026",
        "L. Visser, burgemeester Uitgeest",
        "Aanmelden vóór 13 november",
    ):
        assert fragment in text

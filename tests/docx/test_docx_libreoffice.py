"""LibreOffice opens the .docx and lays it out: the PDF's text has the content in order."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from conftest import convert, convert_to_pdf, soffice_path
from pypdf import PdfReader

from tests.tools import run_tool
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


def noto_installed() -> bool:
    """LibreOffice can only use the house fonts when they are installed system-wide."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run(
        [fc_list, ":family=Noto Sans", "family"], capture_output=True, text=True, check=False
    )
    return "Noto Sans" in found.stdout


@pytest.mark.skipif(not noto_installed(), reason="Noto fonts not installed (fonts-noto-core)")
def test_edition_pdf_uses_the_house_fonts(tmp_path, edition, house_style, photos):
    source = tmp_path / "verslag.docx"
    write_docx(edition, house_style, photos, source)
    pdf = convert_to_pdf(source, tmp_path)
    fonts = run_tool("pdffonts", str(pdf), capture_output=True, text=True)
    assert "NotoSans-Bold" in fonts.stdout and "NotoSerif-Regular" in fonts.stdout


def test_edition_pdf_shows_the_photos(tmp_path, edition, house_style, photos):
    source = tmp_path / "verslag.docx"
    write_docx(edition, house_style, photos, source)
    pdf = convert_to_pdf(source, tmp_path)
    images = run_tool("pdfimages", "-list", str(pdf), capture_output=True, text=True)
    assert len(images.stdout.strip().splitlines()) - 2 >= 3  # header lines, then images


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


def test_a_file_saved_again_by_libreoffice_imports_the_same(tmp_path, edition, house_style, photos):
    """A colleague who opens and saves the file in LibreOffice does not break the import."""
    from vnhg_desk.exchange.docx_import import import_docx
    from vnhg_desk.model.richtext import parse_body
    from vnhg_desk.store.library import Library

    source = tmp_path / "verslag.docx"
    write_docx(edition, house_style, photos, source)
    resaved = convert(source, tmp_path / "opnieuw", "docx:MS Word 2007 XML")
    library = Library.open(tmp_path / "bib.vnhg-desk")
    try:
        direct = library.load(import_docx(library, source))
        again = library.load(import_docx(library, resaved))
    finally:
        library.close()
    assert [type(item).__name__ for item in again.content] == ["Article", "SidebarBox", "Article"]
    for a, b in zip(direct.articles, again.articles, strict=True):
        assert (a.kicker, a.headline, a.subtitle, a.lead, a.byline) == (
            b.kicker,
            b.headline,
            b.subtitle,
            b.lead,
            b.byline,
        )
        assert parse_body(a.body) == parse_body(b.body)
        assert [(p.caption, p.credit, p.alt_text) for p in a.photos] == [
            (p.caption, p.credit, p.alt_text) for p in b.photos
        ]
        assert [(q.text, q.attribution) for q in a.quotes] == [
            (q.text, q.attribution) for q in b.quotes
        ]

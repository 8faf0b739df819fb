"""Odd but possible documents: empty parts, many highlights, long titles, English."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.pdf.conftest import pdftotext, squash
from tests.pdf.fixtures import add_photo
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Article, Edition, Invitation, PhotoRef, PullQuote, SidebarBox


def test_empty_invitation_is_one_page(tmp_path, style):
    result = write_pdf(Invitation(title=""), style, MemoryPhotoSource(), tmp_path / "leeg.pdf")
    assert result.page_count == 1


def test_articles_without_body_and_boxes_without_text(tmp_path, style):
    source = MemoryPhotoSource()
    photo = add_photo(source, 800, 600)
    edition = Edition(
        content=[
            Article(headline="Alleen een kop"),
            Article(
                headline="Alleen foto's",
                photos=[PhotoRef(photo, "Eerste"), PhotoRef(photo, "Tweede")],
            ),
            Article(quotes=[PullQuote("Alleen een citaat")]),
            SidebarBox(),
            SidebarBox(title="Kader zonder tekst"),
        ]
    )
    result = write_pdf(edition, style, source, tmp_path / "dun.pdf")
    text = squash(pdftotext(tmp_path / "dun.pdf"))
    for expected in (
        "Alleen een kop",
        "Eerste",
        "Tweede",
        "Alleen een citaat",
        "Kader zonder tekst",
    ):
        assert squash(expected) in text
    assert set(result.page_of_uid) == {item.uid for item in edition.content}


def test_many_highlights_and_a_long_title_stay_inside_the_masthead(tmp_path, style):
    edition = Edition(
        title="Verslag van de buitengewone algemene ledenvergadering over de toekomst " * 3,
        highlights=[f"Hoogtepunt nummer {n} van de vergadering" for n in range(30)],
        content=[Article(headline="Kop", body="Tekst.")],
    )
    path = tmp_path / "vol.pdf"
    write_pdf(edition, style, MemoryPhotoSource(), path)
    words = pdftotext(path, "-bbox")
    import re

    tops = [float(y) for y in re.findall(r'yMin="([\d.]+)"', words)]
    assert min(tops) >= 0  # nothing drawn above the page
    text = pdftotext(path)
    assert "Hoogtepunt nummer 0" in text
    assert "\u2026" in text  # the highlights that do not fit end in an ellipsis


@pytest.mark.parametrize("variant", ["email", "print"])
def test_english_edition_uses_english_words(tmp_path, style, variant):
    edition = Edition(language="en", content=[Article(headline="Report", body="Text " * 400)])
    path = tmp_path / "en.pdf"
    write_pdf(edition, style, MemoryPhotoSource(), path, variant=variant)
    text = pdftotext(path)
    assert "page 1" in text
    with __import__("pikepdf").open(path) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
    assert len(PdfReader(path).pages) >= 1


def test_opening_article_with_a_long_lead_still_starts_on_page_one(tmp_path, style):
    source = MemoryPhotoSource()
    photo = add_photo(source, 1600, 900)
    lead = "Een lange inleiding over de vergadering en haar besluiten. " * 30
    article = Article(
        headline="Opening", lead=lead, body="Tekst. " * 300, photos=[PhotoRef(photo, "Foto")]
    )
    result = write_pdf(Edition(content=[article]), style, source, tmp_path / "lead.pdf")
    assert result.page_of_uid[article.uid] == 0
    assert "Opening" in PdfReader(tmp_path / "lead.pdf").pages[0].extract_text()


def test_logo_with_transparency_in_masthead_and_flyer(tmp_path, style):
    import io

    import pikepdf
    from PIL import Image, ImageDraw

    from vnhg_desk.imaging.source import PhotoInfo
    from vnhg_desk.model import Invitation

    logo = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse((10, 10, 290, 290), fill=(255, 255, 255, 255))
    data = io.BytesIO()
    logo.save(data, "PNG")
    source = MemoryPhotoSource()
    source.add("logo", PhotoInfo(600, 300, "image/png"), data.getvalue())
    style.logo_hash = "logo"
    try:
        for name, document in (("e.pdf", Edition()), ("f.pdf", Invitation(theme="Thema"))):
            write_pdf(document, style, source, tmp_path / name)
            with pikepdf.open(tmp_path / name) as pdf:
                images = [
                    obj
                    for obj in pdf.pages[0].Resources.XObject.values()
                    if obj.get("/Subtype") == "/Image"
                ]
                assert len(images) == 1 and "/SMask" in images[0]  # transparency kept
    finally:
        style.logo_hash = None


def test_odd_house_style_values_fall_back_to_defaults(tmp_path):
    from tests.pdf.fixtures import sample_style

    style = sample_style()
    style.primary_colour = "rood"
    style.accent_colour = ""
    style.heading_font = "Comic Sans MS"
    style.print_colours = {"primary": "rood", "accent": (1, 2), "tint": (0, 0, 0, 500)}  # type: ignore[dict-item]
    for variant in ("email", "print"):
        result = write_pdf(
            Edition(content=[Article(headline="Kop", body="Tekst."), SidebarBox(title="Kader")]),
            style,
            MemoryPhotoSource(),
            tmp_path / f"{variant}.pdf",
            variant=variant,
        )
        assert result.page_count == 1
    from reportlab.lib.colors import CMYKColor

    from vnhg_desk.export.pdf.styles import PdfPalette

    tint = PdfPalette.from_style(style, print_colours=True).tint
    assert tint == CMYKColor(0, 0, 0, 1)  # the tint value 500 % is clamped to 100 %

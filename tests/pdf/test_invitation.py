"""The "save the date" flyer: one A4 page with every text; somewhat long texts shrink,
texts that would need unreadably small type flow onto a second page (nothing is lost)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.pdf.conftest import pdftotext, squash
from tests.pdf.fixtures import sample_invitation
from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.layout import layout_invitation


def test_flyer_is_one_a4_page_with_all_texts(flyer, style):
    path, result, invitation = flyer
    reader = PdfReader(path)
    assert result.page_count == len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.1)
    text = squash(pdftotext(path, "-raw"))
    layout = layout_invitation(invitation, style)
    expected = [
        layout.title.upper(),
        layout.theme,
        layout.date_line,
        layout.time_line,
        layout.place_line,
        *[block.text for block in layout.intro],
        layout.moderator,
        *layout.panel,
        layout.registration_note,
    ]
    _in_order(text, expected)
    assert "Ruud Kılıç, wethouder Zaanstad" in pdftotext(path)


def _in_order(text: str, needles: list[str]) -> None:
    position = 0
    for needle in map(squash, needles):
        found = text.find(needle, position)
        assert found >= 0, needle
        position = found


@pytest.mark.parametrize("variant", ["email", "print"])
def test_normal_flyer_stays_one_page_at_full_size(tmp_path, style, variant):
    path = tmp_path / f"gewoon-{variant}.pdf"
    result = write_pdf(sample_invitation(), style, MemoryPhotoSource(), path, variant=variant)
    assert result.page_count == len(PdfReader(path).pages) == 1
    # Full size: the theme is set at 30 pt, not shrunk; no page number on a one-page flyer.
    sizes = {round(float(size)) for size in _font_sizes(path, "Thema-bijeenkomst")}
    assert sizes == {30}
    assert "pagina" not in pdftotext(path)


def _font_sizes(path, needle: str) -> list[float]:
    """Font sizes (times the text matrix scale) of the text runs that start with needle."""
    found: list[float] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.startswith(needle):
            found.append(font_size * tm[0] * cm[0])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_longer_flyer_shrinks_onto_one_page(tmp_path, style):
    invitation = sample_invitation()
    invitation.intro = "\n\n".join([invitation.intro] * 3)
    invitation.panel = invitation.panel * 3
    path = tmp_path / "long.pdf"
    result = write_pdf(invitation, style, MemoryPhotoSource(), path, variant="print")
    assert result.page_count == 1
    text = pdftotext(path)
    assert text.count("Ahmet Şahin") == 3
    assert "pagina" not in text
    page = PdfReader(path).pages[0]
    assert "/TrimBox" in page
    # Shrunk, but readable: at least 70 % of the 30-pt theme.
    sizes = _font_sizes(path, "Thema-bijeenkomst")
    assert sizes and all(21 <= size < 30 for size in sizes)


def test_crowded_flyer_flows_on_instead_of_shrinking_unreadably(tmp_path, style):
    invitation = sample_invitation()
    invitation.intro = "\n\n".join([invitation.intro] * 8)
    invitation.panel = invitation.panel * 5
    path = tmp_path / "vol.pdf"
    result = write_pdf(invitation, style, MemoryPhotoSource(), path, variant="print")
    reader = PdfReader(path)
    assert result.page_count == len(reader.pages) == 2
    assert all("/TrimBox" in page for page in reader.pages)
    assert {round(size) for size in _font_sizes(path, "Thema-bijeenkomst")} == {30}
    text = pdftotext(path)
    assert text.count("Ahmet Şahin") == 5
    assert "pagina 1" in text and "pagina 2" in text
    layout = layout_invitation(invitation, style)
    _in_order(
        squash(pdftotext(path, "-raw")),
        [
            layout.theme,
            *[block.text for block in layout.intro],
            layout.moderator,
            *layout.panel,
            layout.registration_note,
        ],
    )

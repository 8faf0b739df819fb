"""The "save the date" flyer: one A4 page with every text, even when texts are long."""

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
    position = 0
    for needle in map(squash, expected):
        found = text.find(needle, position)
        assert found >= 0, needle
        position = found
    assert "Ruud Kılıç, wethouder Zaanstad" in pdftotext(path)


def test_long_flyer_shrinks_onto_one_page(tmp_path, style):
    invitation = sample_invitation()
    invitation.intro = "\n\n".join([invitation.intro] * 8)
    invitation.panel = invitation.panel * 5
    path = tmp_path / "long.pdf"
    result = write_pdf(invitation, style, MemoryPhotoSource(), path, variant="print")
    assert result.page_count == 1
    text = pdftotext(path)
    assert text.count("Ahmet Şahin") == 5
    page = PdfReader(path).pages[0]
    assert "/TrimBox" in page

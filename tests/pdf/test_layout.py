"""Where things land: photo widths, two-column boxes, hyphenation, headline sizes."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from tests.pdf.conftest import pdftotext
from tests.pdf.test_variants import _placed_images
from vnhg_desk.export.pdf.page import PageGeometry
from vnhg_desk.export.pdf.placements import GUTTER


def _words(path):
    """(page, xMin, yMin, word) for every word pdftotext finds."""
    out = []
    page = 0
    for line in pdftotext(path, "-bbox").splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)".*>(.*)</word>', line)
        if match:
            out.append((page, float(match.group(1)), float(match.group(2)), match.group(3)))
    return out


def test_photo_widths_follow_the_grid(exported):
    path, _ = exported["email"]
    geometry = PageGeometry.for_variant("email")
    column = (geometry.type_width - GUTTER) / 2
    widths = sorted(round(placed_w, 1) for _w, _h, placed_w, _ph, _f in _placed_images(path))
    assert widths == pytest.approx([column, column, geometry.type_width], abs=0.5)


def test_sidebar_box_body_runs_in_two_columns(exported):
    path, _ = exported["email"]
    words = _words(path)
    mid = PageGeometry.for_variant("email").width / 2
    # The "Volgende bijeenkomst" box: its first sentence starts in the left column, the
    # end of its long paragraph stands in the right one.
    page, x, y, _word = next(w for w in words if w[3] == "Aanmelden")
    assert x < mid
    below = [w for w in words if w[0] == page and w[2] >= y - 2]  # the box is last
    assert any(w[3] == "uitviel." and w[1] > mid for w in below)


def test_body_is_hyphenated_and_headlines_are_large(exported):
    path, _ = exported["email"]
    text = PdfReader(path).pages[0].extract_text()
    # The line-end hyphen is a soft hyphen: it vanishes from copied text.
    assert re.search(r"\w\u00ad\n\w", text), "no hyphenated line break in justified text"
    sizes = {}
    every: list[float] = []
    page = PdfReader(path).pages[0]

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.setdefault(text.strip()[:20], font_size * tm[0])
            every.append(round(font_size * tm[0], 1))

    page.extract_text(visitor_text=visit)
    headline = next(v for k, v in sizes.items() if k.startswith("Gemeenten eensgezind"))
    body = max(set(every), key=every.count)  # most of the page is body text
    assert body == 9.4
    assert headline >= 2.5 * body


def test_portrait_opening_photo_joins_the_columns(tmp_path, style):
    from tests.pdf.fixtures import add_photo
    from vnhg_desk.export.pdf import write_pdf
    from vnhg_desk.imaging.source import MemoryPhotoSource
    from vnhg_desk.model import Article, Edition, PhotoRef

    source = MemoryPhotoSource()
    portrait = add_photo(source, 900, 1200)
    article = Article(
        headline="Portret", body="Tekst. " * 200, photos=[PhotoRef(portrait, "Een portret")]
    )
    write_pdf(Edition(content=[article]), style, source, tmp_path / "p.pdf")
    geometry = PageGeometry.for_variant("email")
    column = (geometry.type_width - GUTTER) / 2
    ((_w, _h, placed_w, placed_h, _f),) = _placed_images(tmp_path / "p.pdf")
    assert placed_w == pytest.approx(column, abs=0.5)
    assert placed_h == pytest.approx(column, abs=0.5)  # cropped to square at most


def test_crop_keeps_the_upper_part_of_a_tall_picture():
    from vnhg_desk.export.pdf.photos import crop_box

    assert crop_box(4000, 3000, 2.0) == (0, 300, 4000, 2300)
    assert crop_box(3000, 3000, 1.5) == (0, 300, 3000, 2300)
    assert crop_box(4000, 1000, 2.0) == (1000, 0, 3000, 1000)

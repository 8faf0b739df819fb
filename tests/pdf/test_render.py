"""Rendered pages look like the newsletter: house colour masthead, photos, text."""

from __future__ import annotations

from PIL import Image

from tests.tools import run_tool


def _render(path, out_dir, resolution=40):
    run_tool("pdftoppm", "-r", str(resolution), "-png", str(path), str(out_dir / "page"))
    return sorted(out_dir.glob("page-*.png"))


def test_pages_render_with_masthead_and_furniture(exported, tmp_path):
    path, result = exported["email"]
    pages = _render(path, tmp_path)
    assert len(pages) == result.page_count
    first = Image.open(pages[0]).convert("RGB")
    width, height = first.size
    # The masthead band in the house colour (#0B5394) across the top of page 1.
    r, g, b = first.getpixel((width // 2, int(height * 0.03)))
    assert abs(r - 0x0B) < 20 and abs(g - 0x53) < 20 and abs(b - 0x94) < 20
    # The date banner in the accent colour (#A45A00, the text-safe orange) under it.
    band = [first.getpixel((width - 5, y)) for y in range(int(height * 0.18), int(height * 0.26))]
    assert any(abs(p[0] - 0xA4) < 25 and abs(p[1] - 0x5A) < 25 and p[2] < 40 for p in band)
    # Later pages: the slim bar at the top, and ink (text) in the body.
    later = Image.open(pages[1]).convert("L")
    assert later.getpixel((later.width // 2, 2)) < 120
    body = later.crop((0, int(later.height * 0.1), later.width, int(later.height * 0.9)))
    dark = sum(body.histogram()[:128])
    assert dark > 0.01 * body.width * body.height


def test_print_pages_have_crop_marks_outside_the_bleed(exported, tmp_path):
    path, _ = exported["print"]
    page = Image.open(_render(path, tmp_path, 72)[0]).convert("L")
    # Media is trim + 12 mm per side; at 72 dpi 1 mm = 2.83 px. The corner area outside
    # the bleed is paper except for the marks: some dark pixels, mostly white.
    corner = page.crop((0, 0, 30, 30))
    histogram = corner.histogram()
    assert sum(histogram[:128]) > 0
    assert sum(histogram[201:]) > 0.8 * corner.width * corner.height


def test_print_pages_look_like_the_email_pages(exported, tmp_path):
    """The print PDF is press CMYK (photos converted with the shipped profile): rendered,
    each page looks like its e-mail page, not inverted or colour-shifted. Compared
    inside the trim, region by region, on mean colour."""
    (tmp_path / "e").mkdir()
    (tmp_path / "p").mkdir()
    email = _render(exported["email"][0], tmp_path / "e", 20)
    prints = _render(exported["print"][0], tmp_path / "p", 20)
    assert len(email) == len(prints) > 1
    for screen_path, print_path in zip(email, prints, strict=True):
        screen = Image.open(screen_path).convert("RGB")
        paper = Image.open(print_path).convert("RGB")
        # Media is trim + 12 mm per side (20 dpi: 9.4 px): crop the trim, same size.
        margin = round(12 / 25.4 * 20)
        paper = paper.crop((margin, margin, paper.width - margin, paper.height - margin))
        paper = paper.resize(screen.size)
        for row in range(4):
            for column in range(3):
                box = (
                    column * screen.width // 3,
                    row * screen.height // 4,
                    (column + 1) * screen.width // 3,
                    (row + 1) * screen.height // 4,
                )
                a = screen.crop(box).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
                b = paper.crop(box).resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
                assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 40, (box, a, b)

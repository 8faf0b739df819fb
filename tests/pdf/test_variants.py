"""Page size, page boxes, photo resolution and colours per variant."""

from __future__ import annotations

import pikepdf
import pytest
from pypdf import PdfReader

from vnhg_desk.export.pdf.page import BLEED, SLUG

A4 = (595.28, 841.89)
MM = 72 / 25.4


def _box(page, name):
    return [float(v) for v in page.obj[name]] if name in page.obj else None


def test_email_is_plain_a4(exported):
    path, result = exported["email"]
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == result.page_count >= 3
        for page in pdf.pages:
            x0, y0, x1, y1 = _box(page, "/MediaBox")
            assert (x1 - x0, y1 - y0) == pytest.approx(A4, abs=0.1)
            assert "/TrimBox" not in page.obj


def test_print_has_bleed_trim_and_larger_media(exported):
    path, _result = exported["print"]
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            media = _box(page, "/MediaBox")
            trim = _box(page, "/TrimBox")
            bleed = _box(page, "/BleedBox")
            assert trim[2] - trim[0] == pytest.approx(A4[0], abs=0.1)
            assert trim[3] - trim[1] == pytest.approx(A4[1], abs=0.1)
            assert bleed[0] == pytest.approx(trim[0] - 3 * MM, abs=0.05)
            assert bleed[3] == pytest.approx(trim[3] + 3 * MM, abs=0.05)
            assert media[2] - media[0] == pytest.approx(A4[0] + 2 * SLUG, abs=0.1)
            assert media[0] <= bleed[0] and media[2] >= bleed[2]
    assert BLEED == pytest.approx(3 * MM)


def _placed_images(path):
    """(pixel width, pixel height, placed width pt, placed height pt) per image use."""
    from pypdf import PdfReader as Reader

    found = []
    reader = Reader(path)
    for page in reader.pages:
        sizes = {}
        xobjects = page["/Resources"].get("/XObject", {})
        for name, ref in xobjects.items():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes[name] = (int(obj["/Width"]), int(obj["/Height"]), obj.get("/Filter"))
        matrix_stack = []

        def visitor(op, args, cm, tm, sizes=sizes, stack=matrix_stack):
            if op == b"Do" and args and args[0] in sizes:
                stack.append((sizes[args[0]], cm[0], cm[3]))

        page.extract_text(visitor_operand_before=visitor)
        for (w, h, filt), sx, sy in matrix_stack:
            found.append((w, h, abs(sx), abs(sy), filt))
    return found


@pytest.mark.parametrize(("variant", "low", "high"), [("email", 130, 170), ("print", 295, 330)])
def test_photo_resolution_per_variant(exported, variant, low, high):
    path, _ = exported[variant]
    images = _placed_images(path)
    assert len(images) == 3  # wide photo, column photo, photo of the second article
    for w, h, placed_w, placed_h, filt in images:
        ppi_x = w / (placed_w / 72)
        ppi_y = h / (placed_h / 72)
        assert low <= ppi_x <= high, (variant, w, placed_w, ppi_x)
        assert ppi_y == pytest.approx(ppi_x, rel=0.03)
        filters = [filt] if isinstance(filt, str) else list(filt)
        assert filters == ["/DCTDecode"]  # the JPEG embedded as it is, no ASCII85


def test_small_photos_are_never_upsampled(tmp_path, style):
    from tests.pdf.fixtures import sample_edition
    from vnhg_desk.export.pdf import write_pdf
    from vnhg_desk.imaging.source import MemoryPhotoSource

    source = MemoryPhotoSource()
    edition = sample_edition(source, photo_size=(400, 300))
    write_pdf(edition, style, source, tmp_path / "small.pdf", variant="print")
    sources = {info.width for info, _data in source.photos.values()}
    for w, _h, _pw, _ph, _f in _placed_images(tmp_path / "small.pdf"):
        assert w <= max(sources)


def test_renditions_are_cached_and_reused(edition, style, photo_source, tmp_path, exported):
    from vnhg_desk.export.pdf import write_pdf

    keys = {key for _hash, key in photo_source.renditions}
    assert any(key.startswith("pdf") and ":email:" in key for key in keys)
    assert any(key.startswith("pdf") and ":print:" in key for key in keys)
    before = dict(photo_source.renditions)
    write_pdf(edition, style, photo_source, tmp_path / "again.pdf")
    assert photo_source.renditions == before  # nothing new: all came from the cache
    first = PdfReader(exported["email"][0])
    again = PdfReader(tmp_path / "again.pdf")
    assert len(first.pages) == len(again.pages)


def test_print_uses_the_house_styles_own_cmyk_values(tmp_path, edition, photo_source):
    """Where the house style gives CMYK values, the print PDF draws exactly those; the
    other colours are converted to the press condition, greys to black ink only."""
    from tests.pdf.fixtures import sample_style
    from vnhg_desk.export.pdf import write_pdf

    style = sample_style()
    style.print_colours = {"primary": (100, 55, 0, 20), "accent": (0, 55, 100, 5)}
    write_pdf(edition, style, photo_source, tmp_path / "cmyk.pdf", variant="print")
    fills = set()
    with pikepdf.open(tmp_path / "cmyk.pdf") as pdf:
        assert pdf.Root.OutputIntents[0].DestOutputProfile.N == 4
        for operands, operator in pikepdf.parse_content_stream(pdf.pages[0]):
            assert str(operator) not in ("rg", "RG")
            if str(operator) == "k":
                fills.add(tuple(round(float(value), 3) for value in operands))
    assert (1.0, 0.55, 0.0, 0.2) in fills  # the masthead band: primary as given
    assert (0.0, 0.55, 1.0, 0.05) in fills  # the date band: accent as given
    assert (0.0, 0.0, 0.0, 0.0) in fills  # paper-white text on the bands: no ink
    assert (0.0, 0.0, 0.0, round(1 - 0x1A / 255, 3)) in fills  # text #1A1A1A: black only


def test_email_demo_size_is_small(exported):
    path, _ = exported["email"]
    assert path.stat().st_size < 1_500_000

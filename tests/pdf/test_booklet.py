"""The booklet ("Afdrukken als boekje"): the print pages imposed two-up in saddle-stitch
order, read back from the imposed PDF (sheet size, page order, every page exactly once)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A3, A4
from reportlab.pdfgen.canvas import Canvas

from tests.pdf.fixtures import long_edition, sample_style
from vnhg_desk.errors import ExportError
from vnhg_desk.export.pdf.booklet import impose, saddle_order, write_booklet
from vnhg_desk.imaging.source import MemoryPhotoSource
from vnhg_desk.model import Invitation


def numbered_pdf(pages: int) -> bytes:
    """A4 pages that say only "Blad N" (and have crop marks outside a 3 mm bleed trim)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 40)
        canvas.drawCentredString(A4[0] / 2, A4[1] / 2, f"Blad {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def half_text(path: Path, sheet: int, right: bool, width: float, height: float) -> str:
    """pdftotext of one half of one side (1-based), at 72 dpi so pixels are points."""
    half = int(width / 2)
    args = ["-f", str(sheet), "-l", str(sheet), "-r", "72", "-x", str(half if right else 0)]
    args += ["-y", "0", "-W", str(half), "-H", str(int(height))]
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def sides(path: Path, pattern: str) -> list[tuple[int | None, int | None]]:
    """Per side of the booklet, the page number found left and right (None: blank)."""
    reader = pypdf.PdfReader(path)
    out = []
    for index, page in enumerate(reader.pages, 1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        found = []
        for right in (False, True):
            numbers = re.findall(pattern, half_text(path, index, right, width, height))
            assert len(numbers) <= 1
            found.append(int(numbers[0]) if numbers else None)
        out.append(tuple(found))
    return out


def test_saddle_order_for_four_and_eight_pages():
    assert saddle_order(4) == [((3, 0), (1, 2))]  # front 4|1, back 2|3
    assert saddle_order(8) == [((7, 0), (1, 6)), ((5, 2), (3, 4))]
    assert saddle_order(0) == []


@pytest.mark.parametrize("pages", [1, 4, 5, 6, 8, 12])
def test_imposed_order_sheet_size_and_every_page_once(tmp_path, pages):
    path = tmp_path / "boekje.pdf"
    path.write_bytes(impose(numbered_pdf(pages), "a3"))
    reader = pypdf.PdfReader(path)
    total = -(-pages // 4) * 4
    assert len(reader.pages) == total // 2  # two sides per sheet, printing order
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (A3[1], A3[0]), abs=0.01
        )  # A3 landscape
    found = sides(path, r"Blad (\d+)")
    expected = [
        tuple(None if n is None else n + 1 for n in side)
        for sheet in saddle_order(pages)
        for side in sheet
    ]
    assert found == expected
    numbers = [n for side in found for n in side if n is not None]
    assert sorted(numbers) == list(range(1, pages + 1))  # every page exactly once
    assert found.count((None, None)) == 0 or pages < 3  # blanks only pair with a page


def test_four_pages_read_4_1_then_2_3(tmp_path):
    path = tmp_path / "boekje.pdf"
    path.write_bytes(impose(numbered_pdf(4), "a3"))
    assert sides(path, r"Blad (\d+)") == [(4, 1), (2, 3)]


def test_a5_booklet_on_a4(tmp_path):
    path = tmp_path / "boekje-a4.pdf"
    path.write_bytes(impose(numbered_pdf(8), "a4"))
    reader = pypdf.PdfReader(path)
    size = (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height))
    assert size == pytest.approx((A4[1], A4[0]), abs=0.01)
    assert sides(path, r"Blad (\d+)") == [(8, 1), (2, 7), (6, 3), (4, 5)]


@pytest.fixture(scope="module")
def edition_booklet(tmp_path_factory):
    """A real edition of several pages, as print PDF and as booklet."""
    from vnhg_desk.export.pdf import write_pdf

    folder = tmp_path_factory.mktemp("boekje")
    source = MemoryPhotoSource()
    edition = long_edition(source, articles=3, paragraphs=9)
    style = sample_style()
    print_pdf = folder / "drukwerk.pdf"
    result = write_pdf(edition, style, source, print_pdf, variant="print")
    booklet = folder / "boekje.pdf"
    sheets = write_booklet(edition, style, source, booklet, sheet="a3")
    return result.page_count, sheets, print_pdf, booklet


def test_edition_booklet_has_each_printed_page_once(edition_booklet):
    pages, sheets, _print_pdf, booklet = edition_booklet
    assert pages >= 3 and sheets == -(-pages // 4)
    found = sides(booklet, r"pagina (\d+)")  # the footer numbers every page
    numbers = [n for side in found for n in side if n is not None]
    assert sorted(numbers) == list(range(1, pages + 1))
    assert found[0][1] == 1  # the front page is on the right of the first side


def _images(path: Path) -> list[tuple[int, int]]:
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return sorted((int(line.split()[3]), int(line.split()[4])) for line in listing)


def test_booklet_keeps_the_print_photos_and_drops_crop_marks(edition_booklet):
    _pages, _sheets, print_pdf, booklet = edition_booklet
    assert _images(booklet) == _images(print_pdf)  # the same 300 ppi pixels, none resampled
    reader = pypdf.PdfReader(booklet)
    trim = pypdf.PdfReader(print_pdf).pages[0].trimbox
    for page in reader.pages:
        for name, xobject in page["/Resources"]["/XObject"].items():
            form = xobject.get_object()
            bbox = [float(v) for v in form["/BBox"]]
            # Clipped to the trim: the bleed and the crop marks outside it are not drawn.
            assert bbox == pytest.approx([float(v) for v in trim], abs=0.01), name


def test_invitation_is_not_a_booklet(tmp_path):
    with pytest.raises(ExportError, match="editie"):
        write_booklet(Invitation(), sample_style(), MemoryPhotoSource(), tmp_path / "x.pdf")


def test_unknown_sheet_is_refused():
    with pytest.raises(ExportError, match="A3 of A4"):
        impose(numbered_pdf(4), "a5")


def test_command_line_booklet_on_a4(tmp_path, capsys):
    from vnhg_desk.cli.main import main
    from vnhg_desk.demo import add_demo
    from vnhg_desk.store import Library

    library = tmp_path / "demo.vnhg-desk"
    with Library.open(library) as opened:
        edition_id, _invitation = add_demo(opened)
    target = tmp_path / "boekje.pdf"
    args = ["--library", str(library), "export", str(edition_id), "-o", str(target)]
    assert main([*args, "--variant", "booklet", "--vel", "A4"]) == 0
    page = pypdf.PdfReader(target).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (A4[1], A4[0]), abs=0.01
    )
    assert sides(target, r"pagina (\d+)")[0][1] == 1
    capsys.readouterr()
    assert main([*args[:-1], str(tmp_path / "boekje.docx"), "--variant", "booklet"]) == 1
    assert "boekje is een PDF" in capsys.readouterr().err


def test_booklet_keeps_the_press_condition(edition_booklet):
    """The booklet's pages are the print PDF's CMYK pages: it names the same intent."""
    import pikepdf

    _pages, _sheets, print_pdf, booklet = edition_booklet
    with pikepdf.open(print_pdf) as original, pikepdf.open(booklet) as imposed:
        intent, copied = original.Root.OutputIntents[0], imposed.Root.OutputIntents[0]
        assert copied.DestOutputProfile.N == 4
        assert copied.DestOutputProfile.read_bytes() == intent.DestOutputProfile.read_bytes()

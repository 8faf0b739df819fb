"""Printing a PDF on a QPrinter: trimmed pages, page range, full resolution."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from vnhg_desk.gui.printing import chosen_pages, print_pdf

BLEED = 8.5  # 3 mm in points


@pytest.fixture
def print_pdf_file(tmp_path):
    """Three A4 pages with bleed: a red band in the bleed, a blue block inside the trim."""
    path = tmp_path / "drukwerk.pdf"
    width, height = A4[0] + 2 * BLEED, A4[1] + 2 * BLEED
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    for number in range(1, 4):
        pdf.setTrimBox((BLEED, BLEED, BLEED + A4[0], BLEED + A4[1]))
        pdf.setFillColorRGB(1, 0, 0)
        pdf.rect(0, 0, width, height, stroke=0, fill=1)  # bleed colour everywhere
        pdf.setFillColorRGB(1, 1, 1)
        pdf.rect(BLEED, BLEED, A4[0], A4[1], stroke=0, fill=1)  # white trimmed page
        pdf.setFillColorRGB(0, 0, 1)
        pdf.rect(BLEED + 100, BLEED + 100, 200 + number * 50, 300, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return path


def _printer(path, resolution=100):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    printer.setFullPage(True)
    return printer


def test_chosen_pages(qapp, tmp_path):
    printer = _printer(tmp_path / "niet-gebruikt.pdf")
    assert chosen_pages(printer, 4) == [0, 1, 2, 3]
    printer.setFromTo(2, 3)
    assert chosen_pages(printer, 4) == [1, 2]
    printer.setFromTo(3, 9)
    assert chosen_pages(printer, 4) == [2, 3]


def test_prints_trimmed_pages_without_bleed(qapp, print_pdf_file, tmp_path):
    out = tmp_path / "papier.pdf"
    progress = []
    count = print_pdf(print_pdf_file, _printer(out), lambda done, total: progress.append(done))
    assert count == 3 and progress == [1, 2, 3]
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    assert abs(float(reader.pages[0].mediabox.width) - A4[0]) < 2
    page = pdfium.PdfDocument(str(out))[0]
    image = page.render(scale=50 / 72).to_pil().convert("RGB")
    # No red from the bleed on paper: the corners are white, the block is blue.
    for corner in ((1, 1), (image.width - 2, 1), (1, image.height - 2)):
        red, green, blue = image.getpixel(corner)
        assert red > 240 and green > 240 and blue > 240
    x, y = int((100 + 20) * 50 / 72), image.height - int((100 + 20) * 50 / 72)
    assert image.getpixel((x, y))[2] > 200 and image.getpixel((x, y))[0] < 60


def test_page_range_and_resolution(qapp, print_pdf_file, tmp_path):
    out = tmp_path / "bereik.pdf"
    printer = _printer(out, resolution=200)
    printer.setFromTo(2, 3)
    assert print_pdf(print_pdf_file, printer) == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    images = [image for page in reader.pages for image in page.images]
    assert images
    # A4 at 200 dpi is about 1654 pixels wide; bands keep their full width.
    assert min(image.image.width for image in images) >= 1600

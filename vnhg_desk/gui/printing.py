"""Print a PDF's pages on a QPrinter at the printer's resolution (pypdfium2 -> QImage).

The print PDF has bleed and crop marks; on an office printer the trimmed A4 page is
what matters, so each page's TrimBox is rendered and fitted to the printable area. Pages
are rendered in horizontal bands so a 600 dpi A4 page never needs one huge image.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

MAX_DPI = 600
BAND_PIXELS = 1024


def _trim(page) -> tuple[float, float, float, float]:
    """The TrimBox (falling back to the CropBox/MediaBox) as left, bottom, right, top."""
    for getter in ("get_trimbox", "get_cropbox", "get_mediabox"):
        try:
            return tuple(getattr(page, getter)())
        except Exception:  # box missing in this page: try the next one
            continue
    width, height = page.get_size()
    return (0.0, 0.0, width, height)


def chosen_pages(printer, count: int) -> list[int]:
    """0-based pages to print: the range chosen in the print dialog, else all."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(min(first, count) - 1, min(last, count)))


def print_pdf(path: Path, printer, progress: Callable[[int, int], None] | None = None) -> int:
    """Paint every page of ``path`` on ``printer``; returns the number of pages printed."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise RuntimeError("de printer kan niet worden geopend")
        dpi = min(printer.resolution(), MAX_DPI)
        pages = chosen_pages(printer, len(document))
        for done, index in enumerate(pages):
            if done:
                printer.newPage()
            _paint_page(painter, document[index], dpi)
            if progress is not None:
                progress(done + 1, len(pages))
        return len(pages)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def _paint_page(painter: QPainter, page, dpi: int) -> None:
    media_left, media_bottom, media_right, media_top = page.get_mediabox()
    left, bottom, right, top = _trim(page)
    width_pt, height_pt = right - left, top - bottom
    area = QRectF(painter.viewport())
    scale_fit = min(area.width() / width_pt, area.height() / height_pt)
    target_w, target_h = width_pt * scale_fit, height_pt * scale_fit
    origin_x = area.x() + (area.width() - target_w) / 2
    origin_y = area.y() + (area.height() - target_h) / 2
    scale = dpi / 72.0
    # pypdfium2 crops are measured inward from the page edges, in points.
    crop_left, crop_right = left - media_left, media_right - right
    crop_top_base, crop_bottom_base = media_top - top, bottom - media_bottom
    band_pt = BAND_PIXELS / scale
    y_pt = 0.0
    while y_pt < height_pt - 1e-6:
        band_h = min(band_pt, height_pt - y_pt)
        crop = (
            crop_left,
            crop_bottom_base + (height_pt - y_pt - band_h),
            crop_right,
            crop_top_base + y_pt,
        )
        bitmap = page.render(scale=scale, crop=crop, rev_byteorder=True)
        width, height = bitmap.width, bitmap.height
        image = QImage(bitmap.buffer, width, height, bitmap.stride, QImage.Format.Format_RGB888)
        top_px = origin_y + y_pt * scale_fit
        painter.drawImage(QRectF(origin_x, top_px, target_w, band_h * scale_fit), image.copy())
        bitmap.close()
        y_pt += band_h

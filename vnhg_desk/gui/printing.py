"""Printing: the "Afdrukken…" flow, and painting a PDF's pages on a QPrinter at the
printer's resolution (pypdfium2 -> QImage).

The print dialog has a tab "Boekje": ordinary pages, a booklet of the A4 pages on A3, or
an A5 booklet on A4 (export/pdf/booklet.py imposes the sheets); a booklet sets the paper
to landscape and duplex on the short edge.

The print PDF has bleed and crop marks; on an office printer the trimmed A4 page is
what matters, so each page's TrimBox is rendered and fitted to the printable area. Pages
are rendered in horizontal bands so a 600 dpi A4 page never needs one huge image.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

from vnhg_desk.gui.export_worker import LibraryCopy
from vnhg_desk.gui.publish_jobs import PublishJobs

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

    from vnhg_desk.gui.preview_worker import PDFIUM_LOCK

    with PDFIUM_LOCK:
        return _print_locked(pdfium, path, printer, progress)


def _print_locked(
    pdfium: Any, path: Path, printer, progress: Callable[[int, int], None] | None
) -> int:
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


class BookletChoice(QWidget):
    """The print dialog's "Boekje" tab: pages as they are, or a booklet on A3 or A4."""

    CHOICES = (None, "a3", "a4")

    def __init__(self, chosen: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PublishActions", "Boekje"))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        texts = (
            QCoreApplication.translate("PublishActions", "Gewone pagina's (A4)"),
            QCoreApplication.translate(
                "PublishActions", "Boekje: de A4-pagina's op A3, dubbelzijdig"
            ),
            QCoreApplication.translate(
                "PublishActions", "A5-boekje op A4, dubbelzijdig (printers zonder A3)"
            ),
        )
        for index, text in enumerate(texts):
            button = QRadioButton(text, self)
            button.setChecked(self.CHOICES[index] == chosen)
            self.group.addButton(button, index)
            layout.addWidget(button)
        note = QLabel(
            QCoreApplication.translate(
                "PublishActions",
                "Een boekje drukt u dubbelzijdig, omslaan langs de korte zijde; lege "
                "pagina's vullen aan tot een viervoud.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def value(self) -> str | None:
        """None for ordinary pages, else the sheet: "a3" or "a4"."""
        return self.CHOICES[max(0, self.group.checkedId())]


def set_booklet_paper(printer, sheet: str) -> None:
    """Landscape A3 or A4, both sides, flipped on the short edge."""
    from PySide6.QtPrintSupport import QPrinter

    size = QPageSize.PageSizeId.A3 if sheet == "a3" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDuplex(QPrinter.DuplexMode.DuplexShortSide)


class DocumentPrinting:
    """The print flow: the print PDF is written in a worker (through the
    :class:`~vnhg_desk.gui.publish_jobs.PublishJobs` it is given); its pages are then
    painted in the GUI thread. Texts use the "PublishActions" translation context.
    """

    def __init__(self, jobs: PublishJobs) -> None:
        self.jobs = jobs

    def print_document(
        self, printer: Any = None, *, ask: bool = True, booklet: str | None = None
    ) -> None:
        """Print the print PDF's pages through the system print dialog; ``booklet`` ("a3",
        "a4") prints them imposed as a booklet (also a choice in the dialog)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        found = self.jobs.document()
        if found is None:
            return
        doc_id, document = found
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        if ask:
            dialog = QPrintDialog(printer, self.jobs.widget)
            dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
            dialog.setMinMax(1, 999)
            choice = BookletChoice(booklet)
            dialog.setOptionTabs([choice])
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            booklet = choice.value()
        folder = Path(tempfile.mkdtemp(prefix="vnhg-desk-print-"))
        pdf = folder / "afdruk.pdf"
        where = printer.outputFileName() or printer.printerName()

        def job(copy: LibraryCopy, progress: Callable[[float], None]) -> Path:
            from vnhg_desk.export.pdf import write_pdf

            style = copy.house_style()
            if booklet:
                from vnhg_desk.export.pdf.booklet import write_booklet

                edition = copy.load(doc_id)
                write_booklet(edition, style, copy, pdf, sheet=booklet, progress=progress)
                copy.record_export(doc_id, f"afdruk (boekje {booklet.upper()})", where)
                return pdf
            write_pdf(copy.load(doc_id), style, copy, pdf, variant="print", progress=progress)
            copy.record_export(doc_id, "afdruk", where)
            return pdf

        def print_pages(path: Path) -> None:
            try:
                if booklet:
                    set_booklet_paper(printer, booklet)
                pages = print_pdf(path, printer)
            except Exception as error:  # the printer refused: say so, keep the window
                text = QCoreApplication.translate("PublishActions", "Afdrukken is mislukt: {error}")
                self.jobs.failed(text.format(error=error))
                return
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            text = QCoreApplication.translate(
                "PublishActions", "{count} pagina's naar de printer gestuurd"
            )
            self.jobs.show_status(text.format(count=pages))
            self.jobs.finished(Path(where) if where else path)

        def failed(message: str) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.jobs.failed(message)

        title = QCoreApplication.translate("PublishActions", "Afdruk voorbereiden…")
        self.jobs.run([doc_id], job, title, print_pages, failed)

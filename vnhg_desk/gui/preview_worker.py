"""Renders the live preview off the GUI thread: write_pdf to memory, pages to images.

The GUI thread hands over a deep copy of the document and an in-memory photo source,
so the worker never touches widgets or the library's SQLite connection.
"""

from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal
from PySide6.QtGui import QImage

A4_WIDTH_PT = 595.28
#: PDFium is not thread-safe: two windows' previews (each with its own worker) or a print
#: beside a render crashed the process in ``get_page``. Every use of pypdfium2 holds this.
PDFIUM_LOCK = threading.Lock()


@dataclass
class PreviewResult:
    """Rendered pages, where each part starts, and how long it took."""

    generation: int
    images: list[QImage] = field(default_factory=list)
    page_of_uid: dict[str, int] = field(default_factory=dict)
    blocks: list = field(default_factory=list)  # export.pdf.result.DrawnBlock
    page_fill: list[Any] = field(default_factory=list)  # PageFill per page, for the budget
    seconds: float = 0.0
    error: str = ""


class PreviewSignals(QObject):
    """Signals of a render job (QRunnable is no QObject)."""

    finished = Signal(object)


def render_pages(pdf: bytes, width_px: int) -> list[QImage]:
    """Each page of ``pdf`` as an image ``width_px`` wide."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        return _render_locked(pdfium, pdf, width_px)


def _render_locked(pdfium: Any, pdf: bytes, width_px: int) -> list[QImage]:
    images: list[QImage] = []
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            scale = width_px / max(page.get_width(), 1.0)
            bitmap = page.render(scale=scale, rev_byteorder=True)
            width, height = bitmap.width, bitmap.height
            fmt = (
                QImage.Format.Format_RGBA8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888
            )
            image = QImage(bytes(bitmap.buffer), width, height, bitmap.stride, fmt).copy()
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


class PreviewJob(QRunnable):
    """One render of one state of the document."""

    def __init__(
        self, generation: int, document: Any, style: Any, photos: Any, width_px: int
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.generation = generation
        self.document = document
        self.style = style
        self.photos = photos
        self.width_px = width_px
        self.signals = PreviewSignals()

    def run(self) -> None:
        started = time.perf_counter()
        result = PreviewResult(self.generation)
        try:
            from vnhg_desk.export.pdf import write_pdf

            buffer = io.BytesIO()
            written = write_pdf(self.document, self.style, self.photos, buffer, variant="email")
            result.page_of_uid = dict(getattr(written, "page_of_uid", {}) or {})
            result.blocks = list(getattr(written, "blocks", []) or [])
            result.page_fill = list(getattr(written, "page_fill", []) or [])
            result.images = render_pages(buffer.getvalue(), self.width_px)
        except ImportError as error:
            text = QCoreApplication.translate("Preview", "Het voorbeeld is nog niet beschikbaar.")
            result.error = f"{text} ({error})"
        except Exception as error:  # the preview shows any failure instead of crashing
            text = QCoreApplication.translate("Preview", "Het voorbeeld kon niet worden gemaakt:")
            result.error = f"{text} {str(error) or type(error).__name__}"
        result.seconds = time.perf_counter() - started
        try:
            self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the window closed while this render ran: nobody waits for it any more

"""The PDF writer (reportlab): the newsletter and the invitation flyer, e-mail or print.

``write_pdf(document, style, photos, target, variant=..., progress=...)`` is the one
entry point; it writes atomically and raises :class:`ExportError` with a Dutch message.
"""

from __future__ import annotations

from vnhg_desk.export.pdf.writer import PdfResult, write_pdf

__all__ = ["PdfResult", "write_pdf"]

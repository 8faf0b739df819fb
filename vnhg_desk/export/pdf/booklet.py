"""A booklet for handouts ("Afdrukken als boekje"): the print PDF's pages imposed two-up in
saddle-stitch order, ready for a duplex printer that flips on the short edge.

- ``a3``: the A4 pages side by side on A3 landscape (fold once: an A4 booklet);
- ``a4``: the pages scaled to A5 side by side on A4 landscape, for office printers
  without A3 (fold once: an A5 booklet).

Sheets come in printing order: sheet 1 front, sheet 1 back, sheet 2 front, ... Every
side is upright; a printer set to "flip on short edge" (korte zijde) puts each back on
the right front. Blank pages are added at the end to reach a multiple of four (the
pre-send check says how many). Each page is the real print page placed as a form XObject
clipped to its TrimBox: fonts, vectors and the 300 ppi photos stay as they are; bleed and
crop marks fall outside the clip. A booklet is for printing only: it is not tagged (no
structure tree, no alt texts) and not PDF/A; send or archive the e-mail or print PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A3, A4

from vnhg_desk.errors import ExportError
from vnhg_desk.export.pdf.output import write_bytes
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.model import Edition, HouseStyle, Invitation

SHEETS = {"a3": A3, "a4": A4}  # portrait sizes; the sheets are used landscape

Side = tuple[int | None, int | None]  # 0-based page numbers left and right; None: blank


def saddle_order(pages: int) -> list[tuple[Side, Side]]:
    """Per sheet (front, back), each side as (left page, right page), 0-based.

    For four pages: [((3, 0), (1, 2))], i.e. front 4|1 and back 2|3. Page numbers at or
    beyond ``pages`` are the blank pages added to reach a multiple of four (None).
    """
    if pages < 1:
        return []
    total = -(-pages // 4) * 4

    def page(number: int) -> int | None:
        return number if number < pages else None

    sheets = []
    for sheet in range(total // 4):
        low, high = 2 * sheet, total - 1 - 2 * sheet
        front = (page(high), page(low))
        back = (page(low + 1), page(high - 1))
        sheets.append((front, back))
    return sheets


def impose(pdf_data: bytes, sheet: str = "a3", title: str = "") -> bytes:
    """The booklet of the PDF ``pdf_data`` (its pages in reading order) on ``sheet``."""
    import pikepdf

    if sheet not in SHEETS:
        raise ExportError(f"Onbekend vel {sheet!r} voor een boekje: kies A3 of A4.")
    short, long = SHEETS[sheet]
    width, height = long, short  # landscape
    half = width / 2
    with pikepdf.open(io.BytesIO(pdf_data)) as source, pikepdf.new() as out:
        forms = [out.copy_foreign(page.as_form_xobject()) for page in source.pages]
        for front, back in saddle_order(len(forms)):
            for side in (front, back):
                out.add_blank_page(page_size=(width, height))
                target = out.pages[-1]
                for slot, number in enumerate(side):
                    if number is None:
                        continue
                    x0 = slot * half
                    rect = pikepdf.Rectangle(x0, 0, x0 + half, height)
                    target.add_overlay(forms[number], rect)
        if "/OutputIntents" in source.Root:  # the print PDF's press condition (CMYK)
            intents = [out.copy_foreign(intent) for intent in source.Root.OutputIntents]
            out.Root.OutputIntents = pikepdf.Array(intents)
        out.docinfo["/Title"] = title or "Boekje"
        out.docinfo["/Creator"] = "VNHG Desk (boekje)"
        buffer = io.BytesIO()
        out.save(buffer, compress_streams=True)
    return buffer.getvalue()


def write_booklet(
    document: Edition | Invitation,
    style: HouseStyle,
    photos: PhotoSource,
    target: Path | BinaryIO,
    *,
    sheet: str = "a3",
    progress: Callable[[float], None] | None = None,
) -> int:
    """Write the document's print PDF as a booklet on ``sheet``; returns the sheet count."""
    from vnhg_desk.export.pdf.writer import write_pdf

    if not isinstance(document, Edition):
        raise ExportError("Alleen een editie kan als boekje worden afgedrukt.")
    if sheet not in SHEETS:
        raise ExportError(f"Onbekend vel {sheet!r} voor een boekje: kies A3 of A4.")
    report = progress or (lambda _fraction: None)
    buffer = io.BytesIO()
    result = write_pdf(
        document,
        style,
        photos,
        buffer,
        variant="print",
        progress=lambda fraction: report(0.9 * fraction),
    )
    data = impose(buffer.getvalue(), sheet, document.title)
    write_bytes(data, target)
    report(1.0)
    return len(saddle_order(result.page_count))

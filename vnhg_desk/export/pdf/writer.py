"""write_pdf: checks the request, builds the document for its variant, writes it safely.

The photos are the slowest part of a first export. They start scaling in worker threads
before anything else, and the typesetting modules (reportlab's platypus: about 90 ms to
import) are imported while they run. So this module imports no typesetting itself.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from vnhg_desk.errors import ExportError, UserError
from vnhg_desk.export.pdf.output import write_bytes
from vnhg_desk.export.pdf.page import VARIANTS, PageGeometry
from vnhg_desk.export.pdf.photo_batch import PhotoBatch
from vnhg_desk.export.pdf.placements import photo_placements
from vnhg_desk.export.pdf.result import PdfResult
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.layout import layout_invitation
from vnhg_desk.model import Article, Edition, HouseStyle, Invitation

Progress = Callable[[float], None]
_log = logging.getLogger(__name__)
# The warnings below are for the program's log file (diagnostics.py) when one is set up;
# the user learns of dropped characters from the export's own notes. Without a handler,
# Python's last resort would print them on stderr as well.
_log.addHandler(logging.NullHandler())


def write_pdf(
    document: Edition | Invitation,
    style: HouseStyle,
    photos: PhotoSource,
    target: Path | BinaryIO,
    *,
    variant: str = "email",
    progress: Progress | None = None,
) -> PdfResult:
    """Write an edition (newsletter) or invitation (one-page flyer) as PDF."""
    if variant not in VARIANTS:
        raise ExportError(f"Onbekende PDF-variant {variant!r}: kies 'email' of 'print'.")
    report = _monotonic(progress)
    report(0.0)
    from vnhg_desk.export.pdf.fonts import take_dropped

    take_dropped()  # forget what an earlier render in this thread left (one that failed)
    buffer = io.BytesIO()
    renditions: list[tuple[str, str, bytes]] = []
    if isinstance(document, Invitation):
        from vnhg_desk.export.pdf.invitation import build_invitation

        result = build_invitation(layout_invitation(document, style), photos, buffer, variant)
    elif isinstance(document, Edition):
        result = _build_edition(document, style, photos, buffer, variant, report, renditions)
    else:
        raise ExportError("Alleen een editie of een uitnodiging kan als PDF worden opgeslagen.")
    from vnhg_desk.export.pdf.conformance import conform  # pikepdf: after the photos

    result.dropped_characters = take_dropped()
    if result.dropped_characters:
        _log.warning(
            "Tekens zonder lettertype weggelaten: %s",
            " ".join(f"U+{ord(c):04X}" for c in result.dropped_characters),
        )

    write_bytes(conform(buffer.getvalue(), variant), target)
    _keep_renditions(photos, renditions)
    report(1.0)
    return result


def _keep_renditions(photos: PhotoSource, renditions: list[tuple[str, str, bytes]]) -> None:
    """Cache the scaled photos for the next export. The PDF is already written: a cache
    that cannot be written (library locked or read-only) only costs speed next time."""
    for photo_hash, key, data in renditions:
        try:
            photos.store_rendition(photo_hash, key, data)
        except (UserError, KeyError):
            return


def _monotonic(progress: Progress | None) -> Progress:
    """A progress callback that never goes back (layout may re-split and re-count)."""
    highest = [-1.0]

    def report(fraction: float) -> None:
        fraction = min(1.0, max(highest[0], fraction))
        if progress is not None and fraction > highest[0]:
            highest[0] = fraction
            progress(fraction)

    return report


def _build_edition(
    edition: Edition,
    style: HouseStyle,
    photos: PhotoSource,
    buffer: io.BytesIO,
    variant: str,
    report: Progress,
    renditions: list[tuple[str, str, bytes]],
) -> PdfResult:
    geometry = PageGeometry.for_variant(variant)
    # Photos are scaled in worker threads while reportlab is imported, bodies are parsed,
    # fonts load and pages are laid out (the layout keeps each article's photos in order).
    hashes = [
        [photo.photo_hash for photo in item.photos] if isinstance(item, Article) else []
        for item in edition.content
    ]
    placements = photo_placements(hashes, geometry, photos, edition.fit)
    with PhotoBatch(photos, placements, variant) as batch:
        from vnhg_desk.export.pdf.newsletter import build_newsletter  # ~90 ms: see above

        result = build_newsletter(edition, style, geometry, batch, buffer, report)
    renditions += batch.new_renditions
    return result

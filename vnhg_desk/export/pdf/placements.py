"""Where each photo of an edition goes, and how wide: known from the content and the page
geometry alone, before any flowable exists, so the photos can be scaled first.

Like the photo batch, it needs only reportlab's unit constants: the writer starts the
photo workers before it imports the typesetting modules (see
:mod:`vnhg_desk.export.pdf.writer`).
"""

from __future__ import annotations

from reportlab.lib.units import mm

from vnhg_desk.export.pdf.page import PageGeometry
from vnhg_desk.export.pdf.photo_batch import Placement
from vnhg_desk.imaging.source import PhotoSource
from vnhg_desk.model import PageFit

GUTTER = 6 * mm
FULL_ASPECT = (2.0, 2.4)  # full-width photos: wide crops, so a page keeps room for text
COLUMN_ASPECT = (1.0, 1.8)


def photo_placements(
    photo_hashes: list[list[str]],
    geometry: PageGeometry,
    photos: PhotoSource,
    fit: PageFit | None = None,
) -> list[Placement]:
    """Every photo with the width and aspect limits it will be placed at, in reading
    order, from each content item's photo hashes (none for a box), under the page fit."""
    width = geometry.type_width
    column = column_width(geometry)
    out = []
    for index, hashes in enumerate(photo_hashes):
        for number, photo_hash in enumerate(hashes):
            wide = index == 0 and number == 0 and landscape(photos, photo_hash)
            limits = fitted_limits(FULL_ASPECT if wide else COLUMN_ASPECT, fit)
            out.append(Placement(photo_hash, width if wide else column, limits))
    return out


def fitted_limits(limits: tuple[float, float], fit: PageFit | None) -> tuple[float, float]:
    """Aspect limits (width / height) for photos ``fit.photo_height`` percent as high."""
    if fit is None or fit.photo_height >= 100:
        return limits
    share = max(fit.photo_height, 1) / 100
    return (round(limits[0] / share, 4), round(limits[1] / share, 4))


def column_width(geometry: PageGeometry) -> float:
    """The width of one of the two text columns."""
    return (geometry.type_width - GUTTER) / 2


def landscape(photos: PhotoSource, photo_hash: str) -> bool:
    """Whether a photo is wide enough to open the edition across the page (a portrait
    cropped to 2:1 would lose too much): otherwise it joins the columns."""
    try:
        info = photos.photo_info(photo_hash)
    except KeyError:
        return True  # a missing photo keeps its place, as an empty frame
    return info.width >= 1.2 * info.height

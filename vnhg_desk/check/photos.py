"""Findings about photos: caption without credit, missing alt text, alt text that only
repeats the caption, and too few pixels for print at the size the layout places them."""

from __future__ import annotations

from collections.abc import Iterator

from vnhg_desk.check.context import CheckContext
from vnhg_desk.check.findings import Finding, Place, finding
from vnhg_desk.check.registry import register
from vnhg_desk.model import Article, PhotoRef

#: Below this a printed photo looks soft; the print export aims at 300 ppi.
MIN_PRINT_PPI = 150


def _photos(context: CheckContext) -> Iterator[tuple[Article, int, PhotoRef]]:
    edition = context.edition
    if edition is None:
        return
    for article in edition.articles:
        for number, photo in enumerate(article.photos, 1):
            yield article, number, photo


def _same(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(text.lower().split()).rstrip(".")

    return bool(a.strip()) and norm(a) == norm(b)


@register
def photo_texts(context: CheckContext) -> Iterator[Finding]:
    """Credit, alt text, and alt text that says no more than the caption."""
    for article, _number, photo in _photos(context):

        def where(name: str, article: Article = article, photo: PhotoRef = photo) -> Place:
            number = article.photos.index(photo) + 1
            return context.place(name, article, sub=photo.uid, sub_label=f"foto {number}")

        if photo.caption.strip() and not photo.credit.strip():
            yield finding(
                "caption-no-credit",
                "Bij dit bijschrift staat geen fotograaf.",
                where("credit"),
            )
        if not photo.alt_text.strip():
            yield finding(
                "photo-no-alt",
                "Deze foto heeft geen alternatieve tekst; wie een schermlezer gebruikt, hoort "
                "niet wat erop staat. Beschrijf de foto in een of twee zinnen.",
                where("alt_text"),
            )
        elif _same(photo.alt_text, photo.caption):
            yield finding(
                "alt-is-caption",
                "De alternatieve tekst is gelijk aan het bijschrift; beschrijf wat er op de "
                "foto te zien is.",
                where("alt_text"),
            )


def print_ppi(context: CheckContext) -> dict[str, float]:
    """Photo uid -> pixels per inch at the size and crop the print PDF places it."""
    edition = context.edition
    if edition is None or context.photos is None:
        return {}
    from vnhg_desk.export.pdf.page import PageGeometry
    from vnhg_desk.export.pdf.photos import crop_box, placed_aspect
    from vnhg_desk.export.pdf.placements import photo_placements

    hashes = [
        [p.photo_hash for p in item.photos] if isinstance(item, Article) else []
        for item in edition.content
    ]
    geometry = PageGeometry.for_variant("print")
    placements = iter(photo_placements(hashes, geometry, context.photos))
    out: dict[str, float] = {}
    for _article, _number, photo in _photos(context):
        placement = next(placements)
        try:
            info = context.photos.photo_info(photo.photo_hash)
        except KeyError:
            continue  # a missing photo is drawn as an empty frame; the export says so
        aspect = placed_aspect(info.width, info.height, *placement.limits)
        x0, _y0, x1, _y1 = crop_box(info.width, info.height, aspect)
        out[photo.uid] = (x1 - x0) / (placement.width / 72)
    return out


@register
def photo_resolution(context: CheckContext) -> Iterator[Finding]:
    """Photos with fewer than 150 pixels per inch at their printed size."""
    ppi = print_ppi(context)
    for article, number, photo in _photos(context):
        value = ppi.get(photo.uid)
        if value is not None and value < MIN_PRINT_PPI:
            yield finding(
                "photo-low-ppi",
                f"Deze foto heeft gedrukt maar {value:.0f} ppi (minimaal {MIN_PRINT_PPI}); "
                "gebruik een groter origineel.",
                context.place("photo", article, sub=photo.uid, sub_label=f"foto {number}"),
            )

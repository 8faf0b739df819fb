"""Photos into Word: downsampled like the e-mail PDF (~150 ppi, JPEG ~85), inline, with alt text."""

from __future__ import annotations

import io
import math

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Emu, Mm
from docx.text.paragraph import Paragraph
from PIL import Image, UnidentifiedImageError

from vnhg_desk.errors import ExportError
from vnhg_desk.export.docx.sanitize import xml_safe
from vnhg_desk.imaging.describe import unreadable_photo_message
from vnhg_desk.imaging.source import PhotoInfo, PhotoSource

PPI = 150
JPEG_QUALITY = 85
EMU_PER_INCH = 914400


def placed_size(info: PhotoInfo, max_width: int, max_height: int) -> tuple[int, int]:
    """Width and height in EMU: as wide as allowed, no taller than ``max_height``."""
    width = max(1, info.width)
    height = max(1, info.height)
    scale = min(max_width / width, max_height / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def rendition(photos: PhotoSource, photo_hash: str, placed_width: int) -> bytes:
    """The photo's bytes at about :data:`PPI` for ``placed_width`` EMU, cached in the source."""
    info = photos.photo_info(photo_hash)
    pixels = max(1, round(placed_width / EMU_PER_INCH * PPI))
    png = info.mime == "image/png"
    key = f"docx:{pixels}:{'png' if png else f'jpeg{JPEG_QUALITY}'}"
    cached = photos.cached_rendition(photo_hash, key)
    if cached is not None:
        return cached
    try:
        data = _downsample(photos.normalised(photo_hash), pixels, png)
    except _Undecodable:
        raise ExportError(unreadable_photo_message(photos, photo_hash)) from None
    photos.store_rendition(photo_hash, key, data)
    return data


def _downsample(original: bytes, pixels: int, png: bool) -> bytes:
    try:
        with Image.open(io.BytesIO(original)) as image:
            if image.format == "JPEG" and image.width > pixels:
                # Let the JPEG decoder scale by 1/2, 1/4 or 1/8 while it reads (never
                # below the size we need): a 12-MP photo then costs a fraction to open.
                height = math.ceil(image.height * pixels / image.width)
                image.draft(image.mode, (pixels, height))
            image.load()
            if image.width > pixels:
                height = max(1, round(image.height * pixels / image.width))
                image = image.resize((pixels, height), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            if png:
                image.save(out, "PNG", optimize=True)
            else:
                if image.mode not in ("RGB", "L"):
                    image = image.convert("RGB")
                image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise _Undecodable from error


class _Undecodable(Exception):
    """The stored copy of a photo cannot be decoded (named by :func:`rendition`)."""


def add_picture(
    paragraph: Paragraph,
    photos: PhotoSource,
    photo_hash: str,
    alt_text: str,
    max_size: tuple[int, int],
    title: str = "",
) -> None:
    """Put the photo inline in ``paragraph`` and give it alt text (docPr descr and title)."""
    try:
        info = photos.photo_info(photo_hash)
    except KeyError as error:
        raise ExportError(
            "Een foto van dit document ontbreekt in de bibliotheek; voeg de foto opnieuw "
            "toe of haal hem uit het artikel."
        ) from error
    width, height = placed_size(info, *max_size)
    data = rendition(photos, photo_hash, width)
    run = paragraph.add_run()
    shape = run.add_picture(io.BytesIO(data), width=Emu(width), height=Emu(height))
    doc_pr = shape._inline.find(qn("wp:docPr"))
    doc_pr.set("descr", xml_safe(alt_text))
    doc_pr.set("title", xml_safe(title or alt_text))
    if not xml_safe(alt_text).strip():
        _mark_decorative(doc_pr)


_DECORATIVE_EXT = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
_DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"


def _mark_decorative(doc_pr) -> None:
    """Word's "Mark as decorative" (Office 2019+): a picture without any text to say is
    skipped by screen readers instead of announced as an unnamed picture."""
    from lxml import etree

    ext_list = etree.SubElement(doc_pr, qn("a:extLst"))
    ext = etree.SubElement(ext_list, qn("a:ext"), uri=_DECORATIVE_EXT)
    mark = etree.SubElement(ext, f"{{{_DECORATIVE_NS}}}decorative", nsmap={"adec": _DECORATIVE_NS})
    mark.set("val", "1")


LOGO_MAX = (Mm(60), Mm(18))


def add_logo(
    doc: DocxDocument, photos: PhotoSource, logo_hash: str | None, owner: str, style: str
) -> None:
    """The association's logo in its own paragraph, when the house style has one."""
    if logo_hash:
        paragraph = doc.add_paragraph(style=style)
        add_picture(paragraph, photos, logo_hash, f"Logo {owner}", LOGO_MAX)

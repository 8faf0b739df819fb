"""Phone photos: every EXIF orientation shown upright everywhere, and no metadata leaks out.

Upright is checked by pixels (the four coloured quadrants of the test pattern) in the
normalised copy, in the images embedded in both PDF variants and in the Word file.
Privacy: camera EXIF, GPS, XMP and comments planted in the source photo must not reach
the normalised copy, the PDFs or the Word file (checked in the embedded images' bytes).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vnhg_desk.imaging.normalise import normalise_photo
from vnhg_desk.model import Article, Edition, PhotoRef

from .gen_photos import PRIVATE_MARKERS, oriented_jpeg, private_jpeg, quadrant_problems
from .helpers import (
    docx_media,
    export_docx,
    export_pdf,
    image_of,
    normalised_source,
    pdf_all_stream_bytes,
    pdf_images,
)

ORIENTATIONS = [pytest.param(n, id=f"exif-orientation-{n}") for n in range(1, 9)]

#: Signs of metadata in image bytes: an EXIF block, an XMP packet, GPS tags by name.
METADATA_SIGNS = (b"Exif\x00\x00", b"http://ns.adobe.com/xap/1.0/", b"GPSLatitude")


def _edition(photo_hash: str) -> Edition:
    article = Article(
        kicker="VERSLAG",
        headline="Het panel aan het woord",
        lead="Vier bestuurders spraken over de regio.",
        body="Het gesprek ging over wonen.\n\nDaarna over bereikbaarheid.",
        photos=[PhotoRef(photo_hash, "Het panel", "Foto: secretariaat", "Vier sprekers")],
    )
    return Edition(date=date(2026, 9, 18), place="Purmerend", content=[article])


def test_generator_is_sound() -> None:
    """The stored pixels really are turned: without applying EXIF they are not upright."""
    for orientation in range(2, 9):
        raw = image_of(oriented_jpeg(orientation))
        assert quadrant_problems(raw), f"orientation {orientation} stored upright"


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_normalised_copy_is_upright(orientation: int) -> None:
    normal = normalise_photo(oriented_jpeg(orientation), "telefoon.jpg")
    image = image_of(normal.data)
    assert quadrant_problems(image) == []
    assert image.getexif().get(0x0112, 1) == 1, "orientation tag left in the copy"


@pytest.mark.parametrize("variant", ["email", "print"])
@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_pdf_shows_photo_upright(orientation: int, variant: str, style: Any, tmp_path: Path):
    source, photo_hash = normalised_source(oriented_jpeg(orientation), "telefoon.jpg")
    target = tmp_path / "foto.pdf"
    export_pdf(_edition(photo_hash), style, source, target, variant=variant)
    images = [image for image, _raw in pdf_images(target) if image.width > 20]
    assert images, "no photo in the PDF"
    for image in images:
        assert quadrant_problems(image) == [], f"{variant} PDF image not upright"


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_docx_shows_photo_upright(orientation: int, style: Any, tmp_path: Path) -> None:
    source, photo_hash = normalised_source(oriented_jpeg(orientation), "telefoon.jpg")
    target = tmp_path / "foto.docx"
    export_docx(_edition(photo_hash), style, source, target)
    pictures = [image_of(data) for data in docx_media(target).values()]
    photos = [image for image in pictures if image.width > 20]
    assert photos, "no photo in the Word file"
    for image in photos:
        # Word may or may not apply an orientation tag: the pixels themselves must be upright.
        assert image.getexif().get(0x0112, 1) == 1
        assert quadrant_problems(image) == []


# --- privacy ------------------------------------------------------------------------------


def test_private_photo_really_carries_metadata() -> None:
    data = private_jpeg()
    for marker in (*PRIVATE_MARKERS, *METADATA_SIGNS[:2]):
        assert marker in data, f"generator lost {marker!r}"
    assert image_of(data).getexif().get_ifd(0x8825), "no GPS block in the source"


def _assert_no_metadata(data: bytes, where: str) -> None:
    for marker in (*PRIVATE_MARKERS, *METADATA_SIGNS):
        assert marker not in data, f"{marker!r} found in {where}"


def test_normalised_copy_carries_no_metadata() -> None:
    normal = normalise_photo(private_jpeg(), "IMG_2026.jpg")
    _assert_no_metadata(normal.data, "the normalised copy")
    image = image_of(normal.data)
    assert not image.getexif() and not image.getexif().get_ifd(0x8825)


@pytest.mark.parametrize("variant", ["email", "print"])
def test_pdf_carries_no_photo_metadata(variant: str, style: Any, tmp_path: Path) -> None:
    source, photo_hash = normalised_source(private_jpeg(), "telefoon.jpg")
    target = tmp_path / "privacy.pdf"
    export_pdf(_edition(photo_hash), style, source, target, variant=variant)
    images = pdf_images(target)
    assert images, "no photo in the PDF"
    for index, (image, raw) in enumerate(images):
        _assert_no_metadata(raw, f"embedded image {index}")
        assert not image.getexif(), f"EXIF in embedded image {index}"
    for marker in PRIVATE_MARKERS:
        assert marker not in pdf_all_stream_bytes(target), f"{marker!r} somewhere in the PDF"


def test_docx_carries_no_photo_metadata(style: Any, tmp_path: Path) -> None:
    source, photo_hash = normalised_source(private_jpeg(), "telefoon.jpg")
    target = tmp_path / "privacy.docx"
    export_docx(_edition(photo_hash), style, source, target)
    media = docx_media(target)
    assert media, "no photo in the Word file"
    for name, data in media.items():
        _assert_no_metadata(data, name)
        assert not image_of(data).getexif(), f"EXIF in {name}"
    whole = target.read_bytes()
    import zipfile

    with zipfile.ZipFile(target) as archive:
        parts = b"".join(archive.read(name) for name in archive.namelist())
    for marker in PRIVATE_MARKERS:
        assert marker not in whole and marker not in parts, f"{marker!r} in the Word file"


def test_library_exports_use_the_clean_copy(library: Any, style: Any, tmp_path: Path) -> None:
    """Through the real library (original with metadata stored, clean copy served)."""
    data = private_jpeg()
    photo_hash = library.add_photo(data, "IMG_2026.jpg")
    assert library.photo_original(photo_hash) == data  # kept, as the issue asks
    _assert_no_metadata(library.normalised(photo_hash), "the library's normalised copy")
    edition = _edition(photo_hash)
    export_pdf(edition, style, library, tmp_path / "a.pdf")
    export_docx(edition, style, library, tmp_path / "a.docx")
    for _image, raw in pdf_images(tmp_path / "a.pdf"):
        _assert_no_metadata(raw, "PDF image from the library")
    for name, blob in docx_media(tmp_path / "a.docx").items():
        _assert_no_metadata(blob, name)

"""Hostile photos: unusable ones are refused with a Dutch message, usable ones come out right."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from vnhg_desk.errors import PhotoError
from vnhg_desk.imaging.normalise import normalise_photo
from vnhg_desk.model import Article, Edition, PhotoRef

from .gen_photos import PRIVATE_MARKERS, PhotoCase, photo_cases, quadrant_problems
from .helpers import (
    deadline,
    docx_media,
    export_docx,
    export_pdf,
    image_of,
    normalised_source,
    pdf_images,
    user_error_message,
)

CASES = photo_cases()
REFUSED = [pytest.param(case, id=case.id) for case in CASES if not case.usable]
USABLE = [pytest.param(case, id=case.id) for case in CASES if case.usable]


def _close(got: tuple[int, ...], want: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(int(a) - int(b)) <= tolerance for a, b in zip(got, want, strict=False))


def _left_right(image: Image.Image) -> tuple[tuple[int, ...], tuple[int, ...]]:
    width, height = image.size
    return image.getpixel((width // 4, height // 2)), image.getpixel((3 * width // 4, height // 2))


def _check_palette(image: Image.Image) -> None:
    left, right = _left_right(image.convert("RGBA"))
    assert left[3] == 0 or _close(left[:3], (255, 255, 255)), f"transparent part is {left}"
    assert _close(right[:3], (220, 30, 30)) and right[3] == 255, right


def _check_rgba(image: Image.Image) -> None:
    assert image.mode == "RGBA", "transparency was lost"
    left, right = _left_right(image)
    assert left[3] == 0, left
    assert 100 <= right[3] <= 160 and _close(right[:3], (30, 60, 220)), right


#: What the normalised copy of each usable case must look like, by pixels.
PIXEL_CHECKS: dict[str, Any] = {
    "cmyk-jpeg": lambda im: (
        (
            _close(_left_right(im)[0], (0, 255, 255), 60)
            and _close(_left_right(im)[1], (255, 0, 255), 60)
        )
        or pytest.fail(f"CMYK colours wrong: {_left_right(im)}")
    ),
    "grey-16bit-png": lambda im: (
        _close(im.getpixel((5, 5))[:3], (128, 128, 128), 12)
        or pytest.fail(f"16-bit grey became {im.getpixel((5, 5))} (clipped?)")
    ),
    "rgb-16bit-png": lambda im: (
        (
            _close(_left_right(im)[0], (128, 128, 128), 12)
            and _close(_left_right(im)[1], (240, 128, 16), 12)
        )
        or pytest.fail(f"48-bit colours wrong: {_left_right(im)}")
    ),
    "palette-png-transparent": _check_palette,
    "rgba-png": _check_rgba,
    "animated-gif": lambda im: (
        _close(im.getpixel((5, 5))[:3], (220, 30, 30))
        or pytest.fail(f"not the first (red) frame: {im.getpixel((5, 5))}")
    ),
    "heic": lambda im: not quadrant_problems(im) or pytest.fail(str(quadrant_problems(im))),
    "one-pixel-jpeg": lambda im: im.size == (1, 1) or pytest.fail(str(im.size)),
    "one-pixel-png": lambda im: im.size == (1, 1) or pytest.fail(str(im.size)),
    "private-jpeg": lambda im: not quadrant_problems(im) or pytest.fail("pixels changed"),
    "long-thin-jpeg": lambda im: im.size == (4000, 2) or pytest.fail(str(im.size)),
}


def _assert_clean_normalised(data: bytes, mime: str) -> Image.Image:
    image = image_of(data)
    assert image.format == {"image/jpeg": "JPEG", "image/png": "PNG"}[mime]
    assert image.mode in ("RGB", "RGBA"), f"mode {image.mode} is not sRGB 8-bit"
    assert (image.mode == "RGBA") == (mime == "image/png"), "PNG only for transparency"
    assert not image.getexif(), f"EXIF left in the normalised copy: {dict(image.getexif())}"
    assert not {"xmp", "comment", "exif", "XML:com.adobe.xmp"} & set(image.info)
    for marker in PRIVATE_MARKERS:
        assert marker not in data, f"{marker!r} left in the normalised copy"
    return image


# --- the imaging border (vnhg_desk.imaging.normalise) -----------------------------------


@pytest.mark.parametrize("case", REFUSED)
def test_unusable_photo_is_refused_in_dutch(case: PhotoCase) -> None:
    with deadline(20, f"checking {case.id}"), pytest.raises(PhotoError) as caught:
        normalise_photo(case.data, case.filename)
    user_error_message(caught.value)


@pytest.mark.parametrize("case", USABLE)
def test_usable_photo_is_normalised(case: PhotoCase) -> None:
    with deadline(20, f"normalising {case.id}"):
        result = normalise_photo(case.data, case.filename)
    image = _assert_clean_normalised(result.data, result.mime)
    assert (image.width, image.height) == (result.width, result.height)
    if case.id in PIXEL_CHECKS:
        PIXEL_CHECKS[case.id](image)


# --- the library border (Library.add_photo) ---------------------------------------------


@pytest.mark.parametrize("case", REFUSED)
def test_library_refuses_unusable_photo_and_stores_nothing(case: PhotoCase, library: Any) -> None:
    before = [summary.id for summary in library.list_documents()]
    with deadline(20, f"adding {case.id}"), pytest.raises(PhotoError) as caught:
        library.add_photo(case.data, case.filename)
    user_error_message(caught.value)
    assert not library.has_photo(hashlib.sha256(case.data).hexdigest())
    assert [summary.id for summary in library.list_documents()] == before


@pytest.mark.parametrize("case", USABLE)
def test_library_keeps_original_and_serves_clean_copy(case: PhotoCase, library: Any) -> None:
    photo_hash = library.add_photo(case.data, case.filename)
    assert photo_hash == hashlib.sha256(case.data).hexdigest()
    assert library.photo_original(photo_hash) == case.data
    assert library.add_photo(case.data, case.filename) == photo_hash, "stored twice"
    info = library.photo_info(photo_hash)
    image = _assert_clean_normalised(library.normalised(photo_hash), info.mime)
    assert (info.width, info.height) == image.size
    if case.id in PIXEL_CHECKS:
        PIXEL_CHECKS[case.id](image)


# --- usable photos through both writers ---------------------------------------------------


def _photo_edition(photo_hash: str) -> Edition:
    article = Article(
        kicker="FOTO",
        headline="Een foto van de vergadering",
        lead="De leden kwamen bijeen in het gemeentehuis.",
        body="De vergadering begon op tijd.\n\nNa afloop was er koffie.",
        photos=[PhotoRef(photo_hash, "Het panel v.l.n.r.", "Foto: redactie", "Zaal met leden")],
    )
    return Edition(date=date(2026, 9, 18), place="Hoorn", content=[article])


@pytest.mark.parametrize("variant", ["email", "print"])
@pytest.mark.parametrize("case", USABLE)
def test_usable_photo_exports_to_pdf(
    case: PhotoCase, variant: str, style: Any, tmp_path: Path
) -> None:
    source, photo_hash = normalised_source(case.data, case.filename)
    target = tmp_path / f"{case.id}.pdf"
    with deadline(60, f"PDF with {case.id}"):
        export_pdf(_photo_edition(photo_hash), style, source, target, variant=variant)
    images = pdf_images(target)
    assert images, "the photo is missing from the PDF"
    for image, _raw in images:
        assert image.width >= 1 and image.height >= 1


@pytest.mark.parametrize("case", USABLE)
def test_usable_photo_exports_to_docx(case: PhotoCase, style: Any, tmp_path: Path) -> None:
    source, photo_hash = normalised_source(case.data, case.filename)
    target = tmp_path / f"{case.id}.docx"
    with deadline(60, f"DOCX with {case.id}"):
        export_docx(_photo_edition(photo_hash), style, source, target)
    media = docx_media(target)
    assert media, "the photo is missing from the Word file"
    for data in media.values():
        image_of(data)  # every embedded picture decodes


# --- formats the message promises, in a fresh process ----------------------------------

_FRESH = """
import io, sys
from vnhg_desk.imaging.normalise import normalise_photo
print(normalise_photo(sys.stdin.buffer.read(), sys.argv[1]).mime)
"""


@pytest.mark.parametrize("fmt", ["WEBP", "TIFF", "BMP", "HEIF"])
def test_promised_format_works_in_a_fresh_process(fmt: str) -> None:
    """The refusal message names JPEG, PNG, HEIC, WebP, GIF and TIFF: each must work even
    when nothing else in the process has touched Pillow before (a new program start)."""
    import subprocess
    import sys

    if fmt == "HEIF":
        from .gen_photos import heic

        data = heic()
    else:
        buffer = io.BytesIO()
        Image.new("RGB", (40, 30), (10, 120, 200)).save(buffer, fmt)
        data = buffer.getvalue()
    result = subprocess.run(
        [sys.executable, "-c", _FRESH, f"foto.{fmt.lower()}"],
        input=data,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == "image/jpeg"

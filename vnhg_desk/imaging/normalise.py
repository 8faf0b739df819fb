"""Check an imported photo and make its normalised copy: upright, sRGB, 8-bit, no metadata.

The normalised copy keeps the full pixel size (print needs 300 ppi) and is JPEG for
opaque images, PNG when there is real transparency. Every problem becomes a
:class:`~vnhg_desk.errors.PhotoError` with a Dutch message; no decoder that runs
external programs (EPS/Ghostscript) is ever tried.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from functools import cache
from typing import cast

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from vnhg_desk.errors import PhotoError

#: Largest photo accepted, in pixels (80 megapixels: far above any phone, well below
#: what would exhaust memory when decoded).
MAX_PIXELS = 80_000_000

#: Quality of the normalised JPEG: visually lossless, so exports can downsample from it.
JPEG_QUALITY = 92

#: Pillow decoders we allow; everything else is refused before it is parsed.
ALLOWED_FORMATS = ("JPEG", "MPO", "PNG", "GIF", "WEBP", "TIFF", "BMP", "HEIF", "AVIF")


@dataclass(frozen=True)
class NormalisedPhoto:
    """The normalised copy of a photo and what we learnt about the original."""

    data: bytes
    mime: str  # "image/jpeg" or "image/png"
    width: int
    height: int
    source_format: str  # Pillow's name for the original format, e.g. "JPEG", "HEIF"


@cache
def _register_heif() -> None:
    """Teach Pillow HEIC/HEIF (iPhone photos); done once, on first use."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - pillow-heif is a dependency
        return
    register_heif_opener()


@cache
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _label(filename: str) -> str:
    return f"'{filename}'" if filename else "De afbeelding"


def _looks_like_svg(data: bytes, filename: str) -> bool:
    if filename.lower().endswith((".svg", ".svgz")):
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head)


def _open(data: bytes, filename: str) -> Image.Image:
    """Open and fully decode the first frame, turning every failure into a PhotoError."""
    label = _label(filename)
    if not data:
        raise PhotoError(f"{label} is leeg (0 bytes).")
    if _looks_like_svg(data, filename):
        raise PhotoError(
            f"{label} is een SVG-tekening; die worden niet ondersteund. "
            "Sla de afbeelding op als PNG of JPEG en voeg die toe."
        )
    _register_heif()
    Image.init()  # load every format plugin; a fresh process only knows a few at first
    formats = [name for name in ALLOWED_FORMATS if name in Image.OPEN]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=formats)
            if image.width * image.height > MAX_PIXELS:
                raise PhotoError(
                    f"{label} is te groot ({image.width} × {image.height} pixels); "
                    f"het maximum is {MAX_PIXELS // 1_000_000} megapixel."
                )
            image.seek(0)  # animated GIF/WebP: the first frame
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoError(f"{label} is te groot om veilig te openen.") from exc
    except UnidentifiedImageError as exc:
        raise PhotoError(
            f"{label} is geen afbeelding die VNHG Desk kan lezen "
            "(gebruik JPEG, PNG, HEIC, WebP, GIF of TIFF)."
        ) from exc
    except PhotoError:
        raise
    except MemoryError as exc:
        raise PhotoError(f"{label} is te groot om te openen.") from exc
    except Exception as exc:  # decoders fail in many ways on damaged or hostile files
        raise PhotoError(
            f"{label} is beschadigd of onvolledig en kan niet worden gelezen."
        ) from exc
    if image.width < 1 or image.height < 1:
        raise PhotoError(f"{label} heeft geen pixels.")
    return image


def _extrema(image: Image.Image) -> tuple[float, float]:
    """Lowest and highest value of a single-band image."""
    low, high = cast("tuple[float, float]", image.getextrema())
    return float(low), float(high)


def _to_eight_bit(image: Image.Image) -> Image.Image:
    """Bring 1-bit, 16-bit, 32-bit and float greyscale to 8-bit 'L' (scaled, not clipped)."""
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N"):
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode == "I":
        high = _extrema(image)[1]
        if high > 255:
            return image.point(lambda value: value * (255 / max(high, 1))).convert("L")
        return image.convert("L")
    if image.mode == "F":
        high = _extrema(image)[1]
        scale = 255.0 if high <= 1.0 else 255.0 / max(high, 1.0)
        return image.point(lambda value: value * scale).convert("L")
    if image.mode == "1":
        return image.convert("L")
    return image


def _icc_to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    """Convert from the embedded ICC profile to sRGB; keep pixels as they are if it fails."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = (ImageCms.getProfileDescription(source) or "").lower()
        if "srgb" in description and image.mode in ("RGB", "RGBA"):
            return image  # already sRGB: converting would only cost time
        out_mode = "RGBA" if "A" in image.getbands() else "RGB"
        if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
            return image
        converted = ImageCms.profileToProfile(image, source, _srgb_profile(), outputMode=out_mode)
        return converted if converted is not None else image
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


def _to_srgb(image: Image.Image, icc: bytes | None, has_alpha: bool) -> Image.Image:
    """RGB or RGBA in sRGB, 8 bits per channel."""
    image = _to_eight_bit(image)
    if image.mode in ("RGBa", "La"):
        image = image.convert("RGBA")
    if icc:
        image = _icc_to_srgb(image, icc)
    target = "RGBA" if has_alpha else "RGB"
    if image.mode != target:
        image = image.convert(target)
    return image


def _has_transparency(image: Image.Image) -> bool:
    return image.mode == "RGBA" and _extrema(image.getchannel("A"))[0] < 255


def normalise_image(image: Image.Image) -> Image.Image:
    """An opened image made upright, sRGB and 8-bit (RGB, or RGBA if it has transparency)."""
    icc = image.info.get("icc_profile")
    has_alpha = image.mode in ("RGBA", "LA", "La", "RGBa", "PA") or (
        image.mode in ("P", "L", "RGB") and "transparency" in image.info
    )
    upright = ImageOps.exif_transpose(image) or image
    result = _to_srgb(upright, icc, has_alpha)
    if result.mode == "RGBA" and not _has_transparency(result):
        result = result.convert("RGB")
    return result


def encode(image: Image.Image) -> tuple[bytes, str]:
    """Encode a normalised image without any metadata: JPEG, or PNG when transparent."""
    clean = image.copy()
    clean.info = {}
    out = io.BytesIO()
    if clean.mode == "RGBA":
        clean.save(out, "PNG", compress_level=6)
        return out.getvalue(), "image/png"
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return out.getvalue(), "image/jpeg"


def normalise_photo(data: bytes, filename: str = "") -> NormalisedPhoto:
    """Validate photo bytes and make the normalised copy. Raises PhotoError (Dutch)."""
    with warnings.catch_warnings():
        # Pillow warns about damaged metadata it skips; the photo itself is fine.
        warnings.simplefilter("ignore", UserWarning)
        return _normalise(data, filename)


def _normalise(data: bytes, filename: str) -> NormalisedPhoto:
    image = _open(data, filename)
    source_format = image.format or ""
    try:
        normal = normalise_image(image)
        encoded, mime = encode(normal)
    except Exception as exc:  # a decoder or colour profile that fails late
        raise PhotoError(
            f"{_label(filename)} kon niet worden omgezet naar een bruikbare foto."
        ) from exc
    return NormalisedPhoto(encoded, mime, normal.width, normal.height, source_format)

"""Colour for the print PDF: the press condition (FOGRA39) and sRGB -> CMYK conversion.

The print PDF is a CMYK file under one CMYK output intent (PDF/A-2b allows one
destination profile, and DeviceCMYK only under a CMYK intent): every colour is CMYK for
the press condition the shipped profile describes, coated offset paper per ISO 12647-2
(FOGRA39). The profile ``resources/icc/VNHG-FOGRA39.icc`` was made from Fogra's
characterisation data as Debian's ``icc-profiles-free`` ships it (zlib licence; see
resources/icc/README.md for how it was made and why it may be shipped).

- House colours (text, bands, rules) use the house style's own CMYK values where given;
  the others are converted relative colorimetric with black-point compensation, and
  neutral greys become black ink only (text in four inks registers badly).
- Photos are converted perceptually (the profile's perceptual table is made for sRGB
  sources).

Pillow only (no reportlab): photos are converted in worker threads before reportlab is
imported (:mod:`photos`).
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache

from PIL import Image, ImageCms

from vnhg_desk.resources import resource_path

PROFILE_FILE = "VNHG-FOGRA39.icc"
#: The output intent: the ICC registry's name of the characterisation and its wording.
CONDITION = "FOGRA39"
CONDITION_INFO = "Coated FOGRA39 (ISO 12647-2:2004 Amd 1), offset, coated paper"
REGISTRY = "http://www.color.org"
_LOCK = threading.Lock()


@cache
def press_profile() -> bytes:
    """The CMYK output profile's bytes (embedded in every print PDF)."""
    return resource_path("icc", PROFILE_FILE).read_bytes()


@cache
def srgb_profile() -> bytes:
    """The sRGB profile's bytes (the e-mail PDF's output intent, the source of photos)."""
    return resource_path("icc", "sRGB.icc").read_bytes()


@cache
def _transform(intent: ImageCms.Intent, black_point: bool) -> ImageCms.ImageCmsTransform:
    import io

    source = ImageCms.ImageCmsProfile(io.BytesIO(srgb_profile()))
    target = ImageCms.ImageCmsProfile(io.BytesIO(press_profile()))
    flags = ImageCms.Flags.BLACKPOINTCOMPENSATION if black_point else ImageCms.Flags.NONE
    return ImageCms.buildTransform(
        source, target, "RGB", "CMYK", renderingIntent=intent, flags=flags
    )


def _build(intent: ImageCms.Intent, black_point: bool) -> ImageCms.ImageCmsTransform:
    with _LOCK:  # worker threads may ask for the first time together
        return _transform(intent, black_point)


@lru_cache(maxsize=512)
def rgb_to_press(rgb: tuple[float, float, float]) -> tuple[float, float, float, float]:
    """One sRGB colour (0-1 per channel) as press CMYK (0-1 per channel)."""
    red, green, blue = (min(1.0, max(0.0, channel)) for channel in rgb)
    if abs(red - green) < 1e-6 and abs(green - blue) < 1e-6:
        return (0.0, 0.0, 0.0, round(1.0 - red, 4))  # grey: black ink only
    pixel = Image.new("RGB", (1, 1), tuple(round(c * 255) for c in (red, green, blue)))
    transform = _build(ImageCms.Intent.RELATIVE_COLORIMETRIC, True)
    c, m, y, k = transform.apply(pixel).getpixel((0, 0))  # type: ignore[misc]
    return (round(c / 255, 4), round(m / 255, 4), round(y / 255, 4), round(k / 255, 4))


def photo_to_press(image: Image.Image) -> Image.Image:
    """An RGB picture as press CMYK (perceptual)."""
    if image.mode != "RGB":
        image = image.convert("RGB")
    return _build(ImageCms.Intent.PERCEPTUAL, False).apply(image)

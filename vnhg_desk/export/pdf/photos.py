"""Photo renditions for the PDF: cropped to the placed shape, sized per variant, cached.

E-mail: about 150 ppi at the placed size, sRGB; print: 300 ppi (up to 8 % more where the
JPEG decoder's reduced scale gives that directly), converted to press CMYK
(:mod:`press_colour`); never upsampled. Big JPEGs are
decoded with Pillow's ``draft()`` at a reduced scale. The result is a small JPEG the
PDF embeds as it is (no second decode); :mod:`photo_batch` keeps it in the PhotoSource.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from PIL import Image

from vnhg_desk.export.pdf import press_colour
from vnhg_desk.imaging.source import PhotoInfo

PPI = {"email": 150, "print": 300}
# What Pillow raises for bytes it cannot decode (truncated, not an image, too large).
UNREADABLE = (OSError, ValueError, SyntaxError, Image.DecompressionBombError)
QUALITY = {"email": 72, "print": 90}
#: How far above the target resolution a photo may stay to be cropped, not resampled.
DRAFT_SLACK = 1.08
_RENDITION_VERSION = 2
Image.MAX_IMAGE_PIXELS = 120_000_000  # the library checks photos at import already


@dataclass(frozen=True)
class Rendition:
    """A ready-to-embed JPEG (or PNG for logos) and its pixel size."""

    data: bytes
    width: int
    height: int


def crop_box(width: int, height: int, aspect: float) -> tuple[int, int, int, int]:
    """The largest box of ``aspect`` (w/h) in the picture: centred across, above the
    middle vertically (heads and faces sit in the upper part of most photos)."""
    if width / height > aspect:
        new_w = max(1, round(height * aspect))
        left = (width - new_w) // 2
        return (left, 0, left + new_w, height)
    new_h = max(1, round(width / aspect))
    top = round((height - new_h) * 0.3)
    return (0, top, width, top + new_h)


def placed_aspect(width: int, height: int, low: float, high: float) -> float:
    """The picture's own aspect ratio, limited to ``low``..``high`` (w/h)."""
    return min(high, max(low, width / height))


def _encode(image: Image.Image, variant: str) -> bytes:
    out = io.BytesIO()
    image.save(
        out,
        "JPEG",
        quality=QUALITY[variant],
        # Optimised Huffman tables: a smaller file, and Pillow then encodes in one call,
        # which lets go of the GIL once instead of once per 64 kB written.
        optimize=True,
        subsampling="4:2:0" if variant == "email" else "4:4:4",
    )
    return out.getvalue()


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        white = Image.new("RGB", image.size, (255, 255, 255))
        white.paste(image, mask=image.getchannel("A"))
        return white
    return image.convert("RGB") if image.mode != "RGB" else image


@dataclass(frozen=True)
class PhotoJob:
    """What one placed photo needs: crop box, pixel size and cache key for its variant."""

    photo_hash: str
    key: str
    box: tuple[int, int, int, int]
    width: int
    height: int
    aspect: float
    variant: str


def plan_photo(
    photo_hash: str, info: PhotoInfo, width_pt: float, aspect: float, variant: str
) -> PhotoJob:
    """Crop and size a photo for ``width_pt`` points at the variant's resolution."""
    box = crop_box(info.width, info.height, aspect)
    crop_w, crop_h = box[2] - box[0], box[3] - box[1]
    target_w = min(crop_w, max(1, math.ceil(width_pt / 72 * PPI[variant])))
    target_h = max(1, round(target_w * crop_h / crop_w))
    if info.mime == "image/jpeg":
        target_w, target_h = _draft_fit(info.width, info.height, box, target_w, target_h)
    key = f"pdf{_RENDITION_VERSION}:{variant}:{box}:{target_w}x{target_h}:q{QUALITY[variant]}"
    if variant == "print":
        key += f":{press_colour.CONDITION}"  # press CMYK (an older sRGB print rendition differs)
    return PhotoJob(photo_hash, key, box, target_w, target_h, aspect, variant)


def _scaled_box(box: tuple[int, int, int, int], factor: float, size: tuple[int, int]):
    """The crop box on a picture decoded at ``factor`` of its full size."""
    return tuple(min(limit, round(v * factor)) for v, limit in zip(box, size * 2, strict=True))


def _draft_fit(
    width: int, height: int, box: tuple[int, int, int, int], target_w: int, target_h: int
) -> tuple[int, int]:
    """The pixel size to make: when the JPEG decoder's reduced scale (1/2, 1/4, 1/8, as
    ``draft()`` picks it) already gives the crop at no more than DRAFT_SLACK times the
    target, that size, so the picture is only cropped, not resampled (a near 1:1 bicubic
    resample costs more than the decoding). Otherwise the target itself."""
    crop_w = box[2] - box[0]
    wanted = (math.ceil(width * target_w / crop_w), math.ceil(height * target_w / crop_w))
    ratio = min(width // max(1, wanted[0]), height // max(1, wanted[1]))
    step = next(s for s in (8, 4, 2, 1) if ratio >= s)
    size = ((width + step - 1) // step, (height + step - 1) // step)
    x0, y0, x1, y1 = _scaled_box(box, size[0] / width, size)
    if target_w <= x1 - x0 <= target_w * DRAFT_SLACK and y1 > y0:
        return x1 - x0, y1 - y0
    return target_w, target_h


def scale_photo(job: PhotoJob, data: bytes) -> Rendition:
    """Decode (at a reduced scale where JPEG allows), crop, scale and encode. Pure: safe
    to run in a worker thread."""
    box, target_w, target_h = job.box, job.width, job.height
    with Image.open(io.BytesIO(data)) as image:
        # Decode in one call, not in 64 kB pieces: Pillow lets go of the GIL per call, and
        # beside a busy main thread (the layout) each piece would wait up to 5 ms to get it
        # back: 160 ms instead of 24 ms for a 12-MP JPEG (benchmarks/bench_pdf.py).
        image.decodermaxblock = max(image.decodermaxblock, len(data))
        width, height = image.size
        if box[2] > width or box[3] > height:  # the stored size was wrong: trust the pixels
            box = crop_box(width, height, job.aspect)
            target_w = min(target_w, box[2] - box[0])
            target_h = max(1, round(target_w * (box[3] - box[1]) / (box[2] - box[0])))
        scale = target_w / (box[2] - box[0])
        if image.format == "JPEG":
            image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        factor = image.size[0] / width
        picture = _flatten(image)
        scaled_box = _scaled_box(box, factor, picture.size)
        if (scaled_box[2] - scaled_box[0], scaled_box[3] - scaled_box[1]) == (target_w, target_h):
            picture = picture.crop(scaled_box)  # the decoder's scale is the size we want
        else:
            picture = picture.resize((target_w, target_h), Image.Resampling.BICUBIC, box=scaled_box)
    if job.variant == "print":
        picture = press_colour.photo_to_press(picture)
    return Rendition(_encode(picture, job.variant), target_w, target_h)

"""Photo-like test images made with Pillow (a gradient and a shape), with hash and info,
for the photo sets of the layout and Word tests (tests/conftest.py's ``photos``)."""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageDraw

from vnhg_desk.imaging.source import PhotoInfo

Photo = tuple[str, PhotoInfo, bytes]  # hash, info, bytes


def make_photo(width: int, height: int, colour: tuple[int, int, int], fmt: str = "JPEG") -> Photo:
    """A photo-like test image (gradient plus a shape) and its hash and info."""
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    for x in range(0, width, max(1, width // 40)):
        shade = tuple(min(255, c + x * 80 // width) for c in colour)
        draw.rectangle([x, 0, x + width // 40, height], fill=shade)
    draw.ellipse([width // 4, height // 4, width * 3 // 4, height * 3 // 4], fill=(240, 220, 200))
    out = io.BytesIO()
    image.save(out, fmt, quality=92)
    data = out.getvalue()
    mime = "image/jpeg" if fmt == "JPEG" else "image/png"
    return hashlib.sha256(data).hexdigest(), PhotoInfo(width, height, mime), data

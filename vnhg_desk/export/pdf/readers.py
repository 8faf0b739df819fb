"""reportlab image readers: a scaled photo's JPEG embedded as it is, and the logo (RGB,
or press CMYK for print).

Kept apart from :mod:`vnhg_desk.export.pdf.photos`, whose scaling runs before reportlab
is imported.
"""

from __future__ import annotations

import io
import math

from PIL import Image
from reportlab.lib.utils import ImageReader

from vnhg_desk.export.pdf import press_colour
from vnhg_desk.export.pdf.photos import UNREADABLE
from vnhg_desk.imaging.source import PhotoSource


class EmbeddedJpeg(ImageReader):
    """An ImageReader for JPEG bytes that reportlab embeds without decoding them.

    ``Canvas.drawImage`` asks ``getRGBData()`` only to name the image; for JPEGs the
    PDF object is then built from the file bytes (``jpeg_fh``). Returning the bytes
    themselves keeps the name unique per picture and skips a full decode.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._bytes = data
        self._dataA = None  # no transparency: JPEG

    def getRGBData(self) -> bytes:
        return self._bytes


class PressLogo(ImageReader):
    """A logo in press CMYK with its transparency kept as a soft mask: reportlab's own
    reader keeps transparency for RGB and grey pictures only."""

    def __init__(self, picture: Image.Image, alpha: Image.Image | None) -> None:
        super().__init__(picture)
        self._cmyk = picture.tobytes()
        self._alpha = alpha

    def getRGBData(self) -> bytes:
        self.mode = "CMYK"
        self._dataA = ImageReader(self._alpha) if self._alpha is not None else None
        return self._cmyk

    def getTransparent(self) -> None:
        return None


def render_logo(
    source: PhotoSource, photo_hash: str, height_pt: float, *, press: bool = False
) -> ImageReader | None:
    """The association's logo at about 300 ppi for its placed height, transparency kept;
    with ``press`` in press CMYK (the print PDF). None when the library has no
    (readable) logo under that hash."""
    try:
        with Image.open(io.BytesIO(source.normalised(photo_hash))) as image:
            target_h = min(image.size[1], max(1, math.ceil(height_pt / 72 * 300)))
            target_w = max(1, round(image.size[0] * target_h / image.size[1]))
            mode = "RGBA" if image.mode in ("RGBA", "LA", "P", "PA") else "RGB"
            logo = image.convert(mode).resize((target_w, target_h), Image.Resampling.LANCZOS)
    except (KeyError, *UNREADABLE):
        return None
    if not press:
        return ImageReader(logo)
    alpha = logo.getchannel("A") if logo.mode == "RGBA" else None
    return PressLogo(press_colour.photo_to_press(logo.convert("RGB")), alpha)

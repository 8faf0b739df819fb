"""Demo photos drawn with Pillow: a panel, a speaker, a town hall and a polder landscape.

Each scene is painted small with gradients and soft shapes, enlarged with smoothing and
given fine grain, so it looks like a photo rather than a test pattern. The output is the
same bytes on every run. The panel photo is stored the way a phone does it: pixels
sideways plus an EXIF Orientation tag, so the library's normalisation has to rotate it.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

Colour = tuple[int, int, int]
EXIF_ORIENTATION = 0x0112
# Orientation 6: the stored pixels must be turned 90 degrees clockwise to be upright.
SIDEWAYS = 6


@dataclass(frozen=True)
class DemoPhoto:
    """One generated photo: the file name a phone might give it and its JPEG bytes."""

    filename: str
    data: bytes
    width: int
    height: int
    orientation: int = 1


def _gradient(size: tuple[int, int], top: Colour, bottom: Colour) -> Image.Image:
    """A vertical colour gradient from ``top`` to ``bottom``."""
    ramp = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    return ImageOps.colorize(ramp, black=top, white=bottom)


def _glow(base: Image.Image, box: tuple[int, int, int, int], colour: Colour, blur: float) -> None:
    """Lay a soft patch of light (or shade) over ``base``."""
    mask = Image.new("L", base.size, 0)
    ImageDraw.Draw(mask).ellipse(box, fill=150)
    mask = mask.filter(ImageFilter.GaussianBlur(blur))
    base.paste(Image.new("RGB", base.size, colour), (0, 0), mask)


def _person(
    draw: ImageDraw.ImageDraw,
    x: int,
    y: int,
    scale: float,
    suit: Colour,
    skin: Colour,
    hair: Colour,
) -> None:
    """A seated or standing figure: shoulders, neck, head and hair, facing the camera."""
    s = scale
    draw.rounded_rectangle((x - 22 * s, y, x + 22 * s, y + 60 * s), radius=int(12 * s), fill=suit)
    draw.polygon([(x - 5 * s, y), (x + 5 * s, y), (x, y + 16 * s)], fill=(236, 236, 232))
    draw.rectangle((x - 4 * s, y - 8 * s, x + 4 * s, y + 2 * s), fill=skin)
    draw.ellipse((x - 10 * s, y - 33 * s, x + 10 * s, y - 6 * s), fill=skin)
    draw.chord((x - 11 * s, y - 36 * s, x + 11 * s, y - 14 * s), 180, 360, fill=hair)


def _panel_scene() -> Image.Image:
    """Four panel members behind a table, a moderator standing, a screen behind them."""
    w, h = 400, 300
    img = _gradient((w, h), (196, 178, 150), (120, 102, 84))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 205, w, h), fill=(92, 70, 58))
    draw.rectangle((120, 30, 300, 130), fill=(222, 230, 240))
    draw.rectangle((120, 30, 300, 48), fill=(11, 83, 148))
    draw.rectangle((135, 60, 250, 66), fill=(150, 168, 190))
    draw.rectangle((135, 74, 230, 79), fill=(170, 184, 204))
    _glow(img, (-80, -60, 120, 200), (255, 246, 222), 28)
    people = [
        (70, (40, 44, 58), (224, 182, 152), (60, 44, 30)),
        (150, (116, 38, 44), (196, 146, 112), (24, 20, 18)),
        (230, (54, 72, 96), (232, 196, 170), (170, 150, 120)),
        (310, (66, 66, 70), (170, 120, 90), (30, 24, 20)),
    ]
    for x, suit, skin, hair in people:
        _person(draw, x, 150, 1.0, suit, skin, hair)
    _person(draw, 372, 118, 1.35, (30, 52, 80), (226, 190, 160), (120, 86, 52))
    draw.polygon([(20, 190), (360, 190), (385, 232), (0, 232)], fill=(70, 48, 36))
    draw.rectangle((0, 232, 385, 240), fill=(52, 36, 28))
    for x in (70, 150, 230, 310):
        draw.line((x + 12, 190, x + 4, 168), fill=(30, 30, 30), width=2)
        draw.rectangle((x - 20, 184, x - 4, 190), fill=(240, 240, 236))
    return img


def _speaker_scene() -> Image.Image:
    """A speaker at a lectern under a spotlight (portrait, face near the middle)."""
    w, h = 300, 400
    img = _gradient((w, h), (28, 40, 62), (12, 16, 24))
    _glow(img, (40, 60, 260, 340), (120, 130, 150), 40)
    draw = ImageDraw.Draw(img)
    _person(draw, 150, 215, 2.4, (48, 50, 58), (222, 184, 154), (92, 66, 44))
    draw.polygon([(70, 300), (230, 300), (218, 400), (82, 400)], fill=(64, 44, 32))
    draw.rectangle((70, 290, 230, 302), fill=(88, 62, 44))
    draw.rectangle((120, 322, 180, 350), fill=(11, 83, 148))
    draw.line((150, 290, 162, 250), fill=(20, 20, 20), width=3)
    return img


def _town_hall_scene() -> Image.Image:
    """A brick town hall front with rows of windows and a flag (square)."""
    w = h = 320
    img = _gradient((w, h), (120, 164, 214), (214, 228, 240))
    _glow(img, (180, 20, 300, 90), (250, 250, 250), 18)
    draw = ImageDraw.Draw(img)
    draw.rectangle((30, 110, 290, 320), fill=(150, 70, 52))
    draw.polygon([(20, 112), (160, 50), (300, 112)], fill=(72, 60, 58))
    for row in range(3):
        for col in range(6):
            x, y = 48 + col * 40, 130 + row * 52
            draw.rectangle((x, y, x + 22, y + 34), fill=(226, 222, 210))
            draw.rectangle((x + 3, y + 3, x + 19, y + 31), fill=(58, 76, 92))
    draw.rectangle((140, 260, 180, 320), fill=(60, 40, 30))
    draw.line((160, 50, 160, 10), fill=(60, 60, 60), width=2)
    draw.rectangle((161, 10, 185, 26), fill=(200, 30, 40))
    draw.rectangle((161, 15, 185, 21), fill=(250, 250, 250))
    img.paste((176, 168, 150), (0, 300, w, h))
    return img


def _polder_scene() -> Image.Image:
    """Flat fields to a low horizon, a ditch, a row of trees and a windmill (landscape)."""
    w, h = 400, 300
    img = _gradient((w, h), (92, 140, 200), (226, 232, 236))
    rng = random.Random(7)
    for _ in range(6):
        x, y = rng.randint(0, w), rng.randint(10, 110)
        _glow(img, (x - 60, y - 16, x + 60, y + 16), (250, 250, 252), 10)
    draw = ImageDraw.Draw(img)
    horizon = 190
    fields = [(96, 140, 60), (150, 170, 70), (84, 120, 52), (196, 180, 96), (110, 150, 66)]
    for i, colour in enumerate(fields):
        x0, x1 = -400 + i * 240, -160 + i * 240
        draw.polygon(
            [(x0, h), (x1, h), (x1 // 4 + 150, horizon), (x0 // 4 + 150, horizon)], fill=colour
        )
    draw.polygon([(200, h), (236, h), (192, horizon), (188, horizon)], fill=(96, 130, 170))
    for x in range(0, w, 9):
        r = 6 + (x * 7) % 5
        draw.ellipse((x, horizon - 2 * r, x + 2 * r, horizon + 2), fill=(44, 70, 40))
    draw.polygon([(300, 190), (316, 190), (312, 130), (304, 130)], fill=(60, 50, 46))
    draw.line((278, 108, 338, 152), fill=(40, 36, 34), width=3)
    draw.line((338, 108, 278, 152), fill=(40, 36, 34), width=3)
    return img


def _grain(size: tuple[int, int], seed: int, amplitude: int) -> Image.Image:
    """Fine zero-mean grain (centred on 128), tiled from a small seeded noise tile."""
    tile_size = 256
    rng = random.Random(seed)
    tile = Image.frombytes("L", (tile_size, tile_size), rng.randbytes(tile_size * tile_size))
    tile = tile.point(lambda v: 128 + (v - 128) * amplitude // 128)
    grain = Image.new("L", size)
    for top in range(0, size[1], tile_size):
        for left in range(0, size[0], tile_size):
            grain.paste(tile, (left, top))
    return Image.merge("RGB", (grain, grain, grain))


def _finish(small: Image.Image, size: tuple[int, int], seed: int) -> Image.Image:
    """Soften, enlarge with smoothing and add grain: the photographic look."""
    soft = small.filter(ImageFilter.GaussianBlur(0.8))
    # Bilinear is smooth enough after the blur, and much cheaper than bicubic at 12 MP.
    large = soft.resize(size, Image.Resampling.BILINEAR)
    return ImageChops.add(large, _grain(size, seed, 14), scale=1.0, offset=-128)


def _jpeg(image: Image.Image, orientation: int = 1) -> bytes:
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "VNHG Desk demo"  # Make
    if orientation != 1:
        exif[EXIF_ORIENTATION] = orientation
    image.save(buffer, "JPEG", quality=86, exif=exif.tobytes())
    return buffer.getvalue()


@cache
def demo_photos() -> tuple[DemoPhoto, ...]:
    """The four demo photos, generated once per process (deterministic bytes)."""
    # A phone photo: the pixels are stored turned a quarter to the left and tagged with
    # orientation 6; upright it is the 4000x3000 panel. (Turned while still small: cheap.)
    sideways = _finish(_panel_scene().transpose(Image.Transpose.ROTATE_90), (3000, 4000), seed=1)
    speaker = _finish(_speaker_scene(), (1800, 2400), seed=2)
    town_hall = _finish(_town_hall_scene(), (1600, 1600), seed=3)
    polder = _finish(_polder_scene(), (2400, 1800), seed=4)
    return (
        DemoPhoto("IMG_2041.JPG", _jpeg(sideways, SIDEWAYS), 3000, 4000, SIDEWAYS),
        DemoPhoto("IMG_2057.JPG", _jpeg(speaker), 1800, 2400),
        DemoPhoto("gemeentehuis.jpg", _jpeg(town_hall), 1600, 1600),
        DemoPhoto("polder-bij-schermer.jpg", _jpeg(polder), 2400, 1800),
    )

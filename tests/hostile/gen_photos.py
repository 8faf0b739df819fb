"""Generators of hostile and awkward photo files for the hostile-case suite (all in memory)."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image

# --- an upright test pattern whose orientation can be read back from its pixels --------

#: Colours of the four quadrants of the upright pattern: far apart, so JPEG and
#: downsampling cannot blur one into another.
QUADRANTS = {
    "top-left": (220, 30, 30),  # red
    "top-right": (30, 170, 50),  # green
    "bottom-left": (30, 60, 220),  # blue
    "bottom-right": (245, 220, 40),  # yellow
}

#: How to store the pixels so that a viewer applying EXIF orientation N shows the
#: upright pattern (the inverse of what ImageOps.exif_transpose does for N).
STORE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def upright_pattern(width: int = 300, height: int = 200) -> Image.Image:
    """A landscape image in four coloured quadrants (the 'upright' truth)."""
    image = Image.new("RGB", (width, height))
    half_w, half_h = width // 2, height // 2
    boxes = {
        "top-left": (0, 0, half_w, half_h),
        "top-right": (half_w, 0, width, half_h),
        "bottom-left": (0, half_h, half_w, height),
        "bottom-right": (half_w, half_h, width, height),
    }
    for name, box in boxes.items():
        image.paste(QUADRANTS[name], box)
    return image


def quadrant_problems(image: Image.Image, tolerance: int = 70) -> list[str]:
    """What is wrong with ``image`` as an upright pattern ([] when it is upright).

    Samples the middle of each quadrant, so a sensible crop or a downsample keeps it true.
    """
    rgb = image.convert("RGB")
    width, height = rgb.size
    points = {
        "top-left": (width // 4, height // 4),
        "top-right": (3 * width // 4, height // 4),
        "bottom-left": (width // 4, 3 * height // 4),
        "bottom-right": (3 * width // 4, 3 * height // 4),
    }
    problems = []
    for name, point in points.items():
        got = rgb.getpixel(point)
        want = QUADRANTS[name]
        if max(abs(int(a) - int(b)) for a, b in zip(got, want, strict=True)) > tolerance:
            problems.append(f"{name} is {got}, expected about {want}")
    if width < height:
        problems.append(f"upright pattern is landscape, got {width}x{height}")
    return problems


def oriented_jpeg(orientation: int, width: int = 300, height: int = 200) -> bytes:
    """A JPEG whose stored pixels are turned so that EXIF ``orientation`` makes it upright."""
    stored = upright_pattern(width, height)
    if orientation != 1:
        stored = stored.transpose(STORE_FOR_ORIENTATION[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    return _save(stored, "JPEG", quality=95, exif=exif.tobytes())


# --- privacy: a phone photo full of metadata ------------------------------------------

#: Strings planted in the metadata of :func:`private_jpeg`; none may reach an export.
PRIVATE_MARKERS = (
    b"HostileCam",
    b"Spion-9000",
    b"SerieNr-4711",
    b"Jan Geheim",
    b"xmp-geheim-locatie",
    b"Geheim-commentaar",
)


def private_jpeg(width: int = 300, height: int = 200) -> bytes:
    """A photo with camera EXIF, GPS position, XMP and a comment (and orientation 1)."""
    exif = Image.Exif()
    exif[0x0112] = 1
    exif[0x010F] = "HostileCam"  # Make
    exif[0x0110] = "Spion-9000"  # Model
    exif[0x013B] = "Jan Geheim"  # Artist
    exif[0x8769] = {0xA431: "SerieNr-4711", 0x9003: "2026:09:18 10:11:12"}  # body serial
    exif[0x8825] = {1: "N", 2: (52.0, 37.0, 11.5), 3: "E", 4: (4.0, 44.0, 2.0)}  # GPS
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<dc:description>xmp-geheim-locatie</dc:description></rdf:Description>"
        b"</rdf:RDF></x:xmpmeta>"
    )
    return _save(
        upright_pattern(width, height),
        "JPEG",
        quality=92,
        exif=exif.tobytes(),
        xmp=xmp,
        comment=b"Geheim-commentaar",
    )


# --- the catalogue of awkward files -----------------------------------------------------


@dataclass(frozen=True)
class PhotoCase:
    """One photo file: its bytes, the name it arrives under and whether it is usable."""

    id: str
    data: bytes
    filename: str
    usable: bool
    note: str


def _save(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def png_declaring(width: int, height: int, *, rows: int | None = None) -> bytes:
    """A greyscale PNG whose header declares ``width`` x ``height``.

    With ``rows`` only that many rows of pixel data follow (a small file that declares a
    huge image); with None the full (all-black, highly compressible) data follows.
    """
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)
    parts = []
    for _ in range(height if rows is None else rows):
        parts.append(compressor.compress(row))
    parts.append(compressor.flush())
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", b"".join(parts))
        + _png_chunk(b"IEND", b"")
    )


def png_rgb16(width: int = 64, height: int = 48) -> bytes:
    """A 48-bit (16 bits per channel) RGB PNG: a mid-grey left half, orange right half."""
    rows = []
    for _ in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            rgb = (0x8000, 0x8000, 0x8000) if x < width // 2 else (0xF000, 0x8000, 0x1000)
            row += struct.pack(">HHH", *rgb)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + _png_chunk(b"IEND", b"")
    )


def grey16_png(width: int = 64, height: int = 48) -> bytes:
    """A 16-bit greyscale PNG at half intensity (32768): must become mid-grey, not white."""
    image = Image.new("I;16", (width, height), 32768)
    return _save(image, "PNG")


def jpeg_declaring(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims ``width`` x ``height`` (max 65535)."""
    data = bytearray(_save(Image.new("RGB", (16, 16), (90, 90, 90)), "JPEG"))
    index = data.find(b"\xff\xc0")
    struct.pack_into(">HH", data, index + 5, height, width)
    return bytes(data)


def cmyk_jpeg() -> bytes:
    """A CMYK JPEG: pure cyan on the left half, pure magenta on the right half."""
    image = Image.new("CMYK", (80, 60), (255, 0, 0, 0))
    image.paste((0, 255, 0, 0), (40, 0, 80, 60))
    return _save(image, "JPEG", quality=95)


def palette_png_with_transparency() -> bytes:
    """A palette PNG: transparent left half (palette index 0), red right half."""
    image = Image.new("P", (60, 40), 0)
    image.putpalette([0, 0, 0, 220, 30, 30] + [0, 0, 0] * 254)
    image.paste(1, (30, 0, 60, 40))
    return _save(image, "PNG", transparency=0)


def rgba_png() -> bytes:
    """An RGBA PNG: fully transparent left half, half-transparent blue right half."""
    image = Image.new("RGBA", (60, 40), (0, 0, 0, 0))
    image.paste((30, 60, 220, 128), (30, 0, 60, 40))
    return _save(image, "PNG")


def animated_gif() -> bytes:
    """Three frames: red, green, blue; only the first (red) may be used."""
    frames = [Image.new("RGB", (40, 30), colour) for colour in ((220, 30, 30), (30, 170, 50))]
    frames.append(Image.new("RGB", (40, 30), (30, 60, 220)))
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


def heic() -> bytes:
    """A HEIC photo (as iPhones make them) of the upright pattern, via pillow-heif."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    return _save(upright_pattern(120, 80), "HEIF", quality=90)


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" '
    b'height="100"><script>alert("gehackt")</script>'
    b'<rect width="100" height="100" fill="red" onload="alert(1)"/></svg>\n'
)


@lru_cache(maxsize=1)
def photo_cases() -> tuple[PhotoCase, ...]:
    """Every awkward photo the suite feeds to the import, with the expected verdict."""
    jpeg = _save(upright_pattern(), "JPEG", quality=90)
    png = _save(upright_pattern(), "PNG")
    return (
        PhotoCase("empty", b"", "leeg.jpg", False, "0 bytes"),
        PhotoCase("text-named-jpg", b"Dit is geen foto.\n", "foto.jpg", False, "plain text"),
        PhotoCase("truncated-jpeg", jpeg[: len(jpeg) // 2], "half.jpg", False, "cut in half"),
        PhotoCase("truncated-png", png[: len(png) // 2], "half.png", False, "cut in half"),
        PhotoCase(
            "png-declares-30000x30000",
            png_declaring(30000, 30000, rows=50),
            "bom.png",
            False,
            "900 MP declared in a few KB (decompression bomb)",
        ),
        PhotoCase(
            "png-144mp-complete",
            png_declaring(12000, 12000),
            "groot.png",
            False,
            "144 MP of real data: above the limit, below Pillow's own error threshold",
        ),
        PhotoCase(
            "jpeg-declares-65000x65000",
            jpeg_declaring(65000, 65000),
            "bom.jpg",
            False,
            "frame header claims 4.2 GP",
        ),
        PhotoCase("svg-with-script", SVG_WITH_SCRIPT, "logo.svg", False, "SVG with <script>"),
        PhotoCase("svg-named-jpg", SVG_WITH_SCRIPT, "logo.jpg", False, "SVG disguised as JPEG"),
        PhotoCase("cmyk-jpeg", cmyk_jpeg(), "drukwerk.jpg", True, "CMYK"),
        PhotoCase("grey-16bit-png", grey16_png(), "scan16.png", True, "16-bit greyscale"),
        PhotoCase("rgb-16bit-png", png_rgb16(), "scan48.png", True, "16 bits per channel RGB"),
        PhotoCase(
            "palette-png-transparent",
            palette_png_with_transparency(),
            "logo.png",
            True,
            "palette with a transparent index",
        ),
        PhotoCase("rgba-png", rgba_png(), "doorzichtig.png", True, "RGBA, half transparent"),
        PhotoCase("animated-gif", animated_gif(), "animatie.gif", True, "3 frames"),
        PhotoCase("heic", heic(), "IMG_0001.HEIC", True, "HEIC from a phone"),
        PhotoCase(
            "one-pixel-jpeg",
            _save(Image.new("RGB", (1, 1), (200, 100, 50)), "JPEG"),
            "punt.jpg",
            True,
            "1x1",
        ),
        PhotoCase(
            "one-pixel-png",
            _save(Image.new("RGBA", (1, 1), (200, 100, 50, 255)), "PNG"),
            "punt.png",
            True,
            "1x1 RGBA",
        ),
        PhotoCase(
            "long-thin-jpeg",
            _save(Image.new("RGB", (4000, 2), (120, 140, 160)), "JPEG"),
            "streep.jpg",
            True,
            "4000x2 (extreme aspect ratio)",
        ),
        PhotoCase("private-jpeg", private_jpeg(), "IMG_2026.jpg", True, "EXIF+GPS+XMP"),
    )

"""Photo validation and the normalised copy: upright, sRGB 8-bit, no metadata."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from vnhg_desk.errors import PhotoError
from vnhg_desk.imaging import normalise
from vnhg_desk.imaging.normalise import normalise_photo


def _encode(image: Image.Image, fmt: str, **params) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _marked_landscape() -> Image.Image:
    """40x20 picture: left half red, right half blue (so rotation is visible)."""
    image = Image.new("RGB", (40, 20), (220, 0, 0))
    image.paste((0, 0, 220), (20, 0, 40, 20))
    return image


def _exif_with(orientation: int | None = None, gps: bool = True) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "TelefoonMerk"  # Make
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (52.0, 22.0, 10.0)}  # GPS IFD
    return exif


def _near(pixel, colour, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def test_exif_orientation_6_is_applied_once():
    data = _encode(_marked_landscape(), "JPEG", quality=95, exif=_exif_with(6))
    result = normalise_photo(data, "telefoon.jpg")
    image = _open(result.data)
    # Orientation 6 means "rotate 90° clockwise to view": 40x20 becomes 20x40,
    # the red left half ends up on top.
    assert (result.width, result.height) == (20, 40) == image.size
    assert _near(image.getpixel((10, 5)), (220, 0, 0))
    assert _near(image.getpixel((10, 35)), (0, 0, 220))
    assert result.mime == "image/jpeg" and result.source_format == "JPEG"
    assert image.getexif().get(0x0112) in (None, 1)


def test_metadata_is_stripped():
    data = _encode(_marked_landscape(), "JPEG", exif=_exif_with(1), comment=b"geheim", quality=90)
    assert b"Exif" in data and b"TelefoonMerk" in data
    result = normalise_photo(data)
    assert b"Exif" not in result.data
    assert b"TelefoonMerk" not in result.data
    assert b"geheim" not in result.data
    assert len(_open(result.data).getexif()) == 0


def test_png_with_xmp_and_text_is_stripped_and_stays_png_when_transparent():
    from PIL import PngImagePlugin

    image = Image.new("RGBA", (8, 8), (0, 128, 0, 255))
    image.putpixel((0, 0), (0, 0, 0, 0))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Iemand Anders")
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>locatie</x:xmpmeta>")
    result = normalise_photo(_encode(image, "PNG", pnginfo=info), "logo.png")
    assert result.mime == "image/png"
    out = _open(result.data)
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0 and out.getpixel((4, 4)) == (0, 128, 0, 255)
    assert b"Iemand Anders" not in result.data and b"xmpmeta" not in result.data


def test_opaque_rgba_becomes_jpeg():
    image = Image.new("RGBA", (10, 10), (10, 20, 30, 255))
    result = normalise_photo(_encode(image, "PNG"))
    assert result.mime == "image/jpeg"
    assert _open(result.data).mode == "RGB"


def test_cmyk_becomes_rgb():
    cmyk = Image.new("CMYK", (16, 16), (0, 255, 255, 0))  # pure red ink
    result = normalise_photo(_encode(cmyk, "JPEG", quality=95))
    image = _open(result.data)
    assert image.mode == "RGB"
    red, green, blue = image.getpixel((8, 8))
    assert red > 180 and green < 80 and blue < 80


def test_embedded_icc_profile_is_honoured_and_dropped():
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = _encode(Image.new("RGB", (4, 4), (200, 100, 50)), "JPEG", icc_profile=srgb)
    image = _open(normalise_photo(data).data)
    assert image.mode == "RGB" and "icc_profile" not in image.info
    assert _near(image.getpixel((1, 1)), (200, 100, 50), tolerance=6)


def test_broken_icc_profile_does_not_stop_the_import():
    data = _encode(Image.new("RGB", (4, 4), (30, 60, 90)), "JPEG", icc_profile=b"kapot" * 40)
    image = _open(normalise_photo(data).data)
    assert _near(image.getpixel((1, 1)), (30, 60, 90), tolerance=6)


def test_cmyk_with_icc_profile_is_converted():
    cmyk = Image.new("CMYK", (8, 8), (0, 0, 0, 255))  # full black ink
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = _encode(cmyk, "JPEG", icc_profile=srgb, quality=95)
    image = _open(normalise_photo(data).data)
    assert image.mode == "RGB" and max(image.getpixel((4, 4))) < 60


def test_sixteen_bit_greyscale_is_scaled_not_clipped():
    grey = Image.new("I;16", (4, 4), 40000)
    result = normalise_photo(_encode(grey, "PNG"))
    image = _open(result.data)
    assert image.mode == "RGB"
    assert abs(image.getpixel((1, 1))[0] - 40000 // 256) <= 2


def test_palette_with_transparency_and_one_pixel():
    palette = Image.new("P", (1, 1), 0)
    palette.putpalette([255, 0, 0, 0, 0, 0])
    result = normalise_photo(_encode(palette, "GIF", transparency=0))
    assert result.mime == "image/png" and (result.width, result.height) == (1, 1)
    single = normalise_photo(_encode(Image.new("L", (1, 1), 77), "PNG"))
    assert (single.width, single.height) == (1, 1) and single.mime == "image/jpeg"


def test_animated_gif_gives_first_frame():
    frames = [Image.new("RGB", (6, 6), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    data = _encode(frames[0], "GIF", save_all=True, append_images=frames[1:])
    assert _open(data).n_frames == 2
    image = _open(normalise_photo(data, "anim.gif").data)
    assert _near(image.getpixel((3, 3)), (255, 0, 0))


def test_heic_is_read():
    pillow_heif = pytest.importorskip("pillow_heif")
    if not pillow_heif.libheif_info().get("HEIF"):
        pytest.skip("no HEIF encoder to make a sample")
    pillow_heif.register_heif_opener()
    data = _encode(_marked_landscape(), "HEIF", quality=90)
    result = normalise_photo(data, "IMG_0001.HEIC")
    assert result.source_format == "HEIF"
    assert (result.width, result.height) == (40, 20)
    assert _near(_open(result.data).getpixel((5, 10)), (220, 0, 0), tolerance=60)


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (b"", "leeg.jpg", "leeg"),
        (b"dit is gewoon tekst, geen foto", "notitie.jpg", "geen afbeelding"),
        (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", "x", "SVG"),
        (b"<svg></svg>", "logo.svg", "SVG"),
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "x.eps", "geen afbeelding"),
    ],
)
def test_unusable_input_is_refused_in_dutch(data, filename, expected):
    with pytest.raises(PhotoError, match=expected):
        normalise_photo(data, filename)


def test_truncated_jpeg_is_refused():
    data = _encode(Image.effect_noise((200, 200), 60).convert("RGB"), "JPEG")
    with pytest.raises(PhotoError, match="beschadigd of onvolledig"):
        normalise_photo(data[: len(data) // 2], "half.jpg")


def test_decompression_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(normalise, "MAX_PIXELS", 10_000)
    data = _encode(Image.new("L", (200, 200)), "PNG")
    with pytest.raises(PhotoError, match="te groot"):
        normalise_photo(data, "groot.png")


def test_huge_declared_size_is_refused_without_decoding():
    # A PNG header claiming 30000 x 30000 pixels (900 MP) with hardly any data.
    small = _encode(Image.new("L", (1, 1)), "PNG")
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", 30000, 30000, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    header = small[:8] + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    bomb = header + small[33:]
    with pytest.raises(PhotoError, match="te groot"):
        normalise_photo(bomb, "bom.png")


def test_heic_orientation_is_applied_exactly_once():
    pillow_heif = pytest.importorskip("pillow_heif")
    if not pillow_heif.libheif_info().get("HEIF"):
        pytest.skip("no HEIF encoder to make a sample")
    pillow_heif.register_heif_opener()
    data = _encode(_marked_landscape(), "HEIF", exif=_exif_with(6).tobytes(), quality=90)
    result = normalise_photo(data, "IMG_0002.HEIC")
    image = _open(result.data)
    assert image.size == (20, 40)
    assert _near(image.getpixel((10, 5)), (220, 0, 0), tolerance=60)
    assert _near(image.getpixel((10, 35)), (0, 0, 220), tolerance=60)


@pytest.mark.parametrize(
    ("mode", "fmt", "expected_mime"),
    [
        ("RGB", "WEBP", "image/jpeg"),
        ("RGBA", "WEBP", "image/png"),
        ("CMYK", "TIFF", "image/jpeg"),
        ("LA", "PNG", "image/png"),
        ("1", "BMP", "image/jpeg"),
        ("I", "TIFF", "image/jpeg"),
        ("F", "TIFF", "image/jpeg"),
        ("RGB", "BMP", "image/jpeg"),
    ],
)
def test_every_common_mode_becomes_eight_bit_rgb(mode, fmt, expected_mime):
    image = Image.new(mode, (12, 9))
    if mode in ("RGBA", "LA"):
        image.putpixel((0, 0), (0, 0) if mode == "LA" else (0, 0, 0, 0))
    result = normalise_photo(_encode(image, fmt), f"bestand.{fmt.lower()}")
    out = _open(result.data)
    assert result.mime == expected_mime
    assert out.mode == ("RGBA" if expected_mime == "image/png" else "RGB")
    assert (result.width, result.height) == out.size == (12, 9)


def test_sixteen_bit_rgb_png_is_read():
    import struct
    import zlib

    # 16x16 pixels, 16 bits per channel, written by hand (Pillow cannot write RGB;16):
    # left half red, right half blue.
    row = (
        b"\x00"
        + struct.pack(">24H", *([65535, 0, 0] * 8))
        + struct.pack(">24H", *([0, 0, 65535] * 8))
    )
    raw = row * 16
    ihdr = struct.pack(">IIBBBBB", 16, 16, 16, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
    png += chunk(b"IEND", b"")
    out = _open(normalise_photo(png, "diep.png").data)
    assert out.mode == "RGB" and out.size == (16, 16)
    assert _near(out.getpixel((2, 8)), (255, 0, 0)) and _near(out.getpixel((13, 8)), (0, 0, 255))


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "TIFF", "WEBP", "BMP"])
def test_damaged_files_give_photo_errors_never_tracebacks(fmt):
    import random

    rng = random.Random(fmt)
    good = _encode(Image.effect_noise((48, 32), 50).convert("RGB"), fmt)
    for _ in range(60):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            del data[rng.randrange(len(data)) :]
        try:
            result = normalise_photo(bytes(data), f"kapot.{fmt.lower()}")
        except PhotoError as error:
            assert str(error)
        else:
            assert result.width >= 1 and result.data

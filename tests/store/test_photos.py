"""Photos in the library: kept byte-for-byte, stored once, normalised, renditions cached."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from vnhg_desk.errors import NotFoundError, PhotoError
from vnhg_desk.imaging.source import PhotoInfo, PhotoSource
from vnhg_desk.store import Library


def _jpeg(size=(64, 48), colour=(120, 80, 40), orientation: int | None = None) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Camera"
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def test_original_is_kept_byte_for_byte(lib, library_target):
    data = _jpeg(orientation=6)
    photo_hash = lib.add_photo(data, "IMG_2041.JPG")
    assert photo_hash == hashlib.sha256(data).hexdigest()
    assert lib.photo_original(photo_hash) == data
    assert lib.photo_filename(photo_hash) == "IMG_2041.JPG"
    lib.close()
    with Library.open(library_target) as again:
        assert again.photo_original(photo_hash) == data
        assert again.has_photo(photo_hash)


def test_normalised_copy_is_upright_and_clean(lib):
    photo_hash = lib.add_photo(_jpeg(size=(64, 48), orientation=6))
    info = lib.photo_info(photo_hash)
    assert info == PhotoInfo(width=48, height=64, mime="image/jpeg")
    normal = Image.open(io.BytesIO(lib.normalised(photo_hash)))
    assert normal.size == (48, 64)
    assert b"Camera" not in lib.normalised(photo_hash)


def test_same_photo_is_stored_once(lib):
    data = _jpeg()
    first = lib.add_photo(data, "a.jpg")
    second = lib.add_photo(data, "kopie.jpg")
    assert first == second
    count = lib._conn.execute("SELECT count(*) FROM photos").fetchone()[0]
    assert count == 1
    assert lib.photo_filename(first) == "a.jpg"


def test_unusable_photo_is_refused_and_not_stored(lib):
    with pytest.raises(PhotoError, match="geen afbeelding"):
        lib.add_photo(b"geen foto", "brief.jpg")
    assert lib._conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0


def test_unknown_hash_is_a_key_error_and_not_found(lib):
    for call in (lib.photo_info, lib.normalised, lib.photo_original):
        with pytest.raises(KeyError):
            call("0" * 64)
        with pytest.raises(NotFoundError, match="staat niet in de bibliotheek"):
            call("0" * 64)
    assert not lib.has_photo("0" * 64)


def test_renditions_are_cached_per_key(lib):
    photo_hash = lib.add_photo(_jpeg())
    assert lib.cached_rendition(photo_hash, "email-1200") is None
    lib.store_rendition(photo_hash, "email-1200", b"klein")
    lib.store_rendition(photo_hash, "email-1200", b"kleiner")
    lib.store_rendition(photo_hash, "print-300", b"groot")
    assert lib.cached_rendition(photo_hash, "email-1200") == b"kleiner"
    assert lib.cached_rendition(photo_hash, "print-300") == b"groot"
    with pytest.raises(KeyError):
        lib.store_rendition("0" * 64, "x", b"")


def test_library_is_a_photo_source(lib):
    def use(source: PhotoSource, photo_hash: str) -> int:
        return source.photo_info(photo_hash).width

    assert use(lib, lib.add_photo(_jpeg(size=(10, 20)))) == 10

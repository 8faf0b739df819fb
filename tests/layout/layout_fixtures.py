"""Fixtures for the layout tests (imported by the test modules, not a conftest: the docx
tests import their own conftest by name): the demo edition with small generated photos."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from vnhg_desk.demo.edition import demo_edition
from vnhg_desk.imaging.source import MemoryPhotoSource, PhotoInfo
from vnhg_desk.model import Edition


def _photo(width: int, height: int, shade: int) -> tuple[str, PhotoInfo, bytes]:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (shade, 90, 140)).save(out, "JPEG", quality=80)
    data = out.getvalue()
    return hashlib.sha256(data).hexdigest(), PhotoInfo(width, height, "image/jpeg"), data


@pytest.fixture(scope="session")
def photo_set() -> list[tuple[str, PhotoInfo, bytes]]:
    """Four photos: landscape, portrait, landscape, landscape (like the demo's)."""
    return [
        _photo(1200, 800, 40),
        _photo(600, 900, 80),
        _photo(1000, 700, 120),
        _photo(900, 600, 160),
    ]


@pytest.fixture
def photos(photo_set) -> MemoryPhotoSource:
    source = MemoryPhotoSource()
    for photo_hash, info, data in photo_set:
        source.add(photo_hash, info, data)
    return source


@pytest.fixture
def demo(photo_set) -> Edition:
    """The demo edition with this module's photos."""
    return demo_edition([photo_hash for photo_hash, _info, _data in photo_set])

"""Fixtures for the layout tests (imported by the test modules): the demo edition with
small generated photos (``photos``, their source, is tests/conftest.py's)."""

from __future__ import annotations

import pytest
from sample_photos import Photo, make_photo

from vnhg_desk.demo.edition import demo_edition
from vnhg_desk.model import Edition


@pytest.fixture(scope="session")
def photo_set() -> list[Photo]:
    """Four photos: landscape, portrait, landscape, landscape (like the demo's)."""
    return [
        make_photo(1200, 800, (40, 90, 140)),
        make_photo(600, 900, (80, 90, 140)),
        make_photo(1000, 700, (120, 90, 140)),
        make_photo(900, 600, (160, 90, 140)),
    ]


@pytest.fixture
def demo(photo_set) -> Edition:
    """The demo edition with this module's photos."""
    return demo_edition([photo_hash for photo_hash, _info, _data in photo_set])

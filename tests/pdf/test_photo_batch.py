"""The photo batch: scaled in workers in reading order, cached ones reused, others on demand."""

from __future__ import annotations

import io

from PIL import Image

from tests.pdf.fixtures import add_photo
from vnhg_desk.export.pdf.photo_batch import PhotoBatch, Placement
from vnhg_desk.export.pdf.placements import COLUMN_ASPECT, FULL_ASPECT
from vnhg_desk.imaging.source import MemoryPhotoSource


def _size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def test_batch_scales_every_placement_and_reuses_the_cache():
    source = MemoryPhotoSource()
    hashes = [add_photo(source, 1600, 1200, seed=index) for index in range(5)]
    placements = [Placement(h, 232.0, COLUMN_ASPECT) for h in hashes]
    placements.append(Placement("0" * 64, 232.0, COLUMN_ASPECT))  # not in the library
    with PhotoBatch(source, placements, "email") as batch:
        renditions = [batch.get(p) for p in reversed(placements)]  # any order works
        batch.finish()
    assert renditions[0] is None
    for rendition in renditions[1:]:
        assert rendition is not None
        assert _size(rendition.data) == (rendition.width, rendition.height)
        assert 480 <= rendition.width <= 520  # ~150 ppi across 232 pt
    assert len(batch.new_renditions) == 5
    for photo_hash, key, data in batch.new_renditions:
        source.store_rendition(photo_hash, key, data)
    with PhotoBatch(source, placements, "email") as again:
        assert again.get(placements[0]).data == batch.get(placements[0]).data
    assert again.new_renditions == []  # all from the cache


def test_placement_the_batch_was_not_given_is_scaled_on_demand():
    source = MemoryPhotoSource()
    photo_hash = add_photo(source, 2400, 1200)
    with PhotoBatch(source, [], "print") as batch:
        rendition = batch.get(Placement(photo_hash, 479.0, FULL_ASPECT))
        missing = batch.get(Placement("kapot", 479.0, FULL_ASPECT))
    assert rendition is not None and missing is None
    assert _size(rendition.data) == (rendition.width, rendition.height)
    assert rendition.width >= 1996  # 300 ppi across the type area
    assert [entry[0] for entry in batch.new_renditions] == [photo_hash]

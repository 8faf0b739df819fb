"""Maintenance: rebuilding the index, removing unused photos, compacting the file."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from vnhg_desk.model import Article, Edition, HouseStyle, PhotoRef


def _jpeg(colour) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "JPEG")
    return out.getvalue()


def test_rebuild_search_index(lib, engine):
    doc = Edition(content=[Article(headline="Polderoverleg")])
    trashed = Edition(content=[Article(headline="Polderweg")])
    lib.save(doc)
    lib.save(trashed)
    lib.delete(trashed.id)
    if engine == "sqlite":
        lib._conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    else:
        lib._conn.execute("DELETE FROM search_index_parts")
    assert lib.search("polder") == []
    lib.rebuild_search_index()
    assert [h.doc_id for h in lib.search("polder")] == [doc.id]


def test_only_unused_photos_are_removed(lib):
    in_doc, in_trash, in_revision, logo, loose = (
        lib.add_photo(_jpeg((n * 40, 0, 0))) for n in range(5)
    )
    lib.save(Edition(content=[Article(photos=[PhotoRef(in_doc)])]))
    gone = Edition(content=[Article(photos=[PhotoRef(in_trash)])])
    lib.save(gone)
    lib.delete(gone.id)
    changed = Edition(content=[Article(photos=[PhotoRef(in_revision)])])
    lib.save(changed)
    lib.snapshot(changed.id, "export")
    changed.content[0].photos.clear()
    lib.save(changed)
    lib.save_house_style(HouseStyle(logo_hash=logo))
    lib.store_rendition(loose, "email", b"klein")

    assert lib.unused_photos() == [loose]
    assert lib.remove_unused_photos() == 1
    assert not lib.has_photo(loose)
    assert lib.cached_rendition(loose, "email") is None
    assert all(lib.has_photo(h) for h in (in_doc, in_trash, in_revision, logo))


@pytest.mark.sqlite_only
def test_compact_shrinks_the_file(lib, library_path):
    doc = Edition(title="Groot", place="x" * 200_000)
    lib.save(doc)
    lib.purge(doc.id)
    before = library_path.stat().st_size
    lib.compact()
    assert library_path.stat().st_size < before
    assert lib.is_empty

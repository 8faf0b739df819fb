"""A library edited by hand (right schema, wrong contents) gives Dutch errors, not tracebacks."""

from __future__ import annotations

import sqlite3

import pytest

from vnhg_desk.errors import LibraryError
from vnhg_desk.model import CoverEmail, Edition, HouseStyle
from vnhg_desk.store import Library


@pytest.fixture
def damaged(library_path):
    with Library.open(library_path) as library:
        good, bad = Edition(title="Goed"), Edition(title="Slecht")
        library.save(good)
        library.save(bad)
        library.save_house_style(HouseStyle(short_name="X"))
    conn = sqlite3.connect(library_path)
    conn.execute(
        "UPDATE documents SET data = ?, date = 'gisteren', modified = 'ooit' WHERE id = ?",
        ('{"kind": "report", "content": 5', bad.id),
    )
    conn.execute("UPDATE settings SET value = '[1, 2]' WHERE key = 'house_style'")
    conn.execute("INSERT INTO settings VALUES ('cover_email', '{\"recipients\": 7}')")
    conn.commit()
    conn.close()
    with Library.open(library_path) as library:
        yield library, good.id, bad.id


def test_list_still_shows_everything(damaged):
    library, good_id, bad_id = damaged
    listing = {s.id: s for s in library.list_documents()}
    assert set(listing) == {good_id, bad_id}
    assert listing[bad_id].date is None and listing[bad_id].modified.year == 1970


def test_loading_the_damaged_document_is_a_dutch_error(damaged):
    library, good_id, bad_id = damaged
    assert library.load(good_id).title == "Goed"
    with pytest.raises(LibraryError, match=f"Document {bad_id} .* beschadigd"):
        library.load(bad_id)
    with pytest.raises(LibraryError):
        library.restore_deleted(bad_id)


def test_unreadable_settings_fall_back_to_defaults(damaged):
    library, _, _ = damaged
    assert library.house_style() == HouseStyle()
    assert library.cover_email() == CoverEmail()


def test_maintenance_is_careful(damaged):
    library, good_id, _ = damaged
    library.rebuild_search_index()
    assert [h.doc_id for h in library.search("goed")] == [good_id]
    with pytest.raises(LibraryError, match="niet verwijderd"):
        library.remove_unused_photos()

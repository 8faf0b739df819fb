"""Libraries written by every earlier version open, after a backup, with nothing lost."""

from __future__ import annotations

import sqlite3

import pytest

from vnhg_desk.errors import LibraryError
from vnhg_desk.store import MATCH_END, MATCH_START, Library, schema, search

from .conftest import file_hash
from .legacy import PHOTO_BYTES, create_library

EARLIER_VERSIONS = list(range(1, schema.CURRENT_VERSION))


def test_there_is_a_real_migration_to_exercise():
    assert schema.CURRENT_VERSION >= 2
    assert EARLIER_VERSIONS


@pytest.mark.parametrize("version", EARLIER_VERSIONS)
def test_frozen_creator_matches_the_migrations(library_path, version):
    create_library(library_path, version)
    conn = sqlite3.connect(library_path)
    assert schema.schema_problems(conn, version) == []
    conn.close()


@pytest.mark.parametrize("version", EARLIER_VERSIONS)
def test_migrates_from_every_earlier_version(library_path, version):
    create_library(library_path, version)
    original = library_path.read_bytes()
    with Library.open(library_path) as library:
        edition = library.load(7)
        assert edition.title == "Verslag voorjaarsvergadering" and edition.revision == 3
        assert edition.articles[0].photos[0].caption == "Zaal"
        assert library.photo_original("f" * 64) == PHOTO_BYTES
        assert [p.name for p in library.people()] == ["Kees Vos"]
        assert [r.reason for r in library.revisions(7)] == ["export"]
        assert [h.doc_id for h in library.search("cooperatie")] == [7]
        # the index was rebuilt: letters the tokenizer keeps apart are spelled out
        (hit,) = library.search("kilic")
        assert f"{MATCH_START}Kılıç{MATCH_END}" in hit.snippet
        library.save(library.load(7))  # re-indexing a migrated row leaves one hit
        assert [h.doc_id for h in library.search("kilic")] == [7]
        # what the newer versions added works
        library.store_rendition("f" * 64, "print", b"\x01\x02")
        assert library.cached_rendition("f" * 64, "print") == b"\x01\x02"
        library.record_export(7, "pdf-print", "/tmp/verslag.pdf")
        logged = ["docx", "pdf-print"] if version >= 3 else ["pdf-print"]
        assert sorted(r.kind for r in library.export_log(7)) == logged
        expected_renditions = b"\x00\xff" if version >= 2 else None
        assert library.cached_rendition("f" * 64, "email-800") == expected_renditions
    conn = sqlite3.connect(library_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
    assert schema.schema_problems(conn, schema.CURRENT_VERSION) == []
    conn.close()
    backups = [p for p in library_path.parent.iterdir() if "reservekopie" in p.name]
    assert len(backups) == 1 and f".v{version}-reservekopie-" in backups[0].name
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    assert old.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    old.close()
    assert original != library_path.read_bytes()


def test_current_library_is_not_backed_up_again(library_path):
    Library.open(library_path).close()
    Library.open(library_path).close()
    assert [p.name for p in library_path.parent.iterdir()] == [library_path.name]


def test_failed_migration_leaves_the_file_as_it_was(library_path, monkeypatch):
    create_library(library_path, 1)
    before = file_hash(library_path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE documents (x)")  # fails: the table exists

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(LibraryError):
        Library.open(library_path)
    assert file_hash(library_path) == before
    assert any("reservekopie" in p.name for p in library_path.parent.iterdir())


def _index_terms(path) -> list[tuple[str, int, str, int]]:
    """What the full-text index of a library file holds: (word, row, column, position)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_index, instance)")
    terms = conn.execute("SELECT term, doc, col, offset FROM temp.terms ORDER BY 1, 2, 3, 4")
    try:
        return terms.fetchall()
    finally:
        conn.close()


def test_migrations_call_no_live_code(tmp_path, monkeypatch):
    """Step 4 spells the index out as it was released: a version-3 library migrates to the
    same index when the live search code has changed (or breaks) since."""
    reference = tmp_path / "reference.vnhg-desk"
    create_library(reference, 3)
    Library.open(reference).close()

    def changed(*args: object, **kwargs: object) -> None:
        raise AssertionError("a migration called the live search code")

    for name in ("spell_out", "index_document", "unindex_document", "clear_index"):
        monkeypatch.setattr(search, name, changed)
    monkeypatch.setattr(search, "_index_words", changed)
    monkeypatch.setitem(search._LETTERS, "ı", "y")  # a later spelling of the same letter
    migrated = tmp_path / "migrated.vnhg-desk"
    create_library(migrated, 3)
    Library.open(migrated).close()
    monkeypatch.undo()

    terms = _index_terms(migrated)
    assert terms == _index_terms(reference)
    assert ("kilic", 7 << 16 | 1, "text", 1) in terms  # "Kılıç" spelled out as released
    with Library.open(migrated) as library:
        (hit,) = library.search("kilic")
        assert f"{MATCH_START}Kılıç{MATCH_END}" in hit.snippet


def test_a_migrated_index_is_the_one_the_live_code_builds(tmp_path):
    """Every letter the live search spells out is spelled out in a migrated library (a
    change of the live spelling needs a migration that indexes afresh)."""
    path = tmp_path / "old.vnhg-desk"
    create_library(path, 3)
    letters = " ".join(f"a{letter}b {letter}" for letter in search._LETTERS)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "INSERT INTO search_index (rowid, heading, text, part_uid, label) "
        "VALUES (7 << 16 | 2, ?, ?, 'box000000001', 'Kader')",
        (f"Ĳsselmeer {letters}", f"Øresund Łódź Straße Æsir {letters}"),
    )
    conn.close()
    Library.open(path).close()
    migrated = _index_terms(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    parts = conn.execute("SELECT id, heading, text FROM search_index_parts").fetchall()
    search._index_words(conn, parts, add=True)
    conn.close()
    assert migrated == _index_terms(path)
    assert any(term == "oresund" for term, *_ in migrated)
